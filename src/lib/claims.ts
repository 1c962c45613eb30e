/**
 * What Amazon itself says, in its own words: every rule or number the reference pages state rests
 * on one of these claims. A claim is a short quote from one source, in the source's language, with
 * the marketplace version of the page it was copied from and the marketplaces the rule is stated
 * for (facts/amazon-metrics.md, gathered 2026-11 from sources dated 2020–2024). Pages show the
 * quote on demand (src/lib/evidence.ts); anything the site concludes beyond these words is marked
 * as this site's reading where it is said, never put in Amazon's mouth.
 */
import type { SourceId } from './facts';

/** Amazon marketplaces by the code Seller Central uses in its page addresses. */
export type Marketplace = 'US' | 'CA' | 'MX' | 'BR' | 'UK' | 'DE' | 'EU' | 'AU' | 'AE' | 'SA' | 'IN' | 'JP' | 'SG';

export interface Claim {
	source: SourceId;
	/** The source's own words, short, copied as published (spelling and all). */
	quote: string;
	/** BCP 47 tag of the quote's language. */
	lang: 'en' | 'ja';
	/** The marketplace version of the page the quote was copied from. */
	page: Marketplace;
	/** The marketplaces the rule is stated for (at least the quoted page's). */
	holdsFor: readonly Marketplace[];
}

