/**
 * The day-by-day mode: rolling windows over daily counts, checked against sums worked out by hand
 * and, as properties, against the references of tests/support/rate-reference.ts; and the length of
 * the window, which the calculator and the report import share.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { CR_TARGET_DEFAULT, CR_TARGET_INDIA, CR_WINDOW_DAYS } from '../../src/lib/facts';
import { MAX_DAYS, rollingWindows, summarizeWindows, validateDays, type DayCounts, type WindowResult } from '../../src/lib/cancellation-rate';
import { reportWindows } from '../../src/lib/orders-report/windows';
import { refPercent, refUnder, target } from '../support/rate-reference';

function day(orders: number, cancelled = 0, buyerRequested = 0): DayCounts {
	return { orders, cancelled, buyerRequested };
}

/** The fields a test derives by hand, in a compact form. */
function brief(w: WindowResult) {
	return [w.dayIndex, w.firstDayIndex, w.partial, w.orders, w.sellerCancelled, w.percent, w.status];
}

describe('rollingWindows', () => {
	/*
	 * Ten days, 7-day windows, default target 2.5% (under iff 40·s < orders).
	 *   day:        0   1   2   3   4   5   6   7   8   9
	 *   orders:    10  20  30   0  40  50  30  20   0  10
	 *   cancelled:  0   1   1   0   2   0   1   0   0   3
	 *   by buyer:   0   1   0   0   1   0   0   0   0   0
	 *   seller:     0   0   1   0   1   0   1   0   0   3
	 * Windows (days 0..6 are partial up to day 5; day 6 is the first full one):
	 *   0: days 0–0  orders 10  seller 0  0/10  = 0.00%
	 *   1: days 0–1  orders 30  seller 0  0/30  = 0.00%
	 *   2: days 0–2  orders 60  seller 1  1/60  = 1.666…% → 1.67
	 *   3: days 0–3  orders 60  seller 1  → 1.67
	 *   4: days 0–4  orders 100 seller 2  2/100 = 2.00%  (under 2.5%; exactly India's 2%)
	 *   5: days 0–5  orders 150 seller 2  2/150 = 1.333…% → 1.33
	 *   6: days 0–6  orders 180 seller 3  3/180 = 1.666…% → 1.67
	 *   7: days 1–7  orders 180−10+20 = 190, seller 3−0+0 = 3  3/190 = 1.578…% → 1.58
	 *   8: days 2–8  orders 190−20+0  = 170, seller 3−0+0 = 3  3/170 = 1.764…% → 1.76
	 *   9: days 3–9  orders 170−30+10 = 150, seller 3−1+3 = 5  5/150 = 3.333…% → 3.33, over (200 ≥ 150)
	 */
	const tenDays = [
		day(10),
		day(20, 1, 1),
		day(30, 1),
		day(0),
		day(40, 2, 1),
		day(50),
		day(30, 1),
		day(20),
		day(0),
		day(10, 3),
	];

	it('computes each 7-day window of a hand-worked example', () => {
		expect(rollingWindows(tenDays, CR_TARGET_DEFAULT).map(brief)).toEqual([
			[0, 0, true, 10, 0, '0.00', 'under'],
			[1, 0, true, 30, 0, '0.00', 'under'],
			[2, 0, true, 60, 1, '1.67', 'under'],
			[3, 0, true, 60, 1, '1.67', 'under'],
			[4, 0, true, 100, 2, '2.00', 'under'],
			[5, 0, true, 150, 2, '1.33', 'under'],
			[6, 0, false, 180, 3, '1.67', 'under'],
			[7, 1, false, 190, 3, '1.58', 'under'],
			[8, 2, false, 170, 3, '1.76', 'under'],
			[9, 3, false, 150, 5, '3.33', 'over'],
		]);
	});

	it('summarizes the hand-worked example', () => {
		const summary = summarizeWindows(rollingWindows(tenDays, CR_TARGET_DEFAULT));
		expect(summary.worst?.dayIndex).toBe(9);
		expect(summary.daysOver).toEqual([9]);
		expect(summary.latest?.dayIndex).toBe(9);
	});

	it('puts the window at exactly 2% over the India target', () => {
		expect(summarizeWindows(rollingWindows(tenDays, CR_TARGET_INDIA)).daysOver).toEqual([4, 9]);
	});

	/*
	 * Seven days, 3-day windows:
	 *   orders:  0  0  40  0  0  0  80   seller: 0 0 1 0 0 0 2
	 *   0: days 0–0 no orders (partial)     1: days 0–1 no orders (partial)
	 *   2: days 0–2 1/40 = 2.50% over       3: days 1–3 1/40 over      4: days 2–4 1/40 over
	 *   5: days 3–5 no orders               6: days 4–6 2/80 = 2.50% over
	 * Windows 2, 3, 4 and 6 tie at exactly 1/40; the earliest, day 2, is the worst.
	 */
	const sparse = [day(0), day(0), day(40, 1), day(0), day(0), day(0), day(80, 2)];

	it('reports windows without orders as no-orders with no percent', () => {
		expect(rollingWindows(sparse, CR_TARGET_DEFAULT, 3).map(brief)).toEqual([
			[0, 0, true, 0, 0, null, 'no-orders'],
			[1, 0, true, 0, 0, null, 'no-orders'],
			[2, 0, false, 40, 1, '2.50', 'over'],
			[3, 1, false, 40, 1, '2.50', 'over'],
			[4, 2, false, 40, 1, '2.50', 'over'],
			[5, 3, false, 0, 0, null, 'no-orders'],
			[6, 4, false, 80, 2, '2.50', 'over'],
		]);
	});

	it('picks the earliest of equal worst rates, even written as different fractions', () => {
		const summary = summarizeWindows(rollingWindows(sparse, CR_TARGET_DEFAULT, 3));
		expect(summary.worst?.dayIndex).toBe(2);
		expect(summary.daysOver).toEqual([2, 3, 4, 6]);
		expect(summary.latest?.dayIndex).toBe(6);
	});

	it('uses 7-day windows by default', () => {
		expect(CR_WINDOW_DAYS).toBe(7);
		const windows = rollingWindows(Array.from({ length: 9 }, () => day(1)), CR_TARGET_DEFAULT);
		expect(windows.map((w) => w.orders)).toEqual([1, 2, 3, 4, 5, 6, 7, 7, 7]);
	});

	it('returns nothing for no days, and an empty summary', () => {
		expect(rollingWindows([], CR_TARGET_DEFAULT)).toEqual([]);
		expect(summarizeWindows([])).toEqual({ worst: null, daysOver: [], latest: null });
	});

	it('has no worst window when no window has orders', () => {
		const summary = summarizeWindows(rollingWindows([day(0), day(0)], CR_TARGET_DEFAULT));
		expect(summary.worst).toBeNull();
		expect(summary.latest?.status).toBe('no-orders');
	});

	it('throws a RangeError for more than 30 days unless the caller raises the cap', () => {
		expect(MAX_DAYS).toBe(30);
		const days = Array.from({ length: 31 }, () => day(5));
		expect(() => rollingWindows(days.slice(0, 30), CR_TARGET_DEFAULT)).not.toThrow();
		expect(() => rollingWindows(days, CR_TARGET_DEFAULT)).toThrow(RangeError);
		expect(rollingWindows(days, CR_TARGET_DEFAULT, 7, Infinity)).toHaveLength(31);
	});

	it('throws a RangeError for inconsistent days or a bad window length', () => {
		expect(() => rollingWindows([day(1, 2)], CR_TARGET_DEFAULT)).toThrow(RangeError);
		expect(() => rollingWindows([day(3, 1, 2)], CR_TARGET_DEFAULT)).toThrow(RangeError);
		expect(() => rollingWindows([day(1.5)], CR_TARGET_DEFAULT)).toThrow(RangeError);
		expect(() => rollingWindows([day(1)], CR_TARGET_DEFAULT, 0)).toThrow(RangeError);
	});

	const dayArb = fc.integer({ min: 0, max: 60 }).chain((o) =>
		fc.integer({ min: 0, max: o }).chain((c) => fc.integer({ min: 0, max: c }).map((b) => day(o, c, b))),
	);
	// Days whose seller cancellations are exactly 1 in 40 or 1 in 50 of their orders, so that whole
	// windows of them sit exactly on a target.
	const onTargetDays = fc.constantFrom(40, 50).chain((per) =>
		fc.array(
			fc.oneof(fc.constant(day(0)), fc.record({ k: fc.integer({ min: 1, max: 3 }), b: fc.nat({ max: 2 }) }).map(({ k, b }) => day(per * k, k + b, b))),
			{ maxLength: MAX_DAYS },
		),
	);
	const daysArb = fc.oneof(fc.array(dayArb, { maxLength: MAX_DAYS }), onTargetDays);
	const windowArb = fc.integer({ min: 1, max: 10 });

	it('matches summing each window day by day', () => {
		fc.assert(fc.property(daysArb, windowArb, target, (days, w, t) => {
			const windows = rollingWindows(days, t, w);
			expect(windows).toHaveLength(days.length);
			windows.forEach((win, i) => {
				const slice = days.slice(Math.max(0, i - w + 1), i + 1);
				const orders = slice.reduce((sum, d) => sum + d.orders, 0);
				const seller = slice.reduce((sum, d) => sum + d.cancelled - d.buyerRequested, 0);
				expect(win.dayIndex).toBe(i);
				expect(win.partial).toBe(i < w - 1);
				expect(win.orders).toBe(orders);
				expect(win.sellerCancelled).toBe(seller);
				if (orders === 0) {
					expect([win.percent, win.status]).toEqual([null, 'no-orders']);
				} else {
					expect(win.percent).toBe(refPercent(seller, orders));
					expect(win.status).toBe(refUnder(seller, orders, t) ? 'under' : 'over');
				}
			});
		}));
	});

	it('summarizes to the highest rate, earliest on ties, and every day over', () => {
		fc.assert(fc.property(daysArb, windowArb, target, (days, w, t) => {
			const windows = rollingWindows(days, t, w);
			const { worst, daysOver, latest } = summarizeWindows(windows);
			const withOrders = windows.filter((x) => x.orders > 0);
			expect(latest).toBe(windows.length ? windows[windows.length - 1] : null);
			expect(daysOver).toEqual(windows.filter((x) => x.status === 'over').map((x) => x.dayIndex));
			if (withOrders.length === 0) {
				expect(worst).toBeNull();
				return;
			}
			expect(worst).not.toBeNull();
			// Compare rates as reduced fractions scaled to a common denominator, not by cross-multiplying in place.
			const key = (x: WindowResult) => (BigInt(x.sellerCancelled) * 10n ** 12n) / BigInt(x.orders);
			const exactlyEqual = (a: WindowResult, b: WindowResult) => a.sellerCancelled * b.orders === b.sellerCancelled * a.orders;
			for (const x of withOrders) {
				expect(key(x) <= key(worst!) || exactlyEqual(x, worst!)).toBe(true);
				if (x.dayIndex < worst!.dayIndex) expect(exactlyEqual(x, worst!)).toBe(false);
			}
		}));
	});
});

