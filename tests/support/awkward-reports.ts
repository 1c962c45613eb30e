/**
 * Reports as they arrive from spreadsheets and bad downloads, with what the import must say of
 * them: two exports with different delimiters pasted together, a line far too long, a file cut
 * off in the middle of its last line. Shared by the parser's unit tests and the browser tests.
 */
import { generateReport, type ExpectedReport } from './report-generator';

type Delimiter = '\t' | ',' | ';';

/** Two exports pasted one after the other, the second with another delimiter and its own header. */
export function pastedReports(seed: number, first: Delimiter, second: Delimiter, secondOrders: number) {
	const a = generateReport({ seed, orders: 60, delimiter: first, amazonLike: true, trailingNewline: true });
	const b = generateReport({ seed: seed + 1, orders: secondOrders, delimiter: second, amazonLike: true });
	return {
		text: a.text + b.text,
		first: a.expected,
		second: b.expected,
		/** Line breaks in the first export: the second's header is on the line after. */
		firstLines: a.text.split('\n').length - 1,
	};
}

export const LONG_LINE_CHARS = 3_000_000;

/** A header, `goodRows` good rows, a 3 MB line with no quote and no line break in it, one more row. */
export function longLineReport(goodRows = 1): { text: string; longLine: number } {
	const header = 'amazon-order-id\tpurchase-date\torder-status\tfulfillment-channel\tproduct-name\n';
	const good = '111-0000000-0000001\t2024-04-19T10:00:00Z\tShipped\tMerchant\tx\n';
	return { text: header + good.repeat(goodRows) + 'x'.repeat(LONG_LINE_CHARS) + '\n' + good, longLine: goodRows + 2 };
}

/**
 * A generated report (Amazon's layout, LF line ends) cut off `keep` characters into its last
 * line, before that line's last tab: the line number of that last line, and the full report's
 * answer.
 */
export function cutOffReport(seed: number, orders: number, keep: number): { text: string; lastLine: number; expected: ExpectedReport } {
	const { text, expected } = generateReport({ seed, orders, amazonLike: true, badDates: 0, trailingNewline: true });
	const body = text.replace(/\n+$/, '');
	const start = body.lastIndexOf('\n') + 1;
	const lastTab = body.lastIndexOf('\t');
	return { text: body.slice(0, start + 1 + (keep % (lastTab - start))), lastLine: body.slice(0, start).split('\n').length, expected };
}
