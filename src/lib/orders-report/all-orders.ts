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
import { copyOf } from './text-slices';
import { TableReader } from './table-reader';
import { NOT_SEEN, SeenOrders } from './seen-orders';
import { addDays, DayFinder } from './time-zone-days';

/** The All Orders columns the Cancellation Rate needs, matched by name. */
export const ALL_ORDERS_COLUMNS = ['amazon-order-id', 'purchase-date', 'order-status', 'fulfillment-channel'] as const;

/** Cause columns few rows need (a SKU not seen before, a cancelled order): not sliced per row. */
const LAZY_CAUSE_COLUMNS = ['asin', 'product-name', 'last-updated-date'];

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
	// Amazon's own spellings first: the slower path runs only for edited files.
	if (text === 'Merchant') return 'merchant';
	if (text === 'Amazon') return 'fba';
	const t = text.trim().toLowerCase();
	if (t === 'merchant' || t === 'mfn') return 'merchant';
	if (t === 'amazon' || t === 'afn') return 'fba';
	return 'other';
}

function isCancelledStatus(text: string): boolean {
	if (text === 'Cancelled') return true;
	// Shipped, Pending, Unshipped, Shipping: most rows, told apart by length alone.
	if (text.length < 8 || (text.length < 12 && text.charCodeAt(0) !== 0x43 && text.charCodeAt(0) !== 0x63 && text.charCodeAt(0) > 0x20)) return false;
	const t = text.trim().toLowerCase();
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

	/** One row with the four columns; rows without an order id or with an unreadable date are noted. */
	const readRow = (values: string[], line: number) => {
		rows++;
		const id = values[0]!.trim();
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
		const known = seen.get(id);
		if (known !== NOT_SEEN) {
			if (known !== -1) causes.item(known, values[4]!, causeFields);
			return;
		}
		const channel = channelOf(values[3]!);
		if (channel !== 'merchant') {
			seen.set(id, -1);
			if (channel === 'fba') fbaOrders++;
			else otherChannelOrders++;
			return;
		}
		const ms = parsePurchaseDate(values[1]!);
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
		const cancelled = isCancelledStatus(values[2]!);
		if (cancelled) {
			day.cancelled++;
			cancelledOrders.push({ id: copyOf(id), date });
		}
		const order = causes.order(id, date, ms, cancelled);
		seen.set(id, order);
		causes.item(order, values[4]!, causeFields);
	};
	const table = new TableReader(
		ALL_ORDERS_COLUMNS,
		readRow,
		(line) => {
			rows++;
			note(mismatchedRows, line);
		},
		CAUSE_COLUMNS,
		LAZY_CAUSE_COLUMNS,
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
