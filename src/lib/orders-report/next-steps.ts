/**
 * From what a report shows to the passage of Amazon's guideline that addresses it. The report
 * cannot say why an order was cancelled: it shows which products were cancelled and how long
 * after the purchase. The guideline names the usual causes for products (stock-outs, price
 * errors) and asks sellers to cancel early; these are the passages offered, nothing more.
 */
import { plainText, type Lang } from '../lang';
import type { CauseSummary } from './causes-summary';

/** Ids of the passages in src/content/aligned/guideline.yaml, by what they address. */
export const NEXT_STEP_PASSAGES = {
	/** Keep inventory up to date (stock-outs). */
	stock: 'update-inventory',
	/** Check prices (price errors, an integrator's mistake). */
	price: 'check-prices',
	/** Cancel as soon as you know. */
	early: 'cancel-early',
} as const;

export type NextStep = keyof typeof NEXT_STEP_PASSAGES;

/** One step as the page shows it: the passage's first sentence, linking to the passage. */
export interface NextStepLink {
	text: string;
	href: string;
}

/**
 * The steps a summary calls for: stock and prices when some product had seller cancellations,
 * cancelling early when some seller cancellation was last updated a calendar day or more after
 * its purchase.
 */
export function nextSteps(summary: CauseSummary): NextStep[] {
	const steps: NextStep[] = [];
	if (summary.whole.rows.length > 0) steps.push('stock', 'price');
	if (summary.timing.oneToTwoDays + summary.timing.later > 0) steps.push('early');
	return steps;
}

/** The first sentence of a passage, as plain text. */
export function firstSentence(markdown: string, lang: Lang): string {
	const text = plainText(markdown);
	const first = new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(text)[Symbol.iterator]().next();
	return first.done ? text : first.value.segment.trim();
}
