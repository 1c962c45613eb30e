/**
 * The query layer (src/lib/query/): what a seller's query becomes before it reaches the index,
 * and how hits from both languages' indexes become results on the reader's own locale page.
 */
import { describe, expect, it } from 'vitest';
import { SiteSearchEngine, type PageData, type PagefindApi } from '../../src/lib/query/engine';
import { MAX_QUERY_CHARS, MAX_TERMS, normalizeQuery, parseQuery, type Lexicon } from '../../src/lib/query/parse';
import { passageScore, termWeight } from '../../src/lib/query/rank';
import { STOP_WORDS } from '../../src/lib/query/stopwords';
import { parseVocabulary, vocabularyFromTerms, type Vocabulary } from '../../src/lib/query/vocabulary';

/** A few glossary terms as the glossary writes them (src/content/aligned/glossary.yaml). */
const VOCABULARY: Vocabulary = vocabularyFromTerms([
	{ id: 'cancellation-rate', zh: '取消率', en: 'Cancellation Rate', aliases: { zh: ['CR'], en: ['CR', 'cancel rate'] }, usage: { page: 'cancellation-rate', block: 'formula' } },
	{ id: 'order-defect-rate', zh: '订单缺陷率', en: 'Order Defect Rate', aliases: { zh: ['ODR'], en: ['ODR'] } },
	{ id: 'deactivation', zh: '停用', en: 'deactivation', aliases: { zh: ['封号', '封店'], en: ['suspension'] } },
	{ id: 'buyer-requested-cancellation', zh: '买家请求取消', en: 'buyer-requested cancellation', aliases: { zh: ['买家要求取消'], en: [] } },
	{ id: 'stock-out', zh: '缺货', en: 'stock-out', aliases: { zh: ['断货'], en: ['out of stock'] } },
]);
/** With the question words the build publishes (stopwords.ts). */
const LEXICON: Lexicon = { vocabulary: VOCABULARY, stop: STOP_WORDS };

const terms = (q: string) => parseQuery(q, LEXICON).terms.map((t) => t.concept ?? t.text);

describe('normalising a query', () => {
	it('folds full-width letters, digits and punctuation, and case', () => {
		expect(normalizeQuery('ＯＤＲ　目标２．５％？').text).toBe('odr 目标2.5%?');
		expect(normalizeQuery('  Buy   BOX ').text).toBe('buy box');
	});

	it('reads full-width input as the same terms', () => {
		expect(terms('ＯＤＲ是多少？')).toEqual(terms('ODR是多少?'));
		expect(terms('ＯＤＲ是多少？')).toEqual(['order-defect-rate']);
	});
});

describe('question words and particles', () => {
	it('are dropped in Chinese', () => {
		expect(terms('为什么要及时更新库存')).toEqual(['及时', '更新', '库存']);
		expect(terms('订单被取消了会影响什么')).toEqual(['订单', '取消', '影响']);
	});

	it('are dropped in English', () => {
		expect(terms('how do I avoid stock-outs')).toEqual(['avoid', 'stock-out']);
		expect(terms('what counts as a seller cancellation')).toEqual(['counts', 'seller', 'cancellation']);
	});

	it('drop reflexive pronouns, which no passage holds and the nearest site word would misread (himself → itself)', () => {
		expect(terms('the buyer cancelled the order himself')).toEqual(['buyer', 'cancelled', 'order']);
		expect(terms('we cancelled it ourselves')).toEqual(['cancelled']);
	});

	it('puts back a word the general dictionary cut into characters', () => {
		// Intl.Segmenter splits 买家 into 买 | 家.
		expect(terms('买家自己取消的订单算不算')).toEqual(['买家', '取消', '订单']);
	});

	it('puts single characters back together two at a time, not into the next word (买 | 家 | 发 of 买家发消息)', () => {
		expect(terms('买家发消息')).toEqual(['买家', '发', '消息']);
	});
});

describe('synonyms and abbreviations from the glossary', () => {
	it('finds a term by its everyday name and searches the site’s names for it', () => {
		const [term] = parseQuery('取消率太高会封号吗', LEXICON).terms.filter((t) => t.concept === 'deactivation');
		expect(term.forms).toEqual(['停用', 'deactivation', '封号']);
	});

	it('expands abbreviations in either language', () => {
		expect(parseQuery('LSR ODR', LEXICON).terms.map((t) => t.forms)).toEqual([['lsr'], ['订单缺陷率', 'order defect rate', 'odr']]);
		expect(terms('cancel rate 怎么算')).toEqual(['cancellation-rate']);
	});

	it('matches the longest name first, and English names only as whole words', () => {
		expect(terms('买家要求取消订单')).toEqual(['buyer-requested-cancellation', '订单']);
		expect(terms('credit odrs')).toEqual(['credit', 'order-defect-rate']);
		expect(terms('crowd')).toEqual(['crowd']);
	});

	it('carries the passage the glossary links a term to', () => {
		expect(parseQuery('CR', LEXICON).terms[0].usage).toBe('cancellation-rate#formula');
	});

	it('highlights the words typed and the site’s names for them, longest first', () => {
		expect(parseQuery('断货怎么办', LEXICON).highlight).toEqual(['stock-out', '断货', '缺货']);
	});

	it('highlights Chinese words typed together as one phrase, and words apart as they were', () => {
		expect(parseQuery('反复检查', LEXICON).highlight).toEqual(['反复检查', '反复', '检查']);
		expect(parseQuery('订单被取消了', LEXICON).highlight).toEqual(['订单', '取消']);
	});
});

