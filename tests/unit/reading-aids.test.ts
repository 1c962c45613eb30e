import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { addReadingAids } from '../../src/lib/reading-aids';
import { splitSentences } from '../../src/lib/sentence-pairs';
import { termMatcher, termNames, type GlossaryTerm } from '../../src/lib/term-hints';

const TERMS: GlossaryTerm[] = [
	{ id: 'cancellation-rate', zh: ['取消率'], en: ['Cancellation Rate'] },
	{ id: 'order-cancellation-rate', zh: ['订单取消率'], en: ['order cancellation rate'] },
	{ id: 'stock-out', zh: ['缺货'], en: ['stock-out'] },
	{ id: 'buy-box', zh: ['购买按钮'], en: ['Buy Box', 'featured offer'] },
	{ id: 'fba', zh: ['亚马逊物流'], en: ['FBA'] },
];
const terms = { matcher: termMatcher(TERMS), href: (id: string) => `/glossary/#${id}` };
const text = (html: string) => toString(fromHtml(html, { fragment: true }));
/** Each sentence span's pair id and text, in order. */
const spans = (html: string) => [...html.matchAll(/<span data-s="(\d+)">(.*?)<\/span>/g)].map((m) => [m[1], text(m[2])]);

describe('splitting sentences', () => {
	it('splits Chinese at 。！？ and English at sentence ends, leaving the spaces between outside', () => {
		const zh = '除非买家请求，否则应避免取消订单。但是，我们希望您能够最大限度减少这一问题。';
		expect(splitSentences(zh, 'zh').map(([s, e]) => zh.slice(s, e))).toEqual(['除非买家请求，否则应避免取消订单。', '但是，我们希望您能够最大限度减少这一问题。']);
		const en = 'Check and re-check price submissions. Price errors can lead to (stock-outs). Done';
		expect(splitSentences(en, 'en').map(([s, e]) => en.slice(s, e))).toEqual(['Check and re-check price submissions.', 'Price errors can lead to (stock-outs).', 'Done']);
	});

	it('starts a sentence with the bracket that opens it, though Unicode counts it with the one before', () => {
		const zh = '全部订单。（来源：帮助）';
		expect(splitSentences(zh, 'zh').map(([s, e]) => zh.slice(s, e))).toEqual(['全部订单。', '（来源：帮助）']);
	});
});

describe('pairing sentences', () => {
	it('pairs by order when both sides have as many sentences, without changing the text', () => {
		const html = { zh: '<p>第一句。第二句<em>强调</em>。</p>', en: '<p>First one. Second <em>stressed</em>.</p>' };
		const out = addReadingAids(html, { sentences: true, where: 'test' });
		expect(spans(out.html.zh)).toEqual([['1', '第一句。'], ['2', '第二句强调。']]);
		expect(spans(out.html.en)).toEqual([['1', 'First one.'], ['2', 'Second stressed.']]);
		expect(text(out.html.zh)).toBe(text(html.zh));
		expect(text(out.html.en)).toBe(text(html.en));
		expect(out.stats).toEqual({ sentences: { zh: 2, en: 2 }, paired: { zh: 2, en: 2 } });
	});

	it('leaves the paragraph whole when the counts differ and no grouping is given', () => {
		const out = addReadingAids({ zh: '<p>一句话。</p>', en: '<p>One. Two.</p>' }, { sentences: true, where: 'test' });
		expect(out.html.en).not.toContain('data-s');
		expect(out.html.zh).not.toContain('data-s');
		expect(out.stats.paired).toEqual({ zh: 0, en: 0 });
		expect(out.stats.sentences).toEqual({ zh: 1, en: 2 });
	});

	it('groups sentences as the pair says', () => {
		const out = addReadingAids(
			{ zh: '<p>甲。乙。</p>', en: '<p>A. B one. B two.</p>' },
			{ sentences: true, where: 'test', groups: [{ zh: [1], en: [1] }, { zh: [2], en: [2, 3] }] },
		);
		expect(spans(out.html.en)).toEqual([['1', 'A.'], ['2', 'B one. B two.']]);
		expect(spans(out.html.zh)).toEqual([['1', '甲。'], ['2', '乙。']]);
	});

	it('fails the build on a grouping that does not fit the text', () => {
		const run = (groups: { zh: number[]; en: number[] }[]) => () =>
			addReadingAids({ zh: '<p>甲。乙。</p>', en: '<p>A. B.</p>' }, { sentences: true, where: 'faq/x', groups });
		expect(run([{ zh: [1, 2], en: [1] }])).toThrow(/faq\/x: the en groups/);
		expect(run([{ zh: [2, 1], en: [1, 2] }])).toThrow(/zh groups/);
		expect(run([{ zh: [1], en: [1] }, { zh: [2], en: [2] }])).not.toThrow();
	});

	it('pairs across the items of a passage and never inside a table', () => {
		const out = addReadingAids(
			{ zh: '<ul><li>一。</li><li>二。</li></ul><table><tr><td>三。四。</td></tr></table>', en: '<ul><li>One.</li><li>Two.</li></ul><table><tr><td>3. 4.</td></tr></table>' },
			{ sentences: true, where: 'test' },
		);
		expect(spans(out.html.en)).toEqual([['1', 'One.'], ['2', 'Two.']]);
		expect(out.html.zh).toContain('<td>三。四。</td>');
	});

	it('leaves a paragraph whole when a sentence ends inside a link', () => {
		const out = addReadingAids({ zh: '<p>甲。乙。</p>', en: '<p>See <a href="/x">the A. And</a> B.</p>' }, { sentences: true, where: 'test' });
		expect(out.stats.sentences.en).toBe(0);
		expect(out.html.en).not.toContain('data-s');
	});
});

