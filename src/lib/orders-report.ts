/**
 * Reads Amazon's All Orders report (and the Unshipped Orders report) as text arrives, without
 * ever holding the file: a report can be hundreds of megabytes, and a seller's browser tab must
 * not run out of memory. What is kept is one total per calendar day, the set of order ids seen
 * (to count a multi-item order once) and the ids of the seller-fulfilled orders that were
 * cancelled (few, and they let exclusions be changed without reading the file again).
 *
 * Report format: Seller Central "All Orders" flat file, one row per order item, tab-separated,
 * a header line of column names. Sellers also re-save it from a spreadsheet, which gives commas
 * (semicolons in European locales) and RFC 4180 quoting, and Chinese Excel saves in GBK: the
 * columns read here are ASCII, so stray non-UTF-8 bytes in product names are harmless.
 */
import { CR_WINDOW_DAYS, type RateTarget } from './facts';
import { rollingWindows, summarizeWindows, type WindowResult, type WindowSummary } from './cancellation-rate';
import { CAUSE_COLUMNS, CauseCollector, type ReportCauses } from './orders-report/causes';

/** Files above 1 GiB are refused before reading: far beyond any month of orders. */
export const MAX_REPORT_BYTES = 1024 ** 3;

/** The All Orders columns the Cancellation Rate needs, matched by name. */
export const ALL_ORDERS_COLUMNS = ['amazon-order-id', 'purchase-date', 'order-status', 'fulfillment-channel'] as const;

/** The Unshipped Orders columns that name buyer-requested cancellations. */
export const UNSHIPPED_COLUMNS = ['order-id', 'is-buyer-requested-cancellation'] as const;

/** How many line numbers of skipped rows are kept to show the user. */
export const LINE_SAMPLE_SIZE = 5;

/**
 * One row longer than this (a quote that is never closed swallows the rest of the file) stops the
 * import, so that memory stays bounded.
 */
const MAX_ROW_CHARS = 1 << 20;
/** A header line longer than this is not a report header. */
const MAX_HEADER_CHARS = 1 << 16;
/** How much of the start of the file is checked for NUL characters. */
const SNIFF_CHARS = 1 << 16;

/** Rows of one kind the import skipped: how many, and the first few 1-based line numbers. */
export interface LineSample {
	count: number;
	lines: number[];
}

/** Why a file cannot be read as a report. Plain data, so it crosses from a Web Worker intact. */
export type ReportProblem =
	/** Bigger than MAX_REPORT_BYTES; checked before reading. */
	| { kind: 'too-large'; bytes: number; maxBytes: number }
	/** Binary data (a spreadsheet workbook, a PDF, an image), not a text report. */
	| { kind: 'not-text' }
	/** Nothing but whitespace. */
	| { kind: 'empty' }
	/** The header lacks these required columns (lowercase names as listed in the *_COLUMNS constants). */
	| { kind: 'missing-columns'; columns: string[] }
	/** A quoted field starting at `line` never ends. */
	| { kind: 'malformed'; line: number }
	/** No seller-fulfilled order with a readable date. */
	| { kind: 'no-orders'; rows: number; fbaOrders: number; otherChannelOrders: number; badDates: LineSample }
	/** The browser could not read the file (moved, deleted, no permission). */
	| { kind: 'read-failed' };

export type ReportProblemKind = ReportProblem['kind'];

/** Thrown by the parsers; `problem` is what to show. */
export class ReportError extends Error {
	readonly problem: ReportProblem;
	constructor(problem: ReportProblem) {
		super(`report problem: ${problem.kind}`);
		this.name = 'ReportError';
		this.problem = problem;
	}
}

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

export type DelimiterName = 'tab' | 'comma' | 'semicolon';

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

/** Feeds text in any pieces; `finish` gives the report or throws a ReportError. */
export interface TextParser<T> {
	/** Throws a ReportError as soon as the text cannot be a report (binary, missing columns). */
	push(text: string): void;
	finish(): T;
}

