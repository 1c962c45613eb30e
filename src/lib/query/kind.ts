/**
 * The kind of question a query asks, read from its question words before they are dropped:
 * "where" (哪里看, where in Seller Central), "how long" (几天, 多久, how many days), "which" (选哪个,
 * which reason) and "can it be undone" (能恢复吗, undo). Its terms say what the question is about;
 * its kind says which of the passages about it answers. Many passages share a question's terms
 * (the rate, an order, a cancellation), but the one whose own title asks the same kind of question
 * (a FAQ or marketplace question: "在卖家平台哪里看取消率？") or, for "how long", states a length of
 * time ("measured over the past 7 days") is the answer. Rules of the two languages, not of the
 * site's content. Pure: engine.ts multiplies the score of such a passage by KIND_FACTOR.
 */

/** What a title of the asked kind multiplies a passage's score by. */
export const KIND_FACTOR = 1.5;

/** The "how long" kind: asked of a metric, it asks for the metric's window (rank-answer.ts). */
export const HOW_LONG = 1;

const ALTERNATIVES = (words: string) => words.split(' ').join('|');

/**
 * Each kind: the words asking it, which a title asking it holds too (Chinese as written, English as
 * whole words). Traditional characters are read as Simplified before this (convert.ts).
 */
const KINDS: RegExp[] = [
	// Where something is shown, found or downloaded.
	new RegExp(`${ALTERNATIVES('哪里 哪儿 在哪 哪边 什么地方 何处 哪个页面 哪个位置 从哪')}|\\bwhere\\b`),
	// How long: a number of days, hours or minutes asked; a title stating one answers it (below).
	new RegExp(`${ALTERNATIVES('几天 多少天 多久 多长时间 多长 几小时 几个小时 多少小时 几分钟 多少分钟 几周 几个工作日')}|\\bhow (?:long|soon|many (?:days|hours|minutes|weeks|business days))\\b`),
	// Which one to choose.
	new RegExp(`${ALTERNATIVES('哪个 哪一个 哪种 哪项 选什么 选哪 选择什么 什么原因 什么理由')}|\\bwhich\\b|\\bwhat (?:reason|option)\\b`),
	// Whether it can be undone or got back.
	new RegExp(`${ALTERNATIVES('恢复 撤销 撤回 复原 还原 挽回')}|\\b(?:undo|undone|restor\\w*|revers\\w*|revert\\w*|recover\\w*|get (?:it |them )?back)\\b`),
];

/** A rate given as a number (3%, 4 percent, 百分之三): the seller asks how it stands against the target (rank-answer.ts). */
export const RATE_GIVEN = /\d\s*%|\d\s*percent\b|百分之|个百分点/;

/** A stated length of time: "7 天", "30 分钟", "24 小时", "7 days", "30 minutes". */
const DURATION = /\d\s*(?:天|日|小时|分钟|周|个工作日)|\d\s*(?:days?|hours?|minutes?|weeks?|business days)\b/;

/** The kinds a query asks, as indexes into the kinds above. */
export function questionKinds(query: string): number[] {
	return KINDS.flatMap((re, k) => (re.test(query) ? [k] : []));
}

/** Whether a passage's title asks (or, for "how long", answers) one of the asked kinds. */
export function titleAsks(kinds: number[], title: string): boolean {
	const t = title.normalize('NFKC').toLowerCase();
	return kinds.some((k) => KINDS[k].test(t) || (k === 1 && DURATION.test(t)));
}
