/**
 * What lets search hold on questions nobody here wrote (src/lib/query/): Traditional characters
 * read as Simplified, a word that matches nothing read as its nearest site term, seller words
 * with their meaning, the asked aspect of the asked metric first, and the nearest passages
 * rather than nothing.
 */
import { describe, expect, it } from 'vitest';
import { buildT2sPairs, t2sMap, toSimplified } from '../../src/lib/query/convert';
import { SiteSearchEngine, type PageData, type PagefindApi } from '../../src/lib/query/engine';
import { correctQuery, editDistance, nearestName, nearestWord } from '../../src/lib/query/fuzzy';
import { parseQuery, type Lexicon } from '../../src/lib/query/parse';
import { aspectPassages, withSubject } from '../../src/lib/query/rank-answer';
import { sellerWordsSchema, withSellerWords } from '../../src/lib/query/seller-words';
import { STOP_WORDS } from '../../src/lib/query/stopwords';
import { understood } from '../../src/lib/query/understood';
import { vocabularyFromTerms } from '../../src/lib/query/vocabulary';

const GLOSSARY = vocabularyFromTerms([
	{ id: 'cancellation-rate', zh: '取消率', en: 'Cancellation Rate', aliases: { zh: ['CR'], en: ['CR', 'cancel rate'] }, usage: { page: 'cancellation-rate', block: 'formula' } },
	{ id: 'late-shipment-rate', zh: '迟发率', en: 'Late Shipment Rate', usage: { page: 'related-metrics', block: 'metrics-table' } },
	{ id: 'buyer-seller-messaging', zh: '买家与卖家消息服务', en: 'Buyer-Seller Messaging', usage: { page: 'cancellation-rate', block: 'message-only-request' } },
	{ id: 'formula', zh: '计算方式', en: 'formula', usage: { page: 'related-metrics', block: 'metrics-table' } },
]);
const VOCABULARY = withSellerWords(GLOSSARY, [
	{ means: 'target', names: { zh: '目标', en: 'target' }, passage: 'cancellation-rate#target', aspect: 'target', zh: ['警戒线', '上限'], en: ['ceiling', 'limit'] },
	{ means: 'buyer-seller-messaging', zh: ['买家邮件'], en: ['buyer email'] },
	{ means: 'formula', aspect: 'formula', zh: ['算法'], en: ['how calculated'] },
]);
const LEXICON: Lexicon = { vocabulary: VOCABULARY, t2s: t2sMap('訂订單单標标準准帳帐號号'), words: ['cancellation', 'inventory', 'cancel', 'rate', 'orders'], stop: STOP_WORDS };

describe('Traditional Chinese', () => {
	it('is read as Simplified before anything else', () => {
		expect(toSimplified('訂單取消率的標準', LEXICON.t2s)).toBe('订单取消率的标准');
		expect(parseQuery('訂單', LEXICON).terms.map((t) => t.text)).toEqual(['订单']);
	});

	it('is converted by a table holding only characters whose Simplified form the site holds', () => {
		const convert = (ch: string) => ({ 訂: '订', 單: '单', 龜: '龟' })[ch] ?? ch;
		expect(buildT2sPairs(new Set(['订', '单']), convert)).toBe('單单訂订');
		expect(t2sMap('訂订單单').get('單')).toBe('单');
		expect(t2sMap(42).size).toBe(0);
	});

});

describe('the nearest site term', () => {
	it('measures slips as edits, a swap of two letters as one', () => {
		expect(editDistance('cancelation', 'cancellation')).toBe(1);
		expect(editDistance('inventroy', 'inventory')).toBe(1);
		expect(editDistance('rate', 'order', 1)).toBe(2);
	});

	it('reads an English word by the nearest site word, within one edit for short words and two for long ones', () => {
		expect(nearestWord('cancelation', LEXICON.words!)).toBe('cancellation');
		expect(nearestWord('inventroy', LEXICON.words!)).toBe('inventory');
		expect(nearestWord('rats', LEXICON.words!)).toBe('rate');
		expect(nearestWord('banana', LEXICON.words!)).toBeUndefined();
		expect(nearestWord('abc', ['abd'])).toBeUndefined();
	});

	it('never reads a word as a question word, which would be dropped (goes is no slip of does)', () => {
		expect(nearestWord('goes', ['does', 'order'], STOP_WORDS.en)).toBeUndefined();
		expect(nearestWord('ordr', ['does', 'order'])).toBe('order');
	});

	it('keeps the first letter of a short word: a real word one letter away from a site word is no slip (went is not sent)', () => {
		expect(nearestWord('went', ['sent', 'order'])).toBeUndefined();
		expect(nearestWord('sennt', ['sent', 'order'])).toBe('sent');
		// Long words may differ anywhere.
		expect(nearestWord('kancellation', ['cancellation'])).toBe('cancellation');
	});

	it('reads a Chinese word by a vocabulary name the query holds but for one character inside the word', () => {
		expect(nearestName('取小率多少', 0, 3, ['取消率'])).toEqual({ from: 0, to: 3, name: '取消率' });
		// The differing character must be inside the word that matched nothing.
		expect(nearestName('取小率多少', 3, 5, ['取消率'])).toBeUndefined();
		// Two-character names are too near other words to correct to.
		expect(nearestName('取件', 0, 2, ['取消'])).toBeUndefined();
	});

	it('corrects only the words that matched nothing, and says what it changed', () => {
		const plan = parseQuery('cancelation rate 迟发律', LEXICON);
		const unmatched = plan.terms.flatMap((t, i) => (['cancelation', '律'].some((w) => t.text.includes(w)) ? [i] : []));
		const fixed = correctQuery(plan, unmatched, LEXICON)!;
		expect(fixed.text).toBe('cancellation rate 迟发率');
		expect(fixed.corrections).toEqual([
			{ from: 'cancelation', to: 'cancellation' },
			{ from: '迟发律', to: '迟发率' },
		]);
		expect(correctQuery(plan, [], LEXICON)).toBeUndefined();
	});
});

