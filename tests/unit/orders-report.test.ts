import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { CR_TARGET_DEFAULT } from '../../src/lib/facts';
import {
	applyExclusions,
	createReportParser,
	createUnshippedParser,
	isValidTimeZone,
	parseOrderIds,
	parsePurchaseDate,
	parseReport,
	reportWindows,
	ReportError,
	sniffEncoding,
	type OrdersReport,
	type ReportProblem,
} from '../../src/lib/orders-report';
import { generateReport, ZONES, type ReportOptions } from '../support/report-generator';

const HEADER = 'amazon-order-id\tpurchase-date\torder-status\tfulfillment-channel\tproduct-name';

/** A small tab-separated report from rows of [id, date, status, channel, product]. */
function tsv(rows: string[][], header = HEADER): string {
	return [header, ...rows.map((r) => r.join('\t'))].join('\n') + '\n';
}

/** Feeds `text` to a parser in pieces cut at `cuts` (positions, any order, duplicates allowed). */
function parseInPieces(text: string, cuts: number[], timeZone = 'UTC'): OrdersReport {
	const parser = createReportParser({ timeZone });
	let from = 0;
	for (const cut of [...cuts].sort((a, b) => a - b)) {
		parser.push(text.slice(from, cut));
		from = cut;
	}
	parser.push(text.slice(from));
	return parser.finish();
}

/** The problem a parse ends with, or null when it succeeds. */
function problemOf(run: () => unknown): ReportProblem | null {
	try {
		run();
		return null;
	} catch (err) {
		if (err instanceof ReportError) return err.problem;
		throw err;
	}
}

const dayOf = (date: string, timeZone: string) =>
	parseReport(tsv([['111-0000000-0000001', date, 'Shipped', 'Merchant', 'x']]), { timeZone }).days.map((d) => d.date);

const optionsArb: fc.Arbitrary<Partial<ReportOptions>> = fc.record({
	seed: fc.integer({ min: 1, max: 1_000_000 }),
	orders: fc.integer({ min: 1, max: 80 }),
	delimiter: fc.constantFrom('\t' as const, ',' as const, ';' as const),
	eol: fc.constantFrom('\n' as const, '\r\n' as const),
	bom: fc.boolean(),
	layout: fc.constantFrom('current' as const, 'older' as const, 'shuffled' as const),
	zone: fc.constantFrom(...ZONES),
	badDates: fc.integer({ min: 0, max: 7 }),
	quoteAll: fc.boolean(),
	spanDays: fc.integer({ min: 1, max: 40 }),
	trailingNewline: fc.boolean(),
	amazonLike: fc.boolean(),
});

describe('All Orders report: generated reports with a known answer', () => {
	it('gives exactly the generated totals, however the text is cut into pieces', () => {
		fc.assert(
			fc.property(
				optionsArb,
				fc.array(fc.nat(), { maxLength: 40 }),
				(options, rawCuts) => {
					const { text, expected } = generateReport(options);
					const cuts = rawCuts.map((c) => c % (text.length + 1));
					if (expected.merchantOrders === 0) {
						expect(problemOf(() => parseInPieces(text, cuts, options.zone!.name))).toEqual({
							kind: 'no-orders',
							rows: expected.rows,
							fbaOrders: expected.fbaOrders,
							otherChannelOrders: 0,
							badDates: expected.badDates,
						});
						return;
					}
					const report = parseInPieces(text, cuts, options.zone!.name);
					expect(report.days).toEqual(expected.days.map((d) => ({ ...d, buyerRequested: 0 })));
					expect(report.rows).toBe(expected.rows);
					expect(report.orders).toBe(expected.orders);
					expect(report.merchantOrders).toBe(expected.merchantOrders);
					expect(report.fbaOrders).toBe(expected.fbaOrders);
					expect(report.badDates).toEqual(expected.badDates);
					expect(report.cancelledOrders.map((c) => c.id).sort()).toEqual([...expected.cancelledIds].sort());
					expect(report.timeZone).toBe(options.zone!.name);
				},
			),
			{ numRuns: 200 },
		);
	}, 30_000);

	it('reads a report pushed one character at a time, CRLF split between pieces', () => {
		const { text, expected } = generateReport({ seed: 7, orders: 40, delimiter: ',', eol: '\r\n', bom: true, badDates: 2 });
		const cuts = Array.from({ length: text.length }, (_, i) => i);
		const report = parseInPieces(text, cuts);
		expect(report.days).toEqual(expected.days.map((d) => ({ ...d, buyerRequested: 0 })));
		expect(report.badDates).toEqual(expected.badDates);
	});

	it('names the delimiter it found', () => {
		for (const [delimiter, name] of [['\t', 'tab'], [',', 'comma'], [';', 'semicolon']] as const) {
			const { text } = generateReport({ seed: 3, orders: 5, delimiter });
			expect(parseReport(text, { timeZone: 'UTC' }).delimiter).toBe(name);
		}
	});

	it('counts a 2,000-order report with multi-item orders and FBA rows exactly', () => {
		const { text, expected } = generateReport({ seed: 11, orders: 2000, layout: 'shuffled', badDates: 9, spanDays: 31 });
		const report = parseReport(text, { timeZone: 'UTC' });
		expect(expected.rows).toBeGreaterThan(expected.orders);
		expect(expected.fbaOrders).toBeGreaterThan(0);
		expect(report.days.map((d) => [d.date, d.orders, d.cancelled])).toEqual(expected.days.map((d) => [d.date, d.orders, d.cancelled]));
		expect(report.badDates).toEqual(expected.badDates);
	});
});

