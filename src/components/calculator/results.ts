/**
 * What the result area shows for the numbers typed: the rate, under or over the target, and how
 * many more seller cancellations fit (or orders are needed); for days, the rolling windows with
 * their chart. A field with a problem gets its message and the result asks to fix it.
 */
import { calculate, rollingWindows, summarizeWindows, validateDays, validateInput, type DayCounts } from '../../lib/cancellation-rate';
import type { RateTarget } from '../../lib/facts';
import type { FieldReader } from './fields';
import { chart, element, rateLine, statusLine, windowLines, type WindowText } from './render';
import type { CalcStrings } from './strings';
import type { Field } from './url-state';

export interface ResultContext {
	strings: CalcStrings;
	numbers: Intl.NumberFormat;
	plural: Intl.PluralRules;
	reader: FieldReader;
	target: RateTarget;
	/** The target as people write it (2.5). */
	rate: string;
}

const fix = (strings: CalcStrings) => [element('p', 'calc-fix', strings.text('err.fix'))];

/** One period: total orders, cancelled, buyer-requested. */
export function singleResult(inputs: Record<Field, HTMLInputElement>, context: ResultContext): Node[] {
	// `context.rate` is read only once there is a result: it is a number to format (element.ts).
	const { strings, reader } = context;
	const [total, cancelled, buyer] = (['orders', 'cancelled', 'buyer'] as const).map((name) => reader.read(inputs[name], name === 'buyer'));
	const values = [total, cancelled, buyer];
	if (values.includes('bad')) return fix(strings);
	if (values.includes('missing')) return [element('p', '', strings.text('prompt'))];
	const input = { total: total as number, cancelled: cancelled as number, buyerRequested: buyer as number };
	const errors = validateInput(input);
	if (errors.cancelled) reader.mark(inputs.cancelled, errors.cancelled);
	if (errors.buyerRequested) reader.mark(inputs.buyer, errors.buyerRequested);
	if (errors.cancelled || errors.buyerRequested) return fix(strings);
	const result = calculate(input, context.target);
	if (result.kind === 'no-orders') return [element('p', 'calc-none', strings.text('noOrders'))];
	const n = result.status === 'under' ? result.headroom : result.recovery;
	const key =
		result.status === 'under' && n === 0
			? 'headroom.zero'
			: `${result.status === 'under' ? 'headroom' : 'recovery'}.${context.plural.select(n) === 'one' ? 'one' : 'other'}`;
	const format = (x: number) => context.numbers.format(x);
	const rate = context.rate;
	return [
		rateLine(strings.text('rate'), result.percent),
		statusLine(strings.text(result.status, { rate }), result.status),
		element('p', 'calc-next', strings.text(key, { n: format(n), rate })),
		element(
			'p',
			'calc-formula',
			element('span', '', strings.text('formula')),
			' ',
			strings.text('formula.filled', {
				cancelled: format(input.cancelled),
				buyer: format(input.buyerRequested),
				total: format(input.total),
				percent: result.percent,
			}),
		),
	];
}

/** Day by day: each row's counts (blank is 0), the rolling windows, and their chart drawn into `chartOut`. */
export function dailyResult(inputs: HTMLInputElement[][], chartOut: HTMLElement, idPrefix: string, context: ResultContext): Node[] {
	const { strings, reader } = context;
	const days: DayCounts[] = [];
	let bad = false;
	for (const cells of inputs) {
		const [orders, cancelled, buyerRequested] = cells.map((input) => reader.read(input, true));
		if ([orders, cancelled, buyerRequested].includes('bad')) bad = true;
		days.push({ orders, cancelled, buyerRequested } as DayCounts);
	}
	if (!bad) {
		for (const problem of validateDays(days)) {
			if (problem.kind !== 'day') continue;
			reader.mark(inputs[problem.dayIndex]![problem.field === 'cancelled' ? 1 : 2]!, problem.error);
			bad = true;
		}
	}
	if (bad) return fix(strings);
	if (!days.some((d) => d.orders > 0)) return [element('p', '', strings.text('daily.prompt'))];
	const windows = rollingWindows(days, context.target);
	const dayName = (i: number) => strings.text('daily.day', { n: i + 1 });
	const view: WindowText = {
		text: strings.text,
		numbers: context.numbers,
		rate: context.rate,
		day: dayName,
		tick: dayName,
		range: (w) => strings.text('daily.range', { from: w.firstDayIndex + 1, to: w.dayIndex + 1 }),
		dayHead: strings.text('daily.day', { n: '' }).trim(),
		id: `${idPrefix}-chart-desc`,
	};
	const nodes = windowLines(summarizeWindows(windows), view);
	chart(chartOut, windows, context.target, view);
	return nodes;
}
