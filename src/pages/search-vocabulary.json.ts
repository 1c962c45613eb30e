/**
 * The search vocabulary (src/lib/query/vocabulary.ts), generated from the glossary's terms and
 * their aliases at build time: the dialog loads it with its first query, the build tests and the
 * benchmark read the same file, so what search understands is what the glossary page shows.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { vocabularyFromTerms } from '../lib/query/vocabulary';

/** Where the file is published, under the site's base. */
export const prerender = true;

export const GET: APIRoute = async () => {
	const docs = await getCollection('aligned');
	const terms = docs.flatMap((doc) => doc.data.blocks.flatMap((b) => (b.kind === 'term' ? [b] : [])));
	return new Response(JSON.stringify(vocabularyFromTerms(terms)), { headers: { 'Content-Type': 'application/json' } });
};