describe('All Orders report: rows and orders', () => {
	it('counts an order with several item rows once, its first row deciding the status', () => {
		const report = parseReport(
			tsv([
				['111-0000000-0000001', '2024-04-19T10:00:00+00:00', 'Shipped', 'Merchant', 'a'],
				['111-0000000-0000001', '2024-04-19T10:00:00+00:00', 'Cancelled', 'Merchant', 'b'],
				['111-0000000-0000002', '2024-04-19T11:00:00+00:00', 'Cancelled', 'Merchant', 'c'],
				['111-0000000-0000002', '2024-04-19T11:00:00+00:00', 'Cancelled', 'Merchant', 'd'],
			]),
			{ timeZone: 'UTC' },
		);
		expect(report.rows).toBe(4);
		expect(report.days).toEqual([{ date: '2024-04-19', orders: 2, cancelled: 1, buyerRequested: 0 }]);
	});

	it('tells apart every pair of different order ids, Amazon-shaped or not', () => {
		const digits = (n: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
		const amazonId = fc.tuple(digits(3), digits(7), digits(7)).map(([a, b, c]) => `${a}-${b}-${c}`);
		const otherId = fc.string({ unit: fc.constantFrom(...'0123456789-AB'), minLength: 1, maxLength: 20 });
		fc.assert(
			fc.property(fc.uniqueArray(fc.oneof(amazonId, otherId), { minLength: 1, maxLength: 30 }), (ids) => {
				const rows = ids.flatMap((id) => [
					[id, '2024-04-19T10:00:00+00:00', 'Shipped', 'Merchant', ''],
					[id, '2024-04-19T10:00:00+00:00', 'Shipped', 'Merchant', 'second item'],
				]);
				const report = parseReport(tsv(rows), { timeZone: 'UTC' });
				expect(report.merchantOrders).toBe(ids.length);
				expect(report.rows).toBe(ids.length * 2);
			}),
		);
	});

	it('leaves FBA orders out of the rate and says how many', () => {
		const report = parseReport(
			tsv([
				['111-0000000-0000001', '2024-04-19T10:00:00+00:00', 'Cancelled', 'Amazon', 'a'],
				['111-0000000-0000001', '2024-04-19T10:00:00+00:00', 'Cancelled', 'Amazon', 'a2'],
				['111-0000000-0000003', '2024-04-19T10:00:00+00:00', 'Shipped', 'AFN', 'b'],
				['111-0000000-0000002', '2024-04-19T11:00:00+00:00', 'Shipped', 'MFN', 'c'],
			]),
			{ timeZone: 'UTC' },
		);
		expect(report.fbaOrders).toBe(2);
		expect(report.merchantOrders).toBe(1);
		expect(report.days).toEqual([{ date: '2024-04-19', orders: 1, cancelled: 0, buyerRequested: 0 }]);
		expect(report.cancelledOrders).toEqual([]);
	});

	it('counts "Canceled" and any capitalisation as cancelled', () => {
		const report = parseReport(
			tsv([
				['111-0000000-0000001', '2024-04-19T10:00:00Z', 'Canceled', 'Merchant', ''],
				['111-0000000-0000002', '2024-04-19T10:00:00Z', ' CANCELLED ', 'merchant', ''],
				['111-0000000-0000003', '2024-04-19T10:00:00Z', 'Pending', 'Merchant', ''],
			]),
			{ timeZone: 'UTC' },
		);
		expect(report.days[0]).toMatchObject({ orders: 3, cancelled: 2 });
	});

	it('fills days without orders with zeros', () => {
		const report = parseReport(
			tsv([
				['111-0000000-0000001', '2024-02-27T10:00:00Z', 'Shipped', 'Merchant', ''],
				['111-0000000-0000002', '2024-03-02T10:00:00Z', 'Cancelled', 'Merchant', ''],
			]),
			{ timeZone: 'UTC' },
		);
		expect(report.days.map((d) => `${d.date}:${d.orders}/${d.cancelled}`)).toEqual([
			'2024-02-27:1/0',
			'2024-02-28:0/0',
			'2024-02-29:0/0',
			'2024-03-01:0/0',
			'2024-03-02:1/1',
		]);
	});

	it('skips rows whose date does not parse, counting them with their line numbers', () => {
		const text = tsv([
			['111-0000000-0000001', '2024-04-19T10:00:00Z', 'Shipped', 'Merchant', '"two\nlines"'],
			['111-0000000-0000002', '19/04/2024 10:00', 'Shipped', 'Merchant', ''],
			['111-0000000-0000003', '2024-04-19T10:00:00', 'Cancelled', 'Merchant', ''],
			['111-0000000-0000004', '', 'Shipped', 'Merchant', ''],
			['111-0000000-0000005', '2024-04-19T10:00:00Z', 'Shipped', 'Merchant', ''],
		]);
		const report = parseReport(text, { timeZone: 'UTC' });
		// Line 1 is the header; the first order's product name takes lines 2 and 3.
		expect(report.badDates).toEqual({ count: 3, lines: [4, 5, 6] });
		expect(report.days).toEqual([{ date: '2024-04-19', orders: 2, cancelled: 0, buyerRequested: 0 }]);
	});

	it('keeps only the first five line numbers of many bad dates', () => {
		const rows = Array.from({ length: 8 }, (_, i) => [`111-0000000-000000${i}`, 'soon', 'Shipped', 'Merchant', '']);
		rows.push(['111-0000000-0000100', '2024-04-19T10:00:00Z', 'Shipped', 'Merchant', '']);
		expect(parseReport(tsv(rows), { timeZone: 'UTC' }).badDates).toEqual({ count: 8, lines: [2, 3, 4, 5, 6] });
	});

	it('still counts an order whose first row has a bad date when a later row has a good one', () => {
		const report = parseReport(
			tsv([
				['111-0000000-0000001', 'bad', 'Cancelled', 'Merchant', 'a'],
				['111-0000000-0000001', '2024-04-19T10:00:00Z', 'Cancelled', 'Merchant', 'b'],
			]),
			{ timeZone: 'UTC' },
		);
		expect(report.badDates.count).toBe(1);
		expect(report.days).toEqual([{ date: '2024-04-19', orders: 1, cancelled: 1, buyerRequested: 0 }]);
	});

	it('skips rows without an order id and blank or delimiter-only lines', () => {
		const text = `${HEADER}\n\t2024-04-19T10:00:00Z\tShipped\tMerchant\tx\n\n\t\t\t\t\n111-0000000-0000001\t2024-04-19T10:00:00Z\tShipped\tMerchant\tx\n`;
		const report = parseReport(text, { timeZone: 'UTC' });
		expect(report.missingIds).toEqual({ count: 1, lines: [2] });
		expect(report.rows).toBe(2);
		expect(report.merchantOrders).toBe(1);
	});

	it('matches columns by name in any order and case, ignoring unknown ones', () => {
		const text = 'X-Extra,Fulfillment-Channel , ORDER-STATUS,purchase-date,amazon-order-id\r\n' + '"a,b",Merchant,Cancelled,2024-04-19T10:00:00Z,111-0000000-0000001\r\n';
		expect(parseReport(text, { timeZone: 'UTC' }).days).toEqual([{ date: '2024-04-19', orders: 1, cancelled: 1, buyerRequested: 0 }]);
	});

	it('reads an unquoted quote at the start of a tab-separated product name as text', () => {
		// product-name comes before the needed columns, so misreading its quotes would shift them.
		const text =
			'amazon-order-id\tproduct-name\tpurchase-date\torder-status\tfulfillment-channel\n' +
			'111-0000000-0000001\t"Best" mug\t2024-04-19T10:00:00Z\tShipped\tMerchant\n' +
			'111-0000000-0000002\t12" ruler\t2024-04-19T10:00:00Z\tCancelled\tMerchant\n';
		expect(parseReport(text, { timeZone: 'UTC' }).days).toEqual([{ date: '2024-04-19', orders: 2, cancelled: 1, buyerRequested: 0 }]);
	});
});

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
});

