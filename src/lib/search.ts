/**
 * How the site's search works across its two languages, as pure functions (no DOM) shared by
 * the components that mark up what Pagefind indexes and by the query layer (src/lib/query/).
 *
 * Pagefind keeps one index per `<html lang>`: Chinese text is segmented into words only in the
 * `zh-cn` index, English is stemmed only in the `en` index. So each page indexes only its own
 * language's passages (the other language's are `data-pagefind-ignore`), and the dialog searches
 * both indexes. A hit in the other language's page is shown on the reader's own locale page:
 * an aligned passage at its twin (`<id>-zh` ↔ `<id>-en`), any other page as a whole.
 */
import { localePath, plainText, type Lang } from './lang';

/** Pagefind's index key for each site language (its lowercased `<html lang>`). */
export const INDEX_LANGUAGE: Record<Lang, string> = { zh: 'zh-cn', en: 'en' };

/** The query parameter that carries the matched terms to the page a result opens. */
export const HIGHLIGHT_PARAM = 'pagefind-highlight';

/**
 * Meta key set on pages whose passage anchors exist on both locale pages (aligned documents),
 * so a hit can land on its twin passage in the reader's own locale.
 */
export const TWIN_META = 'bilingual';

/** The other site language. */
export function otherLang(lang: Lang): Lang {
	return lang === 'zh' ? 'en' : 'zh';
}

/** Splits a URL path (with query and hash) after the site's base into locale and rest. */
function splitLocale(url: string, base: string): { prefix: string; lang: Lang; rest: string } | undefined {
	const root = base.endsWith('/') ? base : `${base}/`;
	let origin = '';
	let path = url;
	const absolute = url.match(/^(https?:\/\/[^/]+)(\/.*)?$/);
	if (absolute) {
		origin = absolute[1];
		path = absolute[2] ?? '/';
	}
	if (!path.startsWith(root)) return undefined;
	const rest = path.slice(root.length);
	if (rest === 'en' || /^en[/?#]/.test(rest)) return { prefix: origin + root, lang: 'en', rest: rest.slice(2).replace(/^\//, '') };
	return { prefix: origin + root, lang: 'zh', rest };
}

/** The language of the page a site URL points to: English under `<base>en/`, else Chinese. */
export function localeOfUrl(url: string, base: string): Lang | undefined {
	return splitLocale(url, base)?.lang;
}

/**
 * The same URL in the other locale (`/kb/guideline/?q#a-zh` ↔ `/kb/en/guideline/?q#a-zh`),
 * query and fragment kept. Every page exists in both locales under the same file name.
 */
export function urlInLocale(url: string, base: string, lang: Lang): string {
	const parts = splitLocale(url, base);
	if (!parts || parts.lang === lang) return url;
	return localePath(parts.prefix, lang, parts.rest);
}

/** Sentence ends in both languages; a passage's first sentence names it in a result list. */
const SENTENCE_END = /[。！？；：!?;:]|\.(?=\s|$)/u;

/**
 * A short title for a passage's search sub-result: its first sentence, cut to a length that
 * fits one line of the dialog (Chinese characters are about twice as wide as Latin letters).
 */
export function passageTitle(markdown: string, lang: Lang): string {
	const text = plainText(markdown);
	const end = text.search(SENTENCE_END);
	const sentence = end >= 0 ? text.slice(0, end + 1) : text;
	const max = lang === 'zh' ? 28 : 72;
	const chars = [...sentence];
	if (chars.length <= max) return sentence.replace(/[：:]$/u, '');
	let cut = chars.slice(0, max - 1).join('');
	// English is cut at a word boundary, Chinese anywhere.
	if (lang === 'en' && cut.includes(' ')) cut = cut.slice(0, cut.lastIndexOf(' '));
	return `${cut.replace(/[\s,，、]+$/u, '')}…`;
}

/** `url` with its highlight parameters replaced by `terms` (query and fragment otherwise kept). */
export function withHighlightTerms(url: string, terms: string[]): string {
	const hashAt = url.indexOf('#');
	const hash = hashAt >= 0 ? url.slice(hashAt) : '';
	const beforeHash = hashAt >= 0 ? url.slice(0, hashAt) : url;
	const queryAt = beforeHash.indexOf('?');
	const path = queryAt >= 0 ? beforeHash.slice(0, queryAt) : beforeHash;
	const params = new URLSearchParams(queryAt >= 0 ? beforeHash.slice(queryAt + 1) : '');
	params.delete(HIGHLIGHT_PARAM);
	for (const term of terms) params.append(HIGHLIGHT_PARAM, term);
	const query = params.toString();
	return path + (query ? `?${query}` : '') + hash;
}
