/**
 * Claims behind the Cancellation Rate compared marketplace by marketplace (src/lib/marketplace-rules.ts)
 * and behind the answers to sellers' questions: each quotes the page of the marketplace whose cell
 * or answer it supports, word for word as read in the stored copies (2026-12). See claims.ts for
 * what a claim is; `seenOn` is this site's comparison, the quoted page's marketplace first.
 */
import type { Claim } from './claims';

export const MARKETPLACE_CLAIMS = {
	// Window and target, one quote per marketplace's own page.
	'mk.window.uk': {
		page: 'cr-help.uk',
		quote: 'The Cancellation Rate (CR) is all seller-cancelled orders represented as a percentage of total orders during a given 7-day time period.',
		lang: 'en',
		seenOn: ['UK'],
	},
	'mk.window.it': {
		page: 'cr-help.it',
		quote: 'The cancelation rate (CR) is the percentage of total orders canceled by the seller, during a given 7-day time period.',
		lang: 'en',
		seenOn: ['IT'],
	},
	'mk.window.au': {
		page: 'cr-help.au',
		quote: 'The cancellation rate is all seller-cancelled orders represented as a percentage of total orders during a given seven-day time period.',
		lang: 'en',
		seenOn: ['AU', 'CA'],
	},
	'mk.window.ae': {
		page: 'cr-help.ae',
		quote: 'The cancelation rate is all seller-canceled orders represented as a percentage of total orders during a given 7-day time period.',
		lang: 'en',
		seenOn: ['AE'],
	},
	'mk.target.uk': {
		page: 'cr-help.uk',
		quote: 'Our policy is that sellers maintain a CR under 2.5% in order to sell on Amazon.',
		lang: 'en',
		seenOn: ['UK'],
	},
	'mk.target.it': {
		page: 'cr-help.it',
		quote: 'Our policy recommends sellers to maintain a cancelation rate under 2.5% in order to sell on Amazon.',
		lang: 'en',
		seenOn: ['IT'],
	},
	'mk.target.au': {
		page: 'cr-help.au',
		quote: 'Our policy recommends that sellers maintain a cancellation rate under 2.5% in order to sell on Amazon.',
		lang: 'en',
		seenOn: ['AU', 'CA'],
	},
	// What counts: order and item cancellations.
	'mk.counted.uk': {
		page: 'cr-help.uk',
		quote: 'This metric includes all order and item cancellations initiated by the seller, with the exception of those that were requested by the customer using the order-cancellation options in their Amazon account.',
		lang: 'en',
		seenOn: ['UK'],
	},
	'mk.counted.it': {
		page: 'cr-help.it',
		quote: 'This metric includes all order and item cancelations initiated by the seller, with the exception of those that are requested by the customer using the order cancelation option in their Amazon account.',
		lang: 'en',
		seenOn: ['IT'],
	},
	'mk.counted.au': {
		page: 'cr-help.au',
		quote: 'This metric includes all order and item cancellations initiated by the seller, with the exception of those that are requested by the customer using the order-cancellation options in their Amazon account.',
		lang: 'en',
		seenOn: ['AU'],
	},
	'mk.counted.ae': {
		page: 'cr-help.ae',
		quote: 'This metric includes all order cancelations initiated by the seller, with the exception of those that are requested by the customer using the order cancelation option in their Amazon account.',
		lang: 'en',
		seenOn: ['AE'],
	},
	'mk.notCounted.in': {
		page: 'cr-help.in.b',
		quote: 'cancellations that are requested by the customer using the order-cancellation options in their Amazon account, when cancelled by sellers using the reason as ‘Buyer Cancelled’',
		lang: 'en',
		seenOn: ['IN'],
	},
	// Automatic cancellations.
	'mk.autoCancel.in': {
		page: 'cr-help.in.b',
		quote: 'This metric includes all order cancellations initiated by the seller or when an order is cancelled automatically by Amazon because the seller has not shipped and ship-confirmed the order\nwithin 24 hours of the Estimated Ship Date (ESD) for standard orders and\nwithin ESD for Easy Ship Guaranteed Delivery and Local Shops orders',
		lang: 'en',
		seenOn: ['IN'],
	},
	'mk.autoCancel.us': {
		page: 'orders-help.us',
		quote: 'Amazon will automatically cancel orders if seven days have passed since the expected shipping availability date',
		lang: 'en',
		seenOn: ['US', 'IT'],
	},
	'mk.autoCancel.it': {
		page: 'orders-help.it',
		quote: 'Amazon will automatically cancel orders if seven days have passed since the expected shipping availability date and you have not yet shipped and confirmed the shipment.',
		lang: 'en',
		seenOn: ['IT', 'US'],
	},
	// Above the target.
	'mk.above.it': {
		page: 'cr-help.it',
		quote: 'A cancelation rate above 2.5% may result in deactivation of seller-fullfilled offers.',
		lang: 'en',
		seenOn: ['IT'],
	},
	'mk.above.au': {
		page: 'cr-help.au',
		quote: 'A cancellation rate above 2.5% may result in deactivation of seller-fulfilled offers.',
		lang: 'en',
		seenOn: ['AU'],
	},
	'mk.above.in': {
		page: 'cr-help.in',
		quote: 'Consistent poor performance may result in poor customer experience and could lead to enforcement action including loss of selling privileges on Amazon.',
		lang: 'en',
		seenOn: ['IN'],
	},
	// Listings removed after cancellations, and how to reactivate them.
	'mk.suppression.it': {
		page: 'cr-help.it',
		quote: 'We closely monitor your listings with seller-canceled orders and may remove the offer if there is a history of seller-canceled orders or two consecutive seller-cancelations for orders placed in the last 30 days.',
		lang: 'en',
		seenOn: ['IT'],
	},
	'mk.suppression.au': {
		page: 'cr-help.au',
		quote: 'We closely monitor your listings with seller-cancelled orders and may remove the offer if there is a history of seller-cancelled orders or two consecutive seller-cancellations for orders placed in the last 30 days.',
		lang: 'en',
		seenOn: ['AU', 'IT', 'AE'],
	},
	'mk.suppression.ae': {
		page: 'cr-help.ae',
		quote: 'We closely monitor your listings with seller-canceled orders and may remove the offer if there is a history of seller-canceled orders or two consecutive seller-cancelations for orders placed in the last 30 days.',
		lang: 'en',
		seenOn: ['AE', 'IT', 'AU'],
	},
	'mk.suppression.in': {
		page: 'cr-help.in',
		quote: 'We closely monitor your Easy Ship and Self Ship listings with high order cancellations, and take temporary suppression action on these listings. Listing with history of high order cancellations or with consecutive two order cancellations in last 30 days will qualify for temporary suppression.',
		lang: 'en',
		seenOn: ['IN'],
	},
	'mk.reactivate.au': {
		page: 'cr-help.au',
		quote: 'Go to Manage Inventory in Seller Central.\nIn the search bar above your list of products, search for the ASIN that has been deactivated. Or you can select the Inactive option to filter for all inactive offers.\nClick Edit and the update the price of the ASIN to reactivate the listing.',
		lang: 'en',
		seenOn: ['AU', 'AE'],
	},
	'mk.reactivate.ae': {
		page: 'cr-help.ae',
		quote: 'Go to Manage Inventory in Seller Central.\nIn the search bar above your list of products, search for the ASIN that has been deactivated. Or you can select the Inactive option to filter for all inactive offers.\nClick Edit and the update the price of the ASIN to reactivate the listing.',
		lang: 'en',
		seenOn: ['AE', 'AU'],
	},
	// India's cancellation charge (the sentence goes on past the part read; quoted up to there).
	'mk.charge.in': {
		page: 'cr-help.in',
		quote: 'Sellers will be charged 100% of referral fee (if cancelled on or before Estimated Ship Date (ESD)) / 150% of referral fee (if cancelled after Estimated Ship Date) of the value of the products in an order as cancellation charge',
		lang: 'en',
		seenOn: ['IN'],
	},
	// How long a buyer can cancel on their own.
	'mk.buyerWindow.us': {
		page: 'orders-help.us',
		quote: 'For the first 30 minutes after the order is placed, buyers can cancel their own order using the Cancel Items button located in Your Account > Your Orders on Amazon. After 30 minutes, the buyer can request a cancellation, but only the seller can cancel the order.',
		lang: 'en',
		seenOn: ['US', 'CA'],
	},
	'mk.buyerWindow.ca': {
		page: 'orders-help.ca',
		quote: 'For the first 30 minutes after the order is placed, buyers can cancel their own order using the Cancel Items button located in Your Account > Your Orders on Amazon. After 30 minutes, the buyer can request a cancellation, but only the seller can cancel the order.',
		lang: 'en',
		seenOn: ['CA', 'US'],
	},
	'mk.buyerWindow.uk': {
		page: 'cancel-faq.uk',
		quote: 'Buyers have 30 minutes to cancel their own orders, but you can cancel orders up until the minute you dispatch the orders.',
		lang: 'en',
		seenOn: ['UK', 'IT'],
	},
	'mk.buyerWindow.it': {
		page: 'cancel-faq.it',
		quote: 'Buyers have 30 minutes to cancel their own orders, but you can cancel orders up until the minute that you ship.',
		lang: 'en',
		seenOn: ['IT', 'UK'],
	},
	// Answers to sellers' questions.
	'ask.partial.us': {
		page: 'orders-help.us',
		quote: 'Occasionally, you may need to cancel part of an order with multiple items and refund the items that are canceled. For a partial cancellation, upload an Order Adjustment Feed.',
		lang: 'en',
		seenOn: ['US'],
	},
	'ask.noInventory.ca': {
		page: 'orders-help.ca',
		quote: 'If you cannot fulfil the order due to lack of inventory and need to cancel the order, select the reason as no inventory. Do not contact the buyer and request that they submit a cancellation request.',
		lang: 'en',
		seenOn: ['CA'],
	},
	'ask.mistake.ca': {
		page: 'orders-help.ca',
		quote: 'If you cancel an order by mistake, you can contact the buyer through Buyer-Seller Messaging service to inform the same. If the buyer wishes, encourage them to place a new order',
		lang: 'en',
		seenOn: ['CA', 'IT'],
	},
	'ask.mistake.uk': {
		page: 'cancel-faq.uk',
		quote: 'If the buyer contacts you saying that they still want the product, ask them to place a new order.',
		lang: 'en',
		seenOn: ['UK'],
	},
	'ask.mistake.it': {
		page: 'cancel-faq.it',
		quote: 'An order can only be canceled if the shipment has not yet been confirmed. If the buyer still wants the product, ask them to place a new order.',
		lang: 'en',
		seenOn: ['IT'],
	},
	'ask.pending.uk': {
		page: 'cancel-faq.uk',
		quote: 'Orders are listed as ‘Pending’ while Amazon is verifying the payment method provided by the buyer. Pending orders do not include the buyer\'s delivery address or contact information and should not be dispatched, even if the buyer contacts you directly.',
		lang: 'en',
		seenOn: ['UK', 'IT'],
	},
	'ask.pendingReports.uk': {
		page: 'cancel-faq.uk',
		quote: 'Once the payment method has been verified, the Confirm delivery and Cancel order buttons will become available in Manage Orders. In addition, the order will appear in both the Orders Report and the Unshipped Orders Report.',
		lang: 'en',
		seenOn: ['UK', 'IT'],
	},
	'ask.notCharged.uk': {
		page: 'cancel-faq.uk',
		quote: 'The buyer is not charged for an order until you confirm shipment.',
		lang: 'en',
		seenOn: ['UK', 'CA'],
	},
} as const satisfies Record<string, Claim>;