// ---- Delimited text ---------------------------------------------------------------------------

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
const TAB = 0x09;

const DELIMITERS: readonly { code: number; char: string; name: DelimiterName }[] = [
	{ code: TAB, char: '\t', name: 'tab' },
	{ code: 0x2c, char: ',', name: 'comma' },
	{ code: 0x3b, char: ';', name: 'semicolon' },
];

/** Binary data decoded as text shows NUL, other C0 controls or U+FFFD. */
function looksBinary(text: string): boolean {
	// eslint-disable-next-line no-control-regex
	return /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffd]/.test(text);
}

/**
 * Splits delimited text into rows and hands `onRow` the values of the wanted columns, in the
 * order of `columns`. Rows are found with indexOf and sliced only where a wanted column is, and
 * the character-by-character path runs only on rows with a quote in them.
 */
class TableReader {
	private buf = '';
	/** Physical line number (1-based) of buf[0]. */
	private line = 1;
	/** Where the next '"' in buf is: -1 none, -2 not known yet. */
	private nextQuote = -2;
	private sniffed = 0;
	private sawText = false;
	private delim: (typeof DELIMITERS)[number] | null = null;
	/** For each column of the file, which wanted value it is, or -1. */
	private slots: Int32Array | null = null;
	private lastWanted = -1;
	private readonly values: string[];
	private readonly fields: string[] = [];
	private rowNewlines = 0;
	private failed: ReportError | null = null;

	/** Which wanted columns the header has (the optional ones may be missing: their values stay ''). */
	readonly present: boolean[];

	constructor(
		private readonly columns: readonly string[],
		private readonly onRow: (values: string[], line: number) => void,
		/** Wanted columns the file may lack, after `columns` in the values. */
		private readonly optional: readonly string[] = [],
	) {
		this.values = [...columns, ...optional].map(() => '');
		this.present = this.values.map(() => false);
	}

	get delimiterName(): DelimiterName {
		return this.delim?.name ?? 'tab';
	}

	push(text: string): void {
		if (this.failed) throw this.failed;
		if (text.length === 0) return;
		try {
			if (this.sniffed < SNIFF_CHARS) {
				const head = text.slice(0, SNIFF_CHARS - this.sniffed);
				this.sniffed += head.length;
				if (head.includes('\u0000')) throw new ReportError({ kind: 'not-text' });
			}
			this.buf = this.buf.length === 0 ? text : this.buf + text;
			if (this.nextQuote === -1) this.nextQuote = -2;
			this.run(false);
		} catch (err) {
			if (err instanceof ReportError) this.failed = err;
			throw err;
		}
	}

	/** Reads what is left; throws 'empty' when the whole text was blank. */
	finish(): void {
		if (this.failed) throw this.failed;
		this.run(true);
		this.buf = '';
		if (!this.sawText) throw new ReportError({ kind: 'empty' });
	}

