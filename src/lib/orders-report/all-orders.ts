/**
 * Reads Amazon's All Orders report as text arrives, without ever holding the file: a report can
 * be hundreds of megabytes, and a seller's browser tab must not run out of memory. What is kept
 * is one total per calendar day, the set of order ids seen (to count a multi-item order once) and
 * the ids of the seller-fulfilled orders that were cancelled (few, and they let exclusions be
 * changed without reading the file again), and the products behind them (causes.ts).
 *
 * Report format: Seller Central "All Orders" flat file, one row per order item, tab-separated,
 * a header line of column names. Sellers also re-save it from a spreadsheet, which gives commas
 * (semicolons in European locales) and RFC 4180 quoting, and Chinese Excel saves in GBK: the
 * columns read here are ASCII, so stray non-UTF-8 bytes in product names are harmless. The order
 * id and purchase-date of each row are read from the file's bytes; other values become strings
 * only when needed (table-reader.ts).
 */
import { decodeUtf8, isAscii, isAsciiSpace } from './bytes';
import { CAUSE_COLUMNS, CauseCollector, type CauseFields, type ReportCauses } from './causes';
import { parsePurchaseDate, readPurchaseDate } from './dates';
import { newSample, note, ReportError, type LineSample, type ReportParser } from './problems';
import type { DelimiterName } from './delimiters';
import { TableReader } from './table-reader';
import { NOT_AMAZON, NOT_SEEN, SeenOrders } from './seen-orders';
import { addDays, DayFinder } from './time-zone-days';

/** The All Orders columns the Cancellation Rate needs, matched by name. */
export const ALL_ORDERS_COLUMNS = ['amazon-order-id', 'purchase-date', 'order-status', 'fulfillment-channel'] as const;

/** One calendar day in the chosen time zone. */
export interface ReportDay {
	/** 'YYYY-MM-DD' */
	date: string;
	/** Seller-fulfilled orders bought that day. */
	orders: number;
	/** Of those, cancelled ones. */
	cancelled: number;
	/** Of the cancelled ones, those excluded as buyer-requested (0 until applyExclusions). */
	buyerRequested: number;
}

/** A cancelled seller-fulfilled order, kept so exclusions can be applied after reading. */
export interface CancelledOrder {
	id: string;
	date: string;
}

/** What an All Orders report says, day by day. */
export interface OrdersReport {
	/** The IANA time zone the days are in, as given in the options. */
	timeZone: string;
	delimiter: DelimiterName;
	/** Data rows (order items) read, blank lines not counted. */
	rows: number;
	/** Distinct orders counted: merchantOrders + fbaOrders + otherChannelOrders. */
	orders: number;
	/** Seller-fulfilled orders: the only ones in the Cancellation Rate. */
	merchantOrders: number;
	/** Fulfilled by Amazon, left out. */
	fbaOrders: number;
	/** A fulfillment-channel that is neither Merchant nor Amazon, left out. */
	otherChannelOrders: number;
	/** Seller-fulfilled rows skipped because purchase-date did not parse. */
	badDates: LineSample;
	/** Rows skipped because amazon-order-id was empty. */
	missingIds: LineSample;
	/**
	 * Rows skipped because they do not split into the header's columns: too few of them, or an
	 * order id holding another delimiter (two exports with different delimiters pasted together).
	 */
	mismatchedRows: LineSample;
	/** The line the file ends in when that line was cut off (no line break, too few fields), else null. */
	incompleteLastLine: number | null;
	/** The file ended its lines with CR alone (Excel for Mac's "CSV (Macintosh)"). */
	crLineEnds: boolean;
	/** Every day from the first to the last with seller-fulfilled orders, gaps filled with zeros. */
	days: ReportDay[];
	/** Cancelled seller-fulfilled orders, in file order. */
	cancelledOrders: CancelledOrder[];
	/** Their products and timing, and the products of every seller-fulfilled order. */
	causes: ReportCauses;
}

export interface ReportParserOptions {
	/** IANA time zone for calendar days, e.g. 'Asia/Shanghai'. Throws a RangeError if unknown. */
	timeZone: string;
}

function channelOf(text: string): 'merchant' | 'fba' | 'other' {
	const t = text.trim().toLowerCase();
	if (t === 'merchant' || t === 'mfn') return 'merchant';
	if (t === 'amazon' || t === 'afn') return 'fba';
	return 'other';
}

/** channelOf wanted value `slot` of the row: Amazon's own spellings (most rows) read without a string. */
function channelAt(table: TableReader, slot: number): 'merchant' | 'fba' | 'other' {
	const start = table.starts[slot]!;
	const end = table.ends[slot]!;
	if (isAscii(table.bytes, start, end, 'Merchant')) return 'merchant';
	if (isAscii(table.bytes, start, end, 'Amazon')) return 'fba';
	return channelOf(table.text(slot));
}

function isCancelledStatus(text: string): boolean {
	const t = text.trim().toLowerCase();
	return t === 'cancelled' || t === 'canceled';
}

/** isCancelledStatus of wanted value `slot` of the row, most rows told without a string. */
function cancelledAt(table: TableReader, slot: number): boolean {
	const b = table.bytes;
	const start = table.starts[slot]!;
	const end = table.ends[slot]!;
	if (isAscii(b, start, end, 'Cancelled')) return true;
	// Shipped, Pending, Unshipped, Shipping: told apart by length and first letter alone.
	const n = end - start;
	if (n < 8 || (n < 12 && b[start] !== 0x43 && b[start] !== 0x63 && b[start]! > 0x20)) return false;
	return isCancelledStatus(table.text(slot));
}