describe('validateDays', () => {
	it('accepts consistent days up to the cap', () => {
		expect(validateDays(Array.from({ length: 30 }, () => day(3, 2, 1)))).toEqual([]);
	});

	it('reports too many days with the cap', () => {
		expect(validateDays(Array.from({ length: 31 }, () => day(1)))).toEqual([{ kind: 'too-many-days', max: 30 }]);
		expect(validateDays(Array.from({ length: 31 }, () => day(1)), 90)).toEqual([]);
	});

	it('reports each inconsistent day on its field', () => {
		expect(validateDays([day(5, 1), day(2, 3), day(4, 1, 2)])).toEqual([
			{ kind: 'day', dayIndex: 1, field: 'cancelled', error: 'cancelled-exceeds-total' },
			{ kind: 'day', dayIndex: 2, field: 'buyerRequested', error: 'buyer-exceeds-cancelled' },
		]);
	});
});

describe('the seven-day window', () => {
	// Written out as 7, not read from facts.ts: a change of CR_WINDOW_DAYS must fail here too. Amazon's
	// words for it: "during a given seven-day time period" (claim cr.definition).
	const SEVEN = 7;
	const reportDays = fc.array(
		fc.integer({ min: 0, max: 40 }).chain((orders) =>
			fc.integer({ min: 0, max: orders }).map((cancelled) => ({ orders, cancelled, buyerRequested: 0 })),
		),
		{ minLength: 1, maxLength: 20 },
	);

	it('is the calculator’s default and the report import’s, in every window', () => {
		fc.assert(
			fc.property(reportDays, (counts) => {
				const days = counts.map((c, i) => ({ ...c, date: new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10) }));
				for (const windows of [rollingWindows(counts, CR_TARGET_DEFAULT), reportWindows(days, CR_TARGET_DEFAULT).windows]) {
					windows.forEach((win, i) => {
						const span = counts.slice(Math.max(0, i - SEVEN + 1), i + 1);
						expect(win.orders).toBe(span.reduce((sum, d) => sum + d.orders, 0));
						expect(win.partial).toBe(i < SEVEN - 1);
					});
				}
			}),
		);
	});
});
