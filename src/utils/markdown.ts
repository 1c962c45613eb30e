import { createMarkdownProcessor, type MarkdownProcessor } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { remarkBaseLinks } from '../../config/base-links.mjs';

let processor: Promise<MarkdownProcessor> | undefined;

/**
 * Renders the Markdown of one passage with the same GFM and link handling as the site's pages.
 * Smart quotes are off: the published text must keep the source's characters.
 */
export async function renderMarkdown(markdown: string): Promise<string> {
	processor ??= createMarkdownProcessor({
		gfm: false,
		smartypants: false,
		syntaxHighlight: false,
		remarkPlugins: [
			[remarkGfm, { singleTilde: false }],
			[remarkBaseLinks, { base: import.meta.env.BASE_URL }],
		],
	});
	return (await (await processor).render(markdown)).code;
}

/** For places that only take phrasing content (headings, summaries): no wrapping paragraph. */
export async function renderInlineMarkdown(markdown: string): Promise<string> {
	return (await renderMarkdown(markdown)).replace(/^\s*<p>([\s\S]*)<\/p>\s*$/, '$1');
}
