import { rollingWindows, summarizeWindows, type WindowResult, type WindowSummary } from '../cancellation-rate';
import { CR_WINDOW_DAYS, type RateTarget } from '../facts';
import type { ReportDay } from './all-orders';

/** Rolling 7-day windows over an imported day list, with the worst, the latest and the days over. */
export function reportWindows(
	days: readonly ReportDay[],
	target: RateTarget,
): { windows: WindowResult[]; summary: WindowSummary } {
	const windows = rollingWindows(days, target, CR_WINDOW_DAYS, Infinity);
	return { windows, summary: summarizeWindows(windows) };
}
