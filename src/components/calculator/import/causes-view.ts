/**
 * Under the imported report's rate, what lies behind it: the SKUs ranked by seller cancellations
 * (in the worst 7-day window and in the whole report), how long after the purchase the report last
 * updated the cancelled orders, the guideline passages that address what it shows, and the
 * cancelled orders as CSV. SKUs, ASINs and product names come from the seller's file: they go in
 * as text (element() appends text nodes), never as HTML.
 */
import { formatPercent } from '../../../lib/cancellation-rate';
import {
	cancelledOrdersCsv,
	cancelledRows,
	shortName,
	summarizeCausesSteps,
	type CauseSummary,
	type Steps,
	type SkuTable,
	type TimeToCancel,
} from '../../../lib/orders-report';
import { nextSteps, type NextStep, type NextStepLink } from '../../../lib/orders-report/next-steps';
import { element, stackable } from '../render';
import { listSeparator, type ReportView, type ShownReport } from './context';
import { saveCsv } from './save-csv';

/** Amazon's own terms, the same in both languages. */
const SKU = 'SKU';
const ASIN = 'ASIN';
/** SKUs shown per table; the CSV export has every cancelled order. */
const TOP_SKUS = 10;
/** Product names longer than this (in characters as people count them) are cut, the full name a click away. */
const NAME_MAX = 60;
/** SKUs named in the "what to do next" sentence. */
const NAMED_SKUS = 3;

/** The causes section of the results (one of report-view.ts's sections). */
export function* causesSection(shown: ShownReport, parts: ReportView): Steps<void> {
	const { report, summary, exclusion } = shown;
	const excluded = new Set(exclusion.excludedIds);
	const worst = summary.worst && summary.worst.sellerCancelled > 0 ? { first: summary.worst.firstDayIndex, last: summary.worst.dayIndex } : null;
	// Over every seller-cancelled order and every (order, SKU) pair: in steps (see report-view.ts).
	const causes = yield* summarizeCausesSteps(report.causes, excluded, worst);
	const section = element('section', 'calc-causes');
	section.append(...products(causes, shown, parts));
	// Without a seller cancellation there is no time to cancel, step or order to export.
	if (causes.whole.sellerCancelled > 0) section.append(...timing(causes.timing, shown, parts), ...next(causes, shown, parts), exportButton(shown, parts, excluded));
	parts.out.append(section);
}

function heading(text: string) {
	return element('h4', 'calc-causes-title', text);
}

function products(causes: CauseSummary, shown: ShownReport, { context, range }: ReportView): HTMLElement[] {
	const { strings } = context;
	const nodes: HTMLElement[] = [heading(strings.text('import.causes.title'))];
	if (!shown.report.causes.hasSku) return [...nodes, element('p', '', strings.text('import.causes.noSku'))];
	if (causes.whole.sellerCancelled === 0) return [...nodes, element('p', '', strings.text('import.causes.none'))];
	nodes.push(element('p', 'calc-hint', strings.text('import.causes.note')));
	const { multiSku, sellerCancelled } = causes.whole;
	if (multiSku > 0) nodes.push(element('p', 'calc-hint', strings.text('import.causes.multi', { n: context.numbers.format(multiSku), total: context.numbers.format(sellerCancelled) })));
	const last = shown.days.length - 1;
	if (causes.window) {
		const caption = strings.text('import.causes.captionWindow', { range: range(causes.window.span!.first, causes.window.span!.last) });
		nodes.push(skuTable(causes.window, caption, 'window', context));
	}
	nodes.push(skuTable(causes.whole, strings.text('import.causes.captionWhole', { range: range(0, last) }), 'whole', context));
	return nodes;
}

/**
 * A table in its keyboard-reachable scrolling region, labelled by its caption; a `wide` one laid
 * out as a block per row where its column is narrow (see stackable).
 */
function scrollingTable(caption: string, id: string, head: string[], rows: HTMLTableRowElement[], wide = false): HTMLElement {
	const captionElement = element('caption', '', caption);
	captionElement.id = id;
	const headRow = element('tr', '', ...head.map((text) => element('th', '', text)));
	headRow.querySelectorAll('th').forEach((th) => th.setAttribute('scope', 'col'));
	const table = element('table', `calc-table calc-causes-table${wide ? ' calc-stack calc-stack--always' : ''}`, captionElement, element('thead', '', headRow), element('tbody', '', ...rows));
	if (wide) stackable(table);
	// Should a table still be wider than its column, it scrolls there: keyboard users reach it by Tab.
	const scroll = element('div', 'calc-scroll', table);
	scroll.tabIndex = 0;
	scroll.setAttribute('role', 'region');
	scroll.setAttribute('aria-labelledby', id);
	return scroll;
}

function skuTable(table: SkuTable, caption: string, kind: string, context: ReportView['context']): HTMLElement {
	const { strings, numbers } = context;
	const rows = table.rows.slice(0, TOP_SKUS).map((row) => {
		const sku = element('th', 'calc-sku', row.sku || strings.text('import.causes.emptySku'));
		sku.setAttribute('scope', 'row');
		return element(
			'tr',
			'',
			sku,
			element('td', 'calc-asin', row.asin),
			productName(row.name, strings.text('import.causes.noName')),
			element('td', 'calc-num', numbers.format(row.cancelled)),
			element('td', 'calc-num', row.share + '%'),
			element('td', 'calc-num', numbers.format(row.orders)),
			element('td', 'calc-num', row.rate + '%'),
		);
	});
	const head = [
		SKU,
		ASIN,
		strings.text('import.causes.name'),
		strings.text('import.causes.cancelled'),
		strings.text('import.causes.share'),
		strings.text('import.causes.orders'),
		strings.text('import.causes.rate'),
	];
	const box = element('div', 'calc-causes-part');
	box.dataset.causes = kind;
	box.append(scrollingTable(caption, `${context.idPrefix}-causes-${kind}`, head, rows, true));
	if (table.rows.length > TOP_SKUS) {
		box.append(element('p', 'calc-hint', strings.text('import.causes.more', { shown: numbers.format(TOP_SKUS), n: numbers.format(table.rows.length) })));
	}
	return box;
}

