import { describe, expect, it } from 'vitest';
import { renderInlineMarkdown, renderMarkdown } from '../../src/astro-content/markdown';
import { remarkBaseLinks } from '../../integrations/base-links.mjs';

describe('Markdown inside a passage', () => {
	it('renders emphasis and links', async () => {
		const html = await renderMarkdown('See **the FAQ** at [FAQ](/en/faq/) and *this*.');
		expect(html).toContain('<strong>the FAQ</strong>');
		expect(html).toContain('<a href="/en/faq/">FAQ</a>');
		expect(html).toContain('<em>this</em>');
	});

	it('renders GFM tables', async () => {
		const html = await renderMarkdown('| 指标 | Metric |\n| --- | --- |\n| 取消率 | Cancellation Rate |');
		expect(html).toMatch(/<table[^>]*>[\s\S]*<th[^>]*>指标<\/th>[\s\S]*<td[^>]*>Cancellation Rate<\/td>[\s\S]*<\/table>/);
	});

	// Laid out as one block per row on a phone (src/components/wide-table.css), a table keeps its
	// column names beside each value and says its roles, which CSS display takes away in WebKit.
	it('gives a table its roles and each body cell its column name, from the header text', async () => {
		const html = await renderMarkdown('| 指标 | **Window** | [Source](https://example.com) |\n| --- | --- | --- |\n| 取消率 | 7 天 | a |\n| 迟发率 | 10 天 | b |');
		const tags = [...html.matchAll(/<(table|thead|tbody|tr|th|td)\b([^>]*)>/g)].map(([, tag, attrs]) => `${tag}${attrs}`);
		expect(tags).toEqual([
			'table role="table"',
			'thead role="rowgroup"',
			'tr role="row"',
			'th role="columnheader"',
			'th role="columnheader"',
			'th role="columnheader"',
			'tbody role="rowgroup"',
			'tr role="row"',
			'td role="cell" data-label="指标"',
			'td role="cell" data-label="Window"',
			'td role="cell" data-label="Source"',
			'tr role="row"',
			'td role="cell" data-label="指标"',
			'td role="cell" data-label="Window"',
			'td role="cell" data-label="Source"',
		]);
	});

	it('keeps the source characters: no smart quotes, no-break spaces kept', async () => {
		const html = await renderMarkdown("you can't ship \"now\"\u00a0today");
		expect(html).toContain("can't");
		expect(html).toContain('"now"\u00a0today');
	});

	it('drops the paragraph wrapper for headings and summaries', async () => {
		expect(await renderInlineMarkdown('避免*取消*订单')).toBe('避免<em>取消</em>订单');
	});
});

describe('internal links under a base path', () => {
	const rewrite = (url: string, base: string) => {
		const tree = { type: 'root', children: [{ type: 'link', url, children: [] }] };
		(remarkBaseLinks({ base }) as (t: unknown) => void)(tree);
		return tree.children[0]!.url;
	};

	it('prefixes the base to links written from the site root', () => {
		expect(rewrite('/en/faq/#rate-above-average', '/kb/')).toBe('/kb/en/faq/#rate-above-average');
	});

	it('leaves external, relative, protocol-relative and already-prefixed links alone', () => {
		for (const url of ['https://sellercentral.amazon.com/', '#x', 'faq/', '//cdn.example/x', '/kb/en/']) {
			expect(rewrite(url, '/kb/')).toBe(url);
		}
		expect(rewrite('/en/faq/', '/')).toBe('/en/faq/');
	});
});