export const CLAIMS = {
	'cr.definition': {
		source: 'cr-help',
		quote: 'The Cancellation Rate is all seller-cancelled orders represented as a percentage of total orders during a given seven-day time period.',
		lang: 'en',
		page: 'CA',
		holdsFor: ['US', 'CA', 'UK', 'EU', 'AU', 'AE'],
	},
	'cr.scope': {
		source: 'cr-help',
		quote: 'The Cancellation Rate only applies to seller-fulfilled orders.',
		lang: 'en',
		page: 'CA',
		holdsFor: ['CA', 'UK', 'US'],
	},
	'cr.window.in': {
		source: 'cr-help',
		quote: 'The cancellation rate is calculated as all seller-cancelled orders represented as a percentage of total orders over both a 7-day and a 30-day period.',
		lang: 'en',
		page: 'IN',
		holdsFor: ['IN'],
	},
	'cr.target': {
		source: 'cr-help',
		quote: 'Our policy recommends that sellers maintain a Cancellation Rate under 2.5% in order to sell on Amazon.',
		lang: 'en',
		page: 'CA',
		holdsFor: ['CA', 'UK'],
	},
	'cr.target.in': {
		source: 'cr-help',
		quote: 'Sellers are recommended to keep the Cancellation Rate under 2% to enable good customer experience and maintain good seller performance metrics.',
		lang: 'en',
		page: 'IN',
		holdsFor: ['IN'],
	},
	'cr.counted': {
		source: 'cr-help',
		quote: 'This metric includes all order and item cancellations initiated by the seller, with the exception of those that are requested by the customer using the order cancellation options in their Amazon account.',
		lang: 'en',
		page: 'CA',
		holdsFor: ['CA', 'UK'],
	},
	'cr.pending': {
		source: 'cr-help',
		quote: 'Pending orders or items that are cancelled by the customer directly on Amazon are not included.',
		lang: 'en',
		page: 'CA',
		holdsFor: ['CA'],
	},
	'cr.autoCancel.in': {
		source: 'cr-help',
		quote: 'This metric includes all order cancellations initiated by the seller or when an order is cancelled automatically by Amazon because the seller has not shipped and ship-confirmed the order.',
		lang: 'en',
		page: 'IN',
		holdsFor: ['IN'],
	},
	'cr.autoCancel.jp': {
		source: 'jp-forum',
		quote: '出荷予定日から7営業日に自動的にキャンセルされた注文は、出荷遅延率の不良に代わり、キャンセル率の不良としてカウントされます。',
		lang: 'ja',
		page: 'JP',
		holdsFor: ['JP'],
	},
	'cr.above': {
		source: 'cr-help',
		quote: 'A Cancellation Rate above 2.5% may result in deactivation of seller-fulfilled offers.',
		lang: 'en',
		page: 'CA',
		holdsFor: ['CA'],
	},
	'cr.above.uk': {
		source: 'cr-help',
		quote: 'A CR above 2.5% may result in account deactivation.',
		lang: 'en',
		page: 'UK',
		holdsFor: ['UK'],
	},
	'cr.planOfAction': {
		source: 'staff-forum',
		quote: 'in advance of deactivation, we may require seller to submit a Plan of Action.',
		lang: 'en',
		page: 'US',
		holdsFor: ['US'],
	},
	'buyerCancel.since': {
		source: 'buyer-cancel-help',
		quote: 'Effective May 23, 2022, we are changing the way sellers manage buyer-initiated order cancellations for seller-fulfilled orders.',
		lang: 'en',
		page: 'UK',
		holdsFor: ['US', 'CA', 'MX', 'BR'],
	},
	'buyerCancel.since.apac': {
		source: 'buyer-cancel-help',
		quote: 'Effective June 6, 2022, we are changing the way sellers manage buyer-initiated order cancelations for seller-fulfilled orders.',
		lang: 'en',
		page: 'JP',
		holdsFor: ['JP', 'AU', 'SG'],
	},
	'buyerCancel.reason': {
		source: 'buyer-cancel-help',
		quote: 'When cancelling the order, select the cancellation reason as Buyer Cancelled which will exclude this order from your cancellation rate metric.',
		lang: 'en',
		page: 'UK',
		holdsFor: ['UK', 'JP'],
	},
	'buyerCancel.misuse': {
		source: 'buyer-cancel-help',
		quote: 'Selecting the reason for cancellation as Buyer Cancelled for an order cancellation that was not initiated by a buyer will impact your cancellation rate metrics.',
		lang: 'en',
		page: 'UK',
		holdsFor: ['UK', 'JP'],
	},
	'buyerCancel.messaging': {
		source: 'buyer-cancel-help',
		quote: 'if you cancel an order in response to a request from a buyer via the Buyer-Seller messaging service, this unofficial cancelation will impact your cancelation rate metric.',
		lang: 'en',
		page: 'DE',
		holdsFor: ['DE'],
	},
	pfcr: {
		source: 'uk-forum',
		quote: 'The target for this metric will remain under 2.5% and will look at a period of 7 days.',
		lang: 'en',
		page: 'UK',
		holdsFor: ['UK'],
	},
	'lsr.window': {
		source: 'lsr-help',
		quote: 'The late shipment rate (LSR) represents orders that have been ship-confirmed after the expected ship date as a percentage of total orders over both a 10-day or a 30-day period.',
		lang: 'en',
		page: 'AU',
		holdsFor: ['AU'],
	},
	'lsr.target': {
		source: 'lsr-help',
		quote: 'Our policy is that sellers should maintain a late shipment rate under 4% to sell on Amazon.',
		lang: 'en',
		page: 'AU',
		holdsFor: ['AU'],
	},
	'odr.defects': {
		source: 'odr-help',
		quote: 'An order has a defect if it results in negative feedback, an A-to-z Guarantee claim that is not denied, or a credit card chargeback.',
		lang: 'en',
		page: 'SA',
		holdsFor: ['SA', 'AE'],
	},
	'odr.window': {
		source: 'odr-help',
		quote: 'It includes all orders with one or more defects represented as a percentage of total orders during a given 60-day time period.',
		lang: 'en',
		page: 'SA',
		holdsFor: ['SA', 'AE'],
	},
	'odr.target': {
		source: 'odr-help',
		quote: 'Our policy is that sellers maintain an order defect rate under 1% in order to sell on Amazon.',
		lang: 'en',
		page: 'SA',
		holdsFor: ['SA', 'AE'],
	},
	'metrics.channels': {
		source: 'ae-metrics-help',
		quote: 'We calculate and display the following metrics by fulfillment channel (seller fulfilled and Amazon fulfilled, or FBA)',
		lang: 'en',
		page: 'AE',
		holdsFor: ['AE'],
	},
	'vtr.target': {
		source: 'vtr-help',
		quote: 'Failure to meet Amazon’s 95% target for this metric currently does not result in the suspension of your selling account.',
		lang: 'en',
		page: 'EU',
		holdsFor: ['EU'],
	},
	'vtr.window': {
		source: 'vtr-help',
		quote: 'We calculate Valid Tracking Rate in 7-day and 30-day increments.',
		lang: 'en',
		page: 'EU',
		holdsFor: ['EU'],
	},
	'otdr.target': {
		source: 'us-forum-faq',
		quote: 'Effective September 25, 2024, sellers are required to maintain a minimum of 90% OTDR without promise extensions on seller-fulfilled products',
		lang: 'en',
		page: 'US',
		holdsFor: ['US'],
	},
	'otdr.window': {
		source: 'us-forum-faq',
		quote: 'The corresponding report will look at a time window of 14-days which will reflect a 7-day delay to account for any orders that are still being delivered.',
		lang: 'en',
		page: 'US',
		holdsFor: ['US'],
	},
} as const satisfies Record<string, Claim>;

export type ClaimId = keyof typeof CLAIMS;

/** Marketplace names for "holds for" lines. */
export const MARKETPLACE_NAMES: Record<Marketplace, { zh: string; en: string }> = {
	US: { zh: '美国站', en: 'US' },
	CA: { zh: '加拿大站', en: 'Canada' },
	MX: { zh: '墨西哥站', en: 'Mexico' },
	BR: { zh: '巴西站', en: 'Brazil' },
	UK: { zh: '英国站', en: 'UK' },
	DE: { zh: '德国站', en: 'Germany' },
	EU: { zh: '欧洲站', en: 'Europe' },
	AU: { zh: '澳大利亚站', en: 'Australia' },
	AE: { zh: '阿联酋站', en: 'UAE' },
	SA: { zh: '沙特阿拉伯站', en: 'Saudi Arabia' },
	IN: { zh: '印度站', en: 'India' },
	JP: { zh: '日本站', en: 'Japan' },
	SG: { zh: '新加坡站', en: 'Singapore' },
};
