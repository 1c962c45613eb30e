/**
 * The published text is the source document's text. Reads the in-repo copy of the article
 * (sources/), never ../shared, and finds every paragraph, bullet and FAQ entry on the built
 * pages, each inside an element of the right language, in both locales.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import { ROOT, langOf, readPage, select, selectAll, text } from '../support/site';

const SOURCE = readFileSync(join(ROOT, 'sources/avoid-cancelling-orders.txt'), 'utf8');
const hasHan = (s: string) => /\p{Script=Han}/u.test(s);

/** The one change the site may make: ASCII punctuation inside Chinese becomes full-width. */
function fullWidth(line: string): string {
	if (!hasHan(line)) return line;
	const map: Record<string, string> = { ',': '，', ':': '：', '?': '？', '(': '（', ')': '）', '!': '！', ';': '；' };
	return line.replace(/[,:?()!;]/g, (c) => map[c]);
}

const lines = SOURCE.split('\n')
	.map((l) => l.replace(/^\s*•\s*/, '').trim())
	.filter(Boolean);
const faqStart = lines.findIndex((l) => l.startsWith('常见问答'));
const [title, date, byline] = lines;

/** Lines whose words are published as they are; the few that the site restyles are tested below. */
const restyled = new Set([title, date, byline, lines[faqStart]]);
const guidelineLines = lines.slice(0, faqStart).filter((l) => !restyled.has(l));
const faqLines = lines
	.slice(faqStart + 1)
	.map((l) => l.replace(/^\{(.*)\}$/, '$1'))
	.filter((l) => !restyled.has(l));

/** Elements whose whole text is exactly `expected`. */
function elementsWithText(tree: Root, expected: string): Element[] {
	return selectAll('p, span, h1, h2, h3, li, dd, summary, blockquote', tree).filter((el) => text(el) === expected);
}

function expectPublished(tree: Root, line: string, page: string) {
	const expected = fullWidth(line);
	const found = elementsWithText(tree, expected);
	expect(found.length, `"${expected}" is not on ${page}`).toBeGreaterThan(0);
	const wanted = hasHan(expected) ? 'zh-CN' : 'en';
	expect(
		found.some((el) => langOf(tree, el) === wanted),
		`"${expected}" on ${page} is not inside lang="${wanted}"`,
	).toBe(true);
}

describe('the source document', () => {
	it('has the parts this test relies on', () => {
		expect(date).toBe('2024-04-19T16:29:58');
		expect(byline).toBe('By 暖三岁');
		expect(faqStart).toBeGreaterThan(10);
		expect(guidelineLines).toContain('Avoid cancelling orders');
		expect(faqLines).toContain('如何降低订单取消率,提高客户满意度?');
	});
});

describe.each([
	['/guideline/', guidelineLines],
	['/en/guideline/', guidelineLines],
	['/faq/', faqLines],
	['/en/faq/', faqLines],
])('%s', (page, expectedLines) => {
	const tree = readPage(page);

	it.each(expectedLines)('publishes "%s" word for word', (line) => expectPublished(tree, line, page));

	it('credits the author, the date and the original title', () => {
		const attribution = select('.attribution', tree);
		expect(attribution, 'attribution section').toBeTruthy();
		expect(text(attribution!)).toContain(byline.replace(/^By /, ''));
		expect(select(`time[datetime="${date}"]`, attribution!)).toBeTruthy();
		expectPublished(attribution as unknown as Root, title, page);
	});
});

describe('the FAQ heading', () => {
	it('says FAQ, not the source typo "FQAS"', () => {
		for (const page of ['/faq/', '/en/faq/']) {
			const h1 = text(select('h1', readPage(page))!);
			expect(h1).toMatch(/常见问答|FAQ/);
			expect(readFileSync(join(ROOT, 'dist', page, 'index.html'), 'utf8')).not.toContain('FQAS');
		}
	});
});

describe('About & sources', () => {
	it.each(['/about/', '/en/about/'])('%s carries the attribution and the disclaimer in both languages', (page) => {
		const tree = readPage(page);
		const disclaimer = lines.find((l) => l.startsWith('(本文内容'))!;
		expectPublished(tree, disclaimer, page);
		const english = selectAll('.attribution blockquote[lang="en"]', tree).map(text);
		expect(english.some((t) => t.startsWith('(This article was compiled'))).toBe(true);
		expect(text(select('.attribution', tree)!)).toContain('暖三岁');
	});
});
