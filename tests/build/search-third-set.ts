/**
 * Held-out question set 3: 60 search questions written blind, to measure how well the site's
 * question search generalises to questions written by strangers. Never tune on it: no change to
 * the search engine, its word lists or its tests may be made because of a question here, or the
 * set stops measuring anything. Scored twice, by the lead session, which printed each UI's share
 * and the count per kind, never which questions missed: on the engine as it stood when the set was
 * written, 54 of 60 (90.0%) from each UI, and after the eighth session's search round (made by a
 * helper that never saw this file), 57 of 60 (95.0%), none with nothing (docs/benchmarks.md). One
 * question, "download cancellation rate report", was then found word for word in the project's
 * table (search-questions.ts, seventh session), so it is no held-out question and left the set:
 * 56 of 59 (94.9%).
 *
 * Written on 2026-12-06 (eighth session) by a helper session started for this one job, blind:
 * - Read: the site's content under src/content/ (the aligned passages of every page, the glossary
 *   data with its definitions, the docs/ pages, the head of terms.yaml), the head of
 *   src/lib/source-pages.ts, and the first ~40 lines of tests/build/search-questions.ts for the
 *   `Question` type and the answer-id format (those lines also show about twenty of its first
 *   questions; none of them was copied or reworded here).
 * - Not read: src/lib/query/, seller-words.yaml or any other alias/"seller words" file, any
 *   search-*.json or built search data (dist*), the question tables (search-questions.ts beyond
 *   its head, search-fresh-questions.ts, search-strangers.ts, search-marketplaces.test.ts),
 *   docs/benchmarks.md. No question string was grepped for in the repository.
 * - Answers name every passage a Chinese seller would say answers the question (`page#id`; the bare
 *   `calculator` for the calculator page, which has no passages); each id was checked against the
 *   content files.
 *
 * Kinds (counted once each, by the kind the question was written for): typos and input slips (8),
 * seller slang (9), Traditional Chinese (8), Chinese–English mixed (8), long situation questions
 * (8), basic plain-word questions (7), marketplace topics (12, 11 after the one that left). 40
 * Chinese (Simplified, Traditional or mixed), 20 English (19).
 */
import type { Question } from './search-questions';

