/**
 * The Cancellation Rate marketplace by marketplace: for each topic, what the page this site read
 * for each marketplace says, in the site's words, resting on a claim that quotes that page
 * (src/lib/claims-marketplaces.ts, claims.ts). A marketplace without a cell is one whose page, as
 * read, does not say: the table writes "the page this site read does not say" there, never a guess and
 * never another marketplace's rule. Tests hold each cell to its claim: the claim is read on that
 * marketplace's page, and every number the cell states is in the quote.
 */
import type { ClaimId } from './claims';
import type { ComparedMarketplace } from './marketplace-choice';

export const TOPICS = ['target', 'window', 'counted', 'autoCancel', 'buyerWindow', 'above', 'suppression', 'reactivate', 'charge', 'where'] as const;
export type Topic = (typeof TOPICS)[number];

export const TOPIC_NAMES: Record<Topic, { zh: string; en: string }> = {
	target: { zh: '目标', en: 'Target' },
	window: { zh: '统计周期', en: 'Window' },
	counted: { zh: '计入哪些取消', en: 'What counts' },
	autoCancel: { zh: '亚马逊自动取消', en: 'Automatic cancellations' },
	buyerWindow: { zh: '买家自行取消的时限', en: 'How long buyers can cancel themselves' },
	above: { zh: '高于目标的后果', en: 'Above the target' },
	suppression: { zh: '商品被移除（下架）', en: 'Listings removed' },
	reactivate: { zh: '如何恢复被移除的商品', en: 'Reactivating a removed listing' },
	charge: { zh: '取消费用', en: 'Cancellation charge' },
	where: { zh: '在哪里查看取消率', en: 'Where to see the rate' },
};

export interface Cell {
	claim: ClaimId;
	/** What the page says, in this site's words (the quote is shown on demand beside it). */
	text: { zh: string; en: string };
}

const cell = (claim: ClaimId, zh: string, en: string): Cell => ({ claim, text: { zh, en } });

const REACTIVATE = {
	zh: '在“管理库存”中找到被停用的 ASIN（或筛选“不可售”），点击“编辑”并更新价格即可恢复。',
	en: 'In Manage Inventory, find the deactivated ASIN (or filter Inactive), select Edit and update its price to reactivate it.',
};

