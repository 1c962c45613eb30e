/**
 * Amazon's order reports, read in the browser as the file's bytes stream in. One module per job:
 * `table-reader` splits delimited bytes into rows (with `quoted-row`, `delimiters`, `line-ends`,
 * and `bytes`, which makes strings of only the values kept), `dates`
 * and `time-zone-days` turn a purchase-date into the seller's calendar day, `all-orders` and
 * `unshipped` read the two reports, `exclusions`, `windows` and `skipped` work on what was read,
 * `order-ids` reads ids a seller pastes, `encodings` reads UTF-16 files as UTF-8, `problems` says what could
 * not be read; `causes` gathers the products and timing behind cancellations and
 * `causes-summary` ranks them for the page.
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
export { CAUSE_COLUMNS, type CancelledDetail, type ReportCauses, type SkuInfo } from './causes';
export {
	cancelledOrdersCsv,
	cancelledRows,
	shortName,
	summarizeCauses,
	summarizeCausesSteps,
	type CancelledCsvLabels,
	type CancelledRow,
	type CauseSummary,
	type DaySpan,
	type SkuCause,
	type SkuTable,
	type TimeToCancel,
} from './causes-summary';
export { parsePurchaseDate } from './dates';
export { sniffEncoding } from './encodings';
export { applyExclusions, applyExclusionsSteps, type ExclusionResult } from './exclusions';
export { finish, type Steps } from './steps';
export { ORDER_ID_RE, parseOrderIds, type PastedIds } from './order-ids';
export {
	LINE_SAMPLE_SIZE,
	MAX_REPORT_BYTES,
	ReportError,
	type LineSample,
	type ReportProblem,
	type ReportProblemKind,
	type ReportParser,
} from './problems';
export type { DelimiterName } from './delimiters';
export { isValidTimeZone } from './time-zone-days';
export { SKIPPED_SHARE_LIMIT, skippedRows, type SkippedRows, type SkipReason } from './skipped';
export { createUnshippedParser, UNSHIPPED_COLUMNS, type UnshippedReport } from './unshipped';
export { reportWindows } from './windows';
