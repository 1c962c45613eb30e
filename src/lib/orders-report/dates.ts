/** Reading a purchase-date: ISO 8601 with an offset, Amazon's own spelling on the fast path. */
import { decodeUtf8 } from './bytes';

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
function two(b: Uint8Array, i: number): number {
	const x = b[i]! - 48;
	const y = b[i + 1]! - 48;
	return x >= 0 && x <= 9 && y >= 0 && y <= 9 ? x * 10 + y : -1;
}

/**
 * The purchase-date in bytes [start, end) of a report, as parsePurchaseDate reads its text.
 * Amazon's exact spelling, 2024-04-19T16:29:58+00:00, is most rows: it is read from the bytes,
 * without a string or a regular expression; any other spelling is read as text.
 */
export function readPurchaseDate(b: Uint8Array, start: number, end: number): number | null {
	const s = start;
	if (end - s !== 25 || b[s + 4] !== 0x2d || b[s + 7] !== 0x2d || b[s + 10] !== 0x54 || b[s + 13] !== 0x3a || b[s + 16] !== 0x3a || b[s + 22] !== 0x3a) {
		return parsePurchaseDate(decodeUtf8(b, start, end));
	}
	const sign = b[s + 19];
	const y1 = two(b, s);
	const y2 = two(b, s + 2);
	const month = two(b, s + 5);
	const day = two(b, s + 8);
	const hour = two(b, s + 11);
	const minute = two(b, s + 14);
	const second = two(b, s + 17);
	const oh = two(b, s + 20);
	const om = two(b, s + 23);
	// Any -1 makes the bitwise or negative.
	if ((sign !== 0x2b && sign !== 0x2d) || (y1 | y2 | month | day | hour | minute | second | oh | om) < 0) {
		return parsePurchaseDate(decodeUtf8(b, start, end));
	}
	return instant(y1 * 100 + y2, month, day, hour, minute, second, sign === 0x2d ? -1 : 1, oh, om);
}
