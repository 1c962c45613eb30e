/**
 * The terminology checker: finds, in one string of one language, the words the site's
 * terminology list (src/content/terms.yaml) says not to write. Pure, so the glossary, the tests
 * over content and the tests over the built site all judge a string the same way.
 */
import { z } from 'astro/zod';
import type { Lang } from './lang';

const pair = z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict();

export const termEntrySchema = z
	.object({
		id: z.string().regex(/^[a-z][a-z0-9-]*$/),
		/** The glossary row (in src/content/aligned/glossary.yaml) that explains the term. */
		glossary: z.string().optional(),
		/** What this site writes instead. */
		use: pair,
		/** Plain text, or a regular expression between slashes; at least one language. */
		avoid: z.object({ zh: z.array(z.string().min(1)).optional(), en: z.array(z.string().min(1)).optional() }).strict(),
		why: pair,
	})
	.strict();

export const termsSchema = z.array(termEntrySchema).min(1);
export type TermEntry = z.infer<typeof termEntrySchema>;

export interface Finding {
	term: string;
	/** The text that matched. */
	found: string;
	index: number;
}

const REGEX = /^\/(.+)\/([a-z]*)$/s;
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One `avoid` item as a pattern. English plain text matches whole words, case-insensitively
 * ("ban" must not match "banner"); Chinese plain text anywhere, as Chinese has no spaces.
 */
export function avoidPattern(item: string, lang: Lang): RegExp {
	const re = REGEX.exec(item);
	if (re) return new RegExp(re[1], `${re[2].replace(/[gu]/g, '')}gu`);
	const text = escapeRegExp(item);
	return lang === 'en' ? new RegExp(`\\b${text}\\b`, 'giu') : new RegExp(text, 'gu');
}

/** Every place `text` uses a variant the terminology list rules out for `lang`. */
export function checkText(text: string, lang: Lang, terms: readonly TermEntry[]): Finding[] {
	const findings: Finding[] = [];
	for (const term of terms) {
		for (const item of term.avoid[lang] ?? []) {
			for (const m of text.matchAll(avoidPattern(item, lang))) findings.push({ term: term.id, found: m[0], index: m.index ?? 0 });
		}
	}
	return findings.sort((a, b) => a.index - b.index);
}

/** The entries that name a glossary row, by row id. */
export function termsByGlossaryId(terms: readonly TermEntry[]): Map<string, TermEntry> {
	return new Map(terms.flatMap((t) => (t.glossary ? [[t.glossary, t] as const] : [])));
}
