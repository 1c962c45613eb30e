/**
 * What the dialog says it understood of a query, in the reader's language: the site's names of
 * the concepts it read where the words typed were other ones (警戒线 → 目标, a slip corrected, the
 * Cancellation Rate added to "what is the limit"), and the glossary terms it recognised, with
 * where each is explained. Pure: the dialog renders it (search-results.ts).
 */
import type { Lang } from '../lang';
import type { SearchAnswer } from './engine';
import { normalizeQuery } from './parse';
import { siteName, type Vocabulary } from './vocabulary';

export interface Understood {
	/** Names to say "searching for", in the reader's language; empty when the query was read as typed. */
	names: string[];
	/** Glossary terms (or the seller vocabulary's own concepts) named: their name and path under the locale root. */
	terms: { name: string; path: string }[];
}

export function understood(answer: SearchAnswer, vocabulary: Vocabulary, lang: Lang): Understood {
	const names: string[] = [];
	const terms: { name: string; path: string }[] = [];
	const typed = (s: string) => normalizeQuery(s).text;
	const corrected = new Map((answer.corrections ?? []).map((c) => [c.to, c.from]));
	for (const term of answer.plan.terms) {
		const entry = term.concept ? vocabulary.find((e) => e.id === term.concept) : undefined;
		if (!entry) {
			if (corrected.has(term.text)) names.push(term.text);
			continue;
		}
		const name = siteName(entry, lang);
		// Read as typed: the site's own name in either language, or an abbreviation (ODR, LSR).
		const abbreviations = [...entry.zh, ...entry.en].filter((n) => /^[A-Z]{2,5}$/.test(n));
		const asTyped = [siteName(entry, 'zh'), siteName(entry, 'en'), ...abbreviations].map(typed).includes(term.text);
		const added = term.at[0] === term.at[1];
		if (added || !asTyped || (answer.corrections ?? []).some((c) => term.text.includes(c.to))) names.push(name);
		const [page, block] = (entry.usage ?? '').split('#');
		terms.push({ name, path: entry.glossary === false && page ? `${page}/#${block}-${lang}` : `glossary/#${entry.id}` });
	}
	return { names: [...new Set(names)], terms };
}
