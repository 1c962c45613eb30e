/**
 * What Amazon itself says, in its own words: every rule or number the site states about Amazon
 * rests on one of these claims. A claim is a short quote, copied word for word (spelling and all)
 * from one page version in the catalogue (src/lib/source-pages.ts), which carries the address it
 * was read at, its title and the version read. Pages show the quote on demand (src/lib/evidence.ts)
 * with a link to that address; anything the site concludes beyond these words is marked as this
 * site's reading where it is said, never put in Amazon's mouth.
 *
 * `seenOn` is this site's own comparison of the versions it read, not Amazon's words: the
 * marketplaces whose page this site saw state the same rule, the quoted page's own first. Pages
 * label it as the site's ("本站所见相同规则的站点：…" / "Same rule seen on: …").
 */
import { MARKETPLACE_CLAIMS } from './claims-marketplaces';
import type { Marketplace, PageId } from './source-pages';

export { MARKETPLACE_NAMES, type Marketplace } from './source-pages';

export interface Claim {
	/** The page version the quote was copied from. */
	page: PageId;
	/**
	 * The page's own words, short, copied as published. A list the page numbers is quoted one item
	 * a line (`\n`), without its numbers.
	 */
	quote: string;
	/** BCP 47 tag of the quote's language. */
	lang: 'en' | 'ja';
	/** This site's comparison: marketplaces whose page it saw state the same rule, the quoted page's first. */
	seenOn: readonly Marketplace[];
	/** This site's translation of a quote in neither of the site's languages (Japanese). */
	translation?: { zh: string; en: string };
}