describe('seller words', () => {
	it('mean the glossary term they name, after its aliases, or a concept of their own with its passage', () => {
		expect(VOCABULARY.find((e) => e.id === 'buyer-seller-messaging')!.zh).toEqual(['买家与卖家消息服务', '买家邮件']);
		expect(VOCABULARY.find((e) => e.id === 'target')).toMatchObject({ zh: ['目标', '警戒线', '上限'], usage: 'cancellation-rate#target', glossary: false, aspect: 'target' });
		expect(parseQuery('买家邮件', LEXICON).terms[0].concept).toBe('buyer-seller-messaging');
	});

	it('may name a concept no one passage explains (what counts): searched by its names, not by a question word', () => {
		const counts = { means: 'counts', names: { zh: '计入', en: 'count' }, zh: ['算不算', '算进去'], en: ['count against'] };
		expect(sellerWordsSchema.safeParse(counts).success).toBe(true);
		expect(sellerWordsSchema.safeParse({ means: 'formula', passage: 'x#y', zh: [], en: [] }).success).toBe(false);
		const vocabulary = withSellerWords(GLOSSARY, [counts]);
		const entry = vocabulary.find((e) => e.id === 'counts')!;
		expect(entry).toEqual({ id: 'counts', zh: ['计入', '算不算', '算进去'], en: ['count', 'count against'], glossary: false });
		// 算不算 is a question word on its own; as the name of a concept it is read first, and searched by the site's names.
		const plan = parseQuery('买家取消算进去吗', { vocabulary, stop: STOP_WORDS });
		expect(plan.terms.find((t) => t.concept === 'counts')!.forms).toEqual(['计入', 'count', '算进去']);
		expect(parseQuery('买家取消算不算', { vocabulary, stop: STOP_WORDS }).terms.find((t) => t.concept === 'counts')!.forms).toEqual(['计入', 'count']);
		const answer = { plan, hits: [], complete: false };
		expect(understood(answer, vocabulary, 'en').terms).toContainEqual({ name: 'count', path: 'glossary/#counts' });
	});

	it('must mean a term the glossary has', () => {
		expect(() => withSellerWords(GLOSSARY, [{ means: 'nothing', zh: ['甲'], en: ['a'] }])).toThrow(/no glossary term/);
		expect(() => withSellerWords(GLOSSARY, [{ means: 'formula', names: { zh: '甲', en: 'a' }, passage: 'x#y', zh: [], en: [] }])).toThrow(/is a glossary term/);
	});
});

describe('the asked aspect of the asked metric', () => {
	it('is the block of the aspect on the metric’s page', () => {
		const plan = parseQuery('取消率警戒线', LEXICON);
		expect(aspectPassages(plan)).toEqual(new Map([['cancellation-rate#target', [1, 0]]]));
		expect(aspectPassages(parseQuery('迟发率上限', LEXICON)).get('related-metrics#target')).toEqual([1, 0]);
	});

	it('is asked of the site’s subject, the Cancellation Rate, when no metric is named', () => {
		const plan = withSubject(parseQuery('what is the limit', LEXICON), VOCABULARY);
		expect(plan.terms.map((t) => t.concept)).toEqual(['target', 'cancellation-rate']);
		expect(withSubject(parseQuery('迟发率上限', LEXICON), VOCABULARY).terms.map((t) => t.concept)).toEqual(['late-shipment-rate', 'target']);
	});
});

