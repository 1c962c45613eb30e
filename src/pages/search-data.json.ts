/**
 * What the search dialog loads with its first query, generated at build time: the vocabulary
 * (src/lib/query/vocabulary.ts) from the glossary's terms and their aliases and the seller words
 * of src/content/seller-words.yaml, so what search understands is what the glossary page shows;
 * the Traditional→Simplified table for the characters the site holds (convert.ts, from OpenCC's
 * data); the site's English words, for the nearest word to a slip (fuzzy.ts); the question words dropped
 * from a query (stopwords.ts: data, not code, so the dialog's script stays small); and the dialog's own
 * messages in both languages, kept out of every page's HTML. The build tests and the benchmark
 * read the same file.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import * as OpenCC from 'opencc-js/t2cn';
import { SEARCH_STRING_KEYS } from '../components/search/search-results';
import { buildT2sPairs } from '../lib/query/convert';
import { withSellerWords } from '../lib/query/seller-words';
import { STOP_WORDS, STOP_WORDS_TEXT } from '../lib/query/stopwords';
import { vocabularyFromTerms } from '../lib/query/vocabulary';

/** Every string inside a value (an aligned document's data), depth first. */
const stringsIn = (value: unknown): string[] =>
	typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(stringsIn) : value && typeof value === 'object' ? Object.values(value).flatMap(stringsIn) : [];

export const GET: APIRoute = async () => {
	const docs = await getCollection('aligned');
	const terms = docs.flatMap((doc) => doc.data.blocks.flatMap((b) => (b.kind === 'term' ? [b] : [])));
	const vocabulary = withSellerWords(vocabularyFromTerms(terms), (await getCollection('sellerWords')).map((e) => e.data));
	const locales = await getCollection('i18n');
	const strings = async (locale: string) => {
		const entry = locales.find((e) => e.id.toLowerCase() === locale.toLowerCase());
		if (!entry) throw new Error(`No interface strings for ${locale} in src/content/i18n/`);
		const all = entry.data as Record<string, string | undefined>;
		return Object.fromEntries(SEARCH_STRING_KEYS.map((key) => [key, all[key]]));
	};
	// The question words too: 嗎 must become the 吗 the query layer drops.
	const text = [...docs.flatMap((d) => stringsIn(d.data)), ...vocabulary.flatMap((e) => [...e.zh, ...e.en]), ...STOP_WORDS.zh].join('\n');
	// Taiwan's and Hong Kong's standards both: a character either writes (臺/台, 綫/線) is read.
	const tw = OpenCC.Converter({ from: 'tw', to: 'cn' });
	const hk = OpenCC.Converter({ from: 'hk', to: 'cn' });
	const siteChars = new Set(text.match(/\p{Script=Han}/gu));
	const t2s = [...new Set([...buildT2sPairs(siteChars, tw), ...buildT2sPairs(siteChars, hk)].join('').match(/../gu) ?? [])].join('');
	// Words of four letters or more (shorter ones are too near each other to correct), placeholders out.
	const words = [...new Set((text.replace(/\{\{[^}]*\}\}/g, ' ').toLowerCase().match(/[a-z][a-z-]{3,}/g) ?? []).map((w) => w.replace(/-+$/, '')))].sort();
	const body = { vocabulary, t2s, words, stop: STOP_WORDS_TEXT, strings: { zh: await strings('zh-CN'), en: await strings('en') } };
	return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
};
