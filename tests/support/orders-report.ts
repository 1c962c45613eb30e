/** Small reports written by hand, and ways to feed them to the report parsers, for unit tests. */
import fc from 'fast-check';
import { createReportParser, ReportError, parseReport, type OrdersReport, type ReportProblem } from '../../src/lib/orders-report';
import { ZONES, type ReportOptions } from './report-generator';

export const HEADER = 'amazon-order-id\tpurchase-date\torder-status\tfulfillment-channel\tproduct-name';

/** A small tab-separated report from rows of [id, date, status, channel, product]. */
export function tsv(rows: string[][], header = HEADER): string {
	return [header, ...rows.map((r) => r.join('\t'))].join('\n') + '\n';
}

/**
 * Feeds `text` to a parser as its UTF-8 bytes, as a browser hands over a file, in pieces cut at
 * `cuts` (byte positions, any order, duplicates allowed): a cut may fall inside a character.
 */
export function parseInPieces(text: string, cuts: number[], timeZone = 'UTC'): OrdersReport {
	const bytes = new TextEncoder().encode(text);
	const parser = createReportParser({ timeZone });
	let from = 0;
	for (const cut of [...cuts].sort((a, b) => a - b)) {
		const to = Math.min(Math.max(cut, from), bytes.length);
		parser.push(bytes.subarray(from, to));
		from = to;
	}
	parser.push(bytes.subarray(from));
	return parser.finish();
}

/** The problem a parse ends with, or null when it succeeds. */
export function problemOf(run: () => unknown): ReportProblem | null {
	try {
		run();
		return null;
	} catch (err) {
		if (err instanceof ReportError) return err.problem;
		throw err;
	}
}


export const dayOf = (date: string, timeZone: string) =>
	parseReport(tsv([['111-0000000-0000001', date, 'Shipped', 'Merchant', 'x']]), { timeZone }).days.map((d) => d.date);

/** Options of generated reports: every layout, delimiter, line end and zone the generator knows. */
export const optionsArb: fc.Arbitrary<Partial<ReportOptions>> = fc.record({
	seed: fc.integer({ min: 1, max: 1_000_000 }),
	orders: fc.integer({ min: 1, max: 80 }),
	delimiter: fc.constantFrom('\t' as const, ',' as const, ';' as const),
	eol: fc.constantFrom('\n' as const, '\r\n' as const, '\r' as const),
	bom: fc.boolean(),
	layout: fc.constantFrom('current' as const, 'older' as const, 'shuffled' as const),
	zone: fc.constantFrom(...ZONES),
	badDates: fc.integer({ min: 0, max: 7 }),
	quoteAll: fc.boolean(),
	spanDays: fc.integer({ min: 1, max: 40 }),
	trailingNewline: fc.boolean(),
	amazonLike: fc.boolean(),
});
