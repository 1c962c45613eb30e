import type { OrdersReport, ReportDay } from './all-orders';
import { finish, STEP_ITEMS, type Steps } from './steps';

/** The days with buyer-requested cancellations marked, and how the given ids matched. */
export interface ExclusionResult {
	days: ReportDay[];
	/** Cancelled seller-fulfilled orders now counted as buyer-requested. */
	excluded: number;
	/** Their ids, each once: the cancellations no longer counted as the seller's. */
	excludedIds: string[];
	/** Given ids that are not a cancelled seller-fulfilled order of this report. */
	unmatched: string[];
}

/**
 * Marks the cancelled orders whose ids are in `ids` as buyer-requested: out of the numerator,
 * still in the denominator. Ids of orders that were not cancelled change nothing.
 */
export function applyExclusions(report: Pick<OrdersReport, 'days' | 'cancelledOrders'>, ids: Iterable<string>): ExclusionResult {
	return finish(applyExclusionsSteps(report, ids));
}

/** applyExclusions in steps (see steps.ts). */
export function* applyExclusionsSteps(report: Pick<OrdersReport, 'days' | 'cancelledOrders'>, ids: Iterable<string>): Steps<ExclusionResult> {
	const wanted = new Set<string>();
	for (const id of ids) wanted.add(id.trim());
	wanted.delete('');
	const perDay = new Map<string, number>();
	const matched = new Set<string>();
	const orders = report.cancelledOrders;
	// Without ids to exclude (most reports) no order needs a look.
	for (let i = 0; wanted.size > 0 && i < orders.length; i++) {
		const order = orders[i]!;
		if (i % STEP_ITEMS === STEP_ITEMS - 1) yield;
		if (!wanted.has(order.id)) continue;
		matched.add(order.id);
		perDay.set(order.date, (perDay.get(order.date) ?? 0) + 1);
	}
	const days = report.days.map((day) => ({ ...day, buyerRequested: perDay.get(day.date) ?? 0 }));
	return { days, excluded: matched.size, excludedIds: [...matched], unmatched: [...wanted].filter((id) => !matched.has(id)) };
}