	private run(final: boolean): void {
		const buf = this.buf;
		const n = buf.length;
		let pos = 0;
		if (this.line === 1 && !this.sawText && buf.charCodeAt(0) === 0xfeff) pos = 1;

		while (this.slots === null) {
			// Blank lines before the header are skipped.
			while (pos < n) {
				const c = buf.charCodeAt(pos);
				if (c === LF) this.line++;
				else if (c !== CR && c !== 0x20 && c !== TAB) break;
				pos++;
			}
			if (pos >= n) {
				this.keep(pos, final);
				return;
			}
			this.sawText = true;
			let nl = buf.indexOf('\n', pos);
			if (nl === -1) {
				if (n - pos > MAX_HEADER_CHARS) throw new ReportError({ kind: 'not-text' });
				if (!final) {
					this.keep(pos, final);
					return;
				}
				nl = n;
			}
			this.readHeader(buf.slice(pos, nl));
			const end = this.slowRow(buf, pos, true, true);
			this.setHeader(this.fields, buf.slice(pos, nl));
			this.line += this.rowNewlines;
			pos = end;
		}

		const dc = this.delim!.char;
		const slots = this.slots;
		const values = this.values;
		const last = this.lastWanted;
		let nextQuote = this.nextQuote;

		while (pos < n) {
			let nl = buf.indexOf('\n', pos);
			if (nl === -1) {
				if (!final) break;
				nl = n;
			}
			if (nextQuote !== -1 && nextQuote < pos) nextQuote = buf.indexOf('"', pos);
			if (nextQuote === -1 || nextQuote > nl) {
				let lineEnd = nl;
				if (lineEnd > pos && buf.charCodeAt(lineEnd - 1) === CR) lineEnd--;
				if (lineEnd > pos) {
					let p = pos;
					for (let col = 0; col <= last; col++) {
						let e = p > lineEnd ? lineEnd : buf.indexOf(dc, p);
						if (e === -1 || e > lineEnd) e = lineEnd;
						const slot = slots[col]!;
						// Every wanted column is at or before `last`, so each row sets all values.
						if (slot >= 0) values[slot] = p > lineEnd ? '' : buf.slice(p, e);
						p = e + 1;
					}
					this.emit(buf, pos, lineEnd, this.line);
				}
				this.line++;
				pos = nl + 1;
			} else {
				const end = this.slowRow(buf, pos, final, false);
				if (end === -1) break;
				this.emit(buf, pos, end, this.line);
				this.line += this.rowNewlines;
				pos = end;
			}
		}
		this.nextQuote = nextQuote === -1 ? -1 : nextQuote - pos;
		this.keep(pos, final);
	}

