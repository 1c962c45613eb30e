import type { ReportParser } from './problems';
import { TableReader } from './table-reader';

/** The Unshipped Orders columns that name buyer-requested cancellations. */
export const UNSHIPPED_COLUMNS = ['order-id', 'is-buyer-requested-cancellation'] as const;

export interface UnshippedReport {
	/** Order ids whose is-buyer-requested-cancellation is true, each once, in file order. */
	buyerRequestedIds: string[];
	/** Data rows read. */
	rows: number;
}

/** A parser for the Unshipped Orders report with the is-buyer-requested-cancellation column. */
export function createUnshippedParser(): ReportParser<UnshippedReport> {
	const ids = new Set<string>();
	let rows = 0;
	const table = new TableReader(UNSHIPPED_COLUMNS, () => {
		rows++;
		const id = table.text(0).trim();
		if (id !== '' && table.text(1).trim().toLowerCase() === 'true') ids.add(id);
	});
	return {
		push: (text) => table.push(text),
		finish() {
			table.finish();
			return { buyerRequestedIds: [...ids], rows };
		},
	};
}
