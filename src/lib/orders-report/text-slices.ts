/** Small helpers for strings sliced from the text of a report as it streams. */

const CR = 0x0d;

/**
 * A copy of `text` that does not keep the text it was sliced from alive: slicing a concatenation
 * makes V8 flatten it into a new string of its own. Values handed to `onRow` are such slices.
 */
export function copyOf(text: string): string {
	return (' ' + text).slice(1);
}

export function stripCr(s: string): string {
	return s.charCodeAt(s.length - 1) === CR ? s.slice(0, -1) : s;
}

/** Line feeds in buf from `start` up to (not including) `end`. */
export function countNewlines(buf: string, start: number, end: number): number {
	let newlines = 0;
	for (let k = buf.indexOf('\n', start); k !== -1 && k < end; k = buf.indexOf('\n', k + 1)) newlines++;
	return newlines;
}

/** Whether text[start, end) is exactly `word`, compared in place: no string is made per row. */
export function equalsAt(text: string, start: number, end: number, word: string): boolean {
	return end - start === word.length && text.startsWith(word, start);
}

/** text[start, end), sliced only when it is not the whole of text. */
export function sliceOf(text: string, start: number, end: number): string {
	return start === 0 && end === text.length ? text : text.slice(start, end);
}

/**
 * Whether text[start, end) is the same after trim(): true at once when it is empty or begins
 * and ends with printable ASCII, which is what the report's ids and SKUs are; otherwise it is
 * checked with trim() itself, so its notion of white space stays the only one.
 */
export function isTrimmedAt(text: string, start: number, end: number): boolean {
	if (start === end) return true;
	const a = text.charCodeAt(start);
	const b = text.charCodeAt(end - 1);
	if (a > 0x20 && a < 0x7f && b > 0x20 && b < 0x7f) return true;
	const s = text.slice(start, end);
	return s.trim().length === s.length;
}
