/**
 * Ranking rules that hold for any question (src/lib/query/): what a passage's own title says, which
 * heading a passage stands under, how long a passage really is, and which words of a long question
 * are searched.
 */
import { describe, expect, it } from 'vitest';
import { passageLength } from '../../src/lib/query/collect';
import { SiteSearchEngine, type PageData, type PagefindApi } from '../../src/lib/query/engine';
import { MAX_TERMS, parseQuery, type Lexicon } from '../../src/lib/query/parse';
import { titleNames } from '../../src/lib/query/title';
import { STOP_WORDS } from '../../src/lib/query/stopwords';
import { vocabularyFromTerms, type Vocabulary } from '../../src/lib/query/vocabulary';

const VOCABULARY: Vocabulary = vocabularyFromTerms([
	{ id: 'seller-central', zh: '卖家平台', en: 'Seller Central' },
	{ id: 'stock-out', zh: '缺货', en: 'stock-out' },
]);
/** With the question words the build publishes (stopwords.ts). */
const LEXICON: Lexicon = { vocabulary: VOCABULARY, stop: STOP_WORDS };

function fakePagefind(byForm: Record<string, PageData[]>): PagefindApi {
	return {
		async search(term) {
			return { results: (term === null ? [] : (byForm[term] ?? [])).map((page, i) => ({ id: `x${i}`, score: 1, data: async () => page })) };
		},
	};
}

/** A sub-result holding the searched word `count` times from `location`. */
const sub = (url: string, element: string, location: number, title: string, count = 1) => ({
	url,
	title,
	excerpt: 'a <mark>hit</mark>',
	locations: Array.from({ length: count }, (_, i) => location + i),
	weighted_locations: Array.from({ length: count }, (_, i) => ({ weight: 1, balanced_score: 512, location: location + i })),
	anchor: { id: url.split('#')[1], element, location },
});

