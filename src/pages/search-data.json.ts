/**
 * What the search dialog loads with its first query, generated at build time: the vocabulary
 * (src/lib/query/vocabulary.ts) from the glossary's terms and their aliases, so what search
 * understands is what the glossary page shows; and the dialog's own messages in both languages,
 * kept out of every page's HTML. The build tests and the benchmark read the same file.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { SEARCH_STRING_KEYS } from '../components/search/search-results';
import { vocabularyFromTerms } from '../lib/query/vocabulary';

export const GET: APIRoute = async () => {
	const docs = await getCollection('aligned');
	const terms = docs.flatMap((doc) => doc.data.blocks.flatMap((b) => (b.kind === 'term' ? [b] : [])));
	const locales = await getCollection('i18n');
	const strings = async (locale: string) => {
		const entry = locales.find((e) => e.id.toLowerCase() === locale.toLowerCase());
		if (!entry) throw new Error(`No interface strings for ${locale} in src/content/i18n/`);
		const all = entry.data as Record<string, string | undefined>;
		return Object.fromEntries(SEARCH_STRING_KEYS.map((key) => [key, all[key]]));
	};
	const body = { vocabulary: vocabularyFromTerms(terms), strings: { zh: await strings('zh-CN'), en: await strings('en') } };
	return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
};