describe('queries with nothing to search', () => {
	it.each(['', '   ', '？？！', '...', '怎么办？', 'what is it?'])('%j has no terms', (q) => {
		const plan = parseQuery(q, LEXICON);
		expect(plan.terms).toEqual([]);
		expect(plan.truncated).toBe(false);
	});
});

describe('a long paste', () => {
	const paste = '您好，买家要求取消订单，我们的库存同步出了问题，请问这样会不会影响取消率？'.repeat(60) + 'ODR';

	it('is cut at the cap and says so', () => {
		expect([...paste].length).toBeGreaterThan(MAX_QUERY_CHARS);
		const plan = parseQuery(paste, LEXICON);
		expect(plan.truncated).toBe(true);
		expect([...plan.query].length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
		// ODR came after the cap.
		expect(plan.terms.map((t) => t.concept)).not.toContain('order-defect-rate');
	});

	it('searches a bounded number of terms', () => {
		const words = Array.from({ length: 100 }, (_, i) => `word${i}`).join(' ');
		const plan = parseQuery(words, LEXICON);
		expect(plan.terms).toHaveLength(MAX_TERMS);
		expect(plan.omitted).toBe(100 - MAX_TERMS);
	});

	it('at exactly the cap is not cut', () => {
		expect(parseQuery('a'.repeat(MAX_QUERY_CHARS), LEXICON).truncated).toBe(false);
		expect(parseQuery('a'.repeat(MAX_QUERY_CHARS + 1), LEXICON).truncated).toBe(true);
	});
});

describe('the vocabulary file', () => {
	it('keeps the site’s name first, then the aliases, without blanks or repeats', () => {
		expect(vocabularyFromTerms([{ id: 'x', zh: '甲', en: 'A', aliases: { zh: ['乙', ' ', '甲'], en: ['a2'] } }])).toEqual([
			{ id: 'x', zh: ['甲', '乙'], en: ['A', 'a2'] },
		]);
	});

	it('drops malformed entries rather than failing', () => {
		expect(parseVocabulary({ not: 'a list' })).toEqual([]);
		expect(parseVocabulary([{ id: 'x', zh: [], en: ['A'] }, { id: 'y', zh: ['乙'], en: ['B'] }, null])).toEqual([{ id: 'y', zh: ['乙'], en: ['B'] }]);
	});
});

describe('ranking', () => {
	it('weighs a rare term more than a common one', () => {
		expect(termWeight(3)).toBeGreaterThan(termWeight(60));
	});

	it('ranks a passage holding more of the terms first', () => {
		const weights = [termWeight(10), termWeight(10)];
		const one = passageScore([{ term: 0, best: 512, count: 3 }], weights, 40);
		const both = passageScore([{ term: 0, best: 512, count: 1 }, { term: 1, best: 512, count: 1 }], weights, 40);
		expect(both).toBeGreaterThan(one);
	});

	it('ranks an exact word in a short passage over a weak match in a long one', () => {
		const weights = [termWeight(10)];
		expect(passageScore([{ term: 0, best: 512, count: 1 }], weights, 20)).toBeGreaterThan(passageScore([{ term: 0, best: 128, count: 1 }], weights, 120));
	});
});

/** A stand-in for Pagefind's API: pages per search form, as `pagefind.search(form)` returns them. */
function fakePagefind(byForm: Record<string, PageData[]>, all: { id: string; page: PageData }[]): PagefindApi {
	return {
		async search(term) {
			if (term === null) return { results: all.map(({ id, page }) => ({ id, score: 1, data: async () => page })) };
			return { results: (byForm[term] ?? []).map((page, i) => ({ id: `x${i}`, score: 1, data: async () => page })) };
		},
	};
}

const sub = (url: string, element: string, location: number, count = 1) => ({
	url,
	title: 'matched title',
	excerpt: 'a <mark>hit</mark>',
	locations: Array.from({ length: count }, (_, i) => location + i),
	weighted_locations: Array.from({ length: count }, (_, i) => ({ weight: 1, balanced_score: 512, location: location + i })),
	anchor: { id: url.split('#')[1] ?? '_top', element, location },
});

describe('results on the reader’s locale', () => {
	const zhGuideline: PageData = {
		url: '/guideline/',
		meta: { title: '避免取消订单', bilingual: '1' },
		anchors: [{ id: 'check-prices-zh', title: '反复检查提交的商品价格。', location: 10 }],
		word_count: 40,
		sub_results: [sub('/guideline/#check-prices-zh', 'div', 10)],
	};
	const enGuideline: PageData = {
		url: '/en/guideline/',
		meta: { title: 'Avoid cancelling orders', bilingual: '1' },
		anchors: [{ id: 'check-prices-en', title: 'Check and re-check price submissions.', location: 10 }],
		word_count: 40,
		sub_results: [],
	};
	const zhCalculator: PageData = { url: '/calculator/', meta: { title: '取消率计算器' }, anchors: [], word_count: 100, sub_results: [sub('/calculator/#_top', 'h1', 0)] };
	const enCalculator: PageData = { url: '/en/calculator/', meta: { title: 'Cancellation Rate calculator' }, anchors: [], word_count: 100, sub_results: [] };
	const all = [
		{ id: 'zh-cn_1', page: zhGuideline },
		{ id: 'zh-cn_2', page: zhCalculator },
		{ id: 'en_1', page: enGuideline },
		{ id: 'en_2', page: enCalculator },
	];

	it('opens a passage found in the other language at its twin, titled in the reader’s language', async () => {
		const engine = new SiteSearchEngine(fakePagefind({ integrator: [zhGuideline] }, all));
		const { hits, complete } = await engine.search(parseQuery('integrator', LEXICON), { lang: 'en', base: '/' });
		expect(complete).toBe(true);
		expect(hits).toHaveLength(1);
		expect(hits[0]).toMatchObject({
			title: 'Check and re-check price submissions.',
			pageTitle: 'Avoid cancelling orders',
			matchLang: 'zh',
			excerpt: 'a <mark>hit</mark>',
		});
		const url = new URL(hits[0].url, 'http://site');
		expect(url.pathname + url.hash).toBe('/en/guideline/#check-prices-en');
		expect(url.searchParams.getAll('pagefind-highlight')).toEqual(['integrator']);
	});

	it('opens any other page in the reader’s locale, with that page’s title', async () => {
		const engine = new SiteSearchEngine(fakePagefind({ calculator: [zhCalculator] }, all));
		const { hits } = await engine.search(parseQuery('calculator', LEXICON), { lang: 'en', base: '/' });
		expect(hits.map((h) => [h.url.replace(/\?[^#]*/, ''), h.title])).toEqual([['/en/calculator/', 'Cancellation Rate calculator']]);
	});

	it('keeps a passage in the reader’s language as it is', async () => {
		const engine = new SiteSearchEngine(fakePagefind({ integrator: [zhGuideline] }, all));
		const { hits } = await engine.search(parseQuery('integrator', LEXICON), { lang: 'zh', base: '/' });
		expect(hits.map((h) => [h.url.replace(/\?[^#]*/, ''), h.title, h.matchLang])).toEqual([['/guideline/#check-prices-zh', 'matched title', 'zh']]);
	});

	it('shows a passage both languages hold in the reader’s language, whichever scores a little higher', async () => {
		const twin = (page: PageData, count: number): PageData => ({ ...page, sub_results: [sub(page.anchors![0].id === 'check-prices-zh' ? '/guideline/#check-prices-zh' : '/en/guideline/#check-prices-en', 'div', 10, count)] });
		for (const [zhCount, enCount] of [[1, 2], [2, 1]]) {
			const engine = (lang: 'zh' | 'en') =>
				new SiteSearchEngine(fakePagefind({ integrator: [twin(zhGuideline, zhCount), twin(enGuideline, enCount)] }, all)).search(parseQuery('integrator', LEXICON), { lang, base: '/' });
			for (const lang of ['zh', 'en'] as const) {
				const { hits } = await engine(lang);
				expect(hits.map((h) => [h.url.replace(/\?[^#]*/, ''), h.matchLang])).toEqual([[`${lang === 'en' ? '/en' : ''}/guideline/#check-prices-${lang}`, lang]]);
			}
		}
	});

	it('says when no passage holds every term, and still lists those holding some', async () => {
		const engine = new SiteSearchEngine(fakePagefind({ integrator: [zhGuideline] }, all));
		const answer = await engine.search(parseQuery('integrator mars', LEXICON), { lang: 'zh', base: '/' });
		expect(answer.complete).toBe(false);
		expect(answer.hits).toHaveLength(1);
		expect(answer.hits[0].terms).toEqual([0]);
	});

	it('answers an empty plan without searching', async () => {
		const engine = new SiteSearchEngine({
			search: () => {
				throw new Error('searched');
			},
		});
		expect(await engine.search(parseQuery('？', LEXICON), { lang: 'zh', base: '/' })).toMatchObject({ hits: [], complete: false });
	});
});