const order = async (page: PageData, query: string) =>
	(await new SiteSearchEngine(fakePagefind(Object.fromEntries(parseQuery(query, LEXICON).terms.flatMap((t) => t.forms.map((f) => [f, [page]])))), LEXICON).search(parseQuery(query, LEXICON), { lang: 'zh', base: '/' })).hits.map((h) => h.url.replace(/\?[^#]*/, ''));

describe('a passage’s own title', () => {
	it('names a Chinese term as written, spaces aside, and not a part of it', () => {
		expect(titleNames('在卖家平台哪里看取消率？', '卖家平台')).toBe(true);
		expect(titleNames('在 卖家 平台 哪里看', '卖家平台')).toBe(true);
		expect(titleNames('卖家常问', '卖家平台')).toBe(false);
	});

	it('names an English term word by word, inflected or not', () => {
		expect(titleNames('Where in Seller Central do I see my Cancellation Rate?', 'seller central')).toBe(true);
		expect(titleNames('Cancellations the seller makes', 'seller cancellation')).toBe(true);
		expect(titleNames('Sellers ask', 'seller central')).toBe(false);
	});

	it('ranks the passage whose title names the term above one that only mentions it as often', async () => {
		const page: PageData = {
			url: '/faq/',
			meta: { title: 'FAQ' },
			anchors: [
				{ id: 'mentions', element: 'details', title: '取消率太高怎么办？', location: 0 },
				{ id: 'about-it', element: 'details', title: '在卖家平台哪里看取消率？', location: 40 },
			],
			word_count: 80,
			// 卖家平台 is two words of the index (卖家 平台), both in each passage.
			sub_results: [sub('/faq/#mentions', 'details', 10, '取消率太高怎么办？', 2), sub('/faq/#about-it', 'details', 50, '在卖家平台哪里看取消率？', 2)],
		};
		expect(await order(page, '卖家平台')).toEqual(['/faq/#about-it', '/faq/#mentions']);
	});
});

describe('the heading above a passage', () => {
	const page = (headings: { id: string; title: string; at: number; matched: boolean }[]): PageData => ({
		url: '/guideline/',
		meta: { title: '指南', bilingual: '1' },
		anchors: [
			...headings.map((h) => ({ id: h.id, element: 'h2', text: h.title, location: h.at })),
			{ id: 'first-zh', element: 'div', title: '第一段。', location: 5 },
			{ id: 'second-zh', element: 'div', title: '第二段。', location: 25 },
		],
		word_count: 50,
		sub_results: [
			// Three hits each: Intl.Segmenter cuts 卖家平台 into three words, all of which Pagefind marks.
			...headings.filter((h) => h.matched).map((h) => sub(`/guideline/#${h.id}`, 'h2', h.at, h.title, 3)),
			sub('/guideline/#first-zh', 'div', 6, '第一段。', 3),
			sub('/guideline/#second-zh', 'div', 26, '第二段。', 3),
		],
	});

	it('is credited with a term only when its own words name it (卖家常问 is no heading on 卖家平台)', async () => {
		// Pagefind matches 卖家 of 卖家常问 for 卖家平台: no reason to put the second passage first.
		const headings = [
			{ id: 'one', title: '第一部分', at: 0, matched: false },
			{ id: 'two', title: '卖家常问', at: 20, matched: true },
		];
		expect(await order(page(headings), '卖家平台')).toEqual(['/guideline/#first-zh', '/guideline/#second-zh']);
	});

	it('is the nearest heading above, even one that names nothing', async () => {
		const headings = [
			{ id: 'one', title: '卖家平台', at: 0, matched: true },
			{ id: 'two', title: '第二部分', at: 20, matched: false },
		];
		// Only the first passage stands under the heading naming the term; the second stands under another.
		const answer = await new SiteSearchEngine(fakePagefind({ 卖家平台: [page(headings)] }), LEXICON).search(parseQuery('卖家平台', LEXICON), { lang: 'zh', base: '/' });
		const [first, second] = answer.hits;
		expect(first.url).toMatch(/#first-zh$/);
		expect(first.score).toBeGreaterThan(second.score + 0.5);
	});
});

describe('a passage’s length', () => {
	it('runs to the next anchor that starts a result, past ids inside it (a FAQ answer’s language block)', () => {
		const page: PageData = {
			url: '/marketplaces/',
			meta: {},
			anchors: [
				{ id: 'q1', element: 'details', title: '问题一？', location: 10 },
				{ id: 'q1-zh', element: 'div', location: 22 },
				{ id: 'q2', element: 'details', title: '问题二？', location: 160 },
			],
			word_count: 300,
			sub_results: [],
		};
		expect(passageLength(page, sub('/marketplaces/#q1', 'details', 30, '问题一？'))).toBe(150);
	});

	it('ends at a heading', () => {
		const page: PageData = { url: '/p/', meta: {}, anchors: [{ id: 'a', element: 'div', title: 'A', location: 0 }, { id: 'h', element: 'h2', location: 30 }], word_count: 90, sub_results: [] };
		expect(passageLength(page, sub('/p/#a', 'div', 1, 'A'))).toBe(30);
	});
});

describe('the words of a long question', () => {
	it('keeps concepts and words over lone characters and numbers when there are too many', () => {
		const terms = parseQuery('1 2 3 4 5 6 7 8 9 inventory update 缺货', LEXICON).terms.map((t) => t.concept ?? t.text);
		expect(terms).toHaveLength(MAX_TERMS);
		expect(terms).toEqual(expect.arrayContaining(['inventory', 'update', 'stock-out']));
		// The order typed is kept.
		expect(terms.slice(-3)).toEqual(['inventory', 'update', 'stock-out']);
	});

	it('keeps a Chinese word over single characters', () => {
		const terms = parseQuery('多 里 单 件 个 次 天 周 月 年 处理', LEXICON).terms.map((t) => t.text);
		expect(terms).toContain('处理');
	});

	it('keeps the words the site writes over English words it never writes, and of equals the later ones, where the question is asked', () => {
		const lexicon: Lexicon = { ...LEXICON, words: ['inventory', 'channels', 'selling', 'update'] };
		const terms = parseQuery('we sell on shopify and woocommerce and bigcommerce and magento and squarespace so how often should inventory update across channels', lexicon).terms.map((t) => t.text);
		expect(terms).toHaveLength(MAX_TERMS);
		expect(terms).toEqual(expect.arrayContaining(['sell', 'inventory', 'update', 'channels']));
		// Nine words of two characters or more, one too many: the first one told gives way.
		expect(parseQuery('工厂 供货 延迟 两周 订单 发货 取消 等待 处理', LEXICON).terms.map((t) => t.text)).not.toContain('工厂');
	});

	it('searches an English word once, however inflected', () => {
		expect(parseQuery('sell sells selling', LEXICON).terms.map((t) => t.text)).toEqual(['sell']);
	});
});

describe('a passage and its twin', () => {
	const guideline = (lang: 'zh' | 'en'): PageData => {
		const prefix = lang === 'en' ? '/en' : '';
		const other = lang === 'zh' ? 'update-inventory' : 'buy-box';
		return {
			url: `${prefix}/guideline/`,
			meta: { title: lang, bilingual: '1' },
			anchors: [
				{ id: `check-prices-${lang}`, element: 'div', title: `${lang} one`, location: 0 },
				{ id: `${other}-${lang}`, element: 'div', title: `${lang} two`, location: 40 },
			],
			word_count: 80,
			sub_results: [sub(`${prefix}/guideline/#check-prices-${lang}`, 'div', 10, `${lang} one`), sub(`${prefix}/guideline/#${other}-${lang}`, 'div', 50, `${lang} two`, 3)],
		};
	};

	it('hold the words of a mixed question together: the Chinese word in one, the English in the other', async () => {
		const engine = new SiteSearchEngine(fakePagefind({ 库存: [guideline('zh')], integrator: [guideline('en')] }), LEXICON);
		const { hits } = await engine.search(parseQuery('integrator 库存', LEXICON), { lang: 'zh', base: '/' });
		expect(hits[0].url.replace(/\?[^#]*/, '')).toBe('/guideline/#check-prices-zh');
		expect(hits[0].terms).toEqual([0, 1]);
	});
});

describe('a name of two words', () => {
	const lexicon: Lexicon = { ...LEXICON, vocabulary: vocabularyFromTerms([{ id: 'other-channels', zh: '其他渠道', en: 'other channels' }]) };
	const page = (lang: 'zh' | 'en', subs: { id: string; locations: number[]; excerpt: string }[]): PageData => ({
		url: lang === 'en' ? '/en/guideline/' : '/guideline/',
		meta: { title: 'guideline' },
		anchors: subs.map((x, i) => ({ id: x.id, element: 'div', title: x.id, location: i * 20 })),
		word_count: subs.length * 20,
		sub_results: subs.map((x, i) => ({ ...sub(`${lang === 'en' ? '/en' : ''}/guideline/#${x.id}`, 'div', i * 20, x.id), locations: x.locations.map((l) => i * 20 + l), weighted_locations: x.locations.map((l) => ({ weight: 1, balanced_score: 512, location: i * 20 + l })), excerpt: x.excerpt })),
	});
	const found = async (pages: Record<string, PageData[]>, lang: 'zh' | 'en') =>
		(await new SiteSearchEngine(fakePagefind(pages), lexicon).search(parseQuery('其他渠道', lexicon), { lang, base: '/' })).hits.map((h) => h.url.replace(/\?[^#]*/, '').replace(/^.*#/, '')).sort();

	it('in Chinese, is held as written in the excerpt, not by one of its words nor by two matches side by side', async () => {
		const zh = page('zh', [
			{ id: 'one-word', locations: [2], excerpt: '<mark>其他</mark>' },
			{ id: 'side-by-side', locations: [2, 3], excerpt: '<mark>其他</mark> 的 <mark>其他</mark>' },
			// Pagefind spaces out Chinese words; the index may keep the name as one word (one location).
			{ id: 'as-written', locations: [2], excerpt: '通过 <mark>其他 渠道</mark> 销售' },
		]);
		expect(await found({ 其他渠道: [zh] }, 'zh')).toEqual(['as-written']);
	});

	it('in English, is held by both words side by side, not by one of them', async () => {
		const en = page('en', [
			{ id: 'one-word', locations: [2], excerpt: '<mark>other</mark> orders' },
			{ id: 'both-words', locations: [2, 3], excerpt: 'through <mark>other</mark> <mark>channels</mark>' },
		]);
		expect(await found({ 'other channels': [en] }, 'en')).toEqual(['both-words']);
	});
});

describe('a form searched again', () => {
	it('is read from Pagefind once, with the same answer, while other forms still are read', async () => {
		const reads: string[] = [];
		const page: PageData = {
			url: '/faq/',
			meta: { title: 'FAQ' },
			anchors: [{ id: 'stock', element: 'details', title: '缺货时怎么办？', location: 0 }],
			word_count: 20,
			sub_results: [{ ...sub('/faq/#stock', 'details', 0, '缺货时怎么办？'), excerpt: '<mark>缺货</mark> 时 怎么办' }],
		};
		const pagefind: PagefindApi = {
			async search(term) {
				return { results: term === null ? [] : [{ id: 'x0', score: 1, data: async () => (reads.push(term), page) }] };
			},
		};
		const engine = new SiteSearchEngine(pagefind, LEXICON);
		const ask = async (query: string) => (await engine.search(parseQuery(query, LEXICON), { lang: 'zh', base: '/' })).hits.map((h) => h.url);
		const first = await ask('缺货');
		expect(first.length).toBeGreaterThan(0);
		const readFirst = reads.length;
		expect(readFirst).toBeGreaterThan(0);
		expect(await ask('缺货')).toEqual(first);
		expect(reads.length).toBe(readFirst);
		await ask('卖家平台');
		expect(reads.length).toBeGreaterThan(readFirst);
	});

	it('stays kept while it is asked for again, among hundreds of other forms', async () => {
		const reads: string[] = [];
		const page: PageData = { url: '/faq/', meta: { title: 'FAQ' }, anchors: [], word_count: 20, sub_results: [] };
		const engine = new SiteSearchEngine({ search: async (term) => ({ results: term === null ? [] : [{ id: 'x0', score: 1, data: async () => (reads.push(term), page) }] }) }, LEXICON);
		const ask = (query: string) => engine.search(parseQuery(query, LEXICON), { lang: 'zh', base: '/' });
		// Words of four letters the parser keeps as they are.
		const word = (i: number) => [0, 1, 2, 3].map((k) => String.fromCharCode(97 + (Math.floor(i / 26 ** k) % 26))).join('') + 'x';
		await ask('缺货');
		for (let i = 0; i < 400; i++) {
			await ask(word(i));
			if (i % 50 === 0) await ask('缺货');
		}
		await ask('缺货');
		expect(reads.filter((r) => r === '缺货')).toHaveLength(1);
		// The forms not asked for again were let go, the first of them first.
		const before = reads.length;
		await ask(word(0));
		expect(reads.length).toBe(before + 1);
	});
});
