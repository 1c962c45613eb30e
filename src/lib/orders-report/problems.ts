/**
 * What the report parsers report besides the numbers: why a file cannot be read, and which rows
 * were skipped. Plain data, so it crosses from a Web Worker intact.
 */

/** Files above 1 GiB are refused before reading: far beyond any month of orders. */
export const MAX_REPORT_BYTES = 1024 ** 3;

/** How many line numbers of skipped rows are kept to show the user. */
export const LINE_SAMPLE_SIZE = 5;

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
	/** Line `line` runs on past `maxChars` characters without a line break: not a line-by-line report. */
	| { kind: 'line-too-long'; line: number; maxChars: number }
	/** No seller-fulfilled order with a readable date. */
	| {
			kind: 'no-orders';
			rows: number;
			fbaOrders: number;
			otherChannelOrders: number;
			badDates: LineSample;
			/** Rows that do not split into the header's columns. */
			mismatchedRows: LineSample;
	  }
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

/** Feeds a file's bytes in any pieces; `finish` gives the report or throws a ReportError. */
export interface ReportParser<T> {
	/**
	 * Throws a ReportError as soon as the file cannot be a report (binary, missing columns). A
	 * string (tests, small files) is read as its UTF-8 bytes.
	 */
	push(piece: Uint8Array | string): void;
	finish(): T;
}

export function newSample(): LineSample {
	return { count: 0, lines: [] };
}

/** Counts a skipped row, keeping its line number while the sample has room. */
export function note(sample: LineSample, line: number): void {
	sample.count++;
	if (sample.lines.length < LINE_SAMPLE_SIZE) sample.lines.push(line);
}
