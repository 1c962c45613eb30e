/**
 * The build step that prepares one aligned pair for reading in two languages at once: glossary
 * terms marked as links (term-hints.ts), then sentences split and paired (sentence-pairs.ts), on
 * the HTML each passage's Markdown rendered to.
 */
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Lang } from './lang';
import { pairSentences, type PairingStats, type SentenceGroups } from './sentence-pairs';
import { markTerms, type TermMatcher } from './term-hints';

export interface ReadingAidsOptions {
	/** Split and pair sentences (prose); tables keep their cells whole. */
	sentences: boolean;
	groups?: SentenceGroups;
	/** Glossary terms to mark, and where each links to; none on the glossary page itself. */
	terms?: { matcher: TermMatcher; href: (id: string) => string };
	/** Names the pair in build errors. */
	where: string;
}

export interface ReadingAidsResult {
	html: Record<Lang, string>;
	stats: PairingStats;
	/** Glossary term ids marked in either passage. */
	terms: string[];
}

export function addReadingAids(html: Record<Lang, string>, options: ReadingAidsOptions): ReadingAidsResult {
	const trees = { zh: fromHtml(html.zh, { fragment: true }), en: fromHtml(html.en, { fragment: true }) };
	const terms = new Set<string>();
	if (options.terms) {
		for (const tree of Object.values(trees)) for (const id of markTerms(tree, options.terms.matcher, options.terms.href)) terms.add(id);
	}
	const stats = options.sentences
		? pairSentences(trees, options.groups, options.where)
		: { sentences: { zh: 0, en: 0 }, paired: { zh: 0, en: 0 } };
	return { html: { zh: toHtml(trees.zh), en: toHtml(trees.en) }, stats, terms: [...terms] };
}
