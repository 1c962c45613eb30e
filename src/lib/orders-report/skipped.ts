/**
 * Rows an import could not count, taken together: a few are normal (a hand-edited date, a blank
 * id), but a file whose rows were skipped in numbers gives a rate computed on part of the orders.
 */
import type { OrdersReport } from './all-orders';
import type { LineSample } from './problems';

/** Above this share of skipped rows the rate may be wrong, and the import's status says so. */
export const SKIPPED_SHARE_LIMIT = 0.01;

export type SkipReason = 'mismatched' | 'bad-date' | 'missing-id';

export interface SkippedRows {
	/** Rows not counted, for any reason. */
	count: number;
	/** count / rows read, 0 when no rows. */
	share: number;
	/** More than SKIPPED_SHARE_LIMIT of the rows were skipped. */
	rateDoubtful: boolean;
	/** Each reason with rows, most rows first. */
	reasons: { reason: SkipReason; sample: LineSample }[];
}

export function skippedRows(report: Pick<OrdersReport, 'rows' | 'badDates' | 'missingIds' | 'mismatchedRows'>): SkippedRows {
	const reasons = (
		[
			{ reason: 'mismatched', sample: report.mismatchedRows },
			{ reason: 'bad-date', sample: report.badDates },
			{ reason: 'missing-id', sample: report.missingIds },
		] as const
	)
		.filter((r) => r.sample.count > 0)
		.sort((a, b) => b.sample.count - a.sample.count);
	const count = reasons.reduce((sum, r) => sum + r.sample.count, 0);
	const share = report.rows > 0 ? count / report.rows : 0;
	return { count, share, rateDoubtful: share > SKIPPED_SHARE_LIMIT, reasons: [...reasons] };
}
