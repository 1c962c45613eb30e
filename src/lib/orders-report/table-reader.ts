/**
 * Reading delimited text as its bytes arrive: Amazon's tab-separated flat files, and the comma or
 * semicolon files with RFC 4180 quoting a spreadsheet writes when a seller re-saves one.
 */
import { concatBytes, decodeUtf8, EMPTY_BYTES, isBlank, TextCache, utf8 } from './bytes';
import { guessDelimiter, looksBinary, type Delimiter, type DelimiterName } from './delimiters';
import { Utf8Input } from './encodings';
import { readHeader } from './header';
import { LineEnds } from './line-ends';
import { ReportError } from './problems';
import { QuotedRow } from './quoted-row';

/**
 * One row longer than this (a quote that is never closed swallows the rest of the file, or text
 * that has no line breaks) stops the import, so that memory stays bounded.
 */
export const MAX_ROW_CHARS = 1 << 20;
/** A header line longer than this is not a report header. */
export const MAX_HEADER_CHARS = 1 << 16;
/** How much of the start of the file is checked for NUL bytes. */
const SNIFF_BYTES = 1 << 16;

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
const TAB = 0x09;
const SPACE = 0x20;
const BOM = [0xef, 0xbb, 0xbf];
const BLANK_ROW = /^[\s,;\t"]*$/;

/**
 * Whether buf from `start` on is more than `maxChars` characters. The bytes are counted first: a
 * character is one to four of them, so only a tail of more bytes than that, which a report's
 * row never is, needs decoding to tell.
 */
function longer(buf: Uint8Array, start: number, maxChars: number): boolean {
	const bytes = buf.length - start;
	if (bytes <= maxChars) return false;
	return bytes > 4 * maxChars || decodeUtf8(buf, start, buf.length).length > maxChars;
}

/**
 * Splits delimited bytes into rows and calls `onRow` for each; during that call the values of the
 * wanted columns (in the order of `columns`, then `optional`) lie in `bytes` between `starts` and
 * `ends`, and `text` makes one a string. Nothing is decoded that no one asks for. A row with a
 * quoted value takes the character-by-character path, which copies its unquoted values aside. A
 * row that ends before the last wanted column (another delimiter than the header's, a row cut
 * short) goes to `onShortRow` instead, so it is counted as skipped rather than read as empty values.
 */
export class TableReader {
	/** Bytes not read yet: a row cut off at the end of the last piece. */
	private buf: Uint8Array = EMPTY_BYTES;
	/** Physical line number (1-based) of buf[0]. */
	private line = 1;
	/** Where the next '"' in buf is: -1 none, -2 not known yet. */
	private nextQuote = -2;
	private sniffed = 0;
	private sawText = false;
	private bomChecked = false;
	private delim: Delimiter | null = null;
	/** For each column of the file, which wanted value it is, or -1. */
	private slots: Int32Array | null = null;
	private lastWanted = -1;
	/** The last column of the file that is a required one: a row ending before it is short. */
	private lastRequired = -1;
	/** The bytes of the row handed to onRow: the file's own, or the quoted row's unquoted values. */
	bytes: Uint8Array = EMPTY_BYTES;
	/** Per wanted value: where it lies in `bytes` (start = end when the row has no such value). */
	readonly starts: Int32Array;
	readonly ends: Int32Array;
	private readonly cache = new TextCache();
	private readonly quoted: QuotedRow;
	/** Per wanted value: 1 when its strings are kept in `cache`. */
	private readonly repeats: Uint8Array;
	/** Why the unread tail has no complete row yet: a quoted field still open, or no line break. */
	private openQuote = false;
	/** How many bytes at the start of the unread tail are known to hold no line feed. */
	private noLineFeed = 0;
	private headerFields = 0;
	private failed: ReportError | null = null;
	private readonly input = new Utf8Input();
	private readonly lineEnds = new LineEnds();
	/** The line the text ended in when that line has no line break and fewer fields than the header. */
	incompleteLastLine: number | null = null;

	/** Which wanted columns the header has (optional ones may be missing: their values stay ''). */
	readonly present: boolean[];

	constructor(
		private readonly columns: readonly string[],
		private readonly onRow: (line: number) => void,
		private readonly onShortRow: (line: number) => void = () => {},
		/** Wanted columns the file may lack, after `columns`; a row may end before them. */
		private readonly optional: readonly string[] = [],
		/** Wanted columns whose values repeat from row to row (a status, a SKU): their strings are kept. */
		repeating: readonly string[] = [],
	) {
		const all = [...columns, ...optional];
		const count = all.length;
		this.repeats = Uint8Array.from(all, (c) => (repeating.includes(c) ? 1 : 0));
		this.present = new Array<boolean>(count).fill(false);
		this.starts = new Int32Array(count);
		this.ends = new Int32Array(count);
		this.quoted = new QuotedRow(this.starts, this.ends);
	}

	/** The text of wanted value `slot` in the row being handed to onRow; only valid during that call. */
	text(slot: number): string {
		const start = this.starts[slot]!;
		const end = this.ends[slot]!;
		return this.repeats[slot] === 1 ? this.cache.text(this.bytes, start, end) : decodeUtf8(this.bytes, start, end);
	}

	get crOnly(): boolean {
		return this.lineEnds.crOnly;
	}

	get delimiterName(): DelimiterName {
		return this.delim?.name ?? 'tab';
	}

	/** The file's next bytes; a string (tests, small files) is read as its UTF-8 bytes. */
	push(piece: Uint8Array | string): void {
		if (this.failed) throw this.failed;
		const chunk = typeof piece === 'string' ? utf8(piece) : piece;
		if (chunk.length === 0) return;
		try {
			let bytes = this.input.push(chunk);
			if (this.sniffed < SNIFF_BYTES) {
				const head = bytes.subarray(0, SNIFF_BYTES - this.sniffed);
				this.sniffed += head.length;
				if (head.includes(0)) throw new ReportError({ kind: 'not-text' });
			}
			bytes = this.lineEnds.push(bytes);
			if (bytes.length === 0) return;
			// Joined to the unread tail, each piece of megabytes would be copied whole. When the tail
			// is a row cut short, the piece's first line alone completes it, and the rest of the
			// piece is read where it lies.
			const lf = this.slots === null || this.buf.length === 0 ? -1 : bytes.indexOf(LF);
			if (lf !== -1 && lf + 1 < bytes.length) {
				this.append(bytes.subarray(0, lf + 1));
				bytes = bytes.subarray(lf + 1);
			}
			this.append(bytes);
		} catch (err) {
			if (err instanceof ReportError) this.failed = err;
			throw err;
		}
	}

	/** Reads `bytes` after the unread tail (a quoted value may run on past the line that was to complete it). */
	private append(bytes: Uint8Array): void {
		this.buf = concatBytes(this.buf, bytes);
		if (this.nextQuote === -1) this.nextQuote = -2;
		this.run(false);
	}

	/** Reads what is left; throws 'empty' when the whole text was blank. */
	finish(): void {
		if (this.failed) throw this.failed;
		// What the decoder of a UTF-16 file still held, then a CR held back by the line ends.
		const rest = concatBytes(this.lineEnds.push(this.input.finish()), this.lineEnds.finish());
		if (rest.length > 0) this.buf = concatBytes(this.buf, rest);
		this.run(true);
		this.buf = EMPTY_BYTES;
		if (!this.sawText) throw new ReportError({ kind: 'empty' });
	}

	private run(final: boolean): void {
		const buf = this.buf;
		const n = buf.length;
		let pos = 0;
		if (!this.bomChecked) {
			// A UTF-8 byte order mark may come a byte at a time.
			let k = 0;
			while (k < 3 && k < n && buf[k] === BOM[k]) k++;
			if (k < 3 && k === n && !final) return;
			this.bomChecked = true;
			if (k === 3) pos = 3;
		}

		while (this.slots === null) {
			// Blank lines before the header are skipped.
			while (pos < n) {
				const c = buf[pos]!;
				if (c === LF) this.line++;
				else if (c !== CR && c !== SPACE && c !== TAB) break;
				pos++;
			}
			if (pos >= n) {
				this.keep(pos, final);
				return;
			}
			this.sawText = true;
			let nl = buf.indexOf(LF, pos);
			if (nl === -1) {
				if (longer(buf, pos, MAX_HEADER_CHARS)) {
					const binary = looksBinary(decodeUtf8(buf, pos, pos + 4096));
					throw new ReportError(binary ? { kind: 'not-text' } : { kind: 'line-too-long', line: this.line, maxChars: MAX_HEADER_CHARS });
				}
				if (!final) {
					this.keep(pos, final);
					return;
				}
				nl = n;
			}
			const rawLine = decodeUtf8(buf, pos, nl);
			this.delim = guessDelimiter(rawLine);
			const end = this.slowRow(buf, pos, true, true);
			this.headerFields = this.quoted.names.length;
			this.setHeader(this.quoted.names, rawLine);
			this.line += this.quoted.newlines;
			pos = end;
		}

		const dc = this.delim!.code;
		const slots = this.slots;
		const starts = this.starts;
		const ends = this.ends;
		const last = this.lastWanted;
		let nextQuote = this.nextQuote;
		// A row without its line feed yet (a line too long to be a row, pieces far smaller than it)
		// is not looked through again for each piece.
		if (this.noLineFeed > 0 && !final && pos === 0 && buf.indexOf(LF, this.noLineFeed) === -1) {
			this.noLineFeed = n;
			this.keep(0, final);
			return;
		}
		this.noLineFeed = 0;

		while (pos < n) {
			// The wanted values first, up to the line feed or the last of them, then the line feed
			// after them: each byte of the row is looked at once.
			let p = pos;
			let col = 0;
			let e = pos;
			let c = 0;
			for (; col <= last; col++) {
				e = p;
				while (e < n && (c = buf[e]!) !== dc && c !== LF) e++;
				const slot = slots[col]!;
				if (slot >= 0) (starts[slot] = p), (ends[slot] = e);
				if (e >= n || c === LF) {
					// A CR before the line end is not part of the value.
					if (slot >= 0 && e > p && buf[e - 1] === CR) ends[slot] = e - 1;
					col++;
					break;
				}
				p = e + 1;
			}
			let nl = e < n && c === LF ? e : e < n ? buf.indexOf(LF, e) : -1;
			if (nl === -1) {
				if (!final) {
					this.openQuote = false;
					this.noLineFeed = n - pos;
					break;
				}
				nl = n;
			}
			if (nextQuote !== -1 && nextQuote < pos) nextQuote = buf.indexOf(QUOTE, pos);
			// A quote inside a value (Amazon's `Frame 8x10" Black`) is text: only one that opens a
			// value quotes it, and sends the row down the slow path.
			while (nextQuote !== -1 && nextQuote < nl && nextQuote !== pos && buf[nextQuote - 1] !== dc) nextQuote = buf.indexOf(QUOTE, nextQuote + 1);
			if (nextQuote === -1 || nextQuote > nl) {
				let lineEnd = nl;
				if (lineEnd > pos && buf[lineEnd - 1] === CR) lineEnd--;
				if (lineEnd > pos) {
					// Optional columns the row ends before are read as empty.
					const short = col <= this.lastRequired;
					for (; col <= last; col++) {
						const slot = slots[col]!;
						if (slot >= 0) starts[slot] = ends[slot] = 0;
					}
					this.bytes = buf;
					if (nl === n) this.checkLastLine(buf, pos, lineEnd);
					this.emit(buf, pos, lineEnd, this.line, short);
				}
				this.line++;
				pos = nl + 1;
			} else {
				const end = this.slowRow(buf, pos, final, false);
				if (end === -1) break;
				this.bytes = this.quoted.bytes;
				this.emit(buf, pos, end, this.line, this.quoted.fields <= this.lastRequired);
				this.line += this.quoted.newlines;
				pos = end;
			}
		}
		this.nextQuote = nextQuote === -1 ? -1 : nextQuote - pos;
		this.keep(pos, final);
	}

	/** Hands a row to onRow unless it is blank (only delimiters, quotes and spaces) or short. */
	private emit(buf: Uint8Array, start: number, end: number, line: number, short: boolean): void {
		let empty = true;
		for (let i = 0; i < this.starts.length; i++) {
			if (!isBlank(this.bytes, this.starts[i]!, this.ends[i]!)) {
				empty = false;
				break;
			}
		}
		if (empty && BLANK_ROW.test(decodeUtf8(buf, start, end))) return;
		if (short) this.onShortRow(line);
		else this.onRow(line);
	}

	/**
	 * The text ended without a line break: a last line with fewer fields than the header, or inside
	 * a quoted field, was cut off (a download that stopped, a file copied in part).
	 */
	private checkLastLine(buf: Uint8Array, start: number, end: number): void {
		const dc = this.delim!.code;
		let fields = 1;
		for (let k = start; k < end; k++) if (buf[k] === dc) fields++;
		if (fields < this.headerFields && !BLANK_ROW.test(decodeUtf8(buf, start, end))) this.incompleteLastLine = this.line;
	}

	/** Keeps the unread tail of the buffer for the next piece of text. */
	private keep(pos: number, final: boolean): void {
		if (final || pos >= this.buf.length) {
			this.buf = EMPTY_BYTES;
			this.nextQuote = -2;
			return;
		}
		this.buf = this.buf.subarray(pos);
		if (this.nextQuote < 0) this.nextQuote = -2;
		if (this.slots !== null && longer(this.buf, 0, MAX_ROW_CHARS)) {
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

	/** Reads a row with quoted values (quoted-row.ts), or the header; -1 when it may go on in bytes not yet pushed. */
	private slowRow(buf: Uint8Array, start: number, final: boolean, header: boolean): number {
		const quoted = this.quoted;
		const end = quoted.read(buf, start, final, header, {
			delimiter: this.delim!.code,
			slots: this.slots,
			lastWanted: this.lastWanted,
			headerFields: this.headerFields,
		});
		this.openQuote = quoted.openQuote;
		if (end !== -1 && quoted.cutOff) this.incompleteLastLine = this.line;
		return end;
	}
}