describe('All Orders report: files that are not reports', () => {
	const run = (...pieces: string[]) => () => {
		const parser = createReportParser({ timeZone: 'UTC' });
		for (const piece of pieces) parser.push(piece);
		return parser.finish();
	};

	it('calls binary data not text', () => {
		expect(problemOf(run('PK\u0003\u0004\u0014\u0000\u0006\u0000[Content_Types].xml'))).toEqual({ kind: 'not-text' });
		expect(problemOf(run('\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR'))).toEqual({ kind: 'not-text' });
		// Binary without a NUL in it still has no report header and is full of control characters.
		expect(problemOf(run('\ufffd\ufffd\u0001\u0002garbage\u0007\n\u0003more'))).toEqual({ kind: 'not-text' });
	});

	it('calls a file with nothing but whitespace empty', () => {
		expect(problemOf(run(''))).toEqual({ kind: 'empty' });
		expect(problemOf(run('\ufeff'))).toEqual({ kind: 'empty' });
		expect(problemOf(run('\r\n', '  \n', '\t'))).toEqual({ kind: 'empty' });
	});

	it('names the required columns that are missing, as soon as the header is read', () => {
		const parser = createReportParser({ timeZone: 'UTC' });
		expect(problemOf(() => parser.push('amazon-order-id\tpurchase-date\torder-status\tsku\n'))).toEqual({
			kind: 'missing-columns',
			columns: ['fulfillment-channel'],
		});
		expect(problemOf(run('name,price\r\nmug,3\r\n'))).toEqual({
			kind: 'missing-columns',
			columns: ['amazon-order-id', 'purchase-date', 'order-status', 'fulfillment-channel'],
		});
		expect(problemOf(run('just one line without delimiters'))).toMatchObject({ kind: 'missing-columns' });
	});

	it('says there are no orders when there are no data rows, only FBA ones, or only bad dates', () => {
		expect(problemOf(run(HEADER + '\n'))).toEqual({
			kind: 'no-orders',
			rows: 0,
			fbaOrders: 0,
			otherChannelOrders: 0,
			badDates: { count: 0, lines: [] },
		});
		expect(problemOf(run(tsv([['1', '2024-04-19T10:00:00Z', 'Shipped', 'Amazon', '']])))).toMatchObject({ kind: 'no-orders', rows: 1, fbaOrders: 1 });
		expect(problemOf(run(tsv([['1', 'yesterday', 'Shipped', 'Merchant', '']])))).toMatchObject({
			kind: 'no-orders',
			badDates: { count: 1, lines: [2] },
		});
	});

	it('stops at a quote that never closes instead of holding the rest of the file', () => {
		const parser = createReportParser({ timeZone: 'UTC' });
		parser.push(HEADER + '\n111-0000000-0000001\t2024-04-19T10:00:00Z\tShipped\tMerchant\tx\n');
		parser.push('111-0000000-0000002\t2024-04-19T10:00:00Z\tShipped\tMerchant\t"never closed\n');
		const line = 'filler text without any quote in it\n'.repeat(1000);
		let problem: ReportProblem | null = null;
		for (let i = 0; i < 100 && problem === null; i++) problem = problemOf(() => parser.push(line));
		expect(problem).toEqual({ kind: 'malformed', line: 3 });
	});

	it('keeps failing after a problem instead of reading on', () => {
		const parser = createReportParser({ timeZone: 'UTC' });
		expect(problemOf(() => parser.push('a,b\n'))).toMatchObject({ kind: 'missing-columns' });
		expect(problemOf(() => parser.push(HEADER + '\n'))).toMatchObject({ kind: 'missing-columns' });
		expect(problemOf(() => parser.finish())).toMatchObject({ kind: 'missing-columns' });
	});
});

