/**
 * Amazon's Cancellation Rate rules as numbers, stored once: the reference pages, the glossary
 * and the calculator's defaults all read them from here, so they cannot disagree.
 * Source: Seller Central help 200285210 ("Cancellation Rate"); rules vary by marketplace.
 */

/** When the facts were last checked against their sources (shown as "as of"). */
export const FACTS_AS_OF = '2026-11';

/** A target rate as an exact fraction, so "under the target" is decided with integers. */
export interface RateTarget {
	/** Stable key, used in URLs. */
	id: 'default' | 'in';
	numerator: number;
	denominator: number;
}

/** Under 2.5% in most marketplaces (US, CA, UK, EU, AU, AE). */
export const CR_TARGET_DEFAULT: RateTarget = { id: 'default', numerator: 25, denominator: 1000 };
/** India recommends under 2%. */
export const CR_TARGET_INDIA: RateTarget = { id: 'in', numerator: 2, denominator: 100 };
export const CR_TARGETS = [CR_TARGET_DEFAULT, CR_TARGET_INDIA] as const;

/** The Cancellation Rate is measured over the last 7 days (India also reports 30 days). */
export const CR_WINDOW_DAYS = 7;
