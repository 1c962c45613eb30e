/**
 * Reading values straight from a report's bytes. A report is read as UTF-8 bytes and only the
 * values a row needs become strings: decoding a 90 MB file whole, and copying the text between
 * threads, was most of an import's time in Chromium (docs/benchmarks.md, "Report import").
 */

// ignoreBOM: a value that starts with U+FEFF keeps it (trim() drops it), as text decoded whole did.
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
const encoder = new TextEncoder();

export const EMPTY_BYTES: Uint8Array = new Uint8Array(0);

/** Values up to this long are made strings by hand when they are ASCII. */
const SHORT = 32;

/** The text of bytes [start, end). Not fatal: stray non-UTF-8 bytes (GBK from Chinese Excel) become U+FFFD. */
export function decodeUtf8(bytes: Uint8Array, start: number, end: number): string {
	if (start >= end) return '';
	if (end - start <= SHORT) {
		// A TextDecoder call costs about a microsecond in a Chromium worker; an order id, a date or
		// a SKU is ASCII and short, and made a string here in a fraction of that.
		let ascii = true;
		for (let i = start; i < end; i++) {
			if (bytes[i]! >= 0x80) {
				ascii = false;
				break;
			}
		}
		if (ascii) return String.fromCharCode.apply(null, bytes.subarray(start, end) as unknown as number[]);
	}
	return decoder.decode(bytes.subarray(start, end));
}

export function utf8(text: string): Uint8Array {
	return encoder.encode(text);
}

/** The white space of ASCII that String.prototype.trim removes: tab, LF, VT, FF, CR, space. */
export function isAsciiSpace(c: number): boolean {
	return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

/** Whether bytes [start, end) are blank to trim(): only white space, Unicode's included. */
export function isBlank(bytes: Uint8Array, start: number, end: number): boolean {
	for (let i = start; i < end; i++) {
		const c = bytes[i]!;
		if (isAsciiSpace(c)) continue;
		// A no-break or ideographic space is white space to trim(): rare, so asked of the text.
		return c >= 0x80 && decodeUtf8(bytes, start, end).trim() === '';
	}
	return true;
}

/** Whether bytes [start, end) are exactly `word`, which is ASCII. */
export function isAscii(bytes: Uint8Array, start: number, end: number, word: string): boolean {
	if (end - start !== word.length) return false;
	for (let i = 0; i < word.length; i++) if (bytes[start + i] !== word.charCodeAt(i)) return false;
	return true;
}

export function concatBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
	if (a.length === 0) return b;
	const joined = new Uint8Array(a.length + b.length);
	joined.set(a);
	joined.set(b, a.length);
	return joined;
}

const CACHE_SIZE = 4096;
/** Longer values (product names) are seldom repeated: not worth keeping. */
const CACHE_MAX_BYTES = 64;

/**
 * Strings of short values that repeat from row to row (status, channel, SKU), each decoded once:
 * making a string costs about 200 ns in Chromium, a lookup here a few tens. Direct-mapped by a
 * hash of the bytes; a value whose slot another took is simply decoded again.
 */
export class TextCache {
	/** Each slot's bytes, CACHE_MAX_BYTES apart, and how many there are (0: empty slot). */
	private readonly keys = new Uint8Array(CACHE_SIZE * CACHE_MAX_BYTES);
	private readonly lengths = new Int32Array(CACHE_SIZE);
	private readonly texts: string[] = new Array<string>(CACHE_SIZE).fill('');

	text(bytes: Uint8Array, start: number, end: number): string {
		const n = end - start;
		if (n <= 0) return '';
		if (n > CACHE_MAX_BYTES) return decodeUtf8(bytes, start, end);
		let h = 0x811c9dc5;
		for (let i = start; i < end; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
		const slot = (h ^ (h >>> 15)) & (CACHE_SIZE - 1);
		const at = slot * CACHE_MAX_BYTES;
		const keys = this.keys;
		if (this.lengths[slot] === n) {
			let i = 0;
			while (i < n && keys[at + i] === bytes[start + i]) i++;
			if (i === n) return this.texts[slot]!;
		}
		const text = decodeUtf8(bytes, start, end);
		keys.set(bytes.subarray(start, end), at);
		this.lengths[slot] = n;
		this.texts[slot] = text;
		return text;
	}
}
