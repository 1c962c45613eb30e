/**
 * Reading delimited text as it arrives: Amazon's tab-separated flat files, and the comma or
 * semicolon files with RFC 4180 quoting a spreadsheet writes when a seller re-saves one.
 */
import { guessDelimiter, looksBinary, type Delimiter, type DelimiterName } from './delimiters';
import { readHeader } from './header';
import { LineEnds } from './line-ends';
import { ReportError } from './problems';
import { countNewlines, stripCr } from './text-slices';

/**
 * One row longer than this (a quote that is never closed swallows the rest of the file, or text
 * that has no line breaks) stops the import, so that memory stays bounded.
 */
export const MAX_ROW_CHARS = 1 << 20;
/** A header line longer than this is not a report header. */
export const MAX_HEADER_CHARS = 1 << 16;
/** How much of the start of the file is checked for NUL characters. */
const SNIFF_CHARS = 1 << 16;

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
const TAB = 0x09;

/**
 * Splits delimited text into rows and hands `onRow` the values of the wanted columns, in the
 * order of `columns`. Rows are found with indexOf and sliced only where a wanted column is, and
 * the character-by-character path runs only on rows with a quote in them. A row that ends before
 * the last wanted column (another delimiter than the header's, a row cut short) goes to
 * `onShortRow` instead, so it is counted as skipped rather than read as empty values.
 */
export class TableReader {
	private buf = '';
	/** Physical line number (1-based) of buf[0]. */
	private line = 1;
	/** Where the next '"' in buf is: -1 none, -2 not known yet. */
	private nextQuote = -2;
	private sniffed = 0;
	private sawText = false;
	private delim: Delimiter | null = null;
	/** For each column of the file, which wanted value it is, or -1. */
	private slots: Int32Array | null = null;
	private lastWanted = -1;
	/** The last column of the file that is a required one: a row ending before it is short. */
	private lastRequired = -1;
	private readonly values: string[];
	/** Per wanted value: 1 when it is read lazily (see `field`). */
	private readonly lazy: Uint8Array;
	/** Where each lazy value lies in buf for the row being handed out by the fast path. */
	private readonly starts: Int32Array;
	private readonly ends: Int32Array;
	/** Whether the row being handed out was read by slowRow, which fills `values` for every slot. */
	private slowRead = false;
	private readonly fields: string[] = [];
	private rowNewlines = 0;
	/** Fields in the row slowRow read last. */
	private rowFields = 0;
	/** Why the unread tail has no complete row yet: a quoted field still open, or no line break. */
	private openQuote = false;
	private headerFields = 0;
	private failed: ReportError | null = null;
	private readonly lineEnds = new LineEnds();
	/** The line the text ended in when that line has no line break and fewer fields than the header. */
	incompleteLastLine: number | null = null;

	/** Which wanted columns the header has (optional ones may be missing: their values stay ''). */
	readonly present: boolean[];

	constructor(
		private readonly columns: readonly string[],
		private readonly onRow: (values: string[], line: number) => void,
		private readonly onShortRow: (line: number) => void = () => {},
		/** Wanted columns the file may lack, after `columns` in the values; a row may end before them. */
		private readonly optional: readonly string[] = [],
		/**
		 * Wanted columns that most rows never need: they are not sliced for `values` (left as '')
		 * but read on demand with `field` during `onRow`, which saves a string per row and column.
		 */
		lazyColumns: readonly string[] = [],
	) {
		const all = [...columns, ...optional];
		this.values = all.map(() => '');
		this.present = this.values.map(() => false);
		this.lazy = Uint8Array.from(all, (c) => (lazyColumns.includes(c) ? 1 : 0));
		this.starts = new Int32Array(all.length);
		this.ends = new Int32Array(all.length);
	}

	/** The value of wanted column `slot` in the row `onRow` is being given; only valid during that call. */
	field(slot: number): string {
		if (this.slowRead || this.lazy[slot] === 0) return this.values[slot]!;
		return this.buf.slice(this.starts[slot]!, this.ends[slot]!);
	}

