/**
 * The kind of question a query asks (src/lib/query/kind.ts): where, how long, which, can it be
 * undone. Of the passages holding a question's words, the one whose title asks the same kind of
 * question answers it; "how long" asked of a metric asks for its window (rank-answer.ts).
 */
import { describe, expect, it } from 'vitest';
import { SiteSearchEngine, type PageData, type PagefindApi } from '../../src/lib/query/engine';
import { HOW_LONG, questionKinds, titleAsks } from '../../src/lib/query/kind';
import { parseQuery, type Lexicon } from '../../src/lib/query/parse';
import { aspectPassages, withAskedAspect } from '../../src/lib/query/rank-answer';
import { withSellerWords } from '../../src/lib/query/seller-words';
import { STOP_WORDS } from '../../src/lib/query/stopwords';
import { vocabularyFromTerms } from '../../src/lib/query/vocabulary';
import { t2sMap } from '../../src/lib/query/convert';

const VOCABULARY = withSellerWords(
	vocabularyFromTerms([
		{ id: 'cancellation-rate', zh: '取消率', en: 'Cancellation Rate', usage: { page: 'cancellation-rate', block: 'formula' } },
		{ id: 'auto-cancellation', zh: '自动取消', en: 'automatic cancellation', usage: { page: 'cancellation-rate', block: 'counted-auto-cancellations' } },
	]),
	[
		{ means: 'window', names: { zh: '统计周期', en: 'window' }, passage: 'cancellation-rate#window', aspect: 'window', zh: ['考核期'], en: ['period'] },
		{ means: 'target', names: { zh: '目标', en: 'target' }, passage: 'cancellation-rate#target', aspect: 'target', zh: ['上限'], en: ['limit'] },
	],
);
const LEXICON: Lexicon = { vocabulary: VOCABULARY, stop: STOP_WORDS, t2s: t2sMap('裡里幾几') };
const kinds = (q: string) => questionKinds(parseQuery(q, LEXICON).query);

describe('the kind of question', () => {
	it('is read from the question words in both languages, Traditional ones as Simplified', () => {
		expect([kinds('后台哪里能看到取消率'), kinds('在哪裡看取消率'), kinds('where is my cancellation rate shown')]).toEqual([[0], [0], [0]]);
		expect([kinds('取消率看最近幾天'), kinds('how many days of orders count')]).toEqual([[HOW_LONG], [HOW_LONG]]);
		expect([kinds('缺货取消选哪个原因'), kinds('which reason do I pick')]).toEqual([[2], [2]]);
		expect([kinds('取消的订单能恢复吗'), kinds('can I undo a cancellation'), kinds('how to reverse an order cancellation')]).toEqual([[3], [3], [3]]);
		expect([kinds('取消率怎么算'), kinds('what is the cancellation rate'), kinds('somewhere')]).toEqual([[], [], []]);
	});

	it('is asked by a title asking the same, and "how long" answered by a title stating a length of time', () => {
		expect(titleAsks([0], '在卖家平台哪里看取消率？')).toBe(true);
		expect(titleAsks([0], 'Where in Seller Central do I see my Cancellation Rate?')).toBe(true);
		expect(titleAsks([0], '取消率太高怎么办？')).toBe(false);
		expect(titleAsks([HOW_LONG], '取消率按过去 7 天计算。')).toBe(true);
		expect(titleAsks([HOW_LONG], 'The rate is measured over the past 7 days.')).toBe(true);
		expect(titleAsks([HOW_LONG], '目标是取消率低于 2.5%。')).toBe(false);
	});
});

/** Two passages holding the same words as often: a question and a statement. */
const page: PageData = {
	url: '/marketplaces/',
	meta: { title: '各站点' },
	anchors: [
		{ id: 'says-rate', element: 'details', title: '取消率包括哪些订单？', location: 0 },
		{ id: 'where-rate', element: 'details', title: '在卖家平台哪里看取消率？', location: 40 },
	],
	word_count: 80,
	sub_results: ['says-rate', 'where-rate'].map((id, i) => ({
		url: `/marketplaces/#${id}`,
		title: id,
		excerpt: '<mark>取消率</mark>',
		locations: [i * 40 + 5],
		weighted_locations: [{ weight: 1, balanced_score: 512, location: i * 40 + 5 }],
		anchor: { id, element: 'details', location: i * 40 },
	})),
};

const fake = (pages: PageData[]): PagefindApi => ({
	async search(term) {
		return { results: (term === null ? [] : pages).map((p, i) => ({ id: `zh-cn_${i}`, score: 1, data: async () => p })) };
	},
});

const order = async (q: string) => (await new SiteSearchEngine(fake([page]), LEXICON).ask(q, { lang: 'zh', base: '/' })).hits.map((h) => h.url.replace(/\?[^#]*/, ''));

describe('ranking by the kind of question', () => {
	it('puts the passage whose title asks "where" first for a where-question, and only then', async () => {
		expect(await order('后台哪里能看到取消率')).toEqual(['/marketplaces/#where-rate', '/marketplaces/#says-rate']);
		expect(await order('取消率')).toEqual(['/marketplaces/#says-rate', '/marketplaces/#where-rate']);
	});
});

describe('a rate given as a number', () => {
	it('asks how it stands against the metric’s target, in both languages, only of a metric', () => {
		for (const q of ['仪表盘上取消率显示 3%', '取消率百分之三', 'my cancellation rate is 4 percent']) {
			expect([q, [...aspectPassages(withAskedAspect(parseQuery(q, LEXICON), VOCABULARY)).keys()]]).toEqual([q, ['cancellation-rate#target']]);
		}
		expect(withAskedAspect(parseQuery('3% 的订单自动取消', LEXICON), VOCABULARY).terms.some((t) => t.aspect)).toBe(false);
	});
});

describe('"how long" asked of a metric', () => {
	it('asks for the metric’s window, searching nothing more', () => {
		const plan = withAskedAspect(parseQuery('取消率看最近几天', LEXICON), VOCABULARY);
		const window = plan.terms.find((t) => t.concept === 'window')!;
		expect(window.forms).toEqual([]);
		expect([...aspectPassages(plan).keys()]).toEqual(['cancellation-rate#window']);
	});

	it('asks nothing more of what is no metric (how many days until an automatic cancellation), nor when an aspect is named', () => {
		expect(withAskedAspect(parseQuery('多少天自动取消', LEXICON), VOCABULARY).terms.map((t) => t.concept ?? t.text)).toEqual(['天', 'auto-cancellation']);
		expect(withAskedAspect(parseQuery('取消率考核期几天', LEXICON), VOCABULARY).terms.filter((t) => t.aspect).length).toBe(1);
	});
});
