/**
 * Seller vocabulary (src/content/seller-words.yaml): words sellers use for what the site names
 * otherwise, each with its meaning — a glossary term, or a concept of its own with the passage
 * that explains it. Merged into the search vocabulary at build time and shown on the glossary.
 */
import { z } from 'astro/zod';
import type { Vocabulary } from './vocabulary';

const words = z.array(z.string().trim().min(1));
const passage = z.string().regex(/^[a-z0-9-]+#[a-z0-9-]+$/);

export const sellerWordsSchema = z
	.object({
		/** The collection's key (the loader sets it to `means`). */
		id: z.string().optional(),
		/** A glossary term id, or the id of the concept `names` names. */
		means: z.string().regex(/^[a-z0-9-]+$/),
		/** For a meaning that is no glossary term: the site's name for it in each language. */
		names: z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict().optional(),
		/** For a meaning that is no glossary term: the passage that explains it (`page#block`), if one does. */
		passage: passage.optional(),
		/** It names an aspect of a metric (formula, target, window): the block id answering it on a metric's page (rank-answer.ts). */
		aspect: z.string().regex(/^[a-z0-9-]+$/).optional(),
		zh: words,
		en: words,
	})
	.strict()
	// A concept of its own may have no one passage that explains it (what counts towards the rate is
	// told case by case, under the headings that name it): its names are searched, nothing more.
	.refine((e) => e.passage === undefined || e.names !== undefined, { message: 'a passage belongs to a concept of its own (`names`)' });

export type SellerWords = z.infer<typeof sellerWordsSchema>;

/**
 * The glossary's vocabulary with the seller words added: a term's words after its aliases, a
 * concept of its own as an entry of its own (its name first). A word meaning a term the
 * glossary does not have is an error: the word would mean nothing.
 */
export function withSellerWords(vocabulary: Vocabulary, entries: SellerWords[]): Vocabulary {
	const unique = (names: string[]) => [...new Set(names)];
	const out = vocabulary.map((e) => ({ ...e, zh: [...e.zh], en: [...e.en] }));
	for (const w of entries) {
		if (w.names) {
			if (out.some((e) => e.id === w.means)) throw new Error(`seller words: "${w.means}" is a glossary term; drop its names and passage`);
			out.push({ id: w.means, zh: unique([w.names.zh, ...w.zh]), en: unique([w.names.en, ...w.en]), ...(w.passage ? { usage: w.passage } : {}), glossary: false, ...(w.aspect ? { aspect: w.aspect } : {}) });
			continue;
		}
		const entry = out.find((e) => e.id === w.means);
		if (!entry) throw new Error(`seller words: no glossary term "${w.means}"`);
		entry.zh = unique([...entry.zh, ...w.zh]);
		entry.en = unique([...entry.en, ...w.en]);
		if (w.aspect) entry.aspect = w.aspect;
	}
	return out;
}
