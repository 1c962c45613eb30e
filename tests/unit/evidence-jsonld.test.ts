/**
 * The pure builders behind "whose words" and "Amazon's own words": the quotes a passage rests on,
 * and the JSON-LD credits for a passage of each provenance.
 */
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/lib/claims';
import type { Fact } from '../../src/lib/facts';
import { claimsIn, evidenceHtml } from '../../src/lib/evidence';
import { credit, documentJsonLd } from '../../src/lib/jsonld';
import type { FactData } from '../../src/lib/placeholders';

const data: FactData = {
	facts: {
		target: { kind: 'target', op: '<', rate: { numerator: 25, denominator: 1000 }, claim: 'under' } as unknown as Fact,
		example: { kind: 'count', value: 3, by: 'site' },
	},
	sources: {
		help: { helpId: 'H1', name: { zh: '帮助 H1', en: 'Help H1' }, short: { zh: 'H1', en: 'H1' } },
		forum: { name: { zh: '论坛', en: 'a forum' }, short: { zh: '论坛', en: 'forum' } },
	},
	claims: {
		under: { source: 'help', quote: 'Keep it under 2.5% <always>.', lang: 'en', page: 'CA', holdsFor: ['CA', 'UK'] } as unknown as Claim,
		jp: { source: 'forum', quote: 'キャンセル率の不良としてカウントされます。', lang: 'ja', page: 'JP', holdsFor: ['JP'] } as unknown as Claim,
	},
};

describe("Amazon's words behind a passage", () => {
	it('collects the claims of cited sources and of stated facts, once each, not the site\'s own numbers', () => {
		expect(claimsIn('{{target}} ({{cite:jp}}; {{cite:under|also}}) {{example}}', data)).toEqual(['under', 'jp']);
		expect(claimsIn('No facts here.', data)).toEqual([]);
	});

	it('renders nothing for a passage that rests on no claim', () => {
		expect(evidenceHtml('{{example}} orders', 'en', data)).toBe('');
	});

	it("quotes each claim closed, in the quote's language, with its address, escaped, in the passage's language", () => {
		const html = evidenceHtml('{{target}} {{cite:jp}}', 'zh', data);
		expect(html).toMatch(/^<details class="evidence[^"]*" data-pagefind-ignore="all"><summary lang="zh-CN">亚马逊的原话<\/summary>/);
		expect(html).not.toMatch(/<details[^>]* open/);
		expect(html).toContain('<blockquote lang="en" cite="https://sellercentral.amazon.com/help/hub/reference/external/H1"><p>Keep it under 2.5% &lt;always&gt;.</p></blockquote>');
		expect(html).toContain('<blockquote lang="ja"><p>キャンセル率の不良としてカウントされます。</p></blockquote>');
		expect(html).toContain('— 帮助 H1，加拿大站页面；适用站点：加拿大站、英国站');
		expect(evidenceHtml('{{target}}', 'en', data)).toContain('— Help H1, Canada page; stated for Canada, UK');
	});
});

describe('JSON-LD credits', () => {
	const credits = { author: '暖三岁', site: 'The Site' };
	const text = { zh: '中文', en: 'English' };

	it("credits the article's author, Amazon, or this site for their own words", () => {
		expect(credit('Answer', text, 'zh', { zh: 'author', en: 'translation' }, credits)).toEqual({ author: { '@type': 'Person', name: '暖三岁' } });
		expect(credit('Answer', text, 'en', { zh: 'author', en: 'amazon' }, credits)).toEqual({ author: { '@type': 'Organization', name: 'Amazon' } });
		expect(credit('Answer', text, 'en', { zh: 'site', en: 'reading' }, credits)).toEqual({ author: { '@type': 'Organization', name: 'The Site' } });
	});

	it("credits a translation to the original's author, with this site as translator and the original named", () => {
		expect(credit('Answer', text, 'en', { zh: 'author', en: 'translation' }, credits)).toEqual({
			author: { '@type': 'Person', name: '暖三岁' },
			translator: { '@type': 'Organization', name: 'The Site' },
			translationOfWork: { '@type': 'Answer', inLanguage: 'zh-CN', text: '中文', author: { '@type': 'Person', name: '暖三岁' } },
		});
	});

	it('refuses an author passage without the author to credit', () => {
		expect(() => credit('Answer', text, 'zh', { zh: 'author', en: 'amazon' }, { site: 'The Site' })).toThrow(/author/);
	});

	it("links Amazon's original and the article's translation both ways, crediting no one with the translation", () => {
		const withArticle = { ...credits, article: '文章标题' };
		const zh = JSON.parse(documentJsonLd(text, 'zh', { zh: 'article', en: 'amazon' }, withArticle));
		const en = JSON.parse(documentJsonLd(text, 'en', { zh: 'article', en: 'amazon' }, withArticle));
		expect(zh.translationOfWork).toMatchObject({ inLanguage: 'en', name: 'English', author: { name: 'Amazon' } });
		// The article published the translation; nothing says its author wrote it.
		const article = { '@type': 'Article', name: '文章标题', inLanguage: 'zh-CN', author: { '@type': 'Person', name: '暖三岁' } };
		expect(zh.author).toBeUndefined();
		expect(zh.isPartOf).toEqual(article);
		expect(en.workTranslation).toMatchObject({ inLanguage: 'zh-CN', name: '中文', isPartOf: article });
		expect(en.workTranslation.author).toBeUndefined();
		expect(zh.workTranslation).toBeUndefined();
	});

	it('refuses an article passage without the author whose article it is', () => {
		expect(() => credit('Answer', text, 'zh', { zh: 'article', en: 'amazon' }, { site: 'The Site' })).toThrow(/author/);
	});
});
