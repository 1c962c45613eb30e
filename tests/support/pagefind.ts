/**
 * The built search index, queried from Node the way the site's search dialog queries it: the
 * page's language index first (Pagefind picks it by `<html lang>`), the other language's merged
 * in with its language forced, and the query run through the same query layer (src/lib/query/).
 *
 * Pagefind's browser bundle runs in Node once `fetch` can read `file:` URLs and a stub
 * `document` tells it the page language; each import gets its own query string so that each
 * language has a fresh module (the bundle keeps one instance per module).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Lang } from '../../src/lib/aligned';
import { SiteSearchEngine, type PagefindApi, type SearchAnswer } from '../../src/lib/query/engine';
import { t2sMap } from '../../src/lib/query/convert';
import { stopWords, type Lexicon } from '../../src/lib/query/parse';
import { parseVocabulary, type Vocabulary } from '../../src/lib/query/vocabulary';
import { INDEX_LANGUAGE, otherLang } from '../../src/lib/search';
import { requireBuild } from './site';

export interface SubResult {
	title: string;
	url: string;
	locations: number[];
}

export interface Fragment {
	url: string;
	content: string;
	meta: Record<string, string | undefined>;
	anchors: { element: string; id: string; text?: string; title?: string }[];
	sub_results: SubResult[];
}

interface PagefindModule {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
	search(term: string | null): Promise<{ results: { score: number; data(): Promise<Fragment> }[] }>;
	destroy(): Promise<void>;
}

let fetchInstalled = false;
function installFileFetch() {
	if (fetchInstalled) return;
	fetchInstalled = true;
	const original = globalThis.fetch;
	globalThis.fetch = async (input: string | URL | Request, init?: RequestInit) => {
		const url = new URL(input instanceof Request ? input.url : String(input));
		if (url.protocol !== 'file:') return original(input, init);
		try {
			return new Response(await readFile(decodeURIComponent(url.pathname)));
		} catch {
			return new Response(null, { status: 404 });
		}
	};
}

let imports = 0;

/** Pagefind's module with only one language index loaded: the one a page in `lang` gets. */
async function loadIndex(dir: string, lang: string, baseUrl: string): Promise<PagefindModule> {
	installFileFetch();
	const bundle = pathToFileURL(join(requireBuild(dir), 'pagefind/')).href;
	const previous = (globalThis as { document?: unknown }).document;
	// Pagefind reads the page language once, when its first call creates the instance.
	(globalThis as { document?: unknown }).document = {
		currentScript: null,
		querySelector: (selector: string) => (selector === 'html' ? { getAttribute: () => lang } : null),
	};
	try {
		const pf = (await import(/* @vite-ignore */ `${bundle}pagefind.js?${lang}-${++imports}`)) as PagefindModule;
		await pf.options({ baseUrl });
		// Options are only stored until `init` creates the instance, reading the language.
		await pf.init();
		return pf;
	} finally {
		(globalThis as { document?: unknown }).document = previous;
	}
}

export interface SiteSearch {
	/** The dialog's answer to a query typed on a page in `lang`: plan, ranked hits, completeness. */
	answer(query: string): Promise<SearchAnswer>;
	/** The URLs of the hits, best first, without the highlight parameter. */
	passages(query: string): Promise<string[]>;
}

/** What the build published for the dialog (src/pages/search-data.json.ts). */
export async function builtSearchData(dir: string): Promise<{ vocabulary: unknown; t2s: unknown; words: string[]; stop: unknown; strings: Record<Lang, Record<string, string>> }> {
	return JSON.parse(await readFile(join(requireBuild(dir), 'search-data.json'), 'utf8'));
}

/** The search vocabulary the build published. */
export async function builtVocabulary(dir: string): Promise<Vocabulary> {
	return parseVocabulary((await builtSearchData(dir)).vocabulary);
}

/** What the dialog reads of the build's search data. */
export async function builtLexicon(dir: string): Promise<Lexicon> {
	const data = await builtSearchData(dir);
	return { vocabulary: parseVocabulary(data.vocabulary), t2s: t2sMap(data.t2s), words: data.words, stop: stopWords(data.stop) };
}

/** Search as a page in `lang` does: its own index plus the other language's, through the query layer. */
export async function siteSearch(dir: string, base: string, lang: Lang): Promise<SiteSearch> {
	const pf = await loadIndex(dir, INDEX_LANGUAGE[lang], base);
	// The same bundle under another spelling of its URL: Pagefind skips merging its own path.
	const bundle = pathToFileURL(join(dir, 'pagefind/')).href;
	await pf.mergeIndex(`${bundle}./`, { language: INDEX_LANGUAGE[otherLang(lang)], baseUrl: base });
	const engine = new SiteSearchEngine(pf as unknown as PagefindApi, await builtLexicon(dir));
	const answer = (query: string) => engine.ask(query, { lang, base });
	return {
		answer,
		async passages(query) {
			return (await answer(query)).hits.map((h) => h.url.replace(/\?[^#]*/, ''));
		},
	};
}

/** Every page of one language index, as Pagefind stored it (content, anchors, meta). */
export async function indexedPages(dir: string, indexLang: string): Promise<Fragment[]> {
	const pf = await loadIndex(dir, indexLang, '/');
	const { results } = await pf.search(null);
	return Promise.all(results.map((r) => r.data()));
}

/** The languages Pagefind built indexes for, with their page counts. */
export async function indexLanguages(dir: string): Promise<Record<string, { page_count: number }>> {
	const entry = JSON.parse(await readFile(join(requireBuild(dir), 'pagefind/pagefind-entry.json'), 'utf8'));
	return entry.languages;
}
