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
		help: { helpId: 'H1', marketplace: 'CA', title: 'Rate', url: 'https://sellercentral.amazon.ca/gp/help/external/H1', version: '1999-2022' },
		forum: { marketplace: 'JP', name: { zh: '论坛', en: 'a forum' }, short: { zh: '论坛', en: 'forum' } },
	},
	claims: {
		under: { page: 'help', quote: 'Keep it under 2.5% <always>.', lang: 'en', seenOn: ['CA', 'UK'] } as unknown as Claim,
		jp: { page: 'forum', quote: 'キャンセル率の不良としてカウントされます。', lang: 'ja', seenOn: ['JP'], translation: { zh: '算作取消率的缺陷。', en: 'count as Cancellation Rate defects.' } } as unknown as Claim,
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
		expect(html).toContain('<blockquote lang="en" cite="https://sellercentral.amazon.ca/gp/help/external/H1"><p>Keep it under 2.5% &lt;always&gt;.</p></blockquote>');
		expect(html).toContain('<blockquote lang="ja"><p>キャンセル率の不良としてカウントされます。</p></blockquote>');
		// The caption names the page and links the address it was read at, with the version read.
		expect(html).toContain('<figcaption>— <a href="https://sellercentral.amazon.ca/gp/help/external/H1" hreflang="en">卖家平台帮助 H1“<span lang="en">Rate</span>”，加拿大站页面</a>（所读版本：© 1999-2022）</figcaption>');
		// A page whose address was not stored has no link, and says so.
		expect(html).toContain('<figcaption>— 论坛，日本站页面（所读部分未显示版权年份；页面地址未存，无法链接）</figcaption>');
		expect(evidenceHtml('{{target}}', 'en', data)).toContain('<figcaption>— <a href="https://sellercentral.amazon.ca/gp/help/external/H1" hreflang="en">Seller Central help H1 &quot;Rate&quot;, Canada page</a> (version read: © 1999-2022)</figcaption>');
	});

	it("sets the site's comparison of versions apart from Amazon's words, labelled as the site's, saying the same in both languages (K7)", () => {
		const zh = evidenceHtml('{{target}}', 'zh', data);
		const en = evidenceHtml('{{target}}', 'en', data);
		expect(zh).toContain('</figcaption></figure><p class="evidence-seen" data-provenance="site">本站所见相同规则的站点：加拿大站、英国站</p></div>');
		expect(en).toContain('</figcaption></figure><p class="evidence-seen" data-provenance="site">Same rule seen on: Canada, UK (this site\'s comparison)</p></div>');
		for (const html of [zh, en]) expect(html.match(/<figcaption>.*?<\/figcaption>/)![0]).not.toMatch(/适用|stated for|seen on|所见/);
	});

	it("gives a Japanese quote this site's translation, outside the quotation and labelled (K14)", () => {
		const html = evidenceHtml('{{cite:jp}}', 'en', data);
		expect(html).toContain('</blockquote><p class="evidence-translation" data-provenance="translation" lang="en">This site\'s translation: count as Cancellation Rate defects.</p>');
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
