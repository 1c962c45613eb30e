import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { CR_TARGET_DEFAULT } from '../../src/lib/facts';
import { applyExclusions, parseReport, reportWindows } from '../../src/lib/orders-report';
import {
	cancelledOrdersCsv,
	cancelledRows,
	shortName,
	summarizeCauses,
	type SkuTable,
} from '../../src/lib/orders-report';
import { expectedTable, expectedTiming, generateCausesReport, zoneName } from '../support/causes-report';
import { parseInPieces } from '../support/orders-report';

function actualTable(table: SkuTable) {
	const rows: Record<string, object> = {};
	for (const { sku, ...row } of table.rows) rows[sku] = row;
	return { sellerCancelled: table.sellerCancelled, multiSku: table.multiSku, rows };
}

/** Ranked: most cancellations first, then the higher own rate. */
function expectRanked(table: SkuTable) {
	for (let i = 1; i < table.rows.length; i++) {
		const [a, b] = [table.rows[i - 1]!, table.rows[i]!];
		expect(a.cancelled).toBeGreaterThanOrEqual(b.cancelled);
		if (a.cancelled === b.cancelled) expect(a.cancelled * b.orders).toBeGreaterThanOrEqual(b.cancelled * a.orders);
	}
}

describe('Causes: generated reports with known products and gaps', () => {
	it('gives exactly the generated per-SKU tables and times to cancel, however the text is cut', () => {
		fc.assert(
			fc.property(
				fc.record({
					seed: fc.integer({ min: 1, max: 1_000_000 }),
					orders: fc.integer({ min: 1, max: 90 }),
					skus: fc.integer({ min: 1, max: 12 }),
					delimiter: fc.constantFrom('\t' as const, ',' as const),
					eol: fc.constantFrom('\n' as const, '\r\n' as const),
					quoteAll: fc.boolean(),
					spanDays: fc.integer({ min: 1, max: 30 }),
					offsetMinutes: fc.constantFrom(0, 480, -300),
				}),
				fc.array(fc.nat(), { maxLength: 30 }),
				fc.double({ min: 0, max: 1, noNaN: true }),
				(options, rawCuts, excludeShare) => {
					const r = generateCausesReport(options);
					if (!r.orders.some((o) => o.merchant)) return;
					const report = parseInPieces(r.text, rawCuts.map((c) => c % (r.text.length + 1)), zoneName(options.offsetMinutes));
					const cancelledIds = r.orders.filter((o) => o.merchant && o.cancelled).map((o) => o.id);
					const excluded = new Set(cancelledIds.filter((_, i) => i < cancelledIds.length * excludeShare * 0.5));
					const { windows, summary } = reportWindows(applyExclusions(report, excluded).days, CR_TARGET_DEFAULT);
					expect(windows.length).toBe(report.days.length);
					const worst = summary.worst ? { first: summary.worst.firstDayIndex, last: summary.worst.dayIndex } : null;
					const causes = summarizeCauses(report.causes, excluded, worst);

					expect(actualTable(causes.whole)).toEqual(expectedTable(r, excluded, null));
					expect(causes.window && actualTable(causes.window)).toEqual(worst && expectedTable(r, excluded, worst));
					expectRanked(causes.whole);
					const timing = expectedTiming(r, excluded);
					expect({ ...causes.timing, medianHours: null }).toEqual({ ...timing, medianHours: null });
					if (timing.medianHours === null) expect(causes.timing.medianHours).toBeNull();
					else expect(causes.timing.medianHours).toBeCloseTo(timing.medianHours!, 9);
				},
			),
			{ numRuns: 150 },
		);
	});

	it('counts an order once per SKU it holds, and a SKU once per order however many rows it has', () => {
		const header = 'amazon-order-id\tpurchase-date\tlast-updated-date\torder-status\tfulfillment-channel\tsku\tasin\tproduct-name';
		const row = (id: string, status: string, sku: string, channel = 'Merchant') =>
			`${id}\t2024-05-01T10:00:00+00:00\t2024-05-02T13:00:00+00:00\t${status}\t${channel}\t${sku}\tB0${sku}\tName ${sku}`;
		const text = [
			header,
			row('111-0000000-0000001', 'Cancelled', 'A'),
			row('111-0000000-0000001', 'Cancelled', 'B'),
			row('111-0000000-0000001', 'Cancelled', 'A'),
			row('111-0000000-0000002', 'Shipped', 'A'),
			row('111-0000000-0000003', 'Cancelled', 'B', 'Amazon'),
		].join('\n');
		const report = parseReport(text, { timeZone: 'UTC' });
		const { whole, timing } = summarizeCauses(report.causes, new Set(), null);
		expect(whole.sellerCancelled).toBe(1);
		expect(whole.multiSku).toBe(1);
		expect(whole.rows.map((r) => [r.sku, r.cancelled, r.orders, r.share, r.rate])).toEqual([
			['B', 1, 1, '100.00', '100.00'],
			['A', 1, 2, '100.00', '50.00'],
		]);
		expect(timing).toEqual({ counted: 1, known: 1, medianHours: 27, sameDay: 0, oneToTwoDays: 1, later: 0, unknown: 0 });
	});

	it('leaves buyer-requested cancellations out of the causes', () => {
		const r = generateCausesReport({ seed: 5, orders: 60 });
		const report = parseReport(r.text, { timeZone: 'UTC' });
		const all = summarizeCauses(report.causes, new Set(), null);
		const ids = report.causes.cancelled.map((o) => o.id);
		expect(ids.length).toBeGreaterThan(1);
		const none = summarizeCauses(report.causes, new Set(ids), null);
		expect(all.whole.rows.length).toBeGreaterThan(0);
		expect(none.whole).toEqual({ span: null, sellerCancelled: 0, multiSku: 0, rows: [] });
		expect(none.timing.counted).toBe(0);
		expect(cancelledRows(report.causes, report.days.map((d) => d.date), new Set(ids))).toEqual([]);
	});

	it('counts "same day" in the report\'s time zone: 23:00 to 01:00 UTC is the same day in Shanghai', () => {
		const text = [
			'amazon-order-id\tpurchase-date\tlast-updated-date\torder-status\tfulfillment-channel\tsku',
			'111-0000000-0000001\t2024-05-01T23:00:00+00:00\t2024-05-02T01:00:00+00:00\tCancelled\tMerchant\tA',
		].join('\n');
		const band = (timeZone: string) => summarizeCauses(parseReport(text, { timeZone }).causes, new Set(), null).timing;
		expect(band('Asia/Shanghai')).toMatchObject({ sameDay: 1, oneToTwoDays: 0, medianHours: 2 });
		expect(band('UTC')).toMatchObject({ sameDay: 0, oneToTwoDays: 1, medianHours: 2 });
	});

	it('reads a report without the cause columns: its rate still counts, and it says they are missing', () => {
		const text = 'amazon-order-id\tpurchase-date\torder-status\tfulfillment-channel\n111-0000000-0000001\t2024-05-01T10:00:00Z\tCancelled\tMerchant\n';
		const report = parseReport(text, { timeZone: 'UTC' });
		expect(report.days[0]).toMatchObject({ orders: 1, cancelled: 1 });
		expect(report.causes).toMatchObject({ hasSku: false, hasLastUpdated: false });
		expect(summarizeCauses(report.causes, new Set(), null).timing).toMatchObject({ counted: 1, known: 0, unknown: 1, medianHours: null });
	});
	it('reads a row that ends before the optional cause columns, and still skips one that ends before a required column', () => {
		const text = [
			'amazon-order-id\tpurchase-date\torder-status\tfulfillment-channel\tsku\tasin',
			'111-0000000-0000001\t2024-05-01T10:00:00Z\tCancelled\tMerchant\tA\tB0A',
			'111-0000000-0000002\t2024-05-01T10:00:00Z\tCancelled\tMerchant',
			'111-0000000-0000003\t2024-05-01T10:00:00Z\tCancelled',
		].join('\n');
		const report = parseReport(text, { timeZone: 'UTC' });
		expect(report.days[0]).toMatchObject({ orders: 2, cancelled: 2 });
		expect(report.mismatchedRows.count).toBe(1);
		const { whole } = summarizeCauses(report.causes, new Set(), null);
		expect(whole.rows.map((r) => [r.sku, r.asin, r.cancelled])).toEqual([
			['', '', 1],
			['A', 'B0A', 1],
		]);
	});
});

