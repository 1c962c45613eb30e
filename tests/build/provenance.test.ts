/**
 * Who wrote what, as the built site shows it: every passage carries whose words it is, with a
 * visible label in the page's language inside the passage (so a deep link shows it too); the
 * FAQ's answers are the article author's, and on the English page this site's translation, in the
 * HTML and in the FAQPage JSON-LD; Amazon's words behind the rules are quoted with their language
 * and address; every page, 404 included, says the site is not Amazon's; and every string of the
 * built site that is this site's own wording passes the terminology checker.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { PROVENANCES, PUBLISHED_AS_IS } from '../../src/lib/aligned';
import { CLAIMS } from '../../src/lib/claims';
import { SOURCE_PAGES, type SourcePage } from '../../src/lib/source-pages';
import { captionProvenanceProblems, quoteLinkProblems, sourceLinkProblems } from '../support/quote-checks';
import { checkText, termsSchema } from '../../src/lib/terminology';
import { DIST, ROOT, pagePaths, readPage, select, selectAll, text } from '../support/site';

const STRINGS = {
	'zh-CN': JSON.parse(readFileSync(join(ROOT, 'src/content/i18n/zh-CN.json'), 'utf8')) as Record<string, string>,
	en: JSON.parse(readFileSync(join(ROOT, 'src/content/i18n/en.json'), 'utf8')) as Record<string, string>,
};
const TERMS = termsSchema.parse(yaml.load(readFileSync(join(ROOT, 'src/content/terms.yaml'), 'utf8')));
const ALIGNED = ['guideline', 'faq', 'cancellation-rate', 'related-metrics', 'glossary'];
const LOCALES = [
	{ prefix: '/', lang: 'zh-CN' as const },
	{ prefix: '/en/', lang: 'en' as const },
];
const alignedPaths = ALIGNED.flatMap((p) => LOCALES.map((l) => ({ path: `${l.prefix}${p}/`, ...l })));
const pageLangOf = (tree: Root) => String(select('html', tree)!.properties.lang);
/** A label's fixed words: those before the author's name where it names one. */
const label = (lang: 'zh-CN' | 'en', kind: string) => STRINGS[lang][`kb.provenance.${kind}`].split('{author}')[0].trim();
const jsonLd = (tree: Root) => selectAll('script[type="application/ld+json"]', tree).map((s) => JSON.parse(text(s)));

describe('provenance of every passage', () => {
	it.each(alignedPaths)('$path says whose words each passage is, with a label in the page language', ({ path, lang }) => {
		const tree = readPage(path);
		const passages = selectAll('.sl-markdown-content .passage', tree);
		expect(passages.length).toBeGreaterThan(1);
		for (const passage of passages) {
			const kind = passage.properties.dataProvenance;
			expect(PROVENANCES, `${String(passage.properties.id)}`).toContain(kind);
			// Headings and FAQ questions are labelled by attribute; block passages show the label.
			if (passage.tagName !== 'div') continue;
			const tag = select(':scope > .provenance', passage);
			expect(tag, `label in ${String(passage.properties.id)}`).toBeTruthy();
			expect(tag!.properties.lang).toBe(lang);
			expect(text(tag!)).toContain(label(lang, String(kind)));
		}
	});

	it.each(LOCALES)("$prefix guideline labels Amazon's English as Amazon's and the Chinese as the translation the article published", ({ prefix, lang }) => {
		const tree = readPage(`${prefix}guideline/`);
		const en = select('#check-prices-en', tree)!;
		const zh = select('#check-prices-zh', tree)!;
		expect(en.properties.dataProvenance).toBe('amazon');
		expect(text(select('.provenance', en)!)).toBe(label(lang, 'amazon'));
		// The label of Amazon's text links the page it was read on: help 202152070, Japan (issue 22).
		expect(select('.provenance a', en)?.properties.href).toBe(SOURCE_PAGES['guideline.jp'].url);
		expect(select('.provenance a', zh)).toBeUndefined();
		// The article credits Amazon's site and names no translator: its author is not the translation's.
		expect(zh.properties.dataProvenance).toBe('article');
		expect(text(select('.provenance', zh)!)).toContain(label(lang, 'article'));
		expect(text(select('.provenance', zh)!)).toContain('暖三岁');
		expect(text(select('.provenance', zh)!)).not.toContain(label(lang, 'author'));
	});

	it.each(LOCALES)('$prefix cancellation-rate marks its reading of "under" as this site\'s, and its plain facts as written by it', ({ prefix, lang }) => {
		const tree = readPage(`${prefix}cancellation-rate/`);
		for (const id of ['exactly-on-target-zh', 'exactly-on-target-en']) {
			expect(text(select(`#${id} > .provenance`, tree)!)).toBe(label(lang, 'reading'));
		}
		expect(text(select('#formula-en > .provenance', tree)!)).toBe(label(lang, 'site'));
	});
});