describe('marking glossary terms', () => {
	it('links the first occurrence of each term, longest name first, in either language', () => {
		const out = addReadingAids(
			{ zh: '<p>订单取消率会影响取消率。取消率很重要。</p>', en: '<p>The order cancellation rate and your Cancellation Rate; the cancellation rate.</p>' },
			{ sentences: false, terms, where: 'test' },
		);
		expect(out.html.zh).toBe('<p><a href="/glossary/#order-cancellation-rate" class="term">订单取消率</a>会影响<a href="/glossary/#cancellation-rate" class="term">取消率</a>。取消率很重要。</p>');
		expect(out.html.en).toContain('The <a href="/glossary/#order-cancellation-rate" class="term">order cancellation rate</a> and your <a href="/glossary/#cancellation-rate" class="term">Cancellation Rate</a>; the cancellation rate.');
		expect(out.terms.sort()).toEqual(['cancellation-rate', 'order-cancellation-rate']);
	});

	it('matches whole English words with a plural s, and aliases', () => {
		const out = addReadingAids({ zh: '<p>无</p>', en: '<p>Avoid stock-outs and FBAX; the featured offer, FBA.</p>' }, { sentences: false, terms, where: 'test' });
		expect(out.html.en).toBe(
			'<p>Avoid <a href="/glossary/#stock-out" class="term">stock-outs</a> and FBAX; the <a href="/glossary/#buy-box" class="term">featured offer</a>, <a href="/glossary/#fba" class="term">FBA</a>.</p>',
		);
	});

	it('prefers a longer name with Han in it over an English name at the same place', () => {
		const claims = termMatcher([
			{ id: 'a-to-z-claim', zh: ['A-to-z 索赔'], en: ['A-to-z claim'] },
			{ id: 'a-to-z-guarantee', zh: ['亚马逊商城交易保障'], en: ['A-to-z'] },
		]);
		const out = addReadingAids(
			{ zh: '<p>A-to-z 索赔与 A-to-z 保障</p>', en: '<p>An A-to-z claim, under the A-to-z Guarantee.</p>' },
			{ sentences: false, terms: { matcher: claims, href: (id) => `#${id}` }, where: 'test' },
		);
		expect(out.html.zh).toBe('<p><a href="#a-to-z-claim" class="term">A-to-z 索赔</a>与 <a href="#a-to-z-guarantee" class="term">A-to-z</a> 保障</p>');
		expect(out.html.en).toBe('<p>An <a href="#a-to-z-claim" class="term">A-to-z claim</a>, under the <a href="#a-to-z-guarantee" class="term">A-to-z</a> Guarantee.</p>');
	});

	it('never marks inside a link or a heading, and keeps the text', () => {
		const html = { zh: '<h3>缺货</h3><p><a href="/faq/">取消率</a>与缺货</p>', en: '<p>x</p>' };
		const out = addReadingAids(html, { sentences: false, terms, where: 'test' });
		expect(out.html.zh).toBe('<h3>缺货</h3><p><a href="/faq/">取消率</a>与<a href="/glossary/#stock-out" class="term">缺货</a></p>');
		expect(text(out.html.zh)).toBe(text(html.zh));
	});

	it('marks terms inside sentences without breaking the pairing', () => {
		const out = addReadingAids({ zh: '<p>避免缺货。看购买按钮。</p>', en: '<p>Avoid stock-outs. See the Buy Box.</p>' }, { sentences: true, terms, where: 'test' });
		expect(spans(out.html.zh)).toEqual([['1', '避免缺货。'], ['2', '看购买按钮。']]);
		expect(out.html.en).toContain('<span data-s="2">See the <a href="/glossary/#buy-box" class="term">Buy Box</a>.</span>');
	});
});

describe('a glossary entry’s names', () => {
	it('lists the name first, then aliases written per language or as one list', () => {
		expect(termNames({ zh: '购买按钮', en: 'Buy Box' }, 'en')).toEqual(['Buy Box']);
		expect(termNames({ zh: '购买按钮', en: 'Buy Box', aliases: { zh: ['黄金购物车'], en: ['featured offer'] } }, 'zh')).toEqual(['购买按钮', '黄金购物车']);
		expect(termNames({ zh: '购买按钮', en: 'Buy Box', aliases: ['黄金购物车', 'featured offer'] }, 'en')).toEqual(['Buy Box', 'featured offer']);
	});
});
