/**
 * The built search index, queried from Node as the search dialog queries it from a Chinese
 * page and from an English page (tests/support/pagefind.ts): every key term, in either
 * language, must bring its passage among the first three, on the reader's own locale page.
 * Then what the index holds: each language once, in its own index, without interface chrome.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { LANGS, alignedDocSchema, isTextBlock, passageId, plainText, type AlignedDoc, type Lang } from '../../src/lib/aligned';
import { indexLanguages, indexedPages, siteSearch, type Fragment, type SiteSearch } from '../support/pagefind';
import { DIST, DIST_KB, ROOT } from '../support/site';

/** Every aligned document; each is rendered on the page of the same name in both locales. */
const DOCS = ['guideline', 'faq', 'cancellation-rate', 'related-metrics', 'glossary'] as const;
type DocName = (typeof DOCS)[number];
/** The published article: its passages are quoted verbatim, so each must be indexed exactly once. */
const ARTICLE: DocName[] = ['guideline', 'faq'];

const docs = Object.fromEntries(
	DOCS.map((name) => [
		name,
		alignedDocSchema.parse(yaml.load(readFileSync(join(ROOT, 'src/content/aligned', `${name}.yaml`), 'utf8'))),
	]),
) as Record<DocName, AlignedDoc>;

/** A query, the document and anchor (from src/content/aligned/*.yaml) it must find. */
interface Case {
	q: string;
	doc: DocName;
	anchor: string;
}

