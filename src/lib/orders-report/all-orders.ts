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
 * columns read here are ASCII, so stray non-UTF-8 bytes in product names are harmless.
 */
import { CAUSE_COLUMNS, CauseCollector, type CauseFields, type ReportCauses } from './causes';
import { parsePurchaseDate } from './dates';
import { newSample, note, ReportError, type LineSample, type TextParser } from './problems';
import type { DelimiterName } from './delimiters';
import { copyOf, equalsAt } from './text-slices';
import { TableReader } from './table-reader';
import { NOT_PACKED, NOT_SEEN, SeenOrders } from './seen-orders';
import { addDays, DayFinder } from './time-zone-days';

/** The All Orders columns the Cancellation Rate needs, matched by name. */
export const ALL_ORDERS_COLUMNS = ['amazon-order-id', 'purchase-date', 'order-status', 'fulfillment-channel'] as const;

/**
 * Every column is read lazily (TableReader.field) or in place (text/start/end): most rows need
 * no string of their own, so none is sliced for them.
 */
const LAZY_COLUMNS = [...ALL_ORDERS_COLUMNS, ...CAUSE_COLUMNS];

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

/** The channel of text[start, end). */
function channelOf(text: string, start: number, end: number): 'merchant' | 'fba' | 'other' {
	// Amazon's own spellings first, compared in place: the slower path runs only for edited files.
	if (equalsAt(text, start, end, 'Merchant')) return 'merchant';
	if (equalsAt(text, start, end, 'Amazon')) return 'fba';
	const t = text.slice(start, end).trim().toLowerCase();
	if (t === 'merchant' || t === 'mfn') return 'merchant';
	if (t === 'amazon' || t === 'afn') return 'fba';
	return 'other';
}

/** Whether the order-status text[start, end) says cancelled. */
function isCancelledStatus(text: string, start: number, end: number): boolean {
	if (equalsAt(text, start, end, 'Cancelled')) return true;
	// Shipped, Pending, Unshipped, Shipping: most rows, told apart by length alone.
	const length = end - start;
	const first = text.charCodeAt(start);
	if (length < 8 || (length < 12 && first !== 0x43 && first !== 0x63 && first > 0x20)) return false;
	const t = text.slice(start, end).trim().toLowerCase();
	return t === 'cancelled' || t === 'canceled';
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
export function createReportParser(options: ReportParserOptions): TextParser<OrdersReport> {
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

	/**
	 * One row with the four columns; rows without an order id or with an unreadable date are
	 * noted. Its values are read in place (table.text/start/end): most rows make no string.
	 */
	const readRow = (_values: string[], line: number) => {
		rows++;
		let known = seen.getAt(table.text(0), table.start(0), table.end(0));
		/** The trimmed order id, made only when it is not a plain 3-7-7 digit id or is kept. */
		let id: string | null = null;
		if (known === NOT_PACKED) {
			id = table.field(0).trim();
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
			if (known !== -1) causes.item(known, table.text(4), table.start(4), table.end(4), causeFields);
			return;
		}
		const channel = channelOf(table.text(3), table.start(3), table.end(3));
		if (channel !== 'merchant') {
			if (id === null) seen.setAt(-1);
			else seen.set(id, -1);
			if (channel === 'fba') fbaOrders++;
			else otherChannelOrders++;
			return;
		}
		const ms = parsePurchaseDate(table.text(1), table.start(1), table.end(1));
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
		const cancelled = isCancelledStatus(table.text(2), table.start(2), table.end(2));
		const kept = cancelled ? (id ?? table.field(0)) : '';
		if (cancelled) {
			day.cancelled++;
			cancelledOrders.push({ id: copyOf(kept), date });
		}
		const order = causes.order(kept, date, ms, cancelled);
		if (id === null) seen.setAt(order);
		else seen.set(id, order);
		causes.item(order, table.text(4), table.start(4), table.end(4), causeFields);
	};
	const table = new TableReader(
		ALL_ORDERS_COLUMNS,
		readRow,
		(line) => {
			rows++;
			note(mismatchedRows, line);
		},
		CAUSE_COLUMNS,
		LAZY_COLUMNS,
	);
	// Read from the row `table` is handing to readRow: one object for the whole file.
	const causeFields: CauseFields = {
		asin: () => table.field(5),
		name: () => table.field(6),
		lastUpdated: () => table.field(7),
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
