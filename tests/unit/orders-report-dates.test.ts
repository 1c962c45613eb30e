import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { readPurchaseDate } from '../../src/lib/orders-report/dates';
import { createReportParser, isValidTimeZone, parsePurchaseDate, parseReport } from '../../src/lib/orders-report';
import { dayOf, tsv } from '../support/orders-report';

describe('All Orders report: days in a time zone', () => {
	it('puts 2024-04-19T23:30:00+00:00 on the 19th in UTC and the 20th in Shanghai', () => {
		expect(dayOf('2024-04-19T23:30:00+00:00', 'UTC')).toEqual(['2024-04-19']);
		expect(dayOf('2024-04-19T23:30:00+00:00', 'Asia/Shanghai')).toEqual(['2024-04-20']);
		expect(dayOf('2024-04-19T23:30:00+00:00', 'America/Los_Angeles')).toEqual(['2024-04-19']);
	});

	it('gives the same day to the same instant written in different offsets', () => {
		for (const written of ['2024-04-19T23:30:00+00:00', '2024-04-19T23:30:00Z', '2024-04-20T07:30+08:00', '2024-04-19T16:30:00.000-07:00']) {
			expect(dayOf(written, 'Asia/Shanghai')).toEqual(['2024-04-20']);
		}
	});

	it('follows daylight saving time changes (Los Angeles, 2024)', () => {
		// 10 March: clocks go from 02:00 PST to 03:00 PDT; midnight before is 08:00 UTC.
		expect(dayOf('2024-03-10T07:59:00Z', 'America/Los_Angeles')).toEqual(['2024-03-09']);
		expect(dayOf('2024-03-10T08:00:00Z', 'America/Los_Angeles')).toEqual(['2024-03-10']);
		// 3 November: midnight is still PDT, 07:00 UTC.
		expect(dayOf('2024-11-03T06:59:59Z', 'America/Los_Angeles')).toEqual(['2024-11-02']);
		expect(dayOf('2024-11-03T07:00:00Z', 'America/Los_Angeles')).toEqual(['2024-11-03']);
	});

	it('splits days at half- and three-quarter-hour midnights (India, Chatham Islands)', () => {
		expect(dayOf('2024-04-19T18:29:59Z', 'Asia/Kolkata')).toEqual(['2024-04-19']);
		expect(dayOf('2024-04-19T18:30:00Z', 'Asia/Kolkata')).toEqual(['2024-04-20']);
		// Chatham in January is UTC+13:45.
		expect(dayOf('2024-01-01T10:14:59Z', 'Pacific/Chatham')).toEqual(['2024-01-01']);
		expect(dayOf('2024-01-01T10:15:00Z', 'Pacific/Chatham')).toEqual(['2024-01-02']);
	});

	it('reports the zone it used and refuses unknown ones', () => {
		expect(parseReport(tsv([['1', '2024-04-19T10:00:00Z', 'Shipped', 'Merchant', '']]), { timeZone: 'Asia/Shanghai' }).timeZone).toBe('Asia/Shanghai');
		expect(isValidTimeZone('Asia/Shanghai')).toBe(true);
		expect(isValidTimeZone('Mars/Olympus')).toBe(false);
		expect(() => createReportParser({ timeZone: 'Mars/Olympus' })).toThrow(RangeError);
	});
});

describe('purchase-date', () => {
	it('reads ISO 8601 with an offset or Z, with or without seconds and fractions', () => {
		const at = Date.UTC(2024, 3, 19, 16, 29, 58);
		expect(parsePurchaseDate('2024-04-19T16:29:58+00:00')).toBe(at);
		expect(parsePurchaseDate('2024-04-19T16:29:58Z')).toBe(at);
		expect(parsePurchaseDate('2024-04-19T09:29:58-07:00')).toBe(at);
		expect(parsePurchaseDate('2024-04-20T00:29:58+0800')).toBe(at);
		expect(parsePurchaseDate(' 2024-04-19T16:29:58.250Z ')).toBe(at);
		expect(parsePurchaseDate('2024-04-19T16:29Z')).toBe(at - 58_000);
		expect(parsePurchaseDate('2024-02-29T00:00:00Z')).toBe(Date.UTC(2024, 1, 29));
	});

	it('refuses dates without an offset and dates that do not exist', () => {
		for (const text of [
			'2024-04-19T16:29:58',
			'2024-04-19',
			'19/04/2024 16:29',
			'2024-13-01T00:00:00Z',
			'2024-04-31T00:00:00Z',
			'2023-02-29T00:00:00Z',
			'2024-04-19T24:00:00Z',
			'2024-04-19T10:60:00Z',
			'2024-04-19T10:00:00+15:00',
			'1970-01-01T00:00:00Z',
			'',
		]) {
			expect(parsePurchaseDate(text), text).toBeNull();
		}
	});

	it('reads a date from the bytes of a row as it reads its text, whatever the digits', () => {
		const d = (k: number) => fc.stringMatching(new RegExp(`^[0-9]{${k}}$`));
		// Amazon's spelling with any digits (impossible months, hours and offsets included), and
		// near misses that must fall back to the text: another sign, a letter, a space, a length.
		const amazonLike = fc
			.tuple(d(4), d(2), d(2), d(2), d(2), d(2), fc.constantFrom('+', '-', '*'), d(2), d(2))
			.map(([y, mo, da, h, mi, se, sign, oh, om]) => `${y}-${mo}-${da}T${h}:${mi}:${se}${sign}${oh}:${om}`);
		const spelling = fc.oneof(amazonLike, amazonLike.map((t) => t.replace(/\d(?=\D*$)/, 'x')), amazonLike.map((t) => ` ${t}`), fc.string({ maxLength: 30 }));
		fc.assert(
			fc.property(spelling, (text) => {
				const bytes = new TextEncoder().encode(`\t${text}\t`);
				expect(readPurchaseDate(bytes, 1, bytes.length - 1)).toBe(parsePurchaseDate(text));
			}),
			{ numRuns: 2000 },
		);
		const amazon = new TextEncoder().encode('2024-04-19T16:29:58+00:00');
		expect(readPurchaseDate(amazon, 0, amazon.length)).toBe(Date.UTC(2024, 3, 19, 16, 29, 58));
	});
});