const CASES: Case[] = [
	// Chinese: the words sellers search for, and phrases from each passage.
	{ q: '缺货', doc: 'guideline', anchor: 'update-inventory-zh' },
	{ q: '缺货', doc: 'guideline', anchor: 'cancel-only-on-buyer-request-zh' },
	// A seller typing the bare term wants it explained: the reference page's formula, not the
	// FAQ question that mentions it (that one is found by 信誉度 and 订单取消率为何会影响).
	{ q: '取消率', doc: 'cancellation-rate', anchor: 'formula-zh' },
	{ q: '购买按钮', doc: 'guideline', anchor: 'buy-box-stock-zh' },
	{ q: '预计配送时间', doc: 'guideline', anchor: 'cancel-early-zh' },
	{ q: '预计配送时间', doc: 'guideline', anchor: 'update-inventory-zh' },
	{ q: '集成商', doc: 'guideline', anchor: 'check-prices-zh' },
	{ q: '信誉度', doc: 'faq', anchor: 'why-cancellation-rate-affects-performance' },
	{ q: '致歉', doc: 'guideline', anchor: 'cancel-early-zh' },
	{ q: '商品价格', doc: 'guideline', anchor: 'check-prices-zh' },
	// Not the bare 第三方: the about page (no third-party scripts), the related-metrics note on
	// where the Chinese names come from (third-party code) and the guideline each say it once, and
	// the shorter pages rank first. A seller after the advice types the term, as the glossary has it.
	{ q: '第三方集成商', doc: 'guideline', anchor: 'check-prices-zh' },
	{ q: '库存', doc: 'guideline', anchor: 'update-inventory-zh' },
	{ q: '其他渠道', doc: 'guideline', anchor: 'update-inventory-zh' },
	// What to do with a buyer's request (cancel it as "Buyer Cancelled", which does not count) is
	// on the reference page; the guideline's rule is found by its own words.
	{ q: '买家请求', doc: 'cancellation-rate', anchor: 'buyer-cancelled-reason-zh' },
	{ q: '除非买家请求', doc: 'guideline', anchor: 'cancel-only-on-buyer-request-zh' },
	{ q: '平均水平', doc: 'faq', anchor: 'rate-above-average' },
	{ q: '根本原因', doc: 'faq', anchor: 'rate-above-average' },
	{ q: '客户满意度', doc: 'faq', anchor: 'lower-rate-raise-satisfaction' },
	{ q: '售后服务', doc: 'faq', anchor: 'lower-rate-raise-satisfaction' },
	{ q: '搜索结果排序', doc: 'faq', anchor: 'why-cancellation-rate-affects-performance' },
	{ q: '订单取消率为何会影响', doc: 'faq', anchor: 'why-cancellation-rate-affects-performance' },
	// The reference pages and the glossary.
	{ q: '自动取消', doc: 'cancellation-rate', anchor: 'counted-auto-cancellations-zh' },
	{ q: '横幅', doc: 'cancellation-rate', anchor: 'buyer-cancelled-reason-zh' },
	{ q: '迟发率', doc: 'related-metrics', anchor: 'metrics-table-zh' },
	{ q: '配送前取消率', doc: 'related-metrics', anchor: 'pfcr-is-cr-zh' },
	{ q: '行动计划', doc: 'cancellation-rate', anchor: 'above-target-consequences-zh' },
	// The glossary weighs a quarter (Glossary.astro): it comes first for words only it explains.
	{ q: '术语', doc: 'glossary', anchor: 'glossary-intro-zh' },
	{ q: '发卡银行', doc: 'glossary', anchor: 'chargeback-zh' },
	// English.
	{ q: 'stock-outs', doc: 'guideline', anchor: 'update-inventory-en' },
	{ q: 'stock-outs', doc: 'guideline', anchor: 'cancel-only-on-buyer-request-en' },
	{ q: 'Buy Box', doc: 'guideline', anchor: 'buy-box-stock-en' },
	{ q: 'integrator', doc: 'guideline', anchor: 'check-prices-en' },
	{ q: 'price errors', doc: 'guideline', anchor: 'check-prices-en' },
	{ q: 'apology', doc: 'guideline', anchor: 'cancel-early-en' },
	{ q: 'expected ship date', doc: 'guideline', anchor: 'cancel-early-en' },
	{ q: 'inventory multiple times per day', doc: 'guideline', anchor: 'update-inventory-en' },
	// As 买家请求: the reference passage on handling the request; the guideline's rule by its words.
	{ q: 'buyer request', doc: 'cancellation-rate', anchor: 'buyer-cancelled-reason-en' },
	{ q: 'unless requested to do so by buyers', doc: 'guideline', anchor: 'cancel-only-on-buyer-request-en' },
	{ q: 'steps to improve', doc: 'guideline', anchor: 'steps-to-improve-en' },
	{ q: 'reputation', doc: 'faq', anchor: 'why-cancellation-rate-affects-performance' },
	{ q: 'search results ranking', doc: 'faq', anchor: 'why-cancellation-rate-affects-performance' },
	{ q: 'above the overall average', doc: 'faq', anchor: 'rate-above-average' },
	{ q: 'root cause', doc: 'faq', anchor: 'rate-above-average' },
	{ q: 'customer satisfaction', doc: 'faq', anchor: 'lower-rate-raise-satisfaction' },
	{ q: 'after-sales service', doc: 'faq', anchor: 'lower-rate-raise-satisfaction' },
	{ q: 'banner', doc: 'cancellation-rate', anchor: 'buyer-cancelled-reason-en' },
	{ q: 'Late Shipment Rate', doc: 'related-metrics', anchor: 'metrics-table-en' },
	{ q: 'Pre-fulfillment Cancel Rate', doc: 'related-metrics', anchor: 'pfcr-is-cr-en' },
	{ q: 'Plan of Action', doc: 'cancellation-rate', anchor: 'above-target-consequences-en' },
	{ q: 'card issuer', doc: 'glossary', anchor: 'chargeback-en' },
	// Stemming, from either page: "inventory" is indexed as "inventori", which Chinese pages
	// missed while their index ran without the English stemmer (integrations/pagefind-stemming.mjs).
	{ q: 'inventory', doc: 'guideline', anchor: 'update-inventory-en' },
	{ q: 'apologize', doc: 'guideline', anchor: 'cancel-early-en' },
];

const isHan = /\p{Script=Han}/u;

/**
 * The text of the passage an anchor names: a paragraph's, a question with its answer, a
 * glossary term with its definition.
 */
function passageText(c: Case): { lang: Lang; text: string } {
	for (const block of docs[c.doc].blocks.filter(isTextBlock)) {
		for (const lang of LANGS) {
			if (passageId(block.id, lang) === c.anchor) {
				const definition = block.kind === 'term' ? ` ${plainText(block.definition[lang])}` : '';
				return { lang, text: plainText(block[lang]) + definition };
			}
		}
		if (block.kind === 'question' && block.id === c.anchor) {
			const lang = isHan.test(c.q) ? 'zh' : 'en';
			return { lang, text: `${plainText(block[lang])} ${plainText(block.answer[lang])}` };
		}
	}
	throw new Error(`No passage "${c.anchor}" in ${c.doc}.yaml`);
}

