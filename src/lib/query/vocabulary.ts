/**
 * The site's own vocabulary for search: every glossary term with its other names (abbreviations,
 * everyday words), per language. It is content: generated at build time from the glossary
 * (src/pages/search-data.json.ts) and loaded by the search dialog, never a list in code.
 */
import type { Lang } from '../lang';

/** One concept: its names per language, the site's own term first, then its aliases. */
export interface VocabularyEntry {
	id: string;
	zh: string[];
	en: string[];
	/** The passage that explains it, as the glossary links it: `page#block` (e.g. `cancellation-rate#formula`). */
	usage?: string;
	/** It names an aspect of a metric (formula, target, window), not a metric: the block answering it on a metric's page (rank-answer.ts). */
	aspect?: string;
	/** A concept of the seller vocabulary's own, with no glossary row (seller-words.ts). */
	glossary?: false;
}

export type Vocabulary = VocabularyEntry[];

/** The part of a glossary term block this needs (see `termSchema` in src/lib/aligned.ts). */
export interface TermLike {
	id: string;
	zh: string;
	en: string;
	aliases?: { zh: string[]; en: string[] };
	usage?: { page: string; block: string };
}

export function vocabularyFromTerms(terms: TermLike[]): Vocabulary {
	const unique = (names: string[]) => [...new Set(names.map((n) => n.trim()).filter((n) => n.length > 0))];
	return terms.map((t) => ({
		id: t.id,
		zh: unique([t.zh, ...(t.aliases?.zh ?? [])]),
		en: unique([t.en, ...(t.aliases?.en ?? [])]),
		...(t.usage ? { usage: `${t.usage.page}#${t.usage.block}` } : {}),
	}));
}

/** The name the site's text uses for a concept in one language. */
export function siteName(entry: VocabularyEntry, lang: Lang): string {
	return entry[lang][0];
}

/** Checks a vocabulary read from JSON; anything malformed yields an empty one (search still works). */
export function parseVocabulary(data: unknown): Vocabulary {
	if (!Array.isArray(data)) return [];
	const names = (x: unknown) => Array.isArray(x) && x.length > 0 && x.every((n) => typeof n === 'string');
	return data.filter(
		(e): e is VocabularyEntry =>
			typeof e === 'object' && e !== null && typeof e.id === 'string' && names(e.zh) && names(e.en) && (e.usage === undefined || typeof e.usage === 'string'),
	);
}