export const SET3_QUESTIONS: Question[] = [
	// 1. Typos and input slips: a wrong homophone character, dropped or swapped English letters.
	{ q: '取消律怎么计算', answers: ['cancellation-rate#formula', 'cancellation-rate#example', 'glossary#cancellation-rate'] },
	{ q: '迟法率是什么意思', answers: ['glossary#late-shipment-rate', 'related-metrics#metrics-table'] },
	{ q: '买家取消的订单会不会记入取消率', answers: ['cancellation-rate#not-counted-buyer-requests', 'cancellation-rate#buyer-cancelled-reason', 'glossary#buyer-requested-cancellation'] },
	{ q: '账户壮况页面有哪些指标', answers: ['related-metrics#intro', 'related-metrics#metrics-table', 'glossary#account-health'] },
	{ q: 'cancelation rate targt', answers: ['cancellation-rate#target', 'cancellation-rate#exactly-on-target'] },
	{ q: 'does FBA count in cancellaton rate', answers: ['cancellation-rate#seller-fulfilled-only', 'glossary#fba'] },
	{ q: 'valid trakcing rate requirment', answers: ['related-metrics#metrics-table', 'glossary#valid-tracking-rate'] },
	{ q: 'on time delivry rate target', answers: ['related-metrics#metrics-table', 'glossary#on-time-delivery-rate'] },

	// 2. Seller slang and informal names.
	{ q: '自发货砍单了 CR 会涨吗', answers: ['guideline#cancel-only-on-buyer-request', 'cancellation-rate#counted-seller-cancellations', 'cancellation-rate#seller-fulfilled-only'] },
	{ q: '跟卖抢到黄金购物车，怕爆单断货怎么办', answers: ['guideline#buy-box-stock', 'glossary#buy-box'] },
	{ q: 'CR 红线是几个点', answers: ['cancellation-rate#target', 'cancellation-rate#exactly-on-target'] },
	{ q: 'A-Z 和拒付算不算 ODR', answers: ['related-metrics#metrics-table', 'glossary#order-defect-rate', 'glossary#a-to-z-claim', 'glossary#chargeback'] },
	{ q: '改价手滑填错价格被迫砍单，以后怎么防', answers: ['guideline#check-prices'] },
	{ q: 'ERP 同步库存出错导致超卖', answers: ['guideline#update-inventory', 'guideline#check-prices', 'glossary#third-party-integrator', 'glossary#stock-out'] },
	{ q: '断货了链接还挂着，出单了发不了怎么办', answers: ['marketplaces#out-of-stock-reason', 'guideline#cancel-early', 'guideline#update-inventory', 'glossary#stock-out'] },
	{ q: 'shipped late - LSR hit or CR hit?', answers: ['related-metrics#metrics-table', 'glossary#late-shipment-rate', 'cancellation-rate#counted-auto-cancellations'] },
	{ q: 'CR vs ODR vs LSR thresholds', answers: ['related-metrics#metrics-table', 'cancellation-rate#target'] },

	// 3. Traditional Chinese (Taiwan / Hong Kong).
	{ q: '取消率的統計週期是幾天', answers: ['cancellation-rate#window'] },
	{ q: '出貨前才發現沒庫存，應該什麼時候取消訂單比較好', answers: ['guideline#cancel-early'] },
	{ q: '取消訂單後需要跟買家道歉嗎', answers: ['guideline#cancel-early', 'glossary#apology'] },
	{ q: '買家只透過站內訊息說要取消，我幫他取消會算進取消率嗎', answers: ['cancellation-rate#message-only-request', 'glossary#buyer-seller-messaging'] },
	{ q: '庫存不足被迫取消訂單，亞馬遜能接受嗎', answers: ['guideline#cancel-only-on-buyer-request', 'glossary#stock-out'] },
	{ q: '有效追蹤率沒達標會被停權嗎', answers: ['related-metrics#metrics-table', 'glossary#valid-tracking-rate'] },
	{ q: '訂單缺陷率裡的負面回饋是指商品評論嗎', answers: ['glossary#negative-feedback', 'related-metrics#metrics-table'] },
	{ q: '賣家取消率高會影響搜尋排名嗎', answers: ['faq#why-cancellation-rate-affects-performance', 'faq#faq-editor-note'] },

	// 4. Chinese and English mixed.
	{ q: 'Buyer Cancelled 原因可以随便选吗', answers: ['cancellation-rate#misused-buyer-cancelled', 'glossary#buyer-cancelled', 'marketplaces#out-of-stock-reason'] },
	{ q: 'Manage Orders 页面上出现取消请求的 banner 要怎么处理', answers: ['cancellation-rate#buyer-cancelled-reason', 'glossary#manage-orders', 'glossary#buyer-requested-cancellation'] },
	{ q: 'Pre-fulfillment cancel rate 跟 cancellation rate 有区别吗', answers: ['related-metrics#pfcr-is-cr', 'glossary#pre-fulfillment-cancel-rate'] },
	{ q: '没有 confirm shipment 被系统取消了，会算进 cancellation rate 吗', answers: ['cancellation-rate#counted-auto-cancellations', 'glossary#auto-cancellation', 'marketplaces#auto-cancel-days'] },
	{ q: '取消率 exactly 2.5% 会不会算超标', answers: ['cancellation-rate#exactly-on-target', 'cancellation-rate#target'] },
	{ q: 'Plan of Action 一般什么时候要交', answers: ['glossary#plan-of-action', 'cancellation-rate#above-target-consequences'] },
	{ q: '日本站从什么时候开始 Buyer Cancelled 不算 CR', answers: ['cancellation-rate#buyer-cancelled-reason'] },
	{ q: 'OTDR 是按 promise date 算还是按延长后的日期', answers: ['related-metrics#metrics-table', 'glossary#on-time-delivery-rate'] },

	// 5. Long questions describing the seller's situation.
	{ q: '我们是新卖家，第一周只有 20 个订单，取消了 1 个就到 5% 了，这样会马上被停用吗，还是有个统计周期？', answers: ['cancellation-rate#window', 'cancellation-rate#target', 'cancellation-rate#above-target-consequences'] },
	{ q: '我们同时在 eBay 和独立站卖同一批货，经常亚马逊上显示有货但其实已经卖完了，只好取消订单，怎么避免？', answers: ['guideline#update-inventory', 'glossary#stock-out'] },
	{ q: 'My cancellation rate is well above what other sellers have and I am not sure why. What should I look into to find the root cause?', answers: ['faq#rate-above-average', 'guideline#steps-to-improve'] },
	{ q: 'We use an outside tool to push prices to Amazon and last night it uploaded wrong prices, so we had to cancel a bunch of orders. How do we stop this happening again?', answers: ['guideline#check-prices', 'glossary#third-party-integrator'] },
	{ q: '这周一共 120 个订单，我自己取消了 4 个，帮我算下取消率有没有超', answers: ['cancellation-rate#formula', 'cancellation-rate#target', 'cancellation-rate#example', 'calculator'] },
	{ q: 'A customer used the cancel option in their account to ask me to cancel, and I want to make sure it does not hurt my metrics. Which reason should I select?', answers: ['cancellation-rate#buyer-cancelled-reason', 'glossary#buyer-cancelled'] },
	{ q: '取消率一直偏高，客户满意度也在往下掉，除了控库存还有什么办法能整体改善？', answers: ['faq#lower-rate-raise-satisfaction', 'guideline#steps-to-improve'] },
	{ q: 'I had to cancel about ten orders in one week because a supplier let me down. Will Amazon shut down my whole account or just my listings?', answers: ['cancellation-rate#above-target-consequences', 'glossary#deactivation', 'marketplaces#uk-canada-differ'] },

	// 6. Basic questions in plain words.
	{ q: 'what is the cancellation rate', answers: ['glossary#cancellation-rate', 'cancellation-rate#formula'] },
	{ q: "what's the time window for cancel rate", answers: ['cancellation-rate#window'] },
	{ q: 'cancellation rate denominator all orders or only shipped ones', answers: ['cancellation-rate#formula'] },
	{ q: '取消订单为啥会影响店铺', answers: ['faq#why-cancellation-rate-affects-performance', 'guideline#cancel-only-on-buyer-request'] },
	{ q: 'which cancellations count against me', answers: ['cancellation-rate#counted-seller-cancellations', 'cancellation-rate#counted-auto-cancellations', 'cancellation-rate#misused-buyer-cancelled', 'cancellation-rate#message-only-request'] },
	{ q: '取消率计算器怎么用', answers: ['calculator', 'cancellation-rate#example-calculator'] },
	{ q: 'what does seller fulfilled mean', answers: ['glossary#seller-fulfilled', 'cancellation-rate#seller-fulfilled-only'] },

	// 7. Marketplace topics.
	{ q: '印度站卖家取消订单会被扣佣金吗', answers: ['marketplaces#india-charge'] },
	{ q: 'India cancellation charge if cancelled after estimated ship date', answers: ['marketplaces#india-charge'] },
	{ q: '連續取消兩張訂單後商品被下架，要怎麼重新上架', answers: ['marketplaces#listing-removed'] },
	{ q: '取消率在后台哪个页面能看到', answers: ['marketplaces#where-to-see-rate', 'related-metrics#pfcr-is-cr'] },
	{ q: '一个订单买了三件，我只取消其中一件也算吗', answers: ['marketplaces#item-cancellation', 'cancellation-rate#counted-seller-cancellations'] },
	{ q: 'how long does a buyer have to cancel on their own', answers: ['marketplaces#buyer-cancel-window'] },
	{ q: 'how many days until amazon auto cancels an unshipped order', answers: ['marketplaces#auto-cancel-days'] },
	{ q: '没库存了取消订单 reason 选哪个', answers: ['marketplaces#out-of-stock-reason'] },
	{ q: '手滑取消了订单还能撤回吗', answers: ['marketplaces#cancelled-by-mistake'] },
	{ q: '订单一直显示 Pending 能不能先发货', answers: ['marketplaces#pending-order'] },
	{ q: 'UK vs Canada cancellation rate rules difference', answers: ['marketplaces#uk-canada-differ'] },
];
