/**
 * The imported daily table as a CSV file a seller opens in Excel or WPS. Two things matter: Excel
 * only reads UTF-8 (the Chinese headers) when the file starts with a byte order mark, and a cell
 * that starts with = + - @ (or a tab or carriage return before one) is run as a formula, so such
 * cells are written with a leading apostrophe (OWASP "CSV injection").
 */
import type { WindowResult } from './cancellation-rate';
import type { ReportDay } from './orders-report';

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell, made inert and quoted per RFC 4180 when it holds a comma, quote or line break. */
export function csvCell(value: string | number): string {
	let text = String(value);
	if (FORMULA_START.test(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows of cells as CSV text: CRLF line ends, a BOM in front for Excel. */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
	return '\ufeff' + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Column headers and status words in the page's language, from the caller. */
export interface DailyCsvLabels {
	date: string;
	orders: string;
	cancelled: string;
	buyerRequested: string;
	sellerCancelled: string;
	windowOrders: string;
	windowSellerCancelled: string;
	/** The rate column; its values are percents with two decimals and no % sign, so they stay numbers. */
	windowRate: string;
	status: string;
	statusUnder: string;
	statusOver: string;
	statusNoOrders: string;
	/** Added to the status of windows that start before the first day of the report. */
	partial: string;
}

/**
 * The daily table: each day's counts, then its rolling window's orders, seller cancellations,
 * rate and status. `windows` must come from these `days` (same length and order).
 */
export function dailyTableCsv(days: readonly ReportDay[], windows: readonly WindowResult[], labels: DailyCsvLabels): string {
	if (windows.length !== days.length) throw new RangeError('one window per day is needed');
	const header = [
		labels.date,
		labels.orders,
		labels.cancelled,
		labels.buyerRequested,
		labels.sellerCancelled,
		labels.windowOrders,
		labels.windowSellerCancelled,
		labels.windowRate,
		labels.status,
	];
	const rows = days.map((day, i) => {
		const w = windows[i]!;
		const status = w.status === 'over' ? labels.statusOver : w.status === 'under' ? labels.statusUnder : labels.statusNoOrders;
		return [
			day.date,
			day.orders,
			day.cancelled,
			day.buyerRequested,
			day.cancelled - day.buyerRequested,
			w.orders,
			w.sellerCancelled,
			w.percent ?? '',
			w.partial ? `${status} ${labels.partial}` : status,
		];
	});
	return toCsv([header, ...rows]);
}