/** A page of the Cancellation Rate explained, in Chinese: the formula and target passages. */
const crPage = (subs: { id: string; location: number }[]): PageData => ({
	url: '/cancellation-rate/',
	meta: { title: '取消率详解', bilingual: '1' },
	anchors: [
		{ id: 'formula-zh', title: '取消率 = 卖家取消的订单数 ÷ 订单总数。', location: 10 },
		{ id: 'target-zh', title: '目标是取消率低于 2.5%。', location: 30 },
		{ id: 'example-zh', title: '本站举的例子。', location: 50 },
	],
	word_count: 80,
	sub_results: subs.map(({ id, location }) => ({
		url: `/cancellation-rate/#${id}`,
		title: id,
		excerpt: `<mark>取消率</mark> ${id}`,
		locations: [location],
		weighted_locations: [{ weight: 1, balanced_score: 512, location }],
		anchor: { id, element: 'div', location },
	})),
});

function fake(byForm: Record<string, PageData[]>): PagefindApi {
	return {
		async search(term) {
			return { results: (term === null ? [] : (byForm[term] ?? [])).map((page, i) => ({ id: `zh-cn_${i}`, score: 1, data: async () => page })) };
		},
	};
}

describe('asking a question', () => {
	const all = [{ id: 'formula-zh', location: 10 }, { id: 'target-zh', location: 30 }, { id: 'example-zh', location: 50 }];

	it('ranks the target first for the limit, though every passage names the rate', async () => {
		const engine = new SiteSearchEngine(fake({ 取消率: [crPage(all)], 'cancellation rate': [] }), LEXICON);
		const answer = await engine.ask('取消率上限是多少', { lang: 'zh', base: '/' });
		expect(answer.hits[0].url.replace(/\?[^#]*/, '')).toBe('/cancellation-rate/#target-zh');
		expect(answer.complete).toBe(true);
		expect(understood(answer, VOCABULARY, 'en').names).toEqual(['target']);
		expect(understood(answer, VOCABULARY, 'zh').names).toEqual(['目标']);
	});

	it('says what it searched for when it added the metric or read a word as another, not for an abbreviation', async () => {
		const engine = new SiteSearchEngine(fake({ 取消率: [crPage(all)] }), LEXICON);
		const limit = await engine.ask('what is the limit', { lang: 'en', base: '/' });
		expect(understood(limit, VOCABULARY, 'en').names).toEqual(['target', 'Cancellation Rate']);
		const cr = await engine.ask('CR', { lang: 'en', base: '/' });
		expect(understood(cr, VOCABULARY, 'en')).toEqual({ names: [], terms: [{ name: 'Cancellation Rate', path: 'glossary/#cancellation-rate' }] });
	});

	it('reads a slip as the site term and says so', async () => {
		const engine = new SiteSearchEngine(fake({ 取消率: [crPage(all)] }), LEXICON);
		const answer = await engine.ask('取小率', { lang: 'zh', base: '/' });
		expect(answer.corrections).toEqual([{ from: '取小率', to: '取消率' }]);
		expect(answer.hits.length).toBeGreaterThan(0);
		expect(understood(answer, VOCABULARY, 'zh').names).toEqual(['取消率']);
	});

	it('reads no word of a long question as another: there a word matching nothing is the seller’s story more often than a slip', async () => {
		const engine = new SiteSearchEngine(fake({ 取消率: [crPage(all)] }), LEXICON);
		expect((await engine.ask('cancelation rate', { lang: 'zh', base: '/' })).corrections).toEqual([{ from: 'cancelation', to: 'cancellation' }]);
		// Seven words, none of them left out of the search: a story already.
		const long = await engine.ask('cancelation rate supplier warehouse morning evening labels', { lang: 'zh', base: '/' });
		expect([long.plan.terms.length, long.plan.omitted]).toEqual([7, 0]);
		expect(long.corrections).toBeUndefined();
	});

	it('shows the passages holding the characters of a word no passage holds, rather than nothing', async () => {
		const engine = new SiteSearchEngine(fake({ 率: [crPage([{ id: 'formula-zh', location: 10 }])] }), LEXICON);
		const answer = await engine.ask('率龘', { lang: 'zh', base: '/' });
		expect(answer.nearest).toBe(true);
		expect(answer.complete).toBe(false);
		expect(answer.hits.map((h) => h.url.replace(/\?[^#]*/, ''))).toEqual(['/cancellation-rate/#formula-zh']);
		// The plan shown is the query as asked, not the characters searched.
		expect(answer.plan.terms.map((t) => t.text)).toEqual(['率龘']);
	});

	it('answers nothing for a word with no character on the site', async () => {
		const answer = await new SiteSearchEngine(fake({}), LEXICON).ask('龘龘', { lang: 'zh', base: '/' });
		expect(answer.hits).toEqual([]);
		expect(answer.nearest).toBeUndefined();
	});
});
