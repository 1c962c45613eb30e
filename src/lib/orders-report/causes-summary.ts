/**
 * The causes a report shows, once the seller's exclusions are known: which SKUs the seller's
 * cancellations held (for the whole report and for its worst 7-day window), how long after the
 * purchase the report last updated each cancelled order, and those orders as CSV rows. Runs on
 * the page at every change of the exclusions, over the compact data the worker gathered.
 */
import { formatPercent } from '../cancellation-rate';
import { toCsv } from '../csv-export';
import type { ReportCauses, SkuInfo } from './causes';
import { finish, STEP_ITEMS, type Steps } from './steps';

/** Days of the report, as indexes into its day list, both ends included. */
export interface DaySpan {
	first: number;
	last: number;
}

/** One SKU's part in the seller's cancellations of a span. */
export interface SkuCause extends SkuInfo {
	/** Seller-cancelled orders that held this SKU. */
	cancelled: number;
	/** Seller-fulfilled orders that held it. */
	orders: number;
	/** cancelled ÷ all seller-cancelled orders of the span, a percent with two decimals. */
	share: string;
	/** cancelled ÷ orders: the SKU's own cancellation share of its orders, a percent with two decimals. */
	rate: string;
}

export interface SkuTable {
	/** The days counted; null for the whole report. */
	span: DaySpan | null;
	/** Seller-cancelled orders in the span, each once. */
	sellerCancelled: number;
	/** Of those, orders that held more than one SKU: they count once for each SKU. */
	multiSku: number;
	/** Every SKU with a seller cancellation in the span, most cancellations first. */
	rows: SkuCause[];
}

/**
 * From purchase-date to last-updated-date, for the seller's cancellations. Bands are calendar
 * days in the report's time zone: "same day" is a last update on the purchase's own date there.
 */
export interface TimeToCancel {
	/** Seller cancellations considered. */
	counted: number;
	/** Of those, the ones with a readable last-updated-date not before the purchase. */
	known: number;
	/** Median of the known gaps in hours (mean of the middle two for an even count); null when none. */
	medianHours: number | null;
	sameDay: number;
	/** One or two calendar days later. */
	oneToTwoDays: number;
	/** Three or more calendar days later. */
	later: number;
	/** counted − known. */
	unknown: number;
}

export interface CauseSummary {
	whole: SkuTable;
	/** The same table for the worst window, when there is one. */
	window: SkuTable | null;
	timing: TimeToCancel;
}

const HOUR_MS = 3_600_000;

/**
 * The causes, leaving out cancellations whose order id is in `excluded` (buyer-requested).
 * `window` is the worst 7-day window's days, or null when the report has none.
 */
export function summarizeCauses(causes: ReportCauses, excluded: ReadonlySet<string>, window: DaySpan | null): CauseSummary {
	return finish(summarizeCausesSteps(causes, excluded, window));
}

/** summarizeCauses in steps (see steps.ts). */
export function* summarizeCausesSteps(causes: ReportCauses, excluded: ReadonlySet<string>, window: DaySpan | null): Steps<CauseSummary> {
	const counted: ReportCauses['cancelled'] = [];
	const { cancelled } = causes;
	for (let i = 0; i < cancelled.length; i++) {
		if (!excluded.has(cancelled[i]!.id)) counted.push(cancelled[i]!);
		if (i % STEP_ITEMS === STEP_ITEMS - 1) yield;
	}
	const tables = yield* skuTables(causes, counted, window);
	yield;
	return { ...tables, timing: timeToCancel(counted) };
}

/** Counts for one table, by SKU index. */
interface Tally {
	span: DaySpan | null;
	cancelled: Int32Array;
	orders: Int32Array;
	sellerCancelled: number;
	multiSku: number;
}

/**
 * The whole report's table and the window's, from one pass over the (order, SKU) pairs. This
 * runs once per import on the page's main thread, in code not yet optimized, over every pair
 * (200,000 for 300,000 rows): counts go in typed arrays by SKU index, the window's bounds are
 * plain numbers in the loop, and only SKUs with a seller cancellation become rows.
 */
function* skuTables(causes: ReportCauses, counted: ReportCauses['cancelled'], window: DaySpan | null): Steps<Pick<CauseSummary, 'whole' | 'window'>> {
	const tally = (span: DaySpan | null): Tally => ({
		span,
		cancelled: new Int32Array(causes.skus.length),
		orders: new Int32Array(causes.skus.length),
		sellerCancelled: 0,
		multiSku: 0,
	});
	const whole = tally(null);
	const inWindow = window ? tally(window) : null;
	// With no window, no day falls between these.
	const first = window ? window.first : Infinity;
	const last = window ? window.last : -Infinity;
	const count = (t: Tally, skus: readonly number[]) => {
		t.sellerCancelled++;
		if (skus.length > 1) t.multiSku++;
		for (const sku of skus) t.cancelled[sku]!++;
	};
	for (let i = 0; i < counted.length; i++) {
		const order = counted[i]!;
		count(whole, order.skus);
		if (inWindow && order.day >= first && order.day <= last) count(inWindow, order.skus);
		if (i % STEP_ITEMS === STEP_ITEMS - 1) yield;
	}
	const { pairSku, pairDay } = causes;
	const wholeOrders = whole.orders;
	const windowOrders = inWindow ? inWindow.orders : whole.orders;
	for (let p = 0; p < pairSku.length; p++) {
		const sku = pairSku[p]!;
		wholeOrders[sku]!++;
		const day = pairDay[p]!;
		if (day >= first && day <= last) windowOrders[sku]!++;
		// Each pair is a few operations: yield four times less often than for orders.
		if (p % (4 * STEP_ITEMS) === 4 * STEP_ITEMS - 1) yield;
	}
	const table = (t: Tally): SkuTable => ({
		span: t.span,
		sellerCancelled: t.sellerCancelled,
		multiSku: t.multiSku,
		rows: skuRows(causes.skus, t.cancelled, t.orders, t.sellerCancelled),
	});
	const wholeTable = table(whole);
	yield;
	return { whole: wholeTable, window: inWindow && table(inWindow) };
}

