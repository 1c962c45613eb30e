/**
 * The site's two languages and the helpers the browser needs about them. Kept apart from
 * aligned.ts, which defines the content schemas with zod: a browser script that imports from
 * there bundles all of zod (about 14 kB gzip) for a one-line function, because building the
 * schemas at module load is a side effect the bundler cannot drop.
 */

/** The two languages of the site. `zh` is the root locale. */
export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** BCP 47 tags for the `lang` attribute of each language. */
export const LANG_TAG: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

/** The anchor of one language's passage of a pair. */
export function passageId(id: string, lang: Lang): string {
	return `${id}-${lang}`;
}

/** The page's language first, then the other one. */
export function langOrder(pageLang: Lang): [Lang, Lang] {
	return pageLang === 'zh' ? ['zh', 'en'] : ['en', 'zh'];
}

/** Maps a BCP 47 tag such as `zh-CN` or `en-US` to the site language. */
export function toLang(tag: string | undefined): Lang {
	return tag?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/**
 * Markdown reduced to the words a reader sees: for headings in the table of contents and for
 * JSON-LD, where markup has no place.
 */
export function plainText(markdown: string): string {
	return markdown
		.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/(\*\*|\*|`)(.+?)\1/g, '$2')
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * A page's path in one locale, from the site's base: Chinese (the root locale) at the base,
 * English under `en/`. `page` is the path without locale, such as `calculator/`.
 */
export function localePath(base: string, lang: Lang, page = ''): string {
	return `${base.replace(/\/?$/, '/')}${lang === 'en' ? 'en/' : ''}${page}`;
}

/**
 * The `data-pagefind-ignore` value for text in `lang` on a page in `pageLang`: each page's search
 * index holds its own language only (the other language is indexed from its own locale page), so
 * text in the other language is left out of the index while staying on the page.
 */
export function indexOnlyPageLang(lang: Lang, pageLang: Lang): 'index' | undefined {
	return lang === pageLang ? undefined : 'index';
}
