import type { OrdersReport, ReportDay } from './all-orders';

/** The days with buyer-requested cancellations marked, and how the given ids matched. */
export interface ExclusionResult {
	days: ReportDay[];
	/** Cancelled seller-fulfilled orders now counted as buyer-requested. */
	excluded: number;
	/** Given ids that are not a cancelled seller-fulfilled order of this report. */
	unmatched: string[];
}

/**
 * Marks the cancelled orders whose ids are in `ids` as buyer-requested: out of the numerator,
 * still in the denominator. Ids of orders that were not cancelled change nothing.
 */
export function applyExclusions(report: Pick<OrdersReport, 'days' | 'cancelledOrders'>, ids: Iterable<string>): ExclusionResult {
	const wanted = new Set<string>();
	for (const id of ids) wanted.add(id.trim());
	wanted.delete('');
	const perDay = new Map<string, number>();
	const matched = new Set<string>();
	for (const order of report.cancelledOrders) {
		if (!wanted.has(order.id)) continue;
		matched.add(order.id);
		perDay.set(order.date, (perDay.get(order.date) ?? 0) + 1);
	}
	const days = report.days.map((day) => ({ ...day, buyerRequested: perDay.get(day.date) ?? 0 }));
	return { days, excluded: matched.size, unmatched: [...wanted].filter((id) => !matched.has(id)) };
}