describe('Causes: the cancelled-orders export', () => {
	const labels = { id: 'amazon-order-id', date: 'date', sku: 'sku', asin: 'asin', name: 'product-name', hours: 'hours' };

	it('holds one row per cancelled order and SKU, every product name intact and inert', () => {
		const r = generateCausesReport({ seed: 9, orders: 150, skus: 11 });
		const report = parseReport(r.text, { timeZone: 'UTC' });
		const rows = cancelledRows(report.causes, report.days.map((d) => d.date), new Set());
		const expected = r.orders
			.filter((o) => o.merchant && o.cancelled)
			.flatMap((o) =>
				o.skus.map((sku) => ({
					id: o.id,
					date: o.day,
					sku,
					...r.catalogue.get(sku)!,
					hours: o.updated === null ? null : Math.round((o.updated - o.purchased) / 360_000) / 10,
				})),
			);
		// Within an order, rows come in the order the file has them; the generator defers some.
		const byOrderAndSku = (a: { id: string; sku: string }, b: { id: string; sku: string }) =>
			a.id === b.id ? (a.sku < b.sku ? -1 : 1) : 0;
		expect([...rows].sort(byOrderAndSku)).toEqual(expected.sort(byOrderAndSku));
		const names = new Set(rows.map((row) => row.name));
		for (const tricky of ['"Best" coffee mug', 'Cable\twith a tab in its name', '🎉 Party balloons 🎈 x20 👨‍👩‍👧', '中文商品 蓝色 大号，两件装', '=HYPERLINK("http://example.com","click")']) {
			expect(names).toContain(tricky);
		}

		const csv = cancelledOrdersCsv(rows, labels);
		expect(csv.startsWith('\ufeffamazon-order-id,date,sku,asin,product-name,hours\r\n')).toBe(true);
		expect(csv).toContain(`"'=HYPERLINK(""http://example.com"",""click"")"`);
		expect(csv).toContain(`'=SKU-4`);
		expect(csv).toContain('Cable\twith a tab in its name');
		expect(csv).toContain('🎉 Party balloons 🎈 x20 👨‍👩‍👧');
		expect(csv).toContain('中文商品 蓝色 大号，两件装');
		expect(csv.split('\r\n').filter((line) => /^\d{3}-/.test(line))).toHaveLength(rows.length);
		// No cell starts a formula once unquoted.
		for (const line of csv.slice(1).split('\r\n')) expect(line).not.toMatch(/(^|,)"?[=+@-]/);
	});
});

describe('Causes: product names cut to a readable length', () => {
	it('keeps short names whole', () => {
		expect(shortName('Mug', 10)).toEqual({ text: 'Mug', cut: false });
		expect(shortName('🎉🎉🎉', 3)).toEqual({ text: '🎉🎉🎉', cut: false });
	});
	it('cuts long names between characters, never inside an emoji', () => {
		expect(shortName('abcdefghij', 5)).toEqual({ text: 'abcd…', cut: true });
		expect(shortName('👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧', 2)).toEqual({ text: '👨‍👩‍👧…', cut: true });
		expect(shortName('中文商品蓝色大号两件装', 6)).toEqual({ text: '中文商品蓝…', cut: true });
	});
});