const CORE_CLAIMS = {
	'cr.definition': {
		page: 'cr-help.ca',
		quote: 'The Cancellation Rate is all seller-cancelled orders represented as a percentage of total orders during a given seven-day time period.',
		lang: 'en',
		seenOn: ['CA', 'UK', 'IT', 'AU', 'AE'],
	},
	'cr.scope': {
		page: 'cr-help.ca',
		quote: 'The Cancellation Rate only applies to seller-fulfilled orders.',
		lang: 'en',
		seenOn: ['CA', 'UK', 'IT', 'AU', 'AE', 'IN'],
	},
	'cr.window.in': {
		page: 'cr-help.in',
		quote: 'The cancellation rate is calculated as all seller-cancelled orders represented as a percentage of total orders over both a 7-day and a 30-day period.',
		lang: 'en',
		seenOn: ['IN'],
	},
	'cr.target': {
		page: 'cr-help.ca',
		quote: 'Our policy recommends that sellers maintain a Cancellation Rate under 2.5% in order to sell on Amazon.',
		lang: 'en',
		seenOn: ['CA', 'UK', 'IT', 'AU'],
	},
	'cr.target.in': {
		page: 'cr-help.in',
		quote: 'Sellers are recommended to keep the Cancellation Rate under 2% to enable good customer experience and maintain good seller performance metrics.',
		lang: 'en',
		seenOn: ['IN'],
	},
	'cr.counted': {
		page: 'cr-help.ca',
		quote: 'This metric includes all order and item cancellations initiated by the seller, with the exception of those that are requested by the customer using the order cancellation options in their Amazon account.',
		lang: 'en',
		seenOn: ['CA', 'UK', 'IT', 'AU'],
	},
	'cr.pending': {
		page: 'cr-help.ca',
		quote: 'Pending orders or items that are cancelled by the customer directly on Amazon are not included.',
		lang: 'en',
		seenOn: ['CA', 'UK', 'IT', 'AU'],
	},
	'cr.autoCancel.in': {
		page: 'cr-help.in',
		quote: 'This metric includes all order cancellations initiated by the seller or when an order is cancelled automatically by Amazon because the seller has not shipped and ship-confirmed the order.',
		lang: 'en',
		seenOn: ['IN'],
	},
	'cr.autoCancel.jp': {
		page: 'jp-forum',
		quote: '出荷予定日から7営業日に自動的にキャンセルされた注文は、出荷遅延率の不良に代わり、キャンセル率の不良としてカウントされます。',
		lang: 'ja',
		seenOn: ['JP'],
		translation: {
			zh: '在预计发货日期后第 7 个工作日被自动取消的订单，不再算作迟发率的缺陷，而是算作取消率的缺陷。',
			en: 'Orders cancelled automatically 7 business days after the expected ship date count as Cancellation Rate defects instead of Late Shipment Rate defects.',
		},
	},
	'cr.above': {
		page: 'cr-help.ca',
		quote: 'A Cancellation Rate above 2.5% may result in deactivation of seller-fulfilled offers.',
		lang: 'en',
		seenOn: ['CA', 'IT', 'AU'],
	},
	'cr.above.uk': {
		page: 'cr-help.uk',
		quote: 'A CR above 2.5% may result in account deactivation.',
		lang: 'en',
		seenOn: ['UK'],
	},
	'cr.planOfAction': {
		page: 'staff-forum',
		quote: 'in advance of deactivation, we may require seller to submit a Plan of Action.',
		lang: 'en',
		seenOn: ['US'],
	},
	'cr.view.ae': {
		page: 'cr-help.ae',
		quote: 'To view your cancelation rate and download your report:\nGo to the Account Health page in Seller Central.\nIn the Delivery Performance section, click View details.\nSelect the Pre-Fulfillment cancelation rate tab. Scroll down and click Download Report.',
		lang: 'en',
		seenOn: ['AE'],
	},
	'buyerCancel.since': {
		page: 'buyer-cancel-help.uk',
		quote: 'Effective May 23, 2022, we are changing the way sellers manage buyer-initiated order cancellations for seller-fulfilled orders.',
		lang: 'en',
		seenOn: ['UK'],
	},
	'buyerCancel.since.apac': {
		page: 'buyer-cancel-help.jp',
		quote: 'Effective June 6, 2022, we are changing the way sellers manage buyer-initiated order cancelations for seller-fulfilled orders.',
		lang: 'en',
		seenOn: ['JP'],
	},
	'buyerCancel.banner': {
		page: 'buyer-cancel-help.uk',
		quote: 'If the buyer requests a cancellation after 30 minutes of placing their order, you receive an email notification and will also be able to view the cancellation request on the Manage Orders page, right above the order information, with a banner stating The buyer has requested that this order be cancelled.',
		lang: 'en',
		seenOn: ['UK'],
	},
	'buyerCancel.reason': {
		page: 'buyer-cancel-help.uk',
		quote: 'When cancelling the order, select the cancellation reason as Buyer Cancelled which will exclude this order from your cancellation rate metric.',
		lang: 'en',
		seenOn: ['UK'],
	},
	'buyerCancel.misuse': {
		page: 'buyer-cancel-help.uk',
		quote: 'Selecting the reason for cancellation as Buyer Cancelled for an order cancellation that was not initiated by a buyer will impact your cancellation rate metrics.',
		lang: 'en',
		seenOn: ['UK'],
	},
	'buyerCancel.messaging': {
		page: 'cancel-faq.uk.eu-host',
		quote: 'Cancelling orders when the buyer unofficially requests cancellation via the Buyer-Seller Messaging service will affect your Cancellation Rate metrics.',
		lang: 'en',
		seenOn: ['UK'],
	},
	pfcr: {
		page: 'uk-forum',
		quote: 'The target for this metric will remain under 2.5% and will look at a period of 7 days.',
		lang: 'en',
		seenOn: ['UK'],
	},
	'lsr.window': {
		page: 'lsr-help.au',
		quote: 'The late shipment rate (LSR) represents orders that have been ship-confirmed after the expected ship date as a percentage of total orders over both a 10-day or a 30-day period.',
		lang: 'en',
		seenOn: ['AU'],
	},
	'lsr.target': {
		page: 'lsr-help.au',
		quote: 'Our policy is that sellers should maintain a late shipment rate under 4% to sell on Amazon.',
		lang: 'en',
		seenOn: ['AU'],
	},
	'odr.defects': {
		page: 'odr-help.sa',
		quote: 'An order has a defect if it results in negative feedback, an A-to-z Guarantee claim that is not denied, or a credit card chargeback.',
		lang: 'en',
		seenOn: ['SA'],
	},
	'odr.window': {
		page: 'odr-help.sa',
		// As read on the Saudi Arabia page, "(defined below)" and all (the 2026-11 copy had dropped it).
		quote: 'It includes all orders with one or more defects (defined below) represented as a percentage of total orders during a given 60-day time period.',
		lang: 'en',
		seenOn: ['SA', 'IT'],
	},
	'odr.target': {
		page: 'odr-help.sa',
		quote: 'Our policy is that sellers maintain an order defect rate under 1% in order to sell on Amazon.',
		lang: 'en',
		seenOn: ['SA', 'IT'],
	},
	'metrics.channels': {
		page: 'ae-metrics-help',
		quote: 'We calculate and display the following metrics by fulfillment channel (seller fulfilled and Amazon fulfilled, or FBA)',
		lang: 'en',
		seenOn: ['AE'],
	},
	'vtr.target': {
		page: 'vtr-help.eu',
		quote: 'Failure to meet Amazon’s 95% target for this metric currently does not result in the suspension of your selling account.',
		lang: 'en',
		seenOn: ['EU'],
	},
	'vtr.window': {
		page: 'vtr-help.eu',
		quote: 'We calculate Valid Tracking Rate in 7-day and 30-day increments.',
		lang: 'en',
		seenOn: ['EU', 'IN'],
	},
	'otdr.target': {
		page: 'us-forum-faq',
		quote: 'Effective September 25, 2024, sellers are required to maintain a minimum of 90% OTDR without promise extensions on seller-fulfilled products',
		lang: 'en',
		seenOn: ['US'],
	},
	'otdr.window': {
		page: 'us-forum-faq',
		quote: 'The corresponding report will look at a time window of 14-days which will reflect a 7-day delay to account for any orders that are still being delivered.',
		lang: 'en',
		seenOn: ['US'],
	},
} as const satisfies Record<string, Claim>;

/** Every claim: the reference pages' and the marketplace comparison's (src/lib/claims-marketplaces.ts). */
export const CLAIMS = { ...CORE_CLAIMS, ...MARKETPLACE_CLAIMS } as const satisfies Record<string, Claim>;

export type ClaimId = keyof typeof CLAIMS;
