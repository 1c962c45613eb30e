// @ts-check
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import starlight from '@astrojs/starlight';
import starlightLinksValidator from 'starlight-links-validator';
import { alignedAnchors } from './integrations/aligned-anchors.mjs';
import { inlineScripts } from './integrations/inline-scripts.mjs';
import { pagefindEnglishStemming } from './integrations/pagefind-stemming.mjs';
import { plainDynamicImports } from './integrations/plain-dynamic-imports.mjs';
import { markdownOptions } from './config/markdown.mjs';
import { sidebar } from './config/sidebar.mjs';
import { scriptOrigins } from './integrations/script-origins.mjs';
import { securityHeaders } from './integrations/security-headers.mjs';
import { readingModeHeadScript } from './src/lib/reading-mode';

// Deploy target from the environment, so one build works at a domain root or under a subpath.
const site = process.env.SITE || 'http://localhost:4321';
const base = process.env.BASE_PATH || '/';
const outDir = process.env.OUT_DIR || './dist';
const anchors = alignedAnchors(fileURLToPath(new URL('.', import.meta.url)));
/** One interface string in both languages, as src/content/i18n holds it. */
const bothLanguages = (/** @type {string} */ key) =>
	Object.fromEntries(
		[
			['zh', 'zh-CN'],
			['en', 'en'],
		].map(([lang, file]) => [lang, JSON.parse(readFileSync(new URL(`./src/content/i18n/${file}.json`, import.meta.url), 'utf8'))[key]]),
	);

export default defineConfig({
	site,
	base,
	outDir,
	// A cache of its own for each output, so that builds of the site at a root and under a base
	// path can run at once (npm test does): sharing the default one, one build could read the
	// content data store while the other was replacing it.
	cacheDir: `./node_modules/.astro/${basename(outDir)}`,
	trailingSlash: 'always',
	compressHTML: true,
	devToolbar: { enabled: false },
	vite: {
		// The message the search form shows when search's own files do not arrive (search-ui.ts): it
		// cannot come with the search strings, which are one of those files, and in the page's HTML it
		// would weigh on every page for a rare failure; in the form's script it costs only that script.
		define: { __KB_SEARCH_UNAVAILABLE__: JSON.stringify(bothLanguages('kb.search.unavailable')) },
		// Each page's loaders call import() after the first paint without Vite's preload helper, one
		// request fewer before that paint (the reason and the measure in the plugin's file).
		plugins: [plainDynamicImports()],
		build: {
			// One stylesheet for every page (the calculator's and the glossary's, linked where they are
			// shown, apart). Split per page, the components' styles that some pages share (the reading
			// aids', the aligned pages') went into each of those pages' HTML as a <style> of 2.5 kB, too
			// small for a file of its own: 0.8 kB compressed in every aligned page's document, sent again
			// with every page, where the one stylesheet, 1 kB larger compressed, is fetched once. The
			// Cancellation Rate page's document then fits Lighthouse's first round trip
			// (docs/benchmarks.md, "Lighthouse"). Chinese text on every page now gets the site's clreq
			// rules (src/components/reading/reading.css), which only the aligned pages loaded before.
			cssCodeSplit: false,
		},
		resolve: {
			// Starlight's search dialog imports Pagefind's UI by this name; the site's own search form
			// takes its place (see src/components/search/search-ui.ts). Exact matches only: the
			// wrapper imports the package by deeper paths.
			alias: [
				{
					find: /^@pagefind\/default-ui$/,
					replacement: fileURLToPath(new URL('./src/components/search/search-ui.ts', import.meta.url)),
				},
				// …and its stylesheet by this one: the form's own, without Pagefind's Svelte scope classes.
				{
					find: /^@pagefind\/default-ui\/css\/ui\.css$/,
					replacement: fileURLToPath(new URL('./src/components/search/search-dialog.css', import.meta.url)),
				},
			],
		},
	},
	markdown: { processor: unified(markdownOptions(base)) },
	integrations: [
		starlight({
			title: { 'zh-CN': '亚马逊订单取消知识库', en: 'Cancellation Guide for Amazon Sellers' },
			defaultLocale: 'root',
			locales: {
				root: { label: '简体中文', lang: 'zh-CN' },
				en: { label: 'English', lang: 'en' },
			},
			sidebar,
			components: { Search: './src/components/search/Search.astro', Footer: './src/components/SiteFooter.astro' },
			customCss: ['./src/styles/global.css'],
			routeMiddleware: './src/route-data.ts',
			head: [{ tag: 'script', content: readingModeHeadScript }],
			// src/pages/404.astro replaces it with a page in both languages.
			disable404Route: true,
			lastUpdated: false,
			// No page has a code block: Expressive Code's two files were built and never loaded, and
			// setting up its highlighter took each build about 1.5 s of CPU.
			expressiveCode: false,
			pagination: true,
			plugins: [
				starlightLinksValidator({
					errorOnRelativeLinks: true,
					errorOnInvalidHashes: true,
					exclude: ({ link }) => {
						const [path, hash] = link.replace(base, '/').split('#');
						return Boolean(hash && anchors.get(path.replace(/^\//, ''))?.has(hash));
					},
				}),
			],
		}),
		// After Starlight, whose build step writes the search index this adjusts.
		pagefindEnglishStemming(),
		scriptOrigins(),
		// Before the policy's hashes are taken: they must be of the scripts as they ship.
		inlineScripts(),
		securityHeaders(),
	],
});
