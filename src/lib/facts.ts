/**
 * Amazon's Cancellation Rate rules as numbers, stored once: the reference pages, the glossary
 * and the calculator's defaults all read them from here, so they cannot disagree.
 * Source: Seller Central help 200285210 ("Cancellation Rate"); rules vary by marketplace.
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

/** Under 2.5% in most marketplaces (US, CA, UK, EU, AU, AE). */
export const CR_TARGET_DEFAULT: RateTarget = { id: 'default', numerator: 25, denominator: 1000 };
/** India recommends under 2%. */
export const CR_TARGET_INDIA: RateTarget = { id: 'in', numerator: 2, denominator: 100 };
export const CR_TARGETS = [CR_TARGET_DEFAULT, CR_TARGET_INDIA] as const;

/** The Cancellation Rate is measured over the last 7 days (India also reports 30 days). */
export const CR_WINDOW_DAYS = 7;

/** India reports the Cancellation Rate over 7 and over 30 days. */
export const CR_WINDOW_DAYS_INDIA = [7, 30] as const;

/**
 * Where each fact comes from. Seller Central help pages have a stable id; the URL is built from
 * it in one place (`sourceUrl`). Forum answers and changelogs without such an id are named in
 * text only unless their stored address is known: a guessed URL would be worse than none.
 */
export interface FactSource {
	/** Seller Central help id, when the source is a help page. */
	helpId?: string;
	/** The address of a source that has no help id, when it is known (a forum thread as stored). */
	url?: string;
	name: { zh: string; en: string };
	/** A shorter name for table cells. */
	short: { zh: string; en: string };
}

export const SELLER_CENTRAL_HELP_BASE = 'https://sellercentral.amazon.com/help/hub/reference/external/';

export const SOURCES = {
	'cr-help': { helpId: '200285210', short: { zh: '帮助 200285210', en: 'Help 200285210' }, name: { zh: '卖家平台帮助 200285210（取消率）', en: 'Seller Central help 200285210 (Cancellation Rate)' } },
	'buyer-cancel-help': {
		helpId: 'PNRJVBQMJRS942V',
		short: { zh: '帮助 PNRJVBQMJRS942V', en: 'Help PNRJVBQMJRS942V' },
		name: { zh: '卖家平台帮助 PNRJVBQMJRS942V（买家请求取消）', en: 'Seller Central help PNRJVBQMJRS942V (buyer-requested cancellations)' },
	},
	'lsr-help': { helpId: '200285190', short: { zh: '帮助 200285190', en: 'Help 200285190' }, name: { zh: '卖家平台帮助 200285190（迟发率）', en: 'Seller Central help 200285190 (Late Shipment Rate)' } },
	'odr-help': { helpId: '200285170', short: { zh: '帮助 200285170', en: 'Help 200285170' }, name: { zh: '卖家平台帮助 200285170（订单缺陷率）', en: 'Seller Central help 200285170 (Order Defect Rate)' } },
	'vtr-help': { helpId: '201817070', short: { zh: '帮助 201817070', en: 'Help 201817070' }, name: { zh: '卖家平台帮助 201817070（有效追踪率）', en: 'Seller Central help 201817070 (Valid Tracking Rate)' } },
	'staff-forum': { url: 'https://sellercentral.amazon.com/seller-forums/discussions/t/3a9dc28cc3d08ae3e77a5aa2b23c5189', short: { zh: '卖家论坛（亚马逊员工）', en: 'Seller Forums (Amazon staff)' }, name: { zh: '亚马逊员工在卖家论坛的回答', en: 'an Amazon staff answer in the Seller Forums' } },
	'jp-forum': { url: 'https://sellercentral.amazon.co.jp/seller-forums/discussions/t/ce5bcb4f5c48eb8891efb4fa2c1db1fc', short: { zh: '日本站卖家论坛（亚马逊员工）', en: 'Japanese Seller Forums (Amazon staff)' }, name: { zh: '亚马逊员工在日本站卖家论坛的回答', en: 'an Amazon staff answer in the Japanese Seller Forums' } },
	'uk-forum': { url: 'https://sellercentral.amazon.co.uk/seller-forums/discussions/t/afd88de8-6ee2-42ba-8c41-b43c337009d2', short: { zh: '英国站卖家论坛（亚马逊员工）', en: 'UK Seller Forums (Amazon staff)' }, name: { zh: '亚马逊员工在英国站卖家论坛的回答', en: 'an Amazon staff answer in the UK Seller Forums' } },
	'us-forum-faq': { short: { zh: '美国站卖家论坛（亚马逊员工）', en: 'US Seller Forums (Amazon staff)' }, name: { zh: '亚马逊员工在美国站卖家论坛发布的常见问题', en: 'an Amazon staff FAQ in the US Seller Forums' } },
	'sp-api-changelog': {
		short: { zh: '销售伙伴 API 更新日志', en: 'SP-API changelog' },
		name: {
			zh: '销售伙伴 API 更新日志“Changes to Orders API and Reports API for buyer cancellation requests”',
			en: 'the Selling Partner API changelog, "Changes to Orders API and Reports API for buyer cancellation requests"',
		},
	},
	'ae-metrics-help': {
		helpId: 'G200205250',
		short: { zh: '帮助 G200205250', en: 'Help G200205250' },
		name: { zh: '卖家平台帮助 G200205250（阿联酋站，账户状况指标）', en: 'Seller Central help G200205250 (UAE, Account Health metrics)' },
	},
} as const satisfies Record<string, FactSource>;

export type SourceId = keyof typeof SOURCES;

/** The absolute link to a source, or undefined for one whose address is not known. */
export function sourceUrl(source: FactSource): string | undefined {
	return source.helpId ? SELLER_CENTRAL_HELP_BASE + encodeURIComponent(source.helpId) : source.url;
}

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
	'vtr.target': { kind: 'target', op: '>', rate: { numerator: 95, denominator: 100 }, claim: 'vtr.target' },
	'vtr.window': { kind: 'days', days: [7, 30], claim: 'vtr.window' },
	'otdr.target': { kind: 'target', op: '>=', rate: { numerator: 90, denominator: 100 }, claim: 'otdr.target' },
	'otdr.window': { kind: 'days', days: [14], claim: 'otdr.window' },
	'otdr.since': { kind: 'date', date: '2024-09-25', claim: 'otdr.target' },
} as const satisfies Record<string, Fact>;

export type FactKey = keyof typeof FACTS;
