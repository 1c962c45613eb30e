/**
 * Amazon's order reports, read in the browser as the file streams in. One module per job:
 * `table-reader` splits delimited text into rows (with `delimiters` and `line-ends`), `dates`
 * and `time-zone-days` turn a purchase-date into the seller's calendar day, `all-orders` and
 * `unshipped` read the two reports, `exclusions`, `windows` and `skipped` work on what was read,
 * `order-ids` reads ids a seller pastes, `encodings` picks a decoder, `problems` says what could
 * not be read.
 */
export {
	ALL_ORDERS_COLUMNS,
	createReportParser,
	parseReport,
	type CancelledOrder,
	type OrdersReport,
	type ReportDay,
	type ReportParserOptions,
} from './all-orders';
export { parsePurchaseDate } from './dates';
export { sniffEncoding } from './encodings';
export { applyExclusions, type ExclusionResult } from './exclusions';
export { ORDER_ID_RE, parseOrderIds, type PastedIds } from './order-ids';
export {
	LINE_SAMPLE_SIZE,
	MAX_REPORT_BYTES,
	ReportError,
	type LineSample,
	type ReportProblem,
	type ReportProblemKind,
	type TextParser,
} from './problems';
export type { DelimiterName } from './delimiters';
export { isValidTimeZone } from './time-zone-days';
export { SKIPPED_SHARE_LIMIT, skippedRows, type SkippedRows, type SkipReason } from './skipped';
export { createUnshippedParser, UNSHIPPED_COLUMNS, type UnshippedReport } from './unshipped';
export { reportWindows } from './windows';
