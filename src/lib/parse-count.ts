/**
 * Reads an order count typed by a person. Sellers paste numbers from Seller Central, from
 * spreadsheets and from Chinese input methods, so full-width digits, ideographic spaces and the
 * common thousands separators are accepted; anything that could be misread is refused with a
 * reason the form can show, rather than guessed at.
 */

/** The largest count accepted: far above any seller's weekly orders, small enough for exact maths. */
export const MAX_COUNT = 1_000_000_000;

/** Why an input is not a count. */
export type ParseError = 'empty' | 'negative' | 'fraction' | 'not-a-number' | 'too-large';

/** A count, or the reason the input is not one. */
export type ParseResult = { ok: true; value: number } | { ok: false; error: ParseError };

/** Full-width forms typed by Chinese and Japanese input methods, folded to ASCII. */
const FULL_WIDTH: Record<string, string> = {
	'＋': '+',
	'－': '-',
	// U+2212 MINUS SIGN: what word processors and some spreadsheets put in front of negatives.
	'−': '-',
	'．': '.',
	'，': ',',
	'＇': "'",
};

/**
 * Thousands separators. U+202F is what French locales output, "'" is Swiss; U+3000 comes from
 * Chinese input methods. The full-width comma is folded to "," before this is used.
 */
const GROUP_SEPARATORS = [',', ' ', '\u00A0', '\u202F', '\u3000', "'"];

/** Leading/trailing blanks that a paste can bring along, including BOM and ideographic space. */
const SURROUNDING_BLANKS = /^[\s\u3000\uFEFF]+|[\s\u3000\uFEFF]+$/g;

function foldFullWidth(text: string): string {
	let out = '';
	for (const ch of text) {
		const code = ch.codePointAt(0)!;
		if (code >= 0xff10 && code <= 0xff19) out += String.fromCharCode(code - 0xff10 + 0x30);
		else out += FULL_WIDTH[ch] ?? ch;
	}
	return out;
}

/** Plain digits, or digits grouped in threes with one separator used throughout. */
function readWholePart(text: string): string | null {
	if (/^[0-9]+$/.test(text)) return text;
	for (const sep of GROUP_SEPARATORS) {
		if (!text.includes(sep)) continue;
		const groups = text.split(sep);
		// A group of other than three digits ("1,00", Indian "1,00,000", "10 00") is more likely a
		// typo or a different convention than a thousands separator, so it is not guessed at.
		if (!/^[0-9]{1,3}$/.test(groups[0]!)) return null;
		if (!groups.slice(1).every((g) => /^[0-9]{3}$/.test(g))) return null;
		return groups.join('');
	}
	return null;
}

/**
 * Parses a non-negative whole number of orders. Any decimal separator makes it a fraction,
 * including "3." and "2.0", and "1.000" (German thousands): counts are whole, and a dot is never
 * silently dropped. A minus sign in front of an otherwise readable number, even "-0", is
 * 'negative'; it outranks 'fraction' because it is the first thing wrong with "-1.5".
 */
export function parseCount(input: string): ParseResult {
	const trimmed = input.replace(SURROUNDING_BLANKS, '');
	if (trimmed === '') return { ok: false, error: 'empty' };

	let body = foldFullWidth(trimmed);
	let negative = false;
	if (body.startsWith('+')) body = body.slice(1);
	else if (body.startsWith('-')) {
		negative = true;
		body = body.slice(1);
	}

	const dot = body.indexOf('.');
	const wholeText = dot === -1 ? body : body.slice(0, dot);
	const fractionText = dot === -1 ? '' : body.slice(dot + 1);

	let digits: string | null;
	if (dot === -1) {
		digits = readWholePart(wholeText);
	} else {
		// ".5" and "3." are still recognisably numbers; "." alone and "1.2.3" are not.
		const wholeOk = wholeText === '' || readWholePart(wholeText) !== null;
		const fractionOk = /^[0-9]*$/.test(fractionText);
		const anyDigit = /[0-9]/.test(wholeText + fractionText);
		digits = wholeOk && fractionOk && anyDigit ? '' : null;
	}
	if (digits === null) return { ok: false, error: 'not-a-number' };
	if (negative) return { ok: false, error: 'negative' };
	if (dot !== -1) return { ok: false, error: 'fraction' };

	// Compare lengths before converting, so a 400-digit paste never becomes an imprecise float.
	const significant = digits.replace(/^0+(?=[0-9])/, '');
	if (significant.length > String(MAX_COUNT).length) return { ok: false, error: 'too-large' };
	const value = Number(significant);
	if (value > MAX_COUNT) return { ok: false, error: 'too-large' };
	return { ok: true, value };
}
