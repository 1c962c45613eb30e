/**
 * A held-out set: questions written apart from the project's own table (search-questions.ts), the
 * way sellers type into a search box or a chat — Simplified and Traditional Chinese, English,
 * both mixed, seller slang, slips of the keyboard (one wrong character of a near-homophone, a
 * dropped letter) and long questions that tell the seller's situation. Written on 2026-12-06
 * before the query layer was changed for issue 25, and never tuned on: a question that fails
 * stays here as it is, and the engine is changed only for reasons that hold for any question
 * (docs/benchmarks.md records the score). Answers name passages as the table does.
 */
import type { Question } from './search-questions';

export const FRESH_QUESTIONS: Question[] = [
	// Slips of the keyboard: near-homophones from pinyin input, dropped or doubled letters.
	{ q: '取小率多少算正常', answers: ['cancellation-rate#target', 'cancellation-rate#exactly-on-target'] },
	{ q: '考核周气是多少天', answers: ['cancellation-rate#window', 'related-metrics#metrics-table'] },
	{ q: '取消律太高怎么办', answers: ['faq#rate-above-average', 'faq#lower-rate-raise-satisfaction', 'cancellation-rate#above-target-consequences', 'guideline#steps-to-improve'] },
	{ q: '迟发律的目标', answers: ['related-metrics#metrics-table', 'glossary#late-shipment-rate'] },
	{ q: 'cancelation rate limit', answers: ['cancellation-rate#target'] },
	{ q: 'how is the cancellaton rate calculated', answers: ['cancellation-rate#formula', 'cancellation-rate#example'] },
	{ q: 'inventroy not updated orders cancelled', answers: ['guideline#update-inventory'] },
	{ q: 'buyer canceld the order himself', answers: ['cancellation-rate#not-counted-buyer-requests', 'cancellation-rate#buyer-cancelled-reason', 'glossary#buyer-requested-cancellation'] },
	// Seller slang for what the site names otherwise.
	{ q: '取消率警戒线是多少', answers: ['cancellation-rate#target'] },
	{ q: '买家邮件里说要取消订单', answers: ['cancellation-rate#message-only-request', 'glossary#buyer-seller-messaging'] },
	{ q: '自发订单取消率怎么算', answers: ['cancellation-rate#seller-fulfilled-only', 'cancellation-rate#formula'] },
	{ q: '被封店了跟取消率有关系吗', answers: ['cancellation-rate#above-target-consequences', 'glossary#deactivation'] },
	{ q: '超卖了只能取消订单', answers: ['guideline#update-inventory', 'guideline#cancel-early', 'glossary#stock-out'] },
	{ q: '跟卖抢到购物车库存不够', answers: ['guideline#buy-box-stock'] },
	{ q: '绩效被扣分了怎么申诉', answers: ['cancellation-rate#above-target-consequences', 'glossary#plan-of-action'] },
	{ q: 'CR ceiling amazon', answers: ['cancellation-rate#target'] },
	{ q: 'what is the max cancel rate allowed', answers: ['cancellation-rate#target'] },
	{ q: 'oversold an item and have to cancel', answers: ['guideline#update-inventory', 'guideline#cancel-early'] },
	{ q: 'MFN orders cancel rate', answers: ['cancellation-rate#seller-fulfilled-only', 'glossary#seller-fulfilled'] },
	{ q: 'buyer emailed me to cancel', answers: ['cancellation-rate#message-only-request', 'glossary#buyer-seller-messaging'] },
	{ q: 'account got suspended because of cancellations', answers: ['cancellation-rate#above-target-consequences', 'glossary#deactivation'] },
	// Traditional Chinese, as sellers in Taiwan and Hong Kong type it.
	{ q: '訂單取消率的標準是多少', answers: ['cancellation-rate#target'] },
	{ q: '帳號會被停權嗎', answers: ['cancellation-rate#above-target-consequences', 'glossary#deactivation'] },
	{ q: '取消率怎麼計算', answers: ['cancellation-rate#formula', 'cancellation-rate#example'] },
	{ q: '買家自己取消訂單會算進去嗎', answers: ['cancellation-rate#not-counted-buyer-requests', 'cancellation-rate#buyer-cancelled-reason'] },
	{ q: '庫存沒有及時更新', answers: ['guideline#update-inventory'] },
	{ q: '價格設錯了被大量下單', answers: ['guideline#check-prices'] },
	{ q: '亞馬遜物流的訂單算不算', answers: ['cancellation-rate#seller-fulfilled-only', 'glossary#fba'] },
	{ q: '帳戶狀況頁面有哪些指標', answers: ['related-metrics#intro', 'related-metrics#metrics-table', 'glossary#account-health'] },
	{ q: '訂單缺陷率包含什麼', answers: ['related-metrics#metrics-table', 'glossary#order-defect-rate'] },
	{ q: '沒有確認出貨會被自動取消', answers: ['cancellation-rate#counted-auto-cancellations', 'glossary#auto-cancellation'] },
	// Both languages mixed.
	{ q: '选了buyer cancelled会影响吗', answers: ['cancellation-rate#misused-buyer-cancelled', 'cancellation-rate#buyer-cancelled-reason'] },
	{ q: 'cancellation rate 超过2.5%会怎样', answers: ['cancellation-rate#above-target-consequences'] },
	{ q: 'Account Health 里 PFCR 是什么', answers: ['related-metrics#pfcr-is-cr', 'glossary#pre-fulfillment-cancel-rate'] },
	{ q: 'FBM 订单取消', answers: ['cancellation-rate#seller-fulfilled-only', 'glossary#seller-fulfilled'] },
	{ q: 'Seller Central 哪里看 cancel rate', answers: ['related-metrics#pfcr-is-cr', 'related-metrics#intro', 'glossary#account-health'] },
	{ q: 'late shipment rate 多少天', answers: ['related-metrics#metrics-table', 'glossary#late-shipment-rate'] },
	{ q: 'POA 怎么写', answers: ['cancellation-rate#above-target-consequences', 'glossary#plan-of-action'] },
	// Basic questions, asked plainly.
	{ q: '取消率上限', answers: ['cancellation-rate#target'] },
	{ q: '取消率的计算公式', answers: ['cancellation-rate#formula'] },
	{ q: 'what is the limit for cancellation rate', answers: ['cancellation-rate#target'] },
	{ q: 'how is it calculated cancellation rate formula', answers: ['cancellation-rate#formula'] },
	{ q: 'what period is the cancellation rate measured over', answers: ['cancellation-rate#window'] },
	{ q: 'does india have a different target', answers: ['cancellation-rate#target', 'cancellation-rate#window'] },
	{ q: 'what happens if my cancellation rate is too high', answers: ['cancellation-rate#above-target-consequences'] },
	{ q: 'do auto cancelled orders count', answers: ['cancellation-rate#counted-auto-cancellations', 'glossary#auto-cancellation'] },
	{ q: '印度站的衡量期', answers: ['cancellation-rate#window'] },
	{ q: '订单取消之后要不要跟买家说对不起', answers: ['guideline#cancel-early', 'glossary#apology'] },
	// Long questions that tell the seller's situation.
	{
		q: '我们用ERP同步价格，结果有个产品价格改成了0.99，一下子来了很多订单，只能全部取消，这样对账号有影响吗',
		answers: ['guideline#check-prices', 'cancellation-rate#above-target-consequences', 'cancellation-rate#counted-seller-cancellations'],
	},
	{
		q: '客户下单以后发消息说不想要了，我在后台直接取消了，这个会算到我的取消率里吗',
		answers: ['cancellation-rate#message-only-request', 'cancellation-rate#not-counted-buyer-requests', 'cancellation-rate#buyer-cancelled-reason'],
	},
	{
		q: '仓库那边忘了点发货，过了几天订单被亚马逊自动取消了，这算我的责任吗',
		answers: ['cancellation-rate#counted-auto-cancellations', 'glossary#auto-cancellation', 'glossary#confirm-shipment'],
	},
	{
		q: 'we also sell on ebay and our own shop and sometimes the same item sells twice, what should we do about the stock',
		answers: ['guideline#update-inventory'],
	},
	{
		q: 'a customer wrote to us asking to cancel but never used the cancel button, if we cancel will it hurt our metrics',
		answers: ['cancellation-rate#message-only-request', 'cancellation-rate#misused-buyer-cancelled'],
	},
	{
		q: 'our supplier ran out so we cannot ship an order, is it better to cancel now or wait until the ship date',
		answers: ['guideline#cancel-early'],
	},
	{
		q: '最近取消的订单比较多，账户状况里那个指标变黄了，想知道亚马逊会怎么处理',
		answers: ['cancellation-rate#above-target-consequences', 'faq#rate-above-average', 'faq#why-cancellation-rate-affects-performance'],
	},
	{
		q: '100单里面取消了2单，取消率是2%还是多少，算不算超标',
		answers: ['cancellation-rate#example', 'cancellation-rate#target', 'cancellation-rate#exactly-on-target', 'cancellation-rate#formula'],
	},
];
