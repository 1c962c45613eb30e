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

/** India reports the Cancellation Rate over 7 and over 30 days. */
export const CR_WINDOW_DAYS_INDIA = [7, 30] as const;

/**
 * Where each fact comes from. Seller Central help pages have a stable id; the URL is built from
 * it in one place (`sourceUrl`). Forum answers and changelogs without such an id are named in
 * text only: a guessed URL would be worse than none.
 */
export interface FactSource {
	/** Seller Central help id, when the source is a help page. */
	helpId?: string;
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
	'staff-forum': { short: { zh: '卖家论坛（亚马逊员工）', en: 'Seller Forums (Amazon staff)' }, name: { zh: '亚马逊员工在卖家论坛的回答', en: 'an Amazon staff answer in the Seller Forums' } },
	'jp-forum': { short: { zh: '日本站卖家论坛（亚马逊员工）', en: 'Japanese Seller Forums (Amazon staff)' }, name: { zh: '亚马逊员工在日本站卖家论坛的回答', en: 'an Amazon staff answer in the Japanese Seller Forums' } },
	'uk-forum': { short: { zh: '英国站卖家论坛（亚马逊员工）', en: 'UK Seller Forums (Amazon staff)' }, name: { zh: '亚马逊员工在英国站卖家论坛的回答', en: 'an Amazon staff answer in the UK Seller Forums' } },
	'us-forum-faq': { short: { zh: '美国站卖家论坛（亚马逊员工）', en: 'US Seller Forums (Amazon staff)' }, name: { zh: '亚马逊员工在美国站卖家论坛发布的常见问题', en: 'an Amazon staff FAQ in the US Seller Forums' } },
	'sp-api-changelog': {
		short: { zh: '销售伙伴 API 更新日志', en: 'SP-API changelog' },
		name: {
			zh: '销售伙伴 API 更新日志“Changes to Orders API and Reports API for buyer cancellation requests”',
			en: 'the Selling Partner API changelog, "Changes to Orders API and Reports API for buyer cancellation requests"',
		},
	},
	'in-total-cr': { short: { zh: '印度站卖家平台', en: 'Seller Central India' }, name: { zh: '印度站卖家平台“Total Cancellation Rate”页面', en: 'the Seller Central India "Total Cancellation Rate" page' } },
} as const satisfies Record<string, FactSource>;

export type SourceId = keyof typeof SOURCES;

/** The absolute link to a source, or undefined for one that has no help id. */
export function sourceUrl(source: FactSource): string | undefined {
	return source.helpId ? SELLER_CENTRAL_HELP_BASE + encodeURIComponent(source.helpId) : undefined;
}

/** A rate as an exact fraction. */
export interface Fraction {
	numerator: number;
	denominator: number;
}

/**
 * One number the pages state. `target`s read "under / above / at least" a rate; `days` is a
 * measuring window (one or more lengths); `count` a plain number; `rate` a percentage; `date` a
 * day (ISO); `text` something shown as written, such as the "as of" month.
 */
export type Fact =
	| { kind: 'target'; op: '<' | '>' | '>='; rate: Fraction; source: SourceId }
	| { kind: 'days'; days: readonly number[]; source: SourceId }
	| { kind: 'count'; value: number; source: SourceId }
	| { kind: 'rate'; rate: Fraction; source: SourceId }
	| { kind: 'date'; date: string; source: SourceId }
	| { kind: 'text'; value: string };

/** The worked example of Seller Central India: 3 seller-cancelled orders of 100. */
const CR_EXAMPLE = { cancelled: 3, orders: 100 };
/** The smallest case that sits exactly on the 2.5% target: 1 of 40 is not under it. */
const CR_BOUNDARY = { cancelled: 1, orders: 40 };

const cr = (op: '<', target: RateTarget) => ({ kind: 'target', op, rate: target, source: 'cr-help' }) as const;

/**
 * Every number the reference pages state, by the key their text uses (`{{cr.target}}`, see
 * src/lib/placeholders.ts). Targets and windows of the Cancellation Rate are the constants above,
 * the ones the calculator uses.
 */
export const FACTS = {
	asOf: { kind: 'text', value: FACTS_AS_OF },
	'cr.target': cr('<', CR_TARGET_DEFAULT),
	'cr.target.in': cr('<', CR_TARGET_INDIA),
	'cr.window': { kind: 'days', days: [CR_WINDOW_DAYS], source: 'cr-help' },
	'cr.window.in': { kind: 'days', days: CR_WINDOW_DAYS_INDIA, source: 'cr-help' },
	'cr.boundary.cancelled': { kind: 'count', value: CR_BOUNDARY.cancelled, source: 'cr-help' },
	'cr.boundary.orders': { kind: 'count', value: CR_BOUNDARY.orders, source: 'cr-help' },
	'cr.boundary.rate': { kind: 'rate', rate: { numerator: CR_BOUNDARY.cancelled, denominator: CR_BOUNDARY.orders }, source: 'cr-help' },
	'cr.example.cancelled': { kind: 'count', value: CR_EXAMPLE.cancelled, source: 'in-total-cr' },
	'cr.example.orders': { kind: 'count', value: CR_EXAMPLE.orders, source: 'in-total-cr' },
	'cr.example.rate': { kind: 'rate', rate: { numerator: CR_EXAMPLE.cancelled, denominator: CR_EXAMPLE.orders }, source: 'in-total-cr' },
	'buyerCancel.since': { kind: 'date', date: '2022-05-23', source: 'buyer-cancel-help' },
	'pfcr.target': { kind: 'target', op: '<', rate: CR_TARGET_DEFAULT, source: 'uk-forum' },
	'pfcr.window': { kind: 'days', days: [CR_WINDOW_DAYS], source: 'uk-forum' },
	'lsr.target': { kind: 'target', op: '<', rate: { numerator: 4, denominator: 100 }, source: 'lsr-help' },
	'lsr.window': { kind: 'days', days: [10, 30], source: 'lsr-help' },
	'odr.target': { kind: 'target', op: '<', rate: { numerator: 1, denominator: 100 }, source: 'odr-help' },
	'odr.window': { kind: 'days', days: [60], source: 'odr-help' },
	'vtr.target': { kind: 'target', op: '>', rate: { numerator: 95, denominator: 100 }, source: 'vtr-help' },
	'vtr.window': { kind: 'days', days: [7, 30], source: 'vtr-help' },
	'otdr.target': { kind: 'target', op: '>=', rate: { numerator: 90, denominator: 100 }, source: 'us-forum-faq' },
	'otdr.window': { kind: 'days', days: [14], source: 'us-forum-faq' },
	'otdr.since': { kind: 'date', date: '2024-09-25', source: 'us-forum-faq' },
} as const satisfies Record<string, Fact>;

export type FactKey = keyof typeof FACTS;
