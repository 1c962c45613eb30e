import { createMarkdownProcessor, type MarkdownRenderer } from '@astrojs/markdown-remark';
import { toString } from 'hast-util-to-string';
import { markdownOptions } from '../../config/markdown.mjs';

let processor: Promise<MarkdownRenderer> | undefined;

interface HastNode {
	type: string;
	tagName?: string;
	value?: string;
	properties?: Record<string, unknown>;
	children?: HastNode[];
}

/** An opening tag written in a passage's Markdown that names a language: `<span lang="en">`. */
const RAW_TAG_WITH_LANG = /^<[a-z][\w-]*\s[^>]*\blang=/i;

/**
 * A passage is in its wrapper's language; an element inside it that names a `lang` of its own
 * (an English metric name under a Chinese one, a quoted English title) holds the other language.
 * Pagefind would index it in this page's index, unsegmented or unstemmed, where queries miss it
 * and it pollutes results: it is found from its own locale page instead. Such elements are
 * written as HTML in the Markdown and reach this plugin as raw tags (Astro parses raw HTML
 * after the site's rehype plugins run), so the attribute goes into the tag itself.
 */
function rehypeOtherLanguageUnindexed() {
	const visit = (node: HastNode) => {
		if (node.type === 'raw' && node.value && RAW_TAG_WITH_LANG.test(node.value) && !node.value.includes('data-pagefind-ignore')) {
			node.value = node.value.replace(/\s*(\/?)>$/, ' data-pagefind-ignore="index"$1>');
		} else if (node.type === 'element' && typeof node.properties?.lang === 'string') {
			node.properties.dataPagefindIgnore = 'index';
		}
		for (const child of node.children ?? []) visit(child);
	};
	return (tree: HastNode) => visit(tree);
}

/**
 * A passage's table, ready to be laid out as one block per row where its column is too narrow for
 * it (AlignedDoc.astro): each body cell gets its column's name in `data-label`, which the
 * stylesheet shows above the value. CSS display other than table's makes some engines (WebKit)
 * drop a table from the accessibility tree, so every part also says its role: to a screen reader
 * it stays a table, each cell read with its column header.
 */
function rehypeStackableTables() {
	const children = (node: HastNode, ...tags: string[]) => (node.children ?? []).filter((c) => c.type === 'element' && tags.includes(c.tagName ?? ''));
	const visit = (node: HastNode) => {
		if (node.type === 'element' && node.tagName === 'table') {
			const head = children(node, 'thead')[0];
			const headRow = head && children(head, 'tr')[0];
			const names = headRow ? children(headRow, 'th').map((th) => toString(th as Parameters<typeof toString>[0]).trim()) : [];
			if (names.length === 0) return;
			node.properties = { ...node.properties, role: 'table' };
			for (const group of [...children(node, 'thead'), ...children(node, 'tbody')]) {
				group.properties = { ...group.properties, role: 'rowgroup' };
				for (const row of children(group, 'tr')) {
					row.properties = { ...row.properties, role: 'row' };
					children(row, 'th', 'td').forEach((cell, i) => {
						cell.properties = { ...cell.properties, ...(group === head ? { role: 'columnheader' } : { role: 'cell', dataLabel: names[i] ?? '' }) };
					});
				}
			}
			return;
		}
		for (const child of node.children ?? []) visit(child);
	};
	return (tree: HastNode) => visit(tree);
}

/**
 * Renders the Markdown of one passage with the same GFM and link handling as the site's pages.
 * Smart quotes are off: the published text must keep the source's characters.
 */
export async function renderMarkdown(markdown: string): Promise<string> {
	processor ??= createMarkdownProcessor({
		...markdownOptions(import.meta.env.BASE_URL),
		smartypants: false,
		syntaxHighlight: false,
		rehypePlugins: [rehypeOtherLanguageUnindexed, rehypeStackableTables],
	});
	return (await (await processor).render(markdown)).code;
}

/** For places that only take phrasing content (headings, summaries): no wrapping paragraph. */
export async function renderInlineMarkdown(markdown: string): Promise<string> {
	return (await renderMarkdown(markdown)).replace(/^\s*<p>([\s\S]*)<\/p>\s*$/, '$1');
}
