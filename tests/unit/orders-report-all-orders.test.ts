import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { parseReport } from '../../src/lib/orders-report';
import { generateReport } from '../support/report-generator';
import { HEADER, optionsArb, parseInPieces, problemOf, tsv } from '../support/orders-report';

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
							mismatchedRows: { count: 0, lines: [] },
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
					expect(report.mismatchedRows).toEqual({ count: 0, lines: [] });
					expect(report.incompleteLastLine).toBeNull();
					expect(report.crLineEnds).toBe(options.eol === '\r');
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