describe('the query table itself', () => {
	it('has at least 30 queries, in both languages', () => {
		const queries = new Set(CASES.map((c) => c.q));
		expect(queries.size).toBeGreaterThanOrEqual(30);
		expect([...queries].filter((q) => isHan.test(q)).length).toBeGreaterThanOrEqual(15);
		expect([...queries].filter((q) => !isHan.test(q)).length).toBeGreaterThanOrEqual(15);
	});

	it.each(CASES)('$q is in the text of $doc#$anchor', (c) => {
		const { text } = passageText(c);
		if (isHan.test(c.q)) {
			expect(text).toContain(c.q);
		} else {
			// Whole query words, or their stem for an inflected form.
			for (const word of c.q.toLowerCase().split(/\s+/)) {
				expect(text.toLowerCase()).toContain(word.slice(0, Math.max(5, word.length - 3)));
			}
		}
	});
});

const pageOf = (base: string, ui: Lang, c: Case) => `${base}${ui === 'en' ? 'en/' : ''}${c.doc}/`;
const withoutQuery = (url: string) => url.replace(/\?[^#]*/, '');

describe.each(LANGS)('searching from a page in %s', (ui) => {
	let search: SiteSearch;
	beforeAll(async () => {
		search = await siteSearch(DIST, '/', ui);
	});

	it.each(CASES)('$q finds $doc#$anchor among the first three passages', async (c) => {
		const passages = (await search.passages(c.q)).map(withoutQuery);
		expect(passages.slice(0, 3)).toContain(`${pageOf('/', ui, c)}#${c.anchor}`);
	});

	it('names the language of results in the other language, and only of those', async () => {
		const [zhFirst] = await search.search('集成商');
		const [enFirst] = await search.search('integrator');
		const other = ui === 'zh' ? enFirst : zhFirst;
		const own = ui === 'zh' ? zhFirst : enFirst;
		expect(other.meta.Language).toBe(ui === 'zh' ? 'English' : 'Chinese');
		expect(own.meta.Language).toBeUndefined();
		expect(Object.keys(own.meta)).toEqual(['title']);
	});

	it('carries the words as typed to the page it opens', async () => {
		const [first] = await search.search('预计配送时间');
		const url = new URL(first.sub_results.find((s) => s.url.includes('#'))!.url, 'http://site');
		expect(url.searchParams.getAll('pagefind-highlight')).toEqual(['预计配送时间']);
	});
});

describe('under a base path', () => {
	it.each(LANGS)('from a page in %s, results link inside /kb/', async (ui) => {
		const search = await siteSearch(DIST_KB, '/kb/', ui);
		for (const c of [CASES.find((x) => x.q === '集成商')!, CASES.find((x) => x.q === 'reputation')!]) {
			const passages = (await search.passages(c.q)).map(withoutQuery);
			expect(passages.slice(0, 3)).toContain(`${pageOf('/kb/', ui, c)}#${c.anchor}`);
		}
	});
});

describe('what the index holds', () => {
	const pages: Record<string, Fragment[]> = {};
	beforeAll(async () => {
		pages['zh-cn'] = await indexedPages(DIST, 'zh-cn');
		pages.en = await indexedPages(DIST, 'en');
	});
	/** Everything of a page a reader can find or see in results. */
	const visible = (p: Fragment) =>
		[p.content, ...Object.values(p.meta), ...p.anchors.map((a) => a.title ?? '')].join('\n');

	it('has one index per site language and no other', async () => {
		expect(Object.keys(await indexLanguages(DIST)).sort()).toEqual(['en', 'zh-cn']);
	});

	it('indexes each page under its own language, once', () => {
		const zhUrls = pages['zh-cn'].map((p) => p.url);
		const enUrls = pages.en.map((p) => p.url);
		expect(zhUrls.length).toBeGreaterThan(0);
		expect(enUrls.length).toBe(zhUrls.length);
		for (const url of zhUrls) expect(url).not.toMatch(/^\/en\//);
		for (const url of enUrls) expect(url).toMatch(/^\/en\//);
		expect(new Set([...zhUrls, ...enUrls]).size).toBe(zhUrls.length + enUrls.length);
	});

	it('holds no Chinese in the English index', () => {
		for (const page of pages.en) expect({ url: page.url, han: visible(page).match(/\p{Script=Han}+/gu) }).toEqual({ url: page.url, han: null });
	});

	it('holds no English passages in the Chinese index', () => {
		for (const page of pages['zh-cn']) {
			// A Latin term inside Chinese text is fine; a sentence of English is not.
			expect({ url: page.url, run: visible(page).match(/(?:[A-Za-z’'-]+[ ,]+){7,}[A-Za-z]+/) }).toEqual({ url: page.url, run: null });
		}
	});

	it('holds each passage of the guideline and the FAQ exactly once, in its own language', () => {
		const all = [...pages['zh-cn'], ...pages.en];
		for (const doc of ARTICLE.map((name) => docs[name])) {
			// Headings are left out: a page's title and its first heading may repeat each other.
			for (const block of doc.blocks.filter(isTextBlock).filter((b) => b.kind !== 'heading')) {
				for (const lang of LANGS) {
					const texts = [block[lang], ...(block.kind === 'question' ? [block.answer[lang]] : [])];
					for (const markdown of texts) {
						const text = plainText(markdown);
						// A distinctive opening, short enough not to cross into an inline element.
						const probe = lang === 'zh' ? [...text].slice(0, 10).join('') : text.split(' ').slice(0, 5).join(' ');
						const hits = all.filter((p) => p.content.includes(probe));
						const index = lang === 'zh' ? pages['zh-cn'] : pages.en;
						expect({ probe, pages: hits.length, inOwnIndex: index.some((p) => hits.includes(p)) }).toEqual({
							probe,
							pages: 1,
							inOwnIndex: true,
						});
						expect(hits[0].content.split(probe).length - 1, probe).toBe(1);
					}
				}
			}
		}
	});

	it('makes every passage, FAQ question, table and glossary term of its language a titled sub-result', () => {
		for (const [name, doc] of Object.entries(docs)) {
			for (const [indexLang, lang, prefix] of [['zh-cn', 'zh', '/'], ['en', 'en', '/en/']] as const) {
				const page = pages[indexLang].find((p) => p.url === `${prefix}${name}/`);
				expect(page, `${prefix}${name}/`).toBeDefined();
				const titled = new Set(page!.anchors.filter((a) => a.title).map((a) => a.id));
				// An embedded calculator has no passages; its headings are the page's own.
				for (const block of doc.blocks.filter(isTextBlock)) {
					if (block.kind === 'heading') continue;
					const id = block.kind === 'question' ? block.id : passageId(block.id, lang);
					expect(titled.has(id), `${prefix}${name}/#${id}`).toBe(true);
				}
				// The other language's passages are found from their own page, not this one.
				for (const block of doc.blocks.filter(isTextBlock)) {
					expect(titled.has(passageId(block.id, lang === 'zh' ? 'en' : 'zh')), `${prefix}${name}/#${block.id}`).toBe(false);
				}
			}
		}
	});

	it('leaves interface chrome out', () => {
		const strings = ['zh-CN', 'en'].flatMap((locale) => {
			const json: Record<string, string> = JSON.parse(readFileSync(join(ROOT, 'src/content/i18n', `${locale}.json`), 'utf8'));
			return Object.entries(json)
				.filter(([key]) => /^kb\.(readingMode|passage)\./.test(key))
				.map(([, value]) => value.replace(/（?\(?\{\{lang\}\}\)?）?/, '').trim());
		});
		expect(strings).toEqual(expect.arrayContaining(['阅读模式', 'Reading mode', 'Copy link to this passage', '复制本段链接']));
		for (const page of [...pages['zh-cn'], ...pages.en]) {
			for (const s of strings) expect(visible(page), `${page.url}: ${s}`).not.toContain(s);
		}
	});

	it("leaves the calculator's interface out: its hints, prompts and messages", () => {
		const strings = ['zh-CN', 'en'].flatMap((locale) => {
			const json: Record<string, string> = JSON.parse(readFileSync(join(ROOT, 'src/content/i18n', `${locale}.json`), 'utf8'));
			return Object.entries(json)
				.filter(([key, value]) => /^kb\.calc\.(intro|privacy|prompt|noscript|openFull|err\.\w+|\w+\.hint|daily\.prompt)$/.test(key) && !value.includes('{'))
				.map(([, value]) => value);
		});
		expect(strings.length).toBeGreaterThanOrEqual(20);
		for (const page of [...pages['zh-cn'], ...pages.en]) {
			for (const s of strings) expect(visible(page), `${page.url}: ${s}`).not.toContain(s);
		}
	});
});
