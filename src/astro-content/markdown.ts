import { createMarkdownProcessor, type MarkdownRenderer } from '@astrojs/markdown-remark';
import { markdownOptions } from '../../config/markdown.mjs';

let processor: Promise<MarkdownRenderer> | undefined;

interface HastNode {
	type: string;
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
 * Renders the Markdown of one passage with the same GFM and link handling as the site's pages.
 * Smart quotes are off: the published text must keep the source's characters.
 */
export async function renderMarkdown(markdown: string): Promise<string> {
	processor ??= createMarkdownProcessor({
		...markdownOptions(import.meta.env.BASE_URL),
		smartypants: false,
		syntaxHighlight: false,
		rehypePlugins: [rehypeOtherLanguageUnindexed],
	});
	return (await (await processor).render(markdown)).code;
}

/** For places that only take phrasing content (headings, summaries): no wrapping paragraph. */
export async function renderInlineMarkdown(markdown: string): Promise<string> {
	return (await renderMarkdown(markdown)).replace(/^\s*<p>([\s\S]*)<\/p>\s*$/, '$1');
}
