/**
 * The imported report on screen: a title, what was read (rows, orders, what was left out), the
 * rate lines of the latest and worst 7-day windows, the chart with its table, and a CSV export.
 * Each part is a section that appends itself to the results from the same ShownReport, so a new
 * view of the report (a table per SKU, say) is one more function in SECTIONS.
 */
import { dailyTableCsv } from '../../../lib/csv-export';
import type { RateTarget } from '../../../lib/facts';
import { applyExclusionsSteps, reportWindows, skippedRows, type OrdersReport, type SkipReason, type Steps } from '../../../lib/orders-report';
import { chart, element, windowLines, type WindowText } from '../render';
import { targetText } from '../strings';
import { causesSection } from './causes-view';
import { listSeparator, type ImportContext, type ReportView, type Section, type ShownReport } from './context';
import { saveCsv } from './save-csv';
import { nextTask } from '../../next-task';

const title: Section = (shown, { context, out }) => out.append(element('h3', 'calc-import-title', context.strings.text('import.results', { name: shown.fileName })));

/** What was read, and what was left out of the rate. */
const summaryList: Section = ({ report, exclusion, days }, { context, range, out }) => {
	const { strings, lang } = context;
	const format = (n: number) => context.numbers.format(n);
	const list = element('dl', 'calc-summary');
	const item = (key: string, value: string) => list.append(element('div', '', element('dt', '', strings.text(key)), element('dd', '', value)));
	const lines = (sample: { count: number; lines: number[] }) =>
		strings.text('import.sum.lines', { n: format(sample.count), lines: sample.lines.map(format).join(listSeparator(lang)) });
	item('import.sum.rows', format(report.rows));
	item('import.sum.orders', format(report.orders));
	item('import.sum.merchant', format(report.merchantOrders));
	item('import.sum.fba', format(report.fbaOrders));
	if (report.otherChannelOrders) item('import.sum.other', format(report.otherChannelOrders));
	if (report.badDates.count) item('import.sum.badDates', lines(report.badDates));
	if (report.missingIds.count) item('import.sum.missingIds', lines(report.missingIds));
	if (report.mismatchedRows.count) item('import.sum.mismatched', lines(report.mismatchedRows));
	item('import.sum.excluded', format(exclusion.excluded));
	item('import.sum.period', range(0, days.length - 1));
	item('import.sum.timeZone', report.timeZone);
	out.append(list);
};

const SKIP_REASON_KEYS: Record<SkipReason, string> = {
	mismatched: 'import.doubtful.mismatched',
	'bad-date': 'import.doubtful.badDate',
	'missing-id': 'import.doubtful.missingId',
};

/** When more than 1% of the rows were skipped: the rate may be wrong, how many and mostly why. */
function doubt(report: OrdersReport, { strings, numbers, lang }: ImportContext): string {
	const skipped = skippedRows(report);
	if (!skipped.rateDoubtful) return '';
	const main = skipped.reasons[0]!;
	const percent = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(skipped.share);
	const reason = strings.text(SKIP_REASON_KEYS[main.reason], { m: numbers.format(main.sample.count), line: numbers.format(main.sample.lines[0]!) });
	return strings.text('import.doubtful', { n: numbers.format(skipped.count), rows: numbers.format(report.rows), percent, reason });
}

/**
 * The latest and worst windows and the days over the target, in the live region; first, when the
 * file ends in the middle of a line, that it may have been cut off.
 */
const rateLines: Section = ({ summary, report }, { context, view, range, announce }) => {
	const nodes = windowLines(summary, view, doubt(report, context));
	if (report.incompleteLastLine !== null) {
		nodes.unshift(element('p', 'calc-note', context.strings.text('import.incomplete', { line: context.numbers.format(report.incompleteLastLine) })));
	}
	if (summary.daysOver.length) {
		nodes.push(element('p', 'calc-over-days', context.strings.text('import.overDays', { dates: runs(summary.daysOver, range, listSeparator(context.lang)) })));
	}
	announce(nodes);
};

const graph: Section = ({ windows, target }, { view, out, width }) => {
	const box = element('div', 'calc-chart');
	out.append(box);
	chart(box, windows, target, view, width());
};

const exportButton: Section = (shown, { context, out }) => {
	const button = element('button', 'calc-export', context.strings.text('import.export'));
	button.type = 'button';
	button.addEventListener('click', () => download(shown, context));
	out.append(button);
};

/** The results' sections, in page order. */
const SECTIONS: Section[] = [title, summaryList, rateLines, graph, exportButton, causesSection];