function skuRows(skus: readonly SkuInfo[], cancelled: Int32Array, orders: Int32Array, sellerCancelled: number): SkuCause[] {
	const shown: number[] = [];
	for (let sku = 0; sku < cancelled.length; sku++) if (cancelled[sku]! > 0) shown.push(sku);
	// Most cancellations first; then the higher own rate (compared exactly); then by SKU, so ties are stable.
	shown.sort((a, b) => {
		const ca = cancelled[a]!;
		const cb = cancelled[b]!;
		if (ca !== cb) return cb - ca;
		const byRate = cb * orders[a]! - ca * orders[b]!;
		if (byRate !== 0) return byRate;
		const sa = skus[a]!.sku;
		const sb = skus[b]!.sku;
		return sa < sb ? -1 : sa > sb ? 1 : a - b;
	});
	return shown.map((sku) => {
		const info = skus[sku]!;
		const n = cancelled[sku]!;
		const total = orders[sku]!;
		return { sku: info.sku, asin: info.asin, name: info.name, cancelled: n, orders: total, share: formatPercent(n, sellerCancelled), rate: formatPercent(n, total) };
	});
}

function timeToCancel(counted: ReportCauses['cancelled']): TimeToCancel {
	const gaps: number[] = [];
	let sameDay = 0;
	let oneToTwoDays = 0;
	let later = 0;
	for (const order of counted) {
		if (order.updated === null || order.dayGap === null) continue;
		gaps.push(order.updated - order.purchased);
		if (order.dayGap === 0) sameDay++;
		else if (order.dayGap <= 2) oneToTwoDays++;
		else later++;
	}
	gaps.sort((a, b) => a - b);
	const mid = gaps.length >> 1;
	const median = gaps.length === 0 ? null : gaps.length % 2 ? gaps[mid]! : (gaps[mid - 1]! + gaps[mid]!) / 2;
	return {
		counted: counted.length,
		known: gaps.length,
		medianHours: median === null ? null : median / HOUR_MS,
		sameDay,
		oneToTwoDays,
		later,
		unknown: counted.length - gaps.length,
	};
}

/** Hours between two instants, to one decimal. */
export function hoursBetween(from: number, to: number): number {
	return Math.round((to - from) / (HOUR_MS / 10)) / 10;
}

/** One row of the cancelled-orders export: an order and one SKU it held. */
export interface CancelledRow {
	id: string;
	date: string;
	sku: string;
	asin: string;
	name: string;
	/** Purchase to last update, one decimal; null when unknown. */
	hours: number | null;
}

/**
 * The seller's cancellations, one row per order and SKU (an order with two SKUs gives two rows),
 * in file order. `dates` is the report's day list.
 */
export function cancelledRows(causes: ReportCauses, dates: readonly string[], excluded: ReadonlySet<string>): CancelledRow[] {
	const rows: CancelledRow[] = [];
	for (const order of causes.cancelled) {
		if (excluded.has(order.id)) continue;
		const hours = order.updated === null ? null : hoursBetween(order.purchased, order.updated);
		for (const sku of order.skus) {
			const info = causes.skus[sku]!;
			rows.push({ id: order.id, date: dates[order.day]!, sku: info.sku, asin: info.asin, name: info.name, hours });
		}
	}
	return rows;
}

/** Column headers in the page's language, from the caller. */
export interface CancelledCsvLabels {
	id: string;
	date: string;
	sku: string;
	asin: string;
	name: string;
	hours: string;
}

/** The cancelled-orders rows as CSV, through the export's formula-safe cells. */
export function cancelledOrdersCsv(rows: readonly CancelledRow[], labels: CancelledCsvLabels): string {
	const header = [labels.id, labels.date, labels.sku, labels.asin, labels.name, labels.hours];
	return toCsv([header, ...rows.map((r) => [r.id, r.date, r.sku, r.asin, r.name, r.hours ?? ''])]);
}

let graphemeSegmenter: Intl.Segmenter | undefined;

/**
 * A product name cut to at most `max` characters as people count them (grapheme clusters, so
 * an emoji or a combining accent is never split), with an ellipsis when cut.
 */
export function shortName(name: string, max: number): { text: string; cut: boolean } {
	if (name.length <= max) return { text: name, cut: false };
	const graphemes: string[] = [];
	// Made once: a results table cuts up to 20 names, and each new Segmenter costs a fraction of a ms.
	graphemeSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
	for (const { segment } of graphemeSegmenter.segment(name)) {
		if (graphemes.push(segment) > max) return { text: graphemes.slice(0, max - 1).join('').trimEnd() + '…', cut: true };
	}
	return { text: name, cut: false };
}
