/** What separates a report's columns, and telling text from binary data, from the header line. */

export type DelimiterName = 'tab' | 'comma' | 'semicolon';

export interface Delimiter {
	code: number;
	char: string;
	name: DelimiterName;
}

const DELIMITERS: readonly Delimiter[] = [
	{ code: 0x09, char: '\t', name: 'tab' },
	{ code: 0x2c, char: ',', name: 'comma' },
	{ code: 0x3b, char: ';', name: 'semicolon' },
];

/** The delimiter the header line holds most of; tab (Amazon's) when it holds none. */
export function guessDelimiter(headerLine: string): Delimiter {
	let best = DELIMITERS[0]!;
	let bestCount = 0;
	for (const candidate of DELIMITERS) {
		const count = headerLine.split(candidate.char).length - 1;
		if (count > bestCount) {
			best = candidate;
			bestCount = count;
		}
	}
	return best;
}

/** Binary data decoded as text shows NUL, other C0 controls or U+FFFD. */
export function looksBinary(text: string): boolean {
	// eslint-disable-next-line no-control-regex
	return /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffd]/.test(text);
}
