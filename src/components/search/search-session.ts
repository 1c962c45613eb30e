/**
 * What the search form (search-ui.ts) loads when the reader first focuses its field: Pagefind with
 * both language indexes, the vocabulary and strings of src/pages/search-data.json.ts, and the
 * query layer (src/lib/query/) that asks and renders. A module of its own, imported then, so that
 * the form, built on every page once it is idle, does not parse the query layer's code on pages
 * where nobody searches.
 */
import type { Lang } from '../../lib/lang';
import { t2sMap } from '../../lib/query/convert';
import { SiteSearchEngine, type PagefindApi, type SearchAnswer } from '../../lib/query/engine';
import { MAX_QUERY_CHARS, stopWords, type Lexicon } from '../../lib/query/parse';
import { parseVocabulary } from '../../lib/query/vocabulary';
import { INDEX_LANGUAGE, otherLang } from '../../lib/search';
import { renderAnswer, type SearchStrings } from './search-results';

/** The options Starlight's dialog constructs Pagefind's UI with. */
export interface StarlightOptions {
	element: string;
	bundlePath: string;
	baseUrl: string;
	translations?: Record<string, string>;
	processResult?: (result: { url: string; sub_results: { url: string }[] }) => void;
	[option: string]: unknown;
}

interface PagefindModule extends PagefindApi {
	options(options: Record<string, unknown>): Promise<void>;
	mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
}

export interface SearchSession {
	ask(query: string): Promise<SearchAnswer>;
	/** Shows `answer` to `query` in the dialog's results area. */
	render(area: HTMLElement, answer: SearchAnswer, query: string): void;
}

/** What src/pages/search-data.json.ts publishes; anything missing or malformed leaves search working. */
async function loadSearchData(baseUrl: string, lang: Lang): Promise<{ lexicon: Lexicon; strings: SearchStrings }> {
	try {
		const response = await fetch(`${baseUrl.replace(/\/?$/, '/')}search-data.json`);
		const data = response.ok ? await response.json() : {};
		const words = Array.isArray(data?.words) ? data.words.filter((w: unknown) => typeof w === 'string') : [];
		return { lexicon: { vocabulary: parseVocabulary(data?.vocabulary), t2s: t2sMap(data?.t2s), words, stop: stopWords(data?.stop) }, strings: data?.strings?.[lang] ?? {} };
	} catch {
		// Without it, search still works, only without aliases, and messages fall back to Pagefind's.
		return { lexicon: { vocabulary: [] }, strings: {} };
	}
}

export async function openSession(options: StarlightOptions, lang: Lang): Promise<SearchSession> {
	const { bundlePath, baseUrl } = options;
	const [pagefind, { lexicon, strings: ours }] = await Promise.all([
		import(/* @vite-ignore */ `${bundlePath}pagefind.js`) as Promise<PagefindModule>,
		loadSearchData(baseUrl, lang),
	]);
	await pagefind.options({ baseUrl, excerptLength: 24 });
	// Pagefind skips merging a bundle path the primary index's path starts with; the same
	// bundle by absolute URL is fetched from the same files.
	await pagefind.mergeIndex(new URL(bundlePath, location.href).href, {
		language: INDEX_LANGUAGE[otherLang(lang)],
		baseUrl,
	});
	const engine = new SiteSearchEngine(pagefind, lexicon);
	const strings = { ...(options.translations ?? {}), ...ours };
	return {
		ask: (query) => engine.ask(query, { lang, base: baseUrl }),
		render: (area, answer, query) =>
			renderAnswer(area, answer, query, { strings, lang, base: baseUrl, maxChars: MAX_QUERY_CHARS, vocabulary: lexicon.vocabulary }),
	};
}
