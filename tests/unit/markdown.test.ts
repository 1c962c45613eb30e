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
		expect(html).toMatch(/<table>[\s\S]*<th>指标<\/th>[\s\S]*<td>Cancellation Rate<\/td>[\s\S]*<\/table>/);
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
