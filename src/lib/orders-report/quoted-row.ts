/**
 * Reading one row with quoted values (RFC 4180) from a report's bytes, for table-reader.ts: the
 * slow path, taken only by rows where a value opens with a quote (spreadsheet re-saves).
 */
import { decodeUtf8 } from './bytes';

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** What the reader knows of the file's columns. */
export interface RowShape {
	delimiter: number;
	/** For each column of the file, which wanted value it is, or -1; null before the header. */
	slots: Int32Array | null;
	lastWanted: number;
	headerFields: number;
}

export class QuotedRow {
	/** The wanted values of the row read last, unquoted, one after the other. */
	bytes: Uint8Array = new Uint8Array(1024);
	private length = 0;
	/** The header's fields, when the row read was the header. */
	readonly names: string[] = [];
	/** Fields in the row read last. */
	fields = 0;
	/** Line feeds in the row read last. */
	newlines = 0;
	/** Whether the last read stopped, or ended the text, inside a quoted value. */
	openQuote = false;
	/** Whether the row read last was cut off by the end of the text (inside a quote, or short of fields). */
	cutOff = false;

	/** `starts` and `ends` are the table reader's: per wanted value, where `read` puts it in `bytes`. */
	constructor(
		private readonly starts: Int32Array,
		private readonly ends: Int32Array,
	) {}

	/** Copies buf[from, to) after the values already in `bytes`. */
	private add(buf: Uint8Array, from: number, to: number): void {
		const need = this.length + (to - from);
		if (need > this.bytes.length) {
			const grown = new Uint8Array(Math.max(need, this.bytes.length * 2));
			grown.set(this.bytes.subarray(0, this.length));
			this.bytes = grown;
		}
		this.bytes.set(buf.subarray(from, to), this.length);
		this.length = need;
	}

	/**
	 * Reads one RFC 4180 row starting at `start`: every field into `names` for the header, else
	 * the wanted ones into `bytes`, with `starts` and `ends` set to them. Returns where the
	 * next row starts, or -1 when the row may continue in bytes not yet pushed. A quote that
	 * closes with text after it (`"Best" mug` in Amazon's unquoted tab-separated file) was not
	 * quoting: that field is read again as plain text.
	 */
	read(buf: Uint8Array, start: number, final: boolean, header: boolean, shape: RowShape): number {
		const n = buf.length;
		const d = shape.delimiter;
		const slots = shape.slots;
		const fields = this.names;
		if (header) fields.length = 0;
		else {
			this.starts.fill(0);
			this.ends.fill(0);
		}
		this.length = 0;
		this.cutOff = false;
		let col = 0;
		let i = start;
		let result = -1;
		/** The next line feed at or after i: -1 none, -2 not looked for yet. */
		let nl = -2;
		const last = header ? Infinity : shape.lastWanted;
		for (;;) {
			if (col > last) {
				// Every wanted value is read: without another quote, the row ends at the line feed.
				if (nl !== -1 && nl < i) nl = buf.indexOf(LF, i);
				if (nl !== -1) {
					const q = buf.indexOf(QUOTE, i);
					if (q === -1 || q > nl) {
						result = nl + 1;
						break;
					}
				}
			}
			const slot = header || slots === null || col >= slots.length ? -1 : slots[col]!;
			const want = header || slot >= 0;
			const valueStart = this.length;
			let read = false;
			if (i < n && buf[i] === QUOTE) {
				let seg = i + 1;
				for (;;) {
					const q = buf.indexOf(QUOTE, seg);
					if (q === -1) {
						this.openQuote = true;
						if (!final) return -1;
						if (want) this.add(buf, seg, n);
						this.cutOff = !header;
						result = n;
						read = true;
						break;
					}
					this.openQuote = true;
					if (q + 1 >= n && !final) return -1;
					// The end of the text ends the row like a line feed.
					const c = q + 1 < n ? buf[q + 1]! : LF;
					if (c === QUOTE) {
						if (want) this.add(buf, seg, q + 1);
						seg = q + 2;
						continue;
					}
					if (c === d) {
						if (want) this.add(buf, seg, q);
						i = q + 2;
						read = true;
					} else if (c === LF) {
						if (want) this.add(buf, seg, q);
						result = q + 1 >= n ? n : q + 2;
						read = true;
					} else if (c === CR) {
						if (q + 2 >= n && !final) return -1;
						if (q + 2 >= n || buf[q + 2] === LF) {
							if (want) this.add(buf, seg, q);
							result = q + 2 >= n ? n : q + 3;
							read = true;
						}
					}
					break;
				}
				if (!read) this.length = valueStart;
			}
			if (!read) {
				if (nl !== -1 && nl < i) nl = buf.indexOf(LF, i);
				const stop = nl === -1 ? n : nl;
				let e = i;
				while (e < stop && buf[e] !== d) e++;
				if (e < stop) {
					if (want) this.add(buf, i, e);
					i = e + 1;
				} else {
					if (nl === -1) {
						this.openQuote = false;
						if (!final) return -1;
						result = n;
					} else result = nl + 1;
					// A CR before the line feed (or at the end of the text) is not part of the value.
					if (want) this.add(buf, i, e > i && buf[e - 1] === CR ? e - 1 : e);
				}
			}
			if (header) fields.push(decodeUtf8(this.bytes, valueStart, this.length));
			else if (slot >= 0) (this.starts[slot] = valueStart), (this.ends[slot] = this.length);
			col++;
			if (result !== -1) break;
		}
		this.fields = col;
		if (!header && result === n && buf[n - 1] !== LF && col < shape.headerFields) this.cutOff = true;
		let newlines = 0;
		for (let k = buf.indexOf(LF, start); k !== -1 && k < result; k = buf.indexOf(LF, k + 1)) newlines++;
		this.newlines = newlines;
		return result;
	}
}
