import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { CR_TARGET_DEFAULT } from '../../src/lib/facts';
import { applyExclusions, parseReport, reportWindows } from '../../src/lib/orders-report';
import { generateReport } from '../support/report-generator';
import { tsv } from '../support/orders-report';

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