	get crOnly(): boolean {
		return this.lineEnds.crOnly;
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
			text = this.lineEnds.push(text);
			// Joined to the unread tail, a piece of megabytes would be copied whole (V8 flattens the
			// joined string at the first search in it). When the tail is a plain row cut short, its
			// first line alone completes it, and the rest of the piece is read where it lies.
			// Without a quote in the tail or that line, no quoted field can run on past it.
			const nl = this.slots === null || this.buf.length === 0 ? -1 : text.indexOf('\n');
			if (nl !== -1 && nl + 1 < text.length && !this.buf.includes('"') && text.lastIndexOf('"', nl) === -1) {
				this.append(text.slice(0, nl + 1));
				text = text.slice(nl + 1);
			}
			this.append(text);
		} catch (err) {
			if (err instanceof ReportError) this.failed = err;
			throw err;
		}
	}

	private append(text: string): void {
		this.buf = this.buf.length === 0 ? text : this.buf + text;
		if (this.nextQuote === -1) this.nextQuote = -2;
		this.run(false);
	}

	/** Reads what is left; throws 'empty' when the whole text was blank. */
	finish(): void {
		if (this.failed) throw this.failed;
		const rest = this.lineEnds.finish();
		if (rest) this.buf += rest;
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
				if (n - pos > MAX_HEADER_CHARS) {
					const binary = looksBinary(buf.slice(pos, pos + 4096));
					throw new ReportError(binary ? { kind: 'not-text' } : { kind: 'line-too-long', line: this.line, maxChars: MAX_HEADER_CHARS });
				}
				if (!final) {
					this.keep(pos, final);
					return;
				}
				nl = n;
			}
			this.delim = guessDelimiter(buf.slice(pos, nl));
			const end = this.slowRow(buf, pos, true, true);
			this.headerFields = this.fields.length;
			this.setHeader(this.fields, buf.slice(pos, nl));
			this.line += this.rowNewlines;
			pos = end;
		}

		const dc = this.delim!.char;
		const slots = this.slots;
		const values = this.values;
		const lazy = this.lazy;
		const starts = this.starts;
		const ends = this.ends;
		const last = this.lastWanted;
		let nextQuote = this.nextQuote;

		while (pos < n) {
			let nl = buf.indexOf('\n', pos);
			if (nl === -1) {
				if (!final) {
					this.openQuote = false;
					break;
				}
				nl = n;
			}
			if (nextQuote !== -1 && nextQuote < pos) nextQuote = buf.indexOf('"', pos);
			if (nextQuote === -1 || nextQuote > nl) {
				let lineEnd = nl;
				if (lineEnd > pos && buf.charCodeAt(lineEnd - 1) === CR) lineEnd--;
				if (lineEnd > pos) {
					let p = pos;
					let col = 0;
					for (; col <= last && p <= lineEnd; col++) {
						let e = buf.indexOf(dc, p);
						if (e === -1 || e > lineEnd) e = lineEnd;
						const slot = slots[col]!;
						// Every wanted column is at or before `last`, so each full row sets all values.
						if (slot >= 0 && lazy[slot] === 0) values[slot] = buf.slice(p, e);
						else if (slot >= 0) (starts[slot] = p), (ends[slot] = e);
						p = e + 1;
					}
					// Optional columns the row ends before are read as empty.
					const short = col <= this.lastRequired;
					// A short row's values are cleared, so a row of blanks is still seen as blank.
					for (; col <= last; col++) {
						const slot = slots[col]!;
						if (slot >= 0) (values[slot] = ''), (starts[slot] = ends[slot] = 0);
					}
					this.slowRead = false;
					if (nl === n) this.checkLastLine(buf, pos, lineEnd);
					this.emit(buf, pos, lineEnd, this.line, short);
				}
				this.line++;
				pos = nl + 1;
			} else {
				const end = this.slowRow(buf, pos, final, false);
				if (end === -1) break;
				this.slowRead = true;
				this.emit(buf, pos, end, this.line, this.rowFields <= this.lastRequired);
				this.line += this.rowNewlines;
				pos = end;
			}
		}
		this.nextQuote = nextQuote === -1 ? -1 : nextQuote - pos;
		this.keep(pos, final);
	}

	/** Hands a row to onRow unless it is blank (only delimiters, quotes and spaces) or short. */
	private emit(buf: string, start: number, end: number, line: number, short: boolean): void {
		const values = this.values;
		let empty = true;
		for (let i = 0; i < values.length; i++) {
			if (this.field(i).trim() !== '') {
				empty = false;
				break;
			}
		}
		if (empty && /^[\s,;\t"]*$/.test(buf.slice(start, end))) return;
		if (short) this.onShortRow(line);
		else this.onRow(values, line);
	}

	/**
	 * The text ended without a line break: a last line with fewer fields than the header, or inside
	 * a quoted field, was cut off (a download that stopped, a file copied in part).
	 */
	private checkLastLine(buf: string, start: number, end: number): void {
		const dc = this.delim!.char;
		let fields = 1;
		for (let k = buf.indexOf(dc, start); k !== -1 && k < end; k = buf.indexOf(dc, k + 1)) fields++;
		if (fields < this.headerFields && !/^[\s,;\t"]*$/.test(buf.slice(start, end))) this.incompleteLastLine = this.line;
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
			throw new ReportError(
				this.openQuote ? { kind: 'malformed', line: this.line } : { kind: 'line-too-long', line: this.line, maxChars: MAX_ROW_CHARS },
			);
		}
	}

	private setHeader(fields: readonly string[], rawLine: string): void {
		const header = readHeader(fields, rawLine, this.columns, this.optional);
		header.present.forEach((present, slot) => (this.present[slot] = present));
		this.lastWanted = header.lastWanted;
		this.lastRequired = header.lastRequired;
		this.slots = header.slots;
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
						this.openQuote = true;
						if (!final) return -1;
						if (want) value += buf.slice(seg);
						if (!header) this.incompleteLastLine = this.line;
						result = n;
						read = true;
						break;
					}
					this.openQuote = true;
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
					this.openQuote = false;
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
		this.rowFields = col;
		if (!header && result === n && buf.charCodeAt(n - 1) !== LF && col < this.headerFields) this.incompleteLastLine = this.line;
		this.rowNewlines = countNewlines(buf, start, result);
		return result;
	}
}