export const RULES: Record<Topic, Partial<Record<ComparedMarketplace, Cell>>> = {
	target: {
		CA: cell('cr.target', '低于 2.5%（建议）', 'under 2.5% (recommended)'),
		UK: cell('mk.target.uk', '低于 2.5%', 'under 2.5%'),
		IT: cell('mk.target.it', '低于 2.5%（建议）', 'under 2.5% (recommended)'),
		AU: cell('mk.target.au', '低于 2.5%（建议）', 'under 2.5% (recommended)'),
		IN: cell('cr.target.in', '低于 2%（建议）', 'under 2% (recommended)'),
	},
	window: {
		CA: cell('cr.definition', '7 天', '7 days'),
		UK: cell('mk.window.uk', '7 天', '7 days'),
		IT: cell('mk.window.it', '7 天', '7 days'),
		AU: cell('mk.window.au', '7 天', '7 days'),
		AE: cell('mk.window.ae', '7 天', '7 days'),
		IN: cell('cr.window.in', '7 天和 30 天', '7 days and 30 days'),
	},
	counted: {
		CA: cell('cr.counted', '卖家发起的订单取消和商品取消；买家通过账户中的取消选项请求的除外', 'order and item cancellations the seller initiates, except those the buyer requests through the cancel options in their account'),
		UK: cell('mk.counted.uk', '卖家发起的订单取消和商品取消；买家通过账户中的取消选项请求的除外', 'order and item cancellations the seller initiates, except those the buyer requests through the cancel options in their account'),
		IT: cell('mk.counted.it', '卖家发起的订单取消和商品取消；买家通过账户中的取消选项请求的除外', 'order and item cancellations the seller initiates, except those the buyer requests through the cancel option in their account'),
		AU: cell('mk.counted.au', '卖家发起的订单取消和商品取消；买家通过账户中的取消选项请求的除外', 'order and item cancellations the seller initiates, except those the buyer requests through the cancel options in their account'),
		AE: cell('mk.counted.ae', '卖家发起的订单取消（页面没有提到商品取消）；买家通过账户中的取消选项请求的除外', 'order cancellations the seller initiates (the page does not mention item cancellations), except those the buyer requests through the cancel option in their account'),
		IN: cell('mk.notCounted.in', '不计入：买家通过账户中的取消选项请求、卖家以“Buyer Cancelled”为原因取消的订单', "not counted: cancellations the buyer requests through the cancel options in their account, when the seller cancels with the reason 'Buyer Cancelled'"),
	},
	autoCancel: {
		US: cell('mk.autoCancel.us', '预计可发货日期过后 7 天仍未发货，亚马逊自动取消（页面没有说是否计入取消率）', 'Amazon cancels the order once seven days have passed since the expected shipping availability date (the page does not say whether that counts in the rate)'),
		IT: cell('mk.autoCancel.it', '预计可发货日期过后 7 天仍未发货并确认发货，亚马逊自动取消（页面没有说是否计入取消率）', 'Amazon cancels the order once seven days have passed since the expected shipping availability date without shipment confirmed (the page does not say whether that counts in the rate)'),
		IN: cell('mk.autoCancel.in', '计入：标准订单在预计发货日期后 24 小时内、Easy Ship 保证送达和 Local Shops 订单在预计发货日期前，没有发货并确认发货而被自动取消的订单', 'counted: orders cancelled automatically because they were not shipped and ship-confirmed within 24 hours of the Estimated Ship Date (standard orders) or within it (Easy Ship Guaranteed Delivery and Local Shops orders)'),
		JP: cell('cr.autoCancel.jp', '计入：预计发货日期后第 7 个工作日被自动取消的订单算作取消率缺陷，不再算作迟发（论坛中亚马逊员工的回答）', 'counted: orders cancelled automatically 7 business days after the expected ship date count as Cancellation Rate defects instead of late shipments (an Amazon staff answer in the forums)'),
	},
	buyerWindow: {
		US: cell('mk.buyerWindow.us', '下单后 30 分钟内买家可自行取消；之后只能请求取消，由卖家取消', 'buyers can cancel themselves for the first 30 minutes; after that they can only request it, and only the seller can cancel'),
		CA: cell('mk.buyerWindow.ca', '下单后 30 分钟内买家可自行取消；之后只能请求取消，由卖家取消', 'buyers can cancel themselves for the first 30 minutes; after that they can only request it, and only the seller can cancel'),
		UK: cell('mk.buyerWindow.uk', '买家有 30 分钟可自行取消；卖家在发货前都可以取消', 'buyers have 30 minutes to cancel themselves; the seller can cancel until dispatch'),
		IT: cell('mk.buyerWindow.it', '买家有 30 分钟可自行取消；卖家在发货前都可以取消', 'buyers have 30 minutes to cancel themselves; the seller can cancel until shipping'),
	},
	above: {
		CA: cell('cr.above', '高于 2.5% 可能导致卖家自配送商品被停用', 'above 2.5% may result in deactivation of seller-fulfilled offers'),
		UK: cell('cr.above.uk', '高于 2.5% 可能导致账户被停用', 'above 2.5% may result in account deactivation'),
		IT: cell('mk.above.it', '高于 2.5% 可能导致卖家自配送商品被停用', 'above 2.5% may result in deactivation of seller-fulfilled offers'),
		AU: cell('mk.above.au', '高于 2.5% 可能导致卖家自配送商品被停用', 'above 2.5% may result in deactivation of seller-fulfilled offers'),
		IN: cell('mk.above.in', '持续表现不佳可能导致执行措施，包括失去在亚马逊销售的权限', 'consistent poor performance could lead to enforcement action, including loss of selling privileges'),
	},
	suppression: {
		IT: cell('mk.suppression.it', '有卖家取消的历史，或过去 30 天内下的订单连续 2 次被卖家取消，商品可能被移除', 'a listing may be removed after a history of seller cancellations, or two consecutive seller cancellations of orders placed in the last 30 days'),
		AU: cell('mk.suppression.au', '有卖家取消的历史，或过去 30 天内下的订单连续 2 次被卖家取消，商品可能被移除', 'a listing may be removed after a history of seller cancellations, or two consecutive seller cancellations of orders placed in the last 30 days'),
		AE: cell('mk.suppression.ae', '有卖家取消的历史，或过去 30 天内下的订单连续 2 次被卖家取消，商品可能被移除', 'a listing may be removed after a history of seller cancellations, or two consecutive seller cancellations of orders placed in the last 30 days'),
		IN: cell('mk.suppression.in', 'Easy Ship 和 Self Ship 商品：取消多，或过去 30 天内连续 2 次取消，会被暂时抑制', 'Easy Ship and Self Ship listings with high cancellations, or two consecutive cancellations in the last 30 days, qualify for temporary suppression'),
	},
	reactivate: {
		AU: cell('mk.reactivate.au', REACTIVATE.zh, REACTIVATE.en),
		AE: cell('mk.reactivate.ae', REACTIVATE.zh, REACTIVATE.en),
	},
	charge: {
		IN: cell('mk.charge.in', '卖家取消的订单收取费用：在预计发货日期当天或之前取消，收取 100% 的销售佣金；之后取消，收取 150%', 'a charge for cancelled orders: 100% of the referral fee if cancelled on or before the Estimated Ship Date, 150% if after it'),
	},
	where: {
		AE: cell('cr.view.ae', '账户状况 → 配送表现“查看详情” → “Pre-Fulfillment cancelation rate”标签，页面底部可下载报告', 'Account Health → Delivery Performance, View details → the Pre-Fulfillment cancelation rate tab; Download Report at the bottom'),
	},
};