/** A product name as text; a long one cut, with the whole name in a disclosure. */
function productName(name: string, missing: string): HTMLTableCellElement {
	if (name === '') return element('td', 'calc-product calc-muted', missing);
	const short = shortName(name, NAME_MAX);
	if (!short.cut) return element('td', 'calc-product', name);
	const summary = element('summary', '', short.text);
	summary.title = name;
	return element('td', 'calc-product', element('details', 'calc-name', summary, element('span', '', name)));
}

function timing(time: TimeToCancel, shown: ShownReport, { context }: ReportView): HTMLElement[] {
	const { strings, numbers, lang } = context;
	const nodes: HTMLElement[] = [heading(strings.text('import.timing.title'))];
	if (!shown.report.causes.hasLastUpdated) return [...nodes, element('p', '', strings.text('import.timing.noColumn'))];
	nodes.push(element('p', 'calc-hint', strings.text('import.timing.note', { n: numbers.format(time.counted), timeZone: shown.report.timeZone })));
	if (time.medianHours !== null) {
		const hours = new Intl.NumberFormat(lang, { style: 'unit', unit: 'hour', unitDisplay: 'long', maximumFractionDigits: 1 });
		const [label, value] = strings.text('import.timing.median', { time: '\u0000' }).split('\u0000');
		nodes.push(element('p', 'calc-median', label ?? '', element('strong', '', hours.format(time.medianHours)), value ?? ''));
	}
	const bands: [string, number][] = [
		['import.timing.sameDay', time.sameDay],
		['import.timing.oneToTwo', time.oneToTwoDays],
		['import.timing.later', time.later],
	];
	if (time.unknown) bands.push(['import.timing.unknown', time.unknown]);
	const rows = bands.map(([key, n]) => {
		const band = element('th', '', strings.text(key));
		band.setAttribute('scope', 'row');
		return element('tr', '', band, element('td', 'calc-num', numbers.format(n)), element('td', 'calc-num', formatPercent(n, time.counted) + '%'));
	});
	const head = [strings.text('import.timing.band'), strings.text('import.causes.cancelled'), strings.text('import.causes.share')];
	const box = element('div', 'calc-causes-part', scrollingTable(strings.text('import.timing.caption'), `${context.idPrefix}-causes-timing`, head, rows));
	box.dataset.causes = 'timing';
	nodes.push(box);
	return nodes;
}

/** The passages of the guideline, from ImportForm.astro, in the page's language. */
function passages(form: HTMLElement): Partial<Record<NextStep, NextStepLink>> {
	const data = form.querySelector('[data-next-steps]')?.textContent;
	return data ? (JSON.parse(data) as Record<NextStep, NextStepLink>) : {};
}

function next(causes: CauseSummary, shown: ShownReport, { context }: ReportView): HTMLElement[] {
	// Without a sku column the products are unknown: no step is offered for them.
	const steps = nextSteps(causes).filter((step) => shown.report.causes.hasSku || step === 'early');
	if (steps.length === 0) return [];
	const { strings, numbers } = context;
	const links = passages(context.form);
	const list = (wanted: NextStep[]) =>
		element(
			'ul',
			'calc-next',
			...wanted.flatMap((step) => {
				const link = links[step];
				if (!link) return [];
				const a = element('a', '', link.text);
				a.href = link.href;
				return [element('li', '', a)];
			}),
		);
	const nodes: HTMLElement[] = [heading(strings.text('import.next.title'))];
	if (steps.includes('stock')) {
		const skus = causes.whole.rows.slice(0, NAMED_SKUS).map((row) => row.sku || strings.text('import.causes.emptySku'));
		nodes.push(element('p', '', strings.text('import.next.products', { skus: skus.join(listSeparator(context.lang)) })), list(['stock', 'price']));
	}
	if (steps.includes('early')) {
		const { oneToTwoDays, later, counted } = causes.timing;
		nodes.push(element('p', '', strings.text('import.next.early', { n: numbers.format(oneToTwoDays + later), total: numbers.format(counted) })), list(['early']));
	}
	nodes.push(element('p', 'calc-hint', strings.text('import.next.source')));
	return nodes;
}

function exportButton({ report, days }: ShownReport, { context }: ReportView, excluded: ReadonlySet<string>): HTMLElement {
	const { strings } = context;
	const button = element('button', 'calc-export', strings.text('import.causes.export'));
	button.type = 'button';
	button.addEventListener('click', () => {
		const rows = cancelledRows(report.causes, days.map((day) => day.date), excluded);
		const csv = cancelledOrdersCsv(rows, {
			id: strings.text('import.causes.csv.id'),
			date: strings.text('import.date'),
			sku: SKU,
			asin: ASIN,
			name: strings.text('import.causes.name'),
			hours: strings.text('import.causes.csv.hours'),
		});
		saveCsv(csv, `cancelled-orders_${days[0]!.date}_${days[days.length - 1]!.date}.csv`);
	});
	return button;
}