describe('buyer-requested exclusions', () => {
	const report = parseReport(
		tsv([
			['111-0000000-0000001', '2024-04-19T10:00:00Z', 'Cancelled', 'Merchant', ''],
			['111-0000000-0000002', '2024-04-19T11:00:00Z', 'Cancelled', 'Merchant', ''],
			['111-0000000-0000003', '2024-04-20T11:00:00Z', 'Cancelled', 'Merchant', ''],
			['111-0000000-0000004', '2024-04-20T11:00:00Z', 'Shipped', 'Merchant', ''],
			['111-0000000-0000005', '2024-04-20T11:00:00Z', 'Cancelled', 'Amazon', ''],
		]),
		{ timeZone: 'UTC' },
	);

	it('moves excluded cancellations out of the numerator and keeps the orders', () => {
		const result = applyExclusions(report, ['111-0000000-0000002', ' 111-0000000-0000003 ']);
		expect(result.days).toEqual([
			{ date: '2024-04-19', orders: 2, cancelled: 2, buyerRequested: 1 },
			{ date: '2024-04-20', orders: 2, cancelled: 1, buyerRequested: 1 },
		]);
		expect(result.excluded).toBe(2);
		expect(result.unmatched).toEqual([]);
	});

	it('lists ids that are not cancelled seller-fulfilled orders of the report, changing nothing for them', () => {
		const result = applyExclusions(report, ['111-0000000-0000004', '111-0000000-0000005', '999-9999999-9999999', '111-0000000-0000001', '111-0000000-0000001']);
		expect(result.excluded).toBe(1);
		expect(result.unmatched).toEqual(['111-0000000-0000004', '111-0000000-0000005', '999-9999999-9999999']);
		expect(result.days.map((d) => d.buyerRequested)).toEqual([1, 0]);
	});

	it('does not change the report it was given', () => {
		applyExclusions(report, ['111-0000000-0000001']);
		expect(report.days.every((d) => d.buyerRequested === 0)).toBe(true);
	});

	it('excludes exactly the chosen cancellations of a generated report', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 10_000 }), fc.array(fc.boolean(), { maxLength: 200 }), (seed, choices) => {
				const { text, expected } = generateReport({ seed, orders: 100 });
				const chosen = expected.cancelledIds.filter((_, i) => choices[i]);
				const parsed = parseReport(text, { timeZone: 'UTC' });
				const result = applyExclusions(parsed, [...chosen, ...expected.cancelledFbaIds]);
				expect(result.excluded).toBe(chosen.length);
				expect(result.unmatched.sort()).toEqual([...new Set(expected.cancelledFbaIds)].sort());
				expect(result.days.reduce((sum, d) => sum + d.buyerRequested, 0)).toBe(chosen.length);
				result.days.forEach((d, i) => {
					expect(d.orders).toBe(expected.days[i]!.orders);
					expect(d.buyerRequested).toBeLessThanOrEqual(d.cancelled);
				});
			}),
			{ numRuns: 20 },
		);
	});
});

