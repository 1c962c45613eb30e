/**
 * Amazon's Cancellation Rate rules as numbers, stored once: the reference pages, the glossary
 * and the calculator's defaults all read them from here, so they cannot disagree.
 * Source: Seller Central help 200285210 ("Cancellation Rate"); rules vary by marketplace. Each fact
 * of Amazon's names the claim that quotes it (src/lib/claims.ts), and the claim the page it was
 * read on (src/lib/source-pages.ts): this module reads both and neither reads it.
 */
import type { ClaimId } from './claims';

/**
 * When the facts were gathered, and how old their sources are. Say both: the rules were copied
 * from sources dated 2020–2024 and not re-checked against Amazon's live pages when gathered, so
 * the month alone would read as "verified then".
 */
export const FACTS_GATHERED = { month: '2026-11', sourcesFrom: 2020, sourcesTo: 2024 } as const;

/** A target rate as an exact fraction, so "under the target" is decided with integers. */
export interface RateTarget {
	/** Stable key, used in URLs. */
	id: 'default' | 'in';
	numerator: number;
	denominator: number;
}

/** Under 2.5%: the target the Canada, UK, Italy and Australia pages state (claim `cr.target`). */
export const CR_TARGET_DEFAULT: RateTarget = { id: 'default', numerator: 25, denominator: 1000 };
/** India recommends under 2%. */
export const CR_TARGET_INDIA: RateTarget = { id: 'in', numerator: 2, denominator: 100 };
export const CR_TARGETS = [CR_TARGET_DEFAULT, CR_TARGET_INDIA] as const;

/** The Cancellation Rate is measured over the last 7 days (India also reports 30 days). */
export const CR_WINDOW_DAYS = 7;

/** India reports the Cancellation Rate over 7 and over 30 days. */
export const CR_WINDOW_DAYS_INDIA = [7, 30] as const;

/** A rate as an exact fraction. */
export interface Fraction {
	numerator: number;
	denominator: number;
}

/**
 * Whose a fact is: Amazon's, resting on a claim (its source's own words, src/lib/claims.ts), or
 * this site's (a worked example, the month the facts were gathered), which pages present as the
 * site's own and never cite as Amazon's.
 */
export type FactBasis = { claim: ClaimId } | { by: 'site' };

/**
 * One number the pages state. `target`s read "under / above / at least" a rate; `days` is a
 * measuring window (one or more lengths); `count` a plain number; `rate` a percentage; `date` a
 * day (ISO); `month` a month (ISO, "2026-11"); `years` a span of years.
 */
export type Fact = FactBasis &
	(
		| { kind: 'target'; op: '<' | '>' | '>='; rate: Fraction }
		| { kind: 'days'; days: readonly number[] }
		| { kind: 'count'; value: number }
		| { kind: 'rate'; rate: Fraction }
		| { kind: 'date'; date: string }
		| { kind: 'month'; month: string }
		| { kind: 'years'; from: number; to: number }
	);

/** A worked example of the site's own: 3 seller-cancelled orders of 100 (facts file: use the arithmetic, not India's Total Cancellation Rate page). */
const CR_EXAMPLE = { cancelled: 3, orders: 100 };
/** The smallest case that sits exactly on the 2.5% target: 1 of 40, by this site's reading of "under" not under it. */
const CR_BOUNDARY = { cancelled: 1, orders: 40 };

const site = { by: 'site' } as const;

/**
 * Every number the reference pages state, by the key their text uses (`{{cr.target}}`, see
 * src/lib/placeholders.ts). Targets and windows of the Cancellation Rate are the constants above,
 * the ones the calculator uses.
 */
export const FACTS = {
	gathered: { kind: 'month', month: FACTS_GATHERED.month, ...site },
	'sources.dated': { kind: 'years', from: FACTS_GATHERED.sourcesFrom, to: FACTS_GATHERED.sourcesTo, ...site },
	'cr.target': { kind: 'target', op: '<', rate: CR_TARGET_DEFAULT, claim: 'cr.target' },
	'cr.target.in': { kind: 'target', op: '<', rate: CR_TARGET_INDIA, claim: 'cr.target.in' },
	'cr.window': { kind: 'days', days: [CR_WINDOW_DAYS], claim: 'cr.definition' },
	'cr.window.in': { kind: 'days', days: CR_WINDOW_DAYS_INDIA, claim: 'cr.window.in' },
	'cr.above': { kind: 'target', op: '>', rate: CR_TARGET_DEFAULT, claim: 'cr.above' },
	'cr.boundary.cancelled': { kind: 'count', value: CR_BOUNDARY.cancelled, ...site },
	'cr.boundary.orders': { kind: 'count', value: CR_BOUNDARY.orders, ...site },
	'cr.boundary.rate': { kind: 'rate', rate: { numerator: CR_BOUNDARY.cancelled, denominator: CR_BOUNDARY.orders }, ...site },
	'cr.example.cancelled': { kind: 'count', value: CR_EXAMPLE.cancelled, ...site },
	'cr.example.orders': { kind: 'count', value: CR_EXAMPLE.orders, ...site },
	'cr.example.rate': { kind: 'rate', rate: { numerator: CR_EXAMPLE.cancelled, denominator: CR_EXAMPLE.orders }, ...site },
	'buyerCancel.since': { kind: 'date', date: '2022-05-23', claim: 'buyerCancel.since' },
	'buyerCancel.since.apac': { kind: 'date', date: '2022-06-06', claim: 'buyerCancel.since.apac' },
	'pfcr.target': { kind: 'target', op: '<', rate: CR_TARGET_DEFAULT, claim: 'pfcr' },
	'pfcr.window': { kind: 'days', days: [CR_WINDOW_DAYS], claim: 'pfcr' },
	'lsr.target': { kind: 'target', op: '<', rate: { numerator: 4, denominator: 100 }, claim: 'lsr.target' },
	'lsr.window': { kind: 'days', days: [10, 30], claim: 'lsr.window' },
	'odr.target': { kind: 'target', op: '<', rate: { numerator: 1, denominator: 100 }, claim: 'odr.target' },
	'odr.window': { kind: 'days', days: [60], claim: 'odr.window' },
	// "Amazon's 95% target" (Europe page): the page says neither "above" nor "per category" (K5).
	'vtr.target': { kind: 'rate', rate: { numerator: 95, denominator: 100 }, claim: 'vtr.target' },
	'vtr.window': { kind: 'days', days: [7, 30], claim: 'vtr.window' },
	'otdr.target': { kind: 'target', op: '>=', rate: { numerator: 90, denominator: 100 }, claim: 'otdr.target' },
	'otdr.window': { kind: 'days', days: [14], claim: 'otdr.window' },
	'otdr.since': { kind: 'date', date: '2024-09-25', claim: 'otdr.target' },
	// The Japanese forum answer: automatic cancellation on the 7th business day after the expected ship date.
	'autoCancel.jp.businessDays': { kind: 'count', value: 7, claim: 'cr.autoCancel.jp' },
} as const satisfies Record<string, Fact>;

export type FactKey = keyof typeof FACTS;
