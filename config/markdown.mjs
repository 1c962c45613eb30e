import remarkGfm from 'remark-gfm';
import { remarkBaseLinks } from '../integrations/base-links.mjs';

/**
 * The Markdown options shared by the site's pages (astro.config.mjs) and the aligned passages
 * rendered one by one (src/astro-content/markdown.ts): one list, so tables, strikethrough,
 * autolinks and base-prefixed links behave the same in both. remark-gfm is configured here
 * rather than implicitly, hence `gfm: false`.
 * @param {string} base the deploy base path (`BASE_PATH`)
 */
export function markdownOptions(base) {
	return {
		gfm: false,
		/** @type {import('@astrojs/markdown-remark').RemarkPlugins} */
		remarkPlugins: [
			[remarkGfm, { singleTilde: false }],
			[remarkBaseLinks, { base }],
		],
	};
}
