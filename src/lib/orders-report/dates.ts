/** Reading a purchase-date: ISO 8601 with an offset, Amazon's own spelling on the fast path. */

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