interface DayTotals {
	orders: number;
	cancelled: number;
}

/**
 * A parser for the All Orders report. Each amazon-order-id counts once: its first row with an
 * id decides its channel, status and day; later rows of the same order add only their product. A
 * seller-fulfilled row whose purchase-date does not parse is skipped (counted in badDates), so
 * a later row of the same order with a good date can still count it.
 */
export function createReportParser(options: ReportParserOptions): ReportParser<OrdersReport> {
	const days = new DayFinder(options.timeZone);
	const totals = new Map<string, DayTotals>();
	/** Order id → its number in `causes` for a counted seller-fulfilled order, else -1. */
	const seen = new SeenOrders();
	const causes = new CauseCollector({ parseDate: parsePurchaseDate, dayOf: (ms) => days.dayOf(ms) });
	const cancelledOrders: CancelledOrder[] = [];
	const badDates = newSample();
	const missingIds = newSample();
	const mismatchedRows = newSample();
	let rows = 0;
	let merchantOrders = 0;
	let fbaOrders = 0;
	let otherChannelOrders = 0;

	/** One row; rows without an order id or with an unreadable date are noted. */
	const readRow = (line: number) => {
		rows++;
		const b = table.bytes;
		let start = table.starts[0]!;
		let end = table.ends[0]!;
		while (start < end && isAsciiSpace(b[start]!)) start++;
		while (end > start && isAsciiSpace(b[end - 1]!)) end--;
		let known = seen.getBytes(b, start, end);
		/** The order id as text, made only when needed: few ids are not Amazon's, few orders cancelled. */
		let id: string | null = null;
		if (known === NOT_AMAZON) {
			id = decodeUtf8(b, start, end).trim();
			if (id === '') {
				note(missingIds, line);
				return;
			}
			// Amazon's ids are 19 characters; a longer one with a delimiter in it is a row split with
			// the wrong delimiter, its columns shifted.
			if (id.length !== 19 && /[\t,;]/.test(id)) {
				note(mismatchedRows, line);
				return;
			}
			known = seen.get(id);
		}
		if (known !== NOT_SEEN) {
			if (known !== -1) causes.item(known, table.text(4), causeFields);
			return;
		}
		const channel = channelAt(table, 3);
		if (channel !== 'merchant') {
			seen.set(-1);
			if (channel === 'fba') fbaOrders++;
			else otherChannelOrders++;
			return;
		}
		const ms = readPurchaseDate(b, table.starts[1]!, table.ends[1]!);
		if (ms === null) {
			note(badDates, line);
			return;
		}
		merchantOrders++;
		const date = days.dayOf(ms);
		let day = totals.get(date);
		if (day === undefined) {
			day = { orders: 0, cancelled: 0 };
			totals.set(date, day);
		}
		day.orders++;
		const cancelled = cancelledAt(table, 2);
		if (cancelled) {
			day.cancelled++;
			id ??= decodeUtf8(b, start, end);
			cancelledOrders.push({ id, date });
		}
		const order = causes.order(date, ms, cancelled ? id : null);
		seen.set(order);
		causes.item(order, table.text(4), causeFields);
	};
	const table = new TableReader(
		ALL_ORDERS_COLUMNS,
		readRow,
		(line) => {
			rows++;
			note(mismatchedRows, line);
		},
		CAUSE_COLUMNS,
		['order-status', 'fulfillment-channel', 'sku'],
	);
	// Read from the row `table` is handing to readRow: one object for the whole file.
	const causeFields: CauseFields = {
		asin: () => table.text(5),
		name: () => table.text(6),
		lastUpdated: () => table.text(7),
	};

	return {
		push: (text) => table.push(text),
		finish(): OrdersReport {
			table.finish();
			if (merchantOrders === 0) {
				throw new ReportError({ kind: 'no-orders', rows, fbaOrders, otherChannelOrders, badDates, mismatchedRows });
			}
			const dates = [...totals.keys()].sort();
			const last = dates[dates.length - 1]!;
			const list: ReportDay[] = [];
			for (let date = dates[0]!; date <= last; date = addDays(date, 1)) {
				const day = totals.get(date);
				list.push({ date, orders: day?.orders ?? 0, cancelled: day?.cancelled ?? 0, buyerRequested: 0 });
			}
			return {
				timeZone: days.timeZone,
				delimiter: table.delimiterName,
				rows,
				orders: merchantOrders + fbaOrders + otherChannelOrders,
				merchantOrders,
				fbaOrders,
				otherChannelOrders,
				badDates,
				missingIds,
				mismatchedRows,
				incompleteLastLine: table.incompleteLastLine,
				crLineEnds: table.crOnly,
				days: list,
				cancelledOrders,
				causes: causes.finish(dates[0]!, table.present[4]!, table.present[7]!),
			};
		},
	};
}

/** Parses a whole report held as one string (tests, small files). */
export function parseReport(text: string, options: ReportParserOptions): OrdersReport {
	const parser = createReportParser(options);
	parser.push(text);
	return parser.finish();
}