describe('rolling windows over an imported report', () => {
	it('finds the worst 7-day window, the latest window and the days over 2.5%', () => {
		// 40 orders a day; one seller cancellation on day 3 and two on day 12 (dates 2024-04-01…).
		const rows: string[][] = [];
		let n = 0;
		for (let day = 1; day <= 14; day++) {
			for (let i = 0; i < 40; i++) {
				n++;
				const cancelled = (day === 3 && i === 0) || (day === 12 && i < 2);
				rows.push([`111-0000000-${String(n).padStart(7, '0')}`, `2024-04-${String(day).padStart(2, '0')}T12:00:00Z`, cancelled ? 'Cancelled' : 'Shipped', 'Merchant', '']);
			}
		}
		const report = parseReport(tsv(rows), { timeZone: 'UTC' });
		const { windows, summary } = reportWindows(report.days, CR_TARGET_DEFAULT);
		expect(windows).toHaveLength(14);
		// Day 3 alone: 1 of 120 orders (days 1–3) = 0.83%; days 12–14 hold 2 of 280 (days 8–14).
		expect(summary.worst).toMatchObject({ dayIndex: 2, orders: 120, sellerCancelled: 1, percent: '0.83', partial: true });
		expect(summary.latest).toMatchObject({ dayIndex: 13, orders: 280, sellerCancelled: 2, percent: '0.71', status: 'under' });
		expect(summary.daysOver).toEqual([]);

		// One more cancellation on day 1: 1 of 40 = exactly 2.5%, which is not under the target.
		const worse = report.days.map((d, i) => (i === 0 ? { ...d, cancelled: 1 } : d));
		const over = reportWindows(worse, CR_TARGET_DEFAULT).summary;
		expect(over.worst).toMatchObject({ dayIndex: 0, percent: '2.50', status: 'over' });
		expect(over.daysOver).toEqual([0]);
	});

	it('takes buyer-requested exclusions out of the rate', () => {
		const rows = Array.from({ length: 40 }, (_, i) => [`111-0000000-${String(i).padStart(7, '0')}`, '2024-04-01T12:00:00Z', i === 0 ? 'Cancelled' : 'Shipped', 'Merchant', '']);
		const report = parseReport(tsv(rows), { timeZone: 'UTC' });
		expect(reportWindows(report.days, CR_TARGET_DEFAULT).summary.daysOver).toEqual([0]);
		const { days } = applyExclusions(report, ['111-0000000-0000000']);
		const { summary } = reportWindows(days, CR_TARGET_DEFAULT);
		expect(summary.daysOver).toEqual([]);
		expect(summary.latest).toMatchObject({ orders: 40, sellerCancelled: 0, percent: '0.00' });
	});
});