/**
 * Amazon's page for the guideline's English (help 202152070 as read on the Japan site, © 1999-2022),
 * its paragraphs as read: where the article's English differs, the About page must say so.
 */
const AMAZON_GUIDELINE_JP = [
	'Avoid cancelling orders',
	'Avoid cancelling orders unless requested to do so by buyers. Orders that are cancelled for any reason other than by buyer request will negatively affect your Cancellation Rate. Some percentage of stock-outs may be unavoidable in normal business practice. However, we expect you to minimize such issues.',
	'If cancelled orders are affecting your overall seller performance, here are some steps that you can take to improve it:',
	"Update your Amazon inventory regularly to avoid receiving orders for items that you can't ship by the expected date (stock-outs). You may have to update your inventory multiple times per day if you are selling through other channels.",
	'Check and re-check price submissions. Price errors can lead to increased order cancellations. If you are using a third-party integrator to update your listings, take appropriate measures to prevent the integrator from making a mistake.',
	'If you think your listing is eligible for the Buy Box, make sure you have enough stock on hand to meet the potential increase in order volumes.',
	"If you have to cancel an order, do so as soon as you know that you can't fulfill it. Buyers may be more forgiving if you cancel an order immediately, rather than after the expected ship date. Always follow up the cancellation with an apology to the buyer.",
];