	/** Hands a row to onRow unless it is blank (only delimiters, quotes and spaces). */
	private emit(buf: string, start: number, end: number, line: number): void {
		const values = this.values;
		let empty = true;
		for (let i = 0; i < values.length; i++) {
			if (values[i]!.trim() !== '') {
				empty = false;
				break;
			}
		}
		if (empty && /^[\s,;\t"]*$/.test(buf.slice(start, end))) return;
		this.onRow(values, line);
	}

	/** Keeps the unread tail of the buffer for the next piece of text. */
	private keep(pos: number, final: boolean): void {
		if (final || pos >= this.buf.length) {
			this.buf = '';
			this.nextQuote = -2;
			return;
		}
		this.buf = this.buf.slice(pos);
		if (this.nextQuote < 0) this.nextQuote = -2;
		if (this.slots !== null && this.buf.length > MAX_ROW_CHARS) {
			throw new ReportError({ kind: 'malformed', line: this.line });
		}
	}

	private readHeader(firstLine: string): void {
		let best = DELIMITERS[0]!;
		let bestCount = 0;
		for (const candidate of DELIMITERS) {
			const count = firstLine.split(candidate.char).length - 1;
			if (count > bestCount) {
				best = candidate;
				bestCount = count;
			}
		}
		this.delim = best;
	}

	private setHeader(fields: readonly string[], rawLine: string): void {
		const names = fields.map((f) => f.replace(/^\ufeff/, '').trim().toLowerCase());
		const slots = new Int32Array(names.length).fill(-1);
		const missing: string[] = [];
		[...this.columns, ...this.optional].forEach((column, slot) => {
			const col = names.indexOf(column);
			if (col === -1) {
				if (slot < this.columns.length) missing.push(column);
			} else {
				slots[col] = slot;
				this.present[slot] = true;
				if (col > this.lastWanted) this.lastWanted = col;
			}
		});
		if (missing.length > 0) {
			throw new ReportError(looksBinary(rawLine) ? { kind: 'not-text' } : { kind: 'missing-columns', columns: missing });
		}
		this.slots = slots;
	}

	/**
	 * Reads one RFC 4180 row starting at `start`: every field into this.fields for the header,
	 * else the wanted ones into this.values. Returns where the next row starts, or -1 when the
	 * row may continue in text not yet pushed. A quote that closes with text after it
	 * (`"Best" mug` in Amazon's unquoted tab-separated file) was not quoting: that field is read
	 * again as plain text.
	 */
	private slowRow(buf: string, start: number, final: boolean, header: boolean): number {
		const n = buf.length;
		const d = this.delim!.code;
		const dc = this.delim!.char;
		const slots = this.slots;
		const values = this.values;
		const fields = this.fields;
		if (header) fields.length = 0;
		else values.fill('');
		let col = 0;
		let i = start;
		let result = -1;
		/** The next line feed at or after i: -1 none, -2 not looked for yet. */
		let nl = -2;
		const last = header ? Infinity : this.lastWanted;
		for (;;) {
			if (col > last) {
				// Every wanted value is read: without another quote, the row ends at the line feed.
				if (nl !== -1 && nl < i) nl = buf.indexOf('\n', i);
				if (nl !== -1 && buf.lastIndexOf('"', nl) < i) {
					result = nl + 1;
					break;
				}
			}
			const slot = header || slots === null || col >= slots.length ? -1 : slots[col]!;
			const want = header || slot >= 0;
			let value = '';
			let read = false;
			if (i < n && buf.charCodeAt(i) === QUOTE) {
				let seg = i + 1;
				for (;;) {
					const q = buf.indexOf('"', seg);
					if (q === -1) {
						if (!final) return -1;
						if (want) value += buf.slice(seg);
						result = n;
						read = true;
						break;
					}
					if (q + 1 >= n && !final) return -1;
					// The end of the text ends the row like a line feed.
					const c = q + 1 < n ? buf.charCodeAt(q + 1) : LF;
					if (c === QUOTE) {
						if (want) value += buf.slice(seg, q + 1);
						seg = q + 2;
						continue;
					}
					if (c === d) {
						if (want) value += buf.slice(seg, q);
						i = q + 2;
						read = true;
					} else if (c === LF) {
						if (want) value += buf.slice(seg, q);
						result = q + 1 >= n ? n : q + 2;
						read = true;
					} else if (c === CR) {
						if (q + 2 >= n && !final) return -1;
						if (q + 2 >= n || buf.charCodeAt(q + 2) === LF) {
							if (want) value += buf.slice(seg, q);
							result = q + 2 >= n ? n : q + 3;
							read = true;
						}
					}
					break;
				}
				if (!read) value = '';
			}
			if (!read) {
				if (nl !== -1 && nl < i) nl = buf.indexOf('\n', i);
				const e = buf.indexOf(dc, i);
				if (e !== -1 && (nl === -1 || e < nl)) {
					if (want) value = buf.slice(i, e);
					i = e + 1;
				} else if (nl === -1) {
					if (!final) return -1;
					if (want) value = stripCr(buf.slice(i, n));
					result = n;
				} else {
					if (want) value = stripCr(buf.slice(i, nl));
					result = nl + 1;
				}
			}
			if (header) fields.push(value);
			else if (slot >= 0) values[slot] = value;
			col++;
			if (result !== -1) break;
		}
		let newlines = 0;
		for (let k = buf.indexOf('\n', start); k !== -1 && k < result; k = buf.indexOf('\n', k + 1)) newlines++;
		this.rowNewlines = newlines;
		return result;
	}
}

function stripCr(s: string): string {
	return s.charCodeAt(s.length - 1) === CR ? s.slice(0, -1) : s;
}

function newSample(): LineSample {
	return { count: 0, lines: [] };
}

function note(sample: LineSample, line: number): void {
	sample.count++;
	if (sample.lines.length < LINE_SAMPLE_SIZE) sample.lines.push(line);
}

// ---- Dates ------------------------------------------------------------------------------------

/**
 * ISO 8601 with an offset or Z, seconds and fractions optional. A time without an offset is
 * refused: it could be in any zone, and a spreadsheet re-save that dropped it cannot be trusted.
 */
const DATE_RE = /^\s*(\d{4})-(\d\d)-(\d\d)[Tt ](\d\d):(\d\d)(?::(\d\d)(?:[.,]\d+)?)?\s*(?:([Zz])|([+-])(\d\d):?(\d\d))\s*$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Years outside these bounds are typing errors, and would stretch the day list over centuries. */
const MIN_YEAR = 1995;
const MAX_YEAR = 2099;

/** The instant `text` names, in ms since the epoch, or null when it is not a date with an offset. */
export function parsePurchaseDate(text: string): number | null {
	const fast = amazonDate(text);
	if (fast !== undefined) return fast;
	const m = DATE_RE.exec(text);
	if (m === null) return null;
	const year = +m[1]!;
	const month = +m[2]!;
	const day = +m[3]!;
	const hour = +m[4]!;
	const minute = +m[5]!;
	const second = m[6] === undefined ? 0 : +m[6];
	if (m[7] !== undefined) return instant(year, month, day, hour, minute, second, 1, 0, 0);
	return instant(year, month, day, hour, minute, second, m[8] === '-' ? -1 : 1, +m[9]!, +m[10]!);
}

/** The instant of a checked local date and time with its offset, or null if out of range. */
function instant(
	year: number,
	month: number,
	day: number,
	hour: number,
	minute: number,
	second: number,
	sign: number,
	offsetHours: number,
	offsetMinutes: number,
): number | null {
	if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return null;
	const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
	if (day > DAYS_IN_MONTH[month - 1]! + (leap ? 1 : 0)) return null;
	if (hour > 23 || minute > 59 || second > 59 || offsetHours > 14 || offsetMinutes > 59) return null;
	return Date.UTC(year, month - 1, day, hour, minute, second) - sign * (offsetHours * 60 + offsetMinutes) * 60_000;
}

/** Two ASCII digits at `i` as a number, or -1. */
function two(text: string, i: number): number {
	const a = text.charCodeAt(i) - 48;
	const b = text.charCodeAt(i + 1) - 48;
	return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/**
 * Amazon's exact spelling, 2024-04-19T16:29:58+00:00, read without a regular expression (it
 * is most rows); undefined for anything else, which the regular expression then reads.
 */
function amazonDate(text: string): number | null | undefined {
	if (text.length !== 25 || text.charCodeAt(4) !== 0x2d || text.charCodeAt(7) !== 0x2d || text.charCodeAt(10) !== 0x54) return undefined;
	if (text.charCodeAt(13) !== 0x3a || text.charCodeAt(16) !== 0x3a || text.charCodeAt(22) !== 0x3a) return undefined;
	const sign = text.charCodeAt(19);
	if (sign !== 0x2b && sign !== 0x2d) return undefined;
	const y1 = two(text, 0);
	const y2 = two(text, 2);
	const month = two(text, 5);
	const day = two(text, 8);
	const hour = two(text, 11);
	const minute = two(text, 14);
	const second = two(text, 17);
	const oh = two(text, 20);
	const om = two(text, 23);
	// Any -1 makes the bitwise or negative.
	if ((y1 | y2 | month | day | hour | minute | second | oh | om) < 0) return undefined;
	return instant(y1 * 100 + y2, month, day, hour, minute, second, sign === 0x2d ? -1 : 1, oh, om);
}

/** True when the browser knows `timeZone` as an IANA zone. */
export function isValidTimeZone(timeZone: string): boolean {
	try {
		new Intl.DateTimeFormat('en-US', { timeZone });
		return true;
	} catch {
		return false;
	}
}

const DAY_MS = 86_400_000;
const QUARTER_MS = 900_000;

/**
 * Calendar days of instants in one time zone. Intl is slow (microseconds a call, 300,000 rows),
 * so it is asked for the zone's offset at both ends of each UTC day seen: when they agree, the
 * offset holds all day and the local day is plain arithmetic. A UTC day with a change of offset
 * in it is looked up per quarter hour, as every current zone's changes fall on quarter hours;
 * a quarter hour whose two ends disagree (old local mean times) is looked up per instant.
 */
class DayFinder {
	private readonly format: Intl.DateTimeFormat;
	readonly timeZone: string;
	/** UTC day number → the zone's offset in ms that whole day, or null when it changes. */
	private readonly offsets = new Map<number, number | null>();
	/** Local day number → 'YYYY-MM-DD'. */
	private readonly names = new Map<number, string>();
	/** Quarter-hour number → day, for UTC days with an offset change. */
	private readonly quarters = new Map<number, string | null>();

	constructor(timeZone: string) {
		this.format = new Intl.DateTimeFormat('en-US', {
			timeZone,
			year: 'numeric',
			month: 'numeric',
			day: 'numeric',
			hour: 'numeric',
			minute: 'numeric',
			second: 'numeric',
			hourCycle: 'h23',
			calendar: 'gregory',
			numberingSystem: 'latn',
		});
		// As given: resolvedOptions() turns Asia/Kolkata into the old name Asia/Calcutta.
		this.timeZone = timeZone;
	}

	dayOf(ms: number): string {
		const utcDay = Math.floor(ms / DAY_MS);
		let offset = this.offsets.get(utcDay);
		if (offset === undefined) {
			const first = this.offsetAt(utcDay * DAY_MS);
			offset = first === this.offsetAt(utcDay * DAY_MS + DAY_MS - 1) ? first : null;
			this.offsets.set(utcDay, offset);
		}
		if (offset !== null) return this.name(Math.floor((ms + offset) / DAY_MS));
		const quarter = Math.floor(ms / QUARTER_MS);
		let day = this.quarters.get(quarter);
		if (day === undefined) {
			const first = this.exact(quarter * QUARTER_MS);
			day = first === this.exact(quarter * QUARTER_MS + QUARTER_MS - 1) ? first : null;
			this.quarters.set(quarter, day);
		}
		return day ?? this.exact(ms);
	}

	/** The local wall-clock time at `ms`, read as if it were UTC. */
	private wallClock(ms: number): number {
		let y = 0;
		let mo = 0;
		let d = 0;
		let h = 0;
		let mi = 0;
		let sec = 0;
		for (const part of this.format.formatToParts(ms)) {
			const v = +part.value;
			if (part.type === 'year') y = v;
			else if (part.type === 'month') mo = v;
			else if (part.type === 'day') d = v;
			else if (part.type === 'hour') h = v;
			else if (part.type === 'minute') mi = v;
			else if (part.type === 'second') sec = v;
		}
		return Date.UTC(y, mo - 1, d, h, mi, sec);
	}

	private offsetAt(ms: number): number {
		return this.wallClock(ms) - (ms - (((ms % 1000) + 1000) % 1000));
	}

	private exact(ms: number): string {
		return this.name(Math.floor(this.wallClock(ms) / DAY_MS));
	}

	private name(localDay: number): string {
		let name = this.names.get(localDay);
		if (name === undefined) {
			name = new Date(localDay * DAY_MS).toISOString().slice(0, 10);
			this.names.set(localDay, name);
		}
		return name;
	}
}

/** Adds `n` days to a 'YYYY-MM-DD' date. */
function addDays(date: string, n: number): string {
	const t = Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10) + n);
	return new Date(t).toISOString().slice(0, 10);
}

// ---- All Orders report ------------------------------------------------------------------------

function channelOf(text: string): 'merchant' | 'fba' | 'other' {
	// Amazon's own spellings first: the slower path runs only for edited files.
	if (text === 'Merchant') return 'merchant';
	if (text === 'Amazon') return 'fba';
	const t = text.trim().toLowerCase();
	if (t === 'merchant' || t === 'mfn') return 'merchant';
	if (t === 'amazon' || t === 'afn') return 'fba';
	return 'other';
}

/**
 * A compact key for the set of order ids seen. Values sliced from the text keep the whole piece
 * of text they came from alive (V8 sliced strings), so the set must not hold them: a 3-7-7
 * digit Amazon id becomes four fresh UTF-16 units, anything else a fresh copy behind a NUL.
 */
function orderKey(id: string): string {
	if (id.length === 19 && id.charCodeAt(3) === 0x2d && id.charCodeAt(11) === 0x2d) {
		let hi = 0;
		let lo = 0;
		let ok = true;
		for (let i = 0; i < 19; i++) {
			if (i === 3 || i === 11) continue;
			const digit = id.charCodeAt(i) - 48;
			if (digit < 0 || digit > 9) {
				ok = false;
				break;
			}
			if (i < 11) hi = hi * 10 + digit;
			else lo = lo * 10 + digit;
		}
		// hi < 10^10 < 2^34, lo < 10^7 < 2^24: 58 bits in four 15-bit units, the first never 0.
		if (ok) {
			return String.fromCharCode(
				1 + Math.floor(hi / 2 ** 21),
				Math.floor(hi / 64) % 32768,
				((hi % 64) << 9) | (lo >>> 15),
				lo & 0x7fff,
			);
		}
	}
	return copyOf('\u0000' + id);
}

/**
 * A copy of `text` that does not keep the text it was sliced from alive: slicing a concatenation
 * makes V8 flatten it into a new string of its own.
 */
function copyOf(text: string): string {
	return (' ' + text).slice(1);
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
 * id decides its channel, status and day, and later rows of the same order are ignored. A
 * seller-fulfilled row whose purchase-date does not parse is skipped (counted in badDates), so
 * a later row of the same order with a good date can still count it.
 */
export function createReportParser(options: ReportParserOptions): TextParser<OrdersReport> {
	const days = new DayFinder(options.timeZone);
	const totals = new Map<string, DayTotals>();
	/** Order key → its number in `causes` for a counted seller-fulfilled order, else -1. */
	const seen = new Map<string, number>();
	const causes = new CauseCollector({ parseDate: parsePurchaseDate, dayOf: (ms) => days.dayOf(ms) });
	const cancelledOrders: CancelledOrder[] = [];
	const badDates = newSample();
	const missingIds = newSample();
	let rows = 0;
	let merchantOrders = 0;
	let fbaOrders = 0;
	let otherChannelOrders = 0;

	const table = new TableReader(ALL_ORDERS_COLUMNS, (values, line) => {
		rows++;
		const id = values[0]!.trim();
		if (id === '') {
			note(missingIds, line);
			return;
		}
		const key = orderKey(id);
		const known = seen.get(key);
		if (known !== undefined) {
			if (known !== -1) causes.item(known, values[4]!, values[5]!, values[6]!, values[7]!);
			return;
		}
		const channel = channelOf(values[3]!);
		if (channel !== 'merchant') {
			seen.set(key, -1);
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
		seen.set(key, order);
		causes.item(order, values[4]!, values[5]!, values[6]!, values[7]!);
	}, CAUSE_COLUMNS);

	return {
		push: (text) => table.push(text),
		finish(): OrdersReport {
			table.finish();
			if (merchantOrders === 0) {
				throw new ReportError({ kind: 'no-orders', rows, fbaOrders, otherChannelOrders, badDates });
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

// ---- Exclusions -------------------------------------------------------------------------------

/** The days with buyer-requested cancellations marked, and how the given ids matched. */
export interface ExclusionResult {
	days: ReportDay[];
	/** Cancelled seller-fulfilled orders now counted as buyer-requested. */
	excluded: number;
	/** Given ids that are not a cancelled seller-fulfilled order of this report. */
	unmatched: string[];
}

/**
 * Marks the cancelled orders whose ids are in `ids` as buyer-requested: out of the numerator,
 * still in the denominator. Ids of orders that were not cancelled change nothing.
 */
export function applyExclusions(report: Pick<OrdersReport, 'days' | 'cancelledOrders'>, ids: Iterable<string>): ExclusionResult {
	const wanted = new Set<string>();
	for (const id of ids) wanted.add(id.trim());
	wanted.delete('');
	const perDay = new Map<string, number>();
	const matched = new Set<string>();
	for (const order of report.cancelledOrders) {
		if (!wanted.has(order.id)) continue;
		matched.add(order.id);
		perDay.set(order.date, (perDay.get(order.date) ?? 0) + 1);
	}
	const days = report.days.map((day) => ({ ...day, buyerRequested: perDay.get(day.date) ?? 0 }));
	return { days, excluded: matched.size, unmatched: [...wanted].filter((id) => !matched.has(id)) };
}

/** Rolling 7-day windows over an imported day list, with the worst, the latest and the days over. */
export function reportWindows(
	days: readonly ReportDay[],
	target: RateTarget,
): { windows: WindowResult[]; summary: WindowSummary } {
	const windows = rollingWindows(days, target, CR_WINDOW_DAYS, Infinity);
	return { windows, summary: summarizeWindows(windows) };
}

// ---- Unshipped Orders report ------------------------------------------------------------------

export interface UnshippedReport {
	/** Order ids whose is-buyer-requested-cancellation is true, each once, in file order. */
	buyerRequestedIds: string[];
	/** Data rows read. */
	rows: number;
}

/** A parser for the Unshipped Orders report with the is-buyer-requested-cancellation column. */
export function createUnshippedParser(): TextParser<UnshippedReport> {
	const ids = new Set<string>();
	let rows = 0;
	const table = new TableReader(UNSHIPPED_COLUMNS, (values) => {
		rows++;
		const id = values[0]!.trim();
		if (id !== '' && values[1]!.trim().toLowerCase() === 'true') ids.add(copyOf(id));
	});
	return {
		push: (text) => table.push(text),
		finish() {
			table.finish();
			return { buyerRequestedIds: [...ids], rows };
		},
	};
}

// ---- Pasted order ids -------------------------------------------------------------------------

/** Amazon order ids: three digits, seven digits, seven digits. */
export const ORDER_ID_RE = /^\d{3}-\d{7}-\d{7}$/;

export interface PastedIds {
	/** Valid ids, each once, in the order given. */
	ids: string[];
	/** Tokens that are not order ids, each once, at most MAX_INVALID_SHOWN of them. */
	invalid: string[];
	invalidCount: number;
}

const MAX_INVALID_SHOWN = 10;

/**
 * Order ids pasted from Seller Central, a spreadsheet or a chat: separated by any whitespace,
 * commas, semicolons or the Chinese enumeration comma. Full-width digits and dashes from
 * Chinese input methods are folded to ASCII.
 */
export function parseOrderIds(text: string): PastedIds {
	const ids = new Set<string>();
	const invalid = new Set<string>();
	let invalidCount = 0;
	const folded = text.normalize('NFKC').replace(/[\u2010-\u2015\u2212]/g, '-');
	for (const token of folded.split(/[\s,;、]+/)) {
		if (token === '') continue;
		const id = token.replace(/^["']+|["']+$/g, '');
		if (ORDER_ID_RE.test(id)) ids.add(id);
		else if (!invalid.has(token)) {
			invalidCount++;
			if (invalid.size < MAX_INVALID_SHOWN) invalid.add(token);
		}
	}
	return { ids: [...ids], invalid: [...invalid], invalidCount };
}

// ---- File encodings ---------------------------------------------------------------------------

/**
 * The encoding to decode a file with, from its first bytes: Excel's "Unicode Text" is UTF-16
 * with a byte order mark; everything else is read as UTF-8 (TextDecoder drops the UTF-8 BOM).
 */
export function sniffEncoding(head: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' {
	if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
	if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
	return 'utf-8';
}