describe('Unshipped Orders report', () => {
	it('gives the ids marked as buyer-requested cancellations', () => {
		const parser = createUnshippedParser();
		parser.push('order-id\torder-item-id\tis-buyer-requested-cancellation\tbuyer-requested-cancel-reason\r\n');
		parser.push('111-0000000-0000001\t1\ttrue\tChanged mind\r\n111-0000000-0000002\t2\tfalse\t\r\n');
		parser.push('111-0000000-0000003\t3\tTRUE\t\r\n111-0000000-0000003\t4\ttrue\t\r\n');
		expect(parser.finish()).toEqual({ buyerRequestedIds: ['111-0000000-0000001', '111-0000000-0000003'], rows: 4 });
	});

	it('names the column to enable when the report lacks it', () => {
		const parser = createUnshippedParser();
		expect(problemOf(() => parser.push('order-id\tsku\n'))).toEqual({ kind: 'missing-columns', columns: ['is-buyer-requested-cancellation'] });
	});
});

describe('pasted order ids', () => {
	it('takes ids separated by spaces, line breaks, commas and Chinese punctuation, each once', () => {
		expect(parseOrderIds('111-1234567-1234567, 222-1234567-1234567\n333-1234567-1234567、111-1234567-1234567；444-1234567-1234567').ids).toEqual([
			'111-1234567-1234567',
			'222-1234567-1234567',
			'333-1234567-1234567',
			'444-1234567-1234567',
		]);
	});

	it('folds full-width digits and dashes from Chinese input methods', () => {
		expect(parseOrderIds('１１１－１２３４５６７－１２３４５６７ 222–1234567–1234567').ids).toEqual(['111-1234567-1234567', '222-1234567-1234567']);
	});

	it('reports tokens that are not order ids', () => {
		const result = parseOrderIds('111-1234567-1234567 1111234567 abc 111-123456-1234567 abc');
		expect(result.ids).toEqual(['111-1234567-1234567']);
		expect(result.invalid).toEqual(['1111234567', 'abc', '111-123456-1234567']);
		expect(result.invalidCount).toBe(3);
	});

	it('gives nothing for blank input', () => {
		expect(parseOrderIds('  \n ')).toEqual({ ids: [], invalid: [], invalidCount: 0 });
	});
});

describe('file encodings', () => {
	it('reads UTF-16 with a byte order mark as UTF-16 and everything else as UTF-8', () => {
		expect(sniffEncoding(new Uint8Array([0xff, 0xfe, 0x61, 0]))).toBe('utf-16le');
		expect(sniffEncoding(new Uint8Array([0xfe, 0xff, 0, 0x61]))).toBe('utf-16be');
		expect(sniffEncoding(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toBe('utf-8');
		expect(sniffEncoding(new Uint8Array([]))).toBe('utf-8');
	});
});
