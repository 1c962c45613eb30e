/**
 * What the import's parts share, below all of them: the context the calculator hands the import,
 * the report as shown and what each results section gets, and the list separator of the page's
 * language. import-ui.ts, report-view.ts, causes-view.ts and problem-message.ts import from here
 * and never from each other upwards, so no module of the import imports itself in a loop.
 */
import type { WindowResult, WindowSummary } from '../../../lib/cancellation-rate';
import type { RateTarget } from '../../../lib/facts';
import type { ExclusionResult, OrdersReport, ReportDay, Steps } from '../../../lib/orders-report';
import type { WindowText } from '../render';
import type { CalcStrings } from '../strings';

/** What the calculator hands the import: never itself, only what the import works with. */
export interface ImportContext {
	strings: CalcStrings;
	numbers: Intl.NumberFormat;
	/** The page's language (BCP 47). */
	lang: string;
	/** Prefix of the ids made here, as the calculator's own. */
	idPrefix: string;
	/** The target chosen now. */
	target(): RateTarget;
	/** The import's form (ImportForm.astro, `[data-import]`): file pickers, time zone, exclusions. */
	form: HTMLElement;
	/** Where the results go (`[data-import-out]`). */
	results: HTMLElement;
}

/** One report as shown: read from `fileName`, with the exclusions applied, against `target`. */
export interface ShownReport {
	fileName: string;
	report: OrdersReport;
	exclusion: ExclusionResult;
	days: ReportDay[];
	target: RateTarget;
	windows: WindowResult[];
	summary: WindowSummary;
}

/** What every section may use: the context plus the report's own names for days and windows. */
export interface ReportView {
	context: ImportContext;
	/** Where the sections append themselves, in order: out of the page until all are built (report-view.ts). */
	out: HTMLElement;
	view: WindowText;
	/** The days from index `from` to `to`, as dates ("2024-04-03 to 2024-04-09"). */
	range(from: number, to: number): string;
	/**
	 * Puts `nodes` in the region announced to screen readers when the rate changes (the same node
	 * every time), in its place among the results, when they are shown.
	 */
	announce(nodes: HTMLElement[]): void;
	/** The results' width, for the chart: the results are built out of the page (report-view.ts). */
	width(): number;
}

/**
 * One part of the results, appended to `parts.out` in page order; one that takes long (over the
 * rows of a large report) works in steps (src/lib/orders-report/steps.ts).
 */
export type Section = (shown: ShownReport, parts: ReportView) => Steps<void> | void;

/** How the page's language separates the items of a list. */
export function listSeparator(lang: string): string {
	return lang === 'en' ? ', ' : '、';
}
