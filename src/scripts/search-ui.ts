/**
 * Starlight's search dialog (Ctrl/Cmd+K, its markup, styles and translations) imports
 * `@pagefind/default-ui` once a page is idle and constructs `PagefindUI` with its options.
 * astro.config.mjs points that one import here, so the dialog stays Starlight's own and only
 * the options change:
 *
 * - both language indexes are searched: the page's own (Pagefind picks it by `<html lang>`) and
 *   the other one, merged with its language forced, so Chinese is matched against segmented
 *   Chinese and English against stemmed English, whichever UI the reader is in;
 * - a hit in the other language says so, and on aligned documents opens the same passage on
 *   the reader's own locale page (see `localizeResult`);
 * - result links carry the matched terms, and a page opened from one highlights them;
 * - the search field and button get the accessible names they lack (see search-a11y.ts).
 */
// The package itself, by file: the alias in astro.config.mjs covers only the bare specifier.
import { PagefindUI as DefaultUI } from '@pagefind/default-ui/npm_dist/mjs/ui-core.mjs';
import { toLang, type Lang } from '../lib/lang';
import {
	HIGHLIGHT_PARAM,
	INDEX_LANGUAGE,
	highlightTerms,
	localizeResult,
	otherLang,
	type ResultLike,
	type SearchContext,
} from '../lib/search';
import { labelSearch } from './search-a11y';

interface StarlightOptions {
	element: string;
	bundlePath: string;
	baseUrl: string;
	processResult?: (result: ResultLike) => void;
	[option: string]: unknown;
}

/**
 * Pagefind waits this long after the last keystroke before searching (its default is 300 ms).
 * The index of this site is small, so searching sooner costs little and answers faster.
 */
const DEBOUNCE_MS = 50;

function readContext(baseUrl: string): SearchContext {
	const lang = toLang(document.documentElement.lang);
	let strings: { label?: string; zh?: string; en?: string } = {};
	try {
		strings = JSON.parse(document.getElementById('kb-search-strings')?.textContent ?? '{}');
	} catch {
		// Without our strings the results are still right; only the language tag is plainer.
	}
	return {
		lang,
		base: baseUrl,
		languageLabel: strings.label ?? 'Language',
		languageNames: { zh: strings.zh ?? '中文', en: strings.en ?? 'English' },
	};
}

export class PagefindUI extends DefaultUI {
	constructor(options: StarlightOptions) {
		const ctx = readContext(options.baseUrl);
		/** The language of each result, by URL, for the `lang` attributes set after rendering. */
		const languages = new Map<string, Lang>();
		super({
			// The query as typed, for highlighting whole words on the page a result opens.
			processTerm: (term: string) => {
				ctx.highlight = highlightTerms(term);
				return term;
			},
			...options,
			debounceTimeoutMs: DEBOUNCE_MS,
			highlightParam: HIGHLIGHT_PARAM,
			mergeIndex: [
				{
					// Pagefind skips merging a bundle path the primary index's path starts with; the
					// same bundle by absolute URL is fetched from the same files.
					bundlePath: new URL(options.bundlePath, location.href).href,
					language: INDEX_LANGUAGE[otherLang(ctx.lang)],
					baseUrl: options.baseUrl,
					highlightParam: HIGHLIGHT_PARAM,
				},
			],
			processResult: (result: ResultLike) => {
				options.processResult?.(result);
				const lang = localizeResult(result, ctx);
				if (lang && lang !== ctx.lang) languages.set(result.url, lang);
				return result;
			},
		});
		const root = document.querySelector(options.element);
		labelSearch(root);
		if (root) markLanguages(root, ctx, languages);
		void highlightLanding(options.bundlePath);
	}
}

/**
 * Results in the other language get its `lang`, so they are read aloud and set in type as that
 * language; the tag naming the language stays in the page's.
 */
function markLanguages(root: Element, ctx: SearchContext, languages: Map<string, Lang>) {
	const tag = { zh: 'zh-CN', en: 'en' } as const;
	new MutationObserver(() => {
		for (const result of root.querySelectorAll<HTMLElement>('.pagefind-ui__result-inner:not([lang])')) {
			const href = result.querySelector('a')?.getAttribute('href');
			const lang = href ? languages.get(href) : undefined;
			if (!lang) continue;
			result.lang = tag[lang];
			for (const meta of result.querySelectorAll<HTMLElement>('.pagefind-ui__result-tag')) meta.lang = tag[ctx.lang];
		}
	}).observe(root, { childList: true, subtree: true });
}

/**
 * On a page opened from a result, marks the matched terms, in both languages' passages: the
 * other language's passages are kept out of this page's index (`data-pagefind-ignore`), but the
 * reader landed here to see them, so only interface chrome (ignored and without `lang`) is
 * skipped. Marking can reveal a passage the reading mode hides (see global.css), so the target
 * is scrolled to again.
 */
async function highlightLanding(bundlePath: string) {
	if (!new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) return;
	const chrome = '[data-pagefind-ignore]:not([lang])';
	const { default: PagefindHighlight } = await import(/* @vite-ignore */ `${bundlePath}pagefind-highlight.js`);
	new PagefindHighlight({
		highlightParam: HIGHLIGHT_PARAM,
		markOptions: { className: 'pagefind-highlight', exclude: [chrome, `${chrome} *`] },
		addStyles: false,
	});
	const id = decodeURIComponent(location.hash.slice(1));
	if (id) document.getElementById(id)?.scrollIntoView();
}