describe("the guideline's English and Amazon's page", () => {
	const norm = (t: string) => t.replace(/\s+/g, ' ').trim();
	const passages = selectAll('.passage[lang="en"]', readPage('/en/guideline/'))
		.filter((p) => p.properties.dataProvenance === 'amazon')
		.map((p) => norm(selectAll('p, h2, li', p).map(text).join(' ') || text(p)).replace(/^Amazon's text\s*/, ''));

	it.each(['/about/', '/en/about/'])('%s links the page and lists each passage where the article differs from it, beside the page\'s words', (path) => {
		const about = norm(text(select('.sl-markdown-content', readPage(path))!)).replace(/’/g, "'");
		expect(select(`a[href="${SOURCE_PAGES['guideline.jp'].url}"]`, readPage(path))).toBeTruthy();
		const jp = AMAZON_GUIDELINE_JP.map(norm).join(' ');
		const differing = passages.filter((t) => !jp.includes(t));
		expect(differing.length).toBeGreaterThanOrEqual(3);
		// What About quotes, in either language's quotation marks.
		const quoted = [...about.matchAll(/[“"]([^”"]{12,})[”"]/g)].map((m) => m[1]);
		for (const t of differing) {
			// The article's wording of the passage, where it is not the page's, and the page's wording beside it.
			expect(quoted.some((q) => t.includes(q) && !jp.includes(q)), t).toBe(true);
			expect(quoted.some((q) => jp.includes(q) && !t.includes(q)), t).toBe(true);
		}
	});
});

describe('the FAQ', () => {
	it.each(LOCALES)('$prefix labels each answer where a deep link lands: the author\'s Chinese, this site\'s English', ({ prefix, lang }) => {
		const tree = readPage(`${prefix}faq/`);
		const answers = selectAll('details.faq-item', tree);
		expect(answers.length).toBe(3);
		for (const item of answers) {
			const zh = select(`#${String(item.properties.id)}-zh`, item)!;
			const en = select(`#${String(item.properties.id)}-en`, item)!;
			expect(text(select('.provenance', zh)!)).toContain(label(lang, 'author'));
			expect(text(select('.provenance', zh)!)).toContain('暖三岁');
			expect(text(select('.provenance', en)!)).toBe(label(lang, 'translation'));
		}
	});

	it('credits the Chinese FAQ to its author in the JSON-LD', () => {
		const [faq] = jsonLd(readPage('/faq/')).filter((d) => d['@type'] === 'FAQPage');
		expect(faq.mainEntity).toHaveLength(3);
		for (const q of faq.mainEntity) {
			expect(q.author).toEqual({ '@type': 'Person', name: '暖三岁' });
			expect(q.acceptedAnswer.author).toEqual({ '@type': 'Person', name: '暖三岁' });
			expect(q.acceptedAnswer.translator).toBeUndefined();
		}
	});

	it('publishes the English FAQ in JSON-LD as this site\'s translation of the author\'s Chinese', () => {
		const zh = jsonLd(readPage('/faq/')).find((d) => d['@type'] === 'FAQPage');
		const en = jsonLd(readPage('/en/faq/')).find((d) => d['@type'] === 'FAQPage');
		expect(en.inLanguage).toBe('en');
		for (const [i, q] of en.mainEntity.entries()) {
			const answer = q.acceptedAnswer;
			expect(answer.author).toEqual({ '@type': 'Person', name: '暖三岁' });
			// Named so that no reader takes the translator for an Amazon publication.
			expect(answer.translator).toEqual({ '@type': 'Organization', name: 'Cancellation Guide for Amazon Sellers' });
			expect(answer.translationOfWork).toMatchObject({ '@type': 'Answer', inLanguage: 'zh-CN', text: zh.mainEntity[i].acceptedAnswer.text });
			expect(q.translationOfWork.text).toBe(zh.mainEntity[i].name);
		}
	});
});

describe('the guideline in JSON-LD', () => {
	const article = { '@type': 'Article', name: '订单取消极大影响亚马逊卖家整体绩效时，该怎么办？', inLanguage: 'zh-CN', author: { '@type': 'Person', name: '暖三岁' } };

	it("credits the English to Amazon, with the article's Chinese as its translation", () => {
		const [doc] = jsonLd(readPage('/en/guideline/'));
		expect(doc).toMatchObject({ '@type': 'CreativeWork', inLanguage: 'en', name: 'Avoid cancelling orders', author: { '@type': 'Organization', name: 'Amazon' } });
		expect(doc.workTranslation).toMatchObject({ inLanguage: 'zh-CN', name: '避免取消订单', isPartOf: article });
		expect(doc.workTranslation.author).toBeUndefined();
	});

	it("credits the Chinese to no author, as part of the article and a translation of Amazon's English", () => {
		const [doc] = jsonLd(readPage('/guideline/'));
		expect(doc).toMatchObject({ inLanguage: 'zh-CN', name: '避免取消订单', isPartOf: article });
		expect(doc.author).toBeUndefined();
		expect(doc.translationOfWork).toMatchObject({ inLanguage: 'en', name: 'Avoid cancelling orders', author: { '@type': 'Organization', name: 'Amazon' } });
	});
});

describe("Amazon's words behind the rules", () => {
	/** A quote as a page shows it: a list's items are paragraphs of one quotation. */
	const shown = (quote: string) => quote.replace(/\n/g, '');
	const quotes = new Set(Object.values(CLAIMS).map((c) => shown(c.quote)));

	it.each(alignedPaths.filter((p) => /cancellation-rate|related-metrics/.test(p.path)))(
		'$path quotes each source on demand, as a quotation in its language with its address',
		({ path }) => {
			const tree = readPage(path);
			const disclosures = selectAll('details.evidence', tree);
			expect(disclosures.length).toBeGreaterThanOrEqual(4);
			for (const d of disclosures) {
				expect(d.properties.open, 'closed until asked').toBeUndefined();
				for (const q of selectAll('blockquote', d)) {
					expect(quotes).toContain(text(q));
					expect(['en', 'ja']).toContain(q.properties.lang);
					const claim = Object.values(CLAIMS).find((c) => shown(c.quote) === text(q))!;
					expect(q.properties.lang).toBe(claim.lang);
					// The address of the page version it was read on, where it was stored.
					const page = SOURCE_PAGES[claim.page] as SourcePage;
					expect(q.properties.cite, claim.quote).toBe(page.url);
					if (q.properties.cite) expect(String(q.properties.cite)).toMatch(/^https:\/\/sellercentral(-europe)?\.amazon\./);
				}
			}
		},
	);

	// Issue 22: the checks fail on the wording published before it (tests/unit/quote-checks.test.ts).
	it.each([...pagePaths(), '/404.html'])("%s links each quote to the domain of the marketplace its caption names, and every source link to the marketplace it names", (path) => {
		const tree = path.endsWith('.html') ? fromHtml(readFileSync(join(DIST, path), 'utf8')) : readPage(path);
		expect(quoteLinkProblems(tree)).toEqual([]);
		expect(sourceLinkProblems(tree)).toEqual([]);
	});

	it.each([...pagePaths(), '/404.html'])("%s captions no reading of the site's as Amazon's words", (path) => {
		const tree = path.endsWith('.html') ? fromHtml(readFileSync(join(DIST, path), 'utf8')) : readPage(path);
		expect(captionProvenanceProblems(tree)).toEqual([]);
	});

	it('finds quotes to check: the reference pages and the marketplace page hold dozens', () => {
		const count = (path: string) => selectAll('figure.evidence-quote', readPage(path)).length;
		expect(count('/cancellation-rate/')).toBeGreaterThan(10);
		expect(count('/en/related-metrics/')).toBeGreaterThan(5);
		expect(count('/marketplaces/')).toBeGreaterThan(20);
		expect(count('/en/marketplaces/')).toBeGreaterThan(20);
	});

	it('shows the quote for the 2.5% target next to the passage that reads it', () => {
		const passage = select('#exactly-on-target-en', readPage('/en/cancellation-rate/'))!;
		expect(selectAll('.evidence blockquote', passage).map(text)).toContain(CLAIMS['cr.target'].quote);
	});
});

/**
 * What the notice must say, by meaning, in each language: that the site is not affiliated with
 * Amazon and not run by it, that Amazon's text is quoted for reference, and where the article
 * comes from. Read from the words on the page, not from the strings they are rendered from, so
 * "本站由亚马逊官方运营" fails however it got there.
 */
const NOTICE = {
	'zh-CN': {
		notAffiliated: /(?:与|和)亚马逊(?:没有|无)(?:任何)?(?:关联|隶属关系)/,
		notRun: /不(?:由|是)亚马逊(?:官方)?(?:运营|经营|开办)|并非亚马逊(?:官方)?(?:运营|网站)/,
		quoted: /引用(?:的)?亚马逊(?:的)?(?:文字|原文|内容)[^。]*(?:仅供参考|只为方便参考|仅作参考)/,
		article: /出自暖三岁的文章/,
		claimsAmazon: /(?<![不非])(?:由|是)亚马逊(?:官方)?(?:运营|经营|开办|所有|授权)|亚马逊官方(?:网站|知识库)/,
	},
	en: {
		notAffiliated: /\bnot affiliated with (?:or run by )?Amazon\b/i,
		notRun: /\bnot run by Amazon\b|\bnor run by Amazon\b|\bnot affiliated with or run by Amazon\b/i,
		quoted: /\bAmazon's (?:text|words) (?:is|are) quoted\b[^.]*\bfor reference\b/i,
		article: /\bfrom an article by 暖三岁/,
		claimsAmazon: /\b(?:is|are) (?:run|operated|owned|endorsed|published) by Amazon\b|\bofficial Amazon\b|\bAmazon's official\b/i,
	},
};

function noticeProblems(notice: string, lang: 'zh-CN' | 'en'): string[] {
	const rule = NOTICE[lang];
	const problems = (['notAffiliated', 'notRun', 'quoted', 'article'] as const).filter((k) => !rule[k].test(notice)).map((k) => `does not say ${k}`);
	if (rule.claimsAmazon.test(notice)) problems.push('says the site is Amazon\'s');
	return problems;
}

describe('the site notice', () => {
	const pages = [...pagePaths(), '/404.html'];

	it('is refused when it does not say what it must, or says the site is Amazon\'s', () => {
		expect(noticeProblems('本站由亚马逊官方运营。引用的亚马逊文字仅供参考。指南的中文译文和常见问答出自暖三岁的文章。', 'zh-CN')).toEqual(['does not say notAffiliated', 'does not say notRun', 'says the site is Amazon\'s']);
		expect(noticeProblems('本站与亚马逊无关联。引用的亚马逊文字仅供参考。指南译文和常见问答出自暖三岁的文章。', 'zh-CN')).toEqual(['does not say notRun']);
		expect(noticeProblems('Not affiliated with Amazon; its text is quoted for reference. The Chinese guideline and FAQ are from an article by 暖三岁.', 'en')).toEqual(['does not say notRun', 'does not say quoted']);
		expect(noticeProblems('This site is run by Amazon. Amazon\'s text is quoted here for reference. The FAQ is from an article by 暖三岁.', 'en')).toContain('says the site is Amazon\'s');
	});

	it.each(pages)('%s says in both languages that the site is not Amazon\'s, quotes it for reference, and where the article is from', (path) => {
		const tree = path.endsWith('.html') ? fromHtml(readFileSync(join(DIST, path), 'utf8')) : readPage(path);
		const notices = selectAll('.site-notice', tree);
		const page = pageLangOf(tree);
		const langs = notices.map((n) => String(n.properties.lang));
		// Every page sets both languages side by side: a reader of either finds the notice in their own, the page's first.
		expect(langs).toEqual(page === 'en' ? ['en', 'zh-CN'] : ['zh-CN', 'en']);
		for (const n of notices) {
			expect(noticeProblems(text(n), n.properties.lang as 'zh-CN' | 'en'), `${path} (${String(n.properties.lang)}): ${text(n)}`).toEqual([]);
		}
		expect(select('a[href$="about/"]', notices[0]), 'the notice in the page language links to About').toBeTruthy();
	});
});

/** Text of an element in one language, without what is published word for word or named on purpose. */
function ownText(tree: Root): { lang: string; text: string }[] {
	const out: { lang: string; text: string }[] = [];
	const skip = (el: Element) =>
		['script', 'style', 'code', 'time', 'blockquote', 'template', 'svg'].includes(el.tagName) ||
		(PUBLISHED_AS_IS as readonly string[]).includes(String(el.properties.dataProvenance)) ||
		el.properties.dataTerms === 'mention' ||
		(el.properties.className as string[] | undefined)?.includes('attribution') ||
		// The glossary's "搜索词 / Search words" names the words sellers type (封号, 账户健康) on purpose, on
		// the row of the term that replaces them (tests/unit/terminology.test.ts checks that).
		(el.properties.className as string[] | undefined)?.includes('aliases');
	const walk = (node: Element | Root, lang: string) => {
		for (const child of node.children) {
			if (child.type === 'text') out.push({ lang, text: child.value });
			else if (child.type === 'element' && !skip(child)) {
				walk(child, typeof child.properties.lang === 'string' ? child.properties.lang : lang);
			}
		}
	};
	walk(tree, 'zh-CN');
	return out;
}

describe('terminology on the built site', () => {
	const checkerLang = (lang: string) => (lang.startsWith('zh') ? 'zh' : lang === 'en' ? 'en' : undefined);

	it('finds the slips it must find when fed a built page that has them', () => {
		const bad = fromHtml('<html lang="zh-CN"><p>达到或超过目标会怎样；截至 2026-11</p><p lang="en">at or above the target</p></html>');
		const found = (lang: string) =>
			ownText(bad)
				.filter((t) => t.lang === lang)
				.flatMap((t) => checkText(t.text, checkerLang(t.lang)!, TERMS).map((f) => f.term));
		expect(found('zh-CN')).toEqual(expect.arrayContaining(['missed-target', 'chinese-month']));
		expect(found('en')).toEqual(['missed-target']);
	});

	it.each([...pagePaths(), '/404.html'])('%s: every Chinese and English string of the site\'s own wording passes', (path) => {
		const raw = readFileSync(join(DIST, path.endsWith('.html') ? path : join(path, 'index.html')), 'utf8');
		const tree = fromHtml(raw);
		// Text nodes split at inline markup; join each language's run so that a slip across a tag is seen.
		const byLang = new Map<string, string>();
		for (const t of ownText(tree)) byLang.set(t.lang, `${byLang.get(t.lang) ?? ''}${t.text}`);
		for (const [lang, all] of byLang) {
			const l = checkerLang(lang);
			if (l) expect(checkText(all, l, TERMS).map((f) => `${f.term}: ${all.slice(Math.max(0, f.index - 20), f.index + 20)}`), `${path} (${lang})`).toEqual([]);
		}
	});

	// The Chinese FAQ is the article author's, published word for word; the English is this site's.
	it("passes the English FAQ's JSON-LD strings, this site's translation", () => {
		const [faq] = jsonLd(readPage('/en/faq/'));
		const own = faq.mainEntity.flatMap((q: { name: string; acceptedAnswer: { text: string } }) => [q.name, q.acceptedAnswer.text]);
		expect(own).toHaveLength(6);
		for (const s of own) expect(checkText(s, 'en', TERMS), s).toEqual([]);
	});
});