/** What the import shows: a report read from `fileName`, without the orders of `excludedIds`, against `target`. */
export interface ReportInput {
	fileName: string;
	report: OrdersReport;
	excludedIds: string[];
	target: RateTarget;
}

/** Longest stretch of work in one task: well under the 50 ms from which a task delays a click or a key. */
const SLICE_MS = 12;

/**
 * Shows the report in the results area (context.results), replacing what was there, and gives
 * what it showed, or null when `signal` stopped it (a newer change took over). A report of
 * 300,000 rows takes longer than a task should: the results are built out of the page a few
 * milliseconds at a time, in tasks the browser runs between clicks and keys, and put on screen
 * at once, so the page never shows half of them nor jumps while the seller types an order id.
 */
export async function renderReport(input: ReportInput, context: ImportContext, live: HTMLElement, signal: AbortSignal): Promise<ShownReport | null> {
	const out = context.results;
	const next = document.createElement('div');
	const slot = document.createElement('div');
	let announced = null as HTMLElement[] | null;
	const steps = build(input, context, {
		out: next,
		// Asked in a later task than the one that may have just changed the page (hidden the progress bar).
		width: () => out.clientWidth,
		announce: (nodes) => {
			announced = nodes;
			next.append(slot);
		},
	});
	// Not in the task that called: that one may be the worker's message, whose copy took its share.
	let sliceStart = -Infinity;
	for (;;) {
		if (performance.now() - sliceStart > SLICE_MS) {
			await nextTask();
			if (signal.aborted) return null;
			sliceStart = performance.now();
		}
		const step = steps.next();
		if (step.done) {
			out.replaceChildren();
			// As before the results were built in steps: the live region out of the page, filled, put back.
			if (announced) {
				live.replaceChildren(...announced);
				slot.replaceWith(live);
			}
			out.append(...next.childNodes);
			return step.value;
		}
	}
}

/** The report with its exclusions and windows, then each section, in steps. */
function* build(input: ReportInput, context: ImportContext, parts: Pick<ReportView, 'out' | 'width' | 'announce'>): Steps<ShownReport> {
	const { strings } = context;
	const { report, target } = input;
	const exclusion = yield* applyExclusionsSteps(report, input.excludedIds);
	const { days } = exclusion;
	const { windows, summary } = reportWindows(days, target);
	const shown: ShownReport = { fileName: input.fileName, report, exclusion, days, target, windows, summary };
	yield;
	const range = (from: number, to: number) => (from === to ? days[from]!.date : strings.text('import.range', { from: days[from]!.date, to: days[to]!.date }));
	const view: WindowText = {
		text: strings.text,
		numbers: context.numbers,
		rate: targetText(target, context.lang),
		day: (i) => days[i]!.date,
		tick: (i) => days[i]!.date.slice(5),
		range: (w) => range(w.firstDayIndex, w.dayIndex),
		dayHead: strings.text('import.date'),
		id: `${context.idPrefix}-import-chart-desc`,
	};
	for (const section of SECTIONS) {
		const steps = section(shown, { context, view, range, ...parts });
		if (steps) yield* steps;
		yield;
	}
	return shown;
}

/** Day indexes as runs of consecutive days: "04-03 to 04-09, 04-12". */
function runs(indexes: number[], range: (from: number, to: number) => string, separator: string) {
	const parts: string[] = [];
	for (let i = 0; i < indexes.length; ) {
		let j = i;
		while (j + 1 < indexes.length && indexes[j + 1] === indexes[j]! + 1) j++;
		parts.push(range(indexes[i]!, indexes[j]!));
		i = j + 1;
	}
	return parts.join(separator);
}

/** The daily table as a CSV file, made in the page. */
function download({ days, windows }: ShownReport, { strings }: ImportContext) {
	const text = (key: string) => strings.text(key);
	const csv = dailyTableCsv(days, windows, {
		date: text('import.date'),
		orders: text('import.csv.orders'),
		cancelled: text('import.csv.cancelled'),
		buyerRequested: text('import.csv.buyer'),
		sellerCancelled: text('daily.sellerCancelled'),
		windowOrders: text('import.csv.windowOrders'),
		windowSellerCancelled: text('import.csv.windowSellerCancelled'),
		windowRate: text('import.csv.windowRate'),
		status: text('daily.status'),
		statusUnder: text('daily.statusUnder'),
		statusOver: text('daily.statusOver'),
		statusNoOrders: text('daily.noOrders'),
		partial: text('daily.partial'),
	});
	saveCsv(csv, `cancellation-rate_${days[0]!.date}_${days[days.length - 1]!.date}.csv`);
}
