/**
 * Questions as sellers ask them (a colleague, a chat, a forum), in Chinese, English and both
 * mixed, each with the passages that answer it: `page#block` (the pair id of an aligned passage,
 * a FAQ question's id, a glossary term's id) or a bare `page` for a page without passages.
 * tests/build/search.test.ts asks every one from a Chinese and from an English page.
 */
/**
 * Whether a result URL (path and hash, without query) opens `answer` on the page of the `ui`
 * locale under `base`: an aligned passage in the reader's language, a FAQ question, a page.
 */
export function opens(url: string, answer: string, ui: 'zh' | 'en', base = '/'): boolean {
	const [page, id] = answer.split('#');
	const [path, hash] = url.split('#');
	if (path !== `${base}${ui === 'en' ? 'en/' : ''}${page === 'index' ? '' : `${page}/`}`) return false;
	return !id || hash === id || hash === `${id}-${ui}`;
}

export interface Question {
	q: string;
	answers: string[];
}

export const QUESTIONS: Question[] = [
	// The bare terms sellers also type.
	{ q: '缺货', answers: ['guideline#update-inventory', 'guideline#cancel-only-on-buyer-request', 'glossary#stock-out'] },
	{ q: '集成商', answers: ['guideline#check-prices', 'glossary#third-party-integrator'] },
	{ q: '信誉度', answers: ['faq#why-cancellation-rate-affects-performance'] },
	{ q: '预计配送时间', answers: ['guideline#cancel-early', 'guideline#update-inventory', 'glossary#expected-ship-date'] },
	{ q: '取消率', answers: ['cancellation-rate#formula', 'glossary#cancellation-rate'] },
	{ q: '根本原因', answers: ['faq#rate-above-average'] },
	{ q: 'integrator', answers: ['guideline#check-prices', 'glossary#third-party-integrator'] },
	{ q: 'reputation', answers: ['faq#why-cancellation-rate-affects-performance', 'faq#lower-rate-raise-satisfaction'] },
	{ q: 'expected ship date', answers: ['guideline#cancel-early', 'guideline#update-inventory', 'glossary#expected-ship-date'] },
	{ q: 'Plan of Action', answers: ['cancellation-rate#above-target-consequences', 'glossary#plan-of-action'] },
	// Chinese: what it is, what counts, numbers, what to do.
	{ q: '订单被取消了会影响什么', answers: ['faq#why-cancellation-rate-affects-performance', 'guideline#cancel-only-on-buyer-request', 'guideline#steps-to-improve', 'cancellation-rate#above-target-consequences'] },
	{ q: '买家自己取消的订单算不算', answers: ['cancellation-rate#not-counted-buyer-requests', 'cancellation-rate#buyer-cancelled-reason'] },
	{ q: 'LSR 是多少', answers: ['related-metrics#metrics-table', 'glossary#late-shipment-rate'] },
	{ q: '为什么要及时更新库存', answers: ['guideline#update-inventory'] },
	{ q: '取消率怎么算', answers: ['cancellation-rate#formula', 'cancellation-rate#example', 'related-metrics#metrics-table'] },
	{ q: '取消率的目标是多少', answers: ['cancellation-rate#target', 'cancellation-rate#exactly-on-target'] },
	{ q: '取消率超过目标会怎样', answers: ['cancellation-rate#above-target-consequences'] },
	{ q: '取消率按多少天计算', answers: ['cancellation-rate#window'] },
	{ q: '印度站的取消率目标', answers: ['cancellation-rate#target', 'cancellation-rate#window'] },
	{ q: '刚好2.5%算达标吗', answers: ['cancellation-rate#exactly-on-target', 'cancellation-rate#target'] },
	{ q: 'FBA订单算不算取消率', answers: ['cancellation-rate#seller-fulfilled-only', 'glossary#fba'] },
	{ q: '自发货订单的取消率', answers: ['cancellation-rate#seller-fulfilled-only', 'glossary#seller-fulfilled'] },
	{ q: '系统自动取消的订单计入取消率吗', answers: ['cancellation-rate#counted-auto-cancellations', 'glossary#auto-cancellation'] },
	{ q: '没有确认发货会被自动取消吗', answers: ['cancellation-rate#counted-auto-cancellations', 'glossary#confirm-shipment', 'glossary#auto-cancellation'] },
	{ q: '买家通过站内信要求取消怎么办', answers: ['cancellation-rate#message-only-request'] },
	{ q: '买家要求取消订单会影响取消率吗', answers: ['cancellation-rate#not-counted-buyer-requests', 'cancellation-rate#buyer-cancelled-reason', 'guideline#cancel-only-on-buyer-request'] },
	{ q: '选Buyer Cancelled原因会不会计入取消率', answers: ['cancellation-rate#misused-buyer-cancelled', 'cancellation-rate#buyer-cancelled-reason'] },
	{ q: '管理订单页面上的横幅是什么', answers: ['cancellation-rate#buyer-cancelled-reason', 'glossary#manage-orders'] },
	{ q: '取消率太高会封号吗', answers: ['cancellation-rate#above-target-consequences', 'glossary#deactivation'] },
	{ q: '取消率超标要写POA吗', answers: ['cancellation-rate#above-target-consequences', 'glossary#plan-of-action'] },
	{ q: '什么是行动计划', answers: ['glossary#plan-of-action', 'cancellation-rate#above-target-consequences'] },
	{ q: '怎么避免断货', answers: ['guideline#update-inventory', 'guideline#buy-box-stock', 'glossary#stock-out'] },
	{ q: '多渠道销售库存要多久更新一次', answers: ['guideline#update-inventory'] },
	{ q: '抢到黄金购物车要注意什么', answers: ['guideline#buy-box-stock', 'glossary#buy-box'] },
	{ q: '价格填错了导致订单取消', answers: ['guideline#check-prices'] },
	{ q: 'ERP改价出错怎么办', answers: ['guideline#check-prices', 'glossary#third-party-integrator'] },
	{ q: '必须取消订单的时候应该怎么做', answers: ['guideline#cancel-early'] },
	{ q: '取消订单后要给买家道歉吗', answers: ['guideline#cancel-early', 'glossary#apology'] },
	{ q: '过了预计发货时间再取消会怎样', answers: ['guideline#cancel-early'] },
	{ q: '订单取消率高说明什么', answers: ['faq#why-cancellation-rate-affects-performance'] },
	{ q: '取消率比平均水平高怎么办', answers: ['faq#rate-above-average'] },
	{ q: '怎么降低取消率', answers: ['faq#lower-rate-raise-satisfaction', 'guideline#steps-to-improve'] },
	{ q: '如何提高客户满意度', answers: ['faq#lower-rate-raise-satisfaction'] },
	{ q: '取消率影响搜索排名吗', answers: ['faq#why-cancellation-rate-affects-performance'] },
	{ q: '配送前取消率和取消率是一回事吗', answers: ['related-metrics#pfcr-is-cr', 'glossary#pre-fulfillment-cancel-rate'] },
	{ q: '订单缺陷率包括哪些', answers: ['related-metrics#metrics-table', 'glossary#order-defect-rate'] },
	{ q: '订单缺陷率的目标', answers: ['related-metrics#metrics-table'] },
	{ q: '有效追踪率要达到多少', answers: ['related-metrics#metrics-table', 'glossary#valid-tracking-rate'] },
	{ q: '准时交货率要求', answers: ['related-metrics#metrics-table', 'glossary#on-time-delivery-rate'] },
	{ q: '迟发率怎么计算', answers: ['related-metrics#metrics-table', 'glossary#late-shipment-rate'] },
	{ q: '信用卡拒付算订单缺陷吗', answers: ['glossary#chargeback', 'related-metrics#metrics-table'] },
	{ q: '账户状况页面有哪些指标', answers: ['related-metrics#intro', 'glossary#account-health', 'related-metrics#metrics-table'] },
	{ q: '第三方集成商是什么', answers: ['glossary#third-party-integrator', 'guideline#check-prices'] },
	{ q: '不同站点的规则一样吗', answers: ['cancellation-rate#as-of', 'related-metrics#as-of', 'glossary#marketplace', 'glossary#glossary-intro'] },
	{ q: '100个订单取消了3个取消率是多少', answers: ['cancellation-rate#example'] },
	{ q: '取消率计算器', answers: ['calculator', 'cancellation-rate#example-calculator'] },
	{ q: '这个网站的内容从哪里来的', answers: ['about'] },
	{ q: '缺货是什么意思', answers: ['glossary#stock-out', 'guideline#update-inventory'] },
	{ q: '卖家后台在哪里看取消率', answers: ['related-metrics#pfcr-is-cr', 'glossary#seller-central', 'related-metrics#intro', 'glossary#account-health'] },
	{ q: '卖家取消订单都算吗', answers: ['cancellation-rate#counted-seller-cancellations', 'cancellation-rate#formula'] },
	// English.
	{ q: 'what counts as a seller cancellation', answers: ['cancellation-rate#counted-seller-cancellations', 'cancellation-rate#formula', 'glossary#cancellation-rate'] },
	{ q: 'how do I avoid stock-outs', answers: ['guideline#update-inventory', 'guideline#buy-box-stock', 'glossary#stock-out'] },
	{ q: 'VTR target', answers: ['related-metrics#metrics-table', 'glossary#valid-tracking-rate'] },
	{ q: 'how is cancellation rate calculated', answers: ['cancellation-rate#formula', 'related-metrics#metrics-table', 'cancellation-rate#example'] },
	{ q: 'what is the cancellation rate target', answers: ['cancellation-rate#target'] },
	{ q: 'is exactly 2.5% under the target', answers: ['cancellation-rate#exactly-on-target'] },
	{ q: 'how many days is the cancellation rate measured over', answers: ['cancellation-rate#window'] },
	{ q: 'does a buyer cancellation request count against my rate', answers: ['cancellation-rate#not-counted-buyer-requests', 'cancellation-rate#buyer-cancelled-reason'] },
	{ q: 'buyer asked me to cancel through messaging', answers: ['cancellation-rate#message-only-request', 'glossary#buyer-seller-messaging'] },
	{ q: 'what if I pick Buyer Cancelled but the buyer never requested it', answers: ['cancellation-rate#misused-buyer-cancelled'] },
	{ q: 'do FBA orders count toward cancellation rate', answers: ['cancellation-rate#seller-fulfilled-only', 'glossary#fba'] },
	{ q: 'will my account get suspended for a high cancel rate', answers: ['cancellation-rate#above-target-consequences', 'glossary#deactivation'] },
	{ q: 'do I need to write a plan of action', answers: ['cancellation-rate#above-target-consequences', 'glossary#plan-of-action'] },
	{ q: "orders auto-cancelled because I didn't confirm shipment", answers: ['cancellation-rate#counted-auto-cancellations', 'glossary#auto-cancellation', 'glossary#confirm-shipment'] },
	{ q: 'should I apologize to the buyer', answers: ['guideline#cancel-early', 'glossary#apology'] },
	{ q: "when should I cancel an order I can't ship", answers: ['guideline#cancel-early'] },
	{ q: 'how often should I update my inventory', answers: ['guideline#update-inventory'] },
	{ q: 'selling through other channels too', answers: ['guideline#update-inventory'] },
	{ q: 'price errors from my integrator', answers: ['guideline#check-prices'] },
	{ q: 'Buy Box', answers: ['guideline#buy-box-stock', 'glossary#buy-box'] },
	{ q: 'why does cancellation rate affect my performance', answers: ['faq#why-cancellation-rate-affects-performance'] },
	{ q: 'my cancellation rate is above average, what should I do', answers: ['faq#rate-above-average'] },
	{ q: 'how to lower my cancellation rate', answers: ['faq#lower-rate-raise-satisfaction', 'guideline#steps-to-improve'] },
	{ q: 'does cancellation rate affect search ranking', answers: ['faq#why-cancellation-rate-affects-performance'] },
	{ q: 'ODR target', answers: ['related-metrics#metrics-table', 'glossary#order-defect-rate'] },
	{ q: 'late shipment rate window', answers: ['related-metrics#metrics-table', 'glossary#late-shipment-rate'] },
	{ q: 'what is PFCR', answers: ['related-metrics#pfcr-is-cr', 'glossary#pre-fulfillment-cancel-rate'] },
	{ q: 'on-time delivery rate target', answers: ['related-metrics#metrics-table', 'glossary#on-time-delivery-rate'] },
	{ q: 'what is a chargeback', answers: ['glossary#chargeback'] },
	{ q: 'where do I see account health', answers: ['related-metrics#intro', 'glossary#account-health'] },
	{ q: 'banner on Manage Orders', answers: ['cancellation-rate#buyer-cancelled-reason', 'glossary#manage-orders'] },
	{ q: '3 cancelled out of 100 orders', answers: ['cancellation-rate#example'] },
	{ q: "where does this site's content come from", answers: ['about'] },
	{ q: 'cancellation rate calculator', answers: ['calculator', 'cancellation-rate#example-calculator'] },
	{ q: 'what is Seller Central', answers: ['glossary#seller-central'] },
	{ q: 'are the rules the same in every marketplace', answers: ['cancellation-rate#as-of', 'related-metrics#as-of', 'glossary#marketplace', 'glossary#glossary-intro'] },
	{ q: 'what is an A-to-z claim', answers: ['glossary#a-to-z-claim', 'related-metrics#metrics-table'] },
	// Both languages in one query, and full-width input from a Chinese keyboard.
	{ q: 'Buy Box 库存', answers: ['guideline#buy-box-stock'] },
	{ q: 'FBA 取消率', answers: ['cancellation-rate#seller-fulfilled-only', 'glossary#fba'] },
	{ q: 'ODR 是什么', answers: ['glossary#order-defect-rate', 'related-metrics#metrics-table'] },
	{ q: 'Buyer Cancelled 原因', answers: ['cancellation-rate#buyer-cancelled-reason', 'cancellation-rate#misused-buyer-cancelled', 'glossary#buyer-cancelled'] },
	{ q: 'listing 价格错误', answers: ['guideline#check-prices'] },
	{ q: 'Plan of Action 什么时候要交', answers: ['cancellation-rate#above-target-consequences', 'glossary#plan-of-action'] },
	{ q: '取消率 target', answers: ['cancellation-rate#target'] },
	{ q: 'stock-out 怎么办', answers: ['guideline#update-inventory', 'glossary#stock-out'] },
	{ q: 'cancel rate 怎么算', answers: ['cancellation-rate#formula', 'related-metrics#metrics-table'] },
	{ q: 'Account Health 有哪些指标', answers: ['related-metrics#intro', 'related-metrics#metrics-table', 'glossary#account-health'] },
	{ q: 'ＬＳＲ是多少？', answers: ['related-metrics#metrics-table', 'glossary#late-shipment-rate'] },
	{ q: 'ＦＢＡ算取消率吗？', answers: ['cancellation-rate#seller-fulfilled-only', 'glossary#fba'] },
	// ---- Issue 22 (claims helper): the sellers' questions the marketplace page answers. Tuned on:
	// the answers' wording was checked against these. Held-out ones are MARKETPLACE_HELD_OUT below. ----
	{ q: '为什么商品被下架了', answers: ['marketplaces#listing-removed'] },
	{ q: '连续两次取消 下架', answers: ['marketplaces#listing-removed'] },
	{ q: '取消率在哪里看', answers: ['marketplaces#where-to-see-rate'] },
	{ q: '怎么下载取消率报告', answers: ['marketplaces#where-to-see-rate'] },
	{ q: '取消一件商品算不算取消', answers: ['marketplaces#item-cancellation'] },
	{ q: '买家多久内可以自己取消', answers: ['marketplaces#buyer-cancel-window'] },
	{ q: '亚马逊多少天自动取消订单', answers: ['marketplaces#auto-cancel-days', 'cancellation-rate#counted-auto-cancellations'] },
	{ q: '缺货取消选什么原因', answers: ['marketplaces#out-of-stock-reason'] },
	{ q: '误取消订单怎么办', answers: ['marketplaces#cancelled-by-mistake'] },
	{ q: '待处理订单是什么', answers: ['marketplaces#pending-order'] },
	{ q: '印度站取消费用', answers: ['marketplaces#india-charge'] },
	{ q: '英国站和加拿大站规则有什么不同', answers: ['marketplaces#uk-canada-differ'] },
	{ q: 'listing removed after two cancellations', answers: ['marketplaces#listing-removed'] },
	{ q: 'how to reactivate a suppressed listing', answers: ['marketplaces#listing-removed'] },
	{ q: 'where can I see my cancellation rate', answers: ['marketplaces#where-to-see-rate'] },
	{ q: 'download cancellation rate report', answers: ['marketplaces#where-to-see-rate'] },
	{ q: 'does cancelling one item count', answers: ['marketplaces#item-cancellation'] },
	{ q: 'how long can a buyer cancel an order', answers: ['marketplaces#buyer-cancel-window'] },
	{ q: 'when does Amazon auto cancel an unshipped order', answers: ['marketplaces#auto-cancel-days', 'cancellation-rate#counted-auto-cancellations'] },
	{ q: 'which cancellation reason for out of stock', answers: ['marketplaces#out-of-stock-reason'] },
	{ q: 'cancelled an order by mistake', answers: ['marketplaces#cancelled-by-mistake'] },
	{ q: 'what is a pending order', answers: ['marketplaces#pending-order'] },
	{ q: 'India cancellation charge', answers: ['marketplaces#india-charge'] },
	{ q: 'UK vs Canada cancellation rate rules', answers: ['marketplaces#uk-canada-differ'] },
	{ q: 'India 取消率目标', answers: ['marketplaces#india-charge', 'cancellation-rate#target'] },
	{ q: 'Pending 订单能发货吗', answers: ['marketplaces#pending-order'] },
	// ---- end of issue 22's block ----
	// ---- Issue 25, third round (search-r3): the kinds of question the issues name as weak — where
	// something is shown, which reason to pick, undoing a cancellation, the window in other words and
	// in Traditional Chinese, long questions telling a situation, item cancellations, automatic
	// cancellation days, the buyer's window, India's charge, listings taken down. The split rule
	// holds: the first of each four (the 136th, 140th, …) is held back, and those eight were written
	// after the engine changes of this round and scored without being tuned on; the other 24 were
	// the round's probe questions, tuned on. ----
	{ q: '取消率报告在后台哪个页面下载', answers: ['marketplaces#where-to-see-rate'] },
	{ q: '取消率报表从哪里导出', answers: ['marketplaces#where-to-see-rate'] },
	{ q: 'where do I find the cancellation report', answers: ['marketplaces#where-to-see-rate'] },
	{ q: '在哪裡查看取消率', answers: ['marketplaces#where-to-see-rate', 'related-metrics#pfcr-is-cr'] },
	{ q: 'which reason should I give when an item is no longer available', answers: ['marketplaces#out-of-stock-reason'] },
	{ q: '断货了取消订单应该选哪个理由', answers: ['marketplaces#out-of-stock-reason'] },
	{ q: '賣完了要取消訂單選什麼原因', answers: ['marketplaces#out-of-stock-reason'] },
	{ q: 'what reason do I choose when cancelling because no stock', answers: ['marketplaces#out-of-stock-reason'] },
	{ q: '取消的訂單可以撤回嗎', answers: ['marketplaces#cancelled-by-mistake'] },
	{ q: '取消错了订单还能撤回吗', answers: ['marketplaces#cancelled-by-mistake'] },
	{ q: 'can I undo a cancelled order', answers: ['marketplaces#cancelled-by-mistake'] },
	{ q: '誤取消訂單可以復原嗎', answers: ['marketplaces#cancelled-by-mistake'] },
	{ q: 'over how many days is my pre-fulfillment cancel rate counted', answers: ['cancellation-rate#window', 'related-metrics#metrics-table'] },
	{ q: '取消率看的是最近几天', answers: ['cancellation-rate#window'] },
	{ q: '取消率統計幾天內的訂單', answers: ['cancellation-rate#window'] },
	{ q: 'how many days of orders are in the cancellation rate', answers: ['cancellation-rate#window'] },
	{
		q: '我在eBay和亚马逊同时卖一款产品，库存经常对不上导致超卖，只好取消亚马逊订单，该怎么避免',
		answers: ['guideline#update-inventory'],
	},
	{
		q: '我们自己还有一个独立站，同一批货两边一起卖，经常一边卖掉了另一边还显示有货，然后只好取消亚马逊的单子',
		answers: ['guideline#update-inventory'],
	},
	{
		q: 'we sell the same products on shopify and amazon and sometimes both channels sell the last unit so we have to cancel one',
		answers: ['guideline#update-inventory'],
	},
	{
		q: '工厂那边说要晚两周才能出货，现在已经有几个订单发不出去了，我是应该现在就取消还是等一等',
		answers: ['guideline#cancel-early'],
	},
	{ q: 'my cancellation rate shows 3.1% and I don\'t know if that is bad', answers: ['cancellation-rate#target', 'cancellation-rate#above-target-consequences'] },
	{
		q: 'the manufacturer told us the shipment is delayed by a month, several amazon orders are waiting, should we cancel them right away',
		answers: ['guideline#cancel-early'],
	},
	{
		q: '我们家的店铺最近在仪表盘上看到取消率显示是百分之三，老板很着急，想问一下这个数字到底意味着什么，会不会出事',
		answers: ['cancellation-rate#above-target-consequences', 'cancellation-rate#target'],
	},
	{
		q: 'my dashboard shows a cancellation rate of 4 percent this week and I am worried about what amazon will do to my store',
		answers: ['cancellation-rate#above-target-consequences', 'cancellation-rate#target'],
	},
	{ q: '多件商品的订单只取消一件算卖家取消吗', answers: ['marketplaces#item-cancellation'] },
	{ q: '一个订单里取消部分商品会影响取消率吗', answers: ['marketplaces#item-cancellation'] },
	{ q: '超过几天不发货亚马逊会取消订单', answers: ['marketplaces#auto-cancel-days', 'cancellation-rate#counted-auto-cancellations'] },
	{ q: 'how many minutes does the buyer have to cancel', answers: ['marketplaces#buyer-cancel-window'] },
	{ q: 'listing got suppressed after a couple of cancelled orders', answers: ['marketplaces#listing-removed'] },
	{ q: '印度站卖家取消订单要扣佣金吗', answers: ['marketplaces#india-charge'] },
	{ q: '取消订单太多listing被停用了', answers: ['marketplaces#listing-removed'] },
	{ q: 'my product became inactive after I cancelled orders', answers: ['marketplaces#listing-removed'] },
	// ---- end of the third round's block ----
];

