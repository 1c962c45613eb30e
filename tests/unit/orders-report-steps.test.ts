/**
 * The exclusions and the causes in steps (src/lib/orders-report/steps.ts): the page runs them a
 * few milliseconds at a time, so they must hand back control within a bounded number of items
 * however large the report, and give what the one-go functions give.
 */
import { describe, expect, it } from 'vitest';
import { applyExclusions, applyExclusionsSteps, summarizeCauses, summarizeCausesSteps, type OrdersReport, type ReportCauses, type Steps } from '../../src/lib/orders-report';
import { STEP_ITEMS } from '../../src/lib/orders-report/steps';

/** Runs `steps`, counting the yields; gives the count and the result. */
function count<T>(steps: Steps<T>): { yields: number; value: T } {
	let yields = 0;
	for (let next = steps.next(); ; next = steps.next()) {
		if (next.done) return { yields, value: next.value };
		yields++;
	}
}

/** `orders` seller-fulfilled orders over 10 days and 50 SKUs, every third cancelled. */
function causes(orders: number): { causes: ReportCauses; cancelledOrders: OrdersReport['cancelledOrders']; days: OrdersReport['days'] } {
	const skus = Array.from({ length: 50 }, (_, i) => ({ sku: `SKU-${i}`, asin: `B0${i}`, name: `Product ${i}` }));
	const pairSku = new Int32Array(orders);
	const pairDay = new Int32Array(orders);
	const cancelled: ReportCauses['cancelled'] = [];
	const cancelledOrders: OrdersReport['cancelledOrders'] = [];
	const days = Array.from({ length: 10 }, (_, d) => ({ date: `2024-04-${String(d + 10)}`, orders: 0, cancelled: 0, buyerRequested: 0 }));
	for (let k = 0; k < orders; k++) {
		const sku = (k * 7) % 50;
		const day = k % 10;
		pairSku[k] = sku;
		pairDay[k] = day;
		days[day]!.orders++;
		if (k % 3 === 0) {
			const id = `111-${String(k).padStart(7, '0')}-0000000`;
			cancelled.push({ id, day, purchased: k * 1000, updated: k % 2 ? k * 1000 + 3_600_000 * (k % 50) : null, dayGap: k % 2 ? Math.floor((k % 50) / 24) : null, skus: [sku] });
			cancelledOrders.push({ id, date: days[day]!.date });
			days[day]!.cancelled++;
		}
	}
	return { causes: { hasSku: true, hasLastUpdated: true, skus, pairSku, pairDay, cancelled }, cancelledOrders, days };
}

describe('exclusions and causes in steps', () => {
	const big = causes(40 * STEP_ITEMS);
	const excluded = big.cancelledOrders.filter((_, i) => i % 5 === 0).map((o) => o.id);

	it('hand back control at least once per STEP_ITEMS orders, and no more than needed', () => {
		const summary = count(summarizeCausesSteps(big.causes, new Set(excluded), { first: 2, last: 8 }));
		// Every cancelled order, then every (order, SKU) pair: 40 × STEP_ITEMS pairs and a third as many orders.
		const least = Math.floor(big.causes.cancelled.length / STEP_ITEMS) + Math.floor(big.causes.pairSku.length / (4 * STEP_ITEMS));
		expect(summary.yields).toBeGreaterThanOrEqual(least);
		expect(summary.yields).toBeLessThan(least * 3 + 10);
		const exclusion = count(applyExclusionsSteps(big, excluded));
		expect(exclusion.yields).toBeGreaterThanOrEqual(Math.floor(big.cancelledOrders.length / STEP_ITEMS));
	});

	it('give what the one-go functions give', () => {
		const window = { first: 2, last: 8 };
		const stepped = count(summarizeCausesSteps(big.causes, new Set(excluded), window)).value;
		expect(stepped).toEqual(summarizeCauses(big.causes, new Set(excluded), window));
		// Checked against the fixture's own counts too: the orders of the top SKU.
		const top = stepped.whole.rows[0]!;
		expect(top.orders).toBe(big.causes.pairSku.filter((s) => s === Number(top.sku.slice(4))).length);
		expect(count(applyExclusionsSteps(big, excluded)).value).toEqual(applyExclusions(big, excluded));
		expect(count(applyExclusionsSteps(big, excluded)).value.excluded).toBe(excluded.length);
	});

	it('need no step without ids to exclude', () => {
		expect(count(applyExclusionsSteps(big, [])).yields).toBe(0);
	});
});
