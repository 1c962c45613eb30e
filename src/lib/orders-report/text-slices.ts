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