/**
 * Issue 22 (claims helper): held-out questions on the marketplace page's topics, written before
 * the search was run on them and never tuned on: tests/build/search-marketplaces.test.ts scores
 * them from a Chinese and an English page.
 */
export const MARKETPLACE_HELD_OUT: Question[] = [
	{ q: '商品被移除了怎么重新上架', answers: ['marketplaces#listing-removed'] },
	{ q: '两单取消就下架正常吗', answers: ['marketplaces#listing-removed'] },
	{ q: '后台哪里能看到取消率', answers: ['marketplaces#where-to-see-rate'] },
	{ q: '取消率报告在哪下载', answers: ['marketplaces#where-to-see-rate'] },
	{ q: '多件订单只取消其中一件会怎样', answers: ['marketplaces#item-cancellation'] },
	{ q: '买家下单后多长时间能自己取消', answers: ['marketplaces#buyer-cancel-window'] },
	{ q: '订单超时没发货会被系统取消吗', answers: ['marketplaces#auto-cancel-days', 'cancellation-rate#counted-auto-cancellations'] },
	{ q: '没库存了取消订单选哪个原因', answers: ['marketplaces#out-of-stock-reason'] },
	{ q: '不小心点了取消订单', answers: ['marketplaces#cancelled-by-mistake'] },
	{ q: 'Pending状态的订单怎么处理', answers: ['marketplaces#pending-order'] },
	{ q: '印度站取消订单收费吗', answers: ['marketplaces#india-charge'] },
	{ q: '英国站和加拿大站有区别吗', answers: ['marketplaces#uk-canada-differ'] },
	{ q: 'my offer was removed for cancellations how do I get it back', answers: ['marketplaces#listing-removed'] },
	{ q: 'where is the cancellation rate in seller central', answers: ['marketplaces#where-to-see-rate'] },
	{ q: 'partial cancellation of a multi-item order', answers: ['marketplaces#item-cancellation'] },
	{ q: 'buyer cancel window 30 minutes', answers: ['marketplaces#buyer-cancel-window'] },
	{ q: 'order not shipped automatically cancelled how many days', answers: ['marketplaces#auto-cancel-days', 'cancellation-rate#counted-auto-cancellations'] },
	{ q: 'out of stock cancel reason no inventory', answers: ['marketplaces#out-of-stock-reason'] },
	{ q: 'accidentally cancelled order restore', answers: ['marketplaces#cancelled-by-mistake'] },
	{ q: 'pending order can I ship it', answers: ['marketplaces#pending-order'] },
	{ q: 'referral fee charge for cancelled orders India', answers: ['marketplaces#india-charge'] },
	{ q: 'difference between UK and Canada cancellation rate', answers: ['marketplaces#uk-canada-differ'] },
];

/**
 * The table in two parts, split by a fixed rule chosen before any tuning: every fourth question
 * (the 4th, 8th, …) is held back. Changes to the query layer are tuned on TUNED only; HELD_BACK is
 * only scored, so a gap between the two scores shows tuning that does not generalise.
 */
export const HELD_BACK: Question[] = QUESTIONS.filter((_, i) => i % 4 === 3);
export const TUNED: Question[] = QUESTIONS.filter((_, i) => i % 4 !== 3);

/** The questions of `table` whose first three result URLs (without query) open none of their answers. */
export function missed(table: Question[], top3: (q: string) => string[], ui: 'zh' | 'en', base = '/'): Question[] {
	return table.filter(({ q, answers }) => !top3(q).some((url) => answers.some((a) => opens(url, a, ui, base))));
}
