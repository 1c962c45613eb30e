/**
 * Term hints: glossary terms found in a passage's text become links to their glossary entry, at
 * build time, from the glossary data (no hand-made markup). The link's text is the passage's own
 * text, untouched; a script adds the popover (other language's term, definition) on top, and
 * without it the link still leads to the entry.
 */
import type { Element, ElementContent, Root } from 'hast';
import type { Lang } from './lang';

/** A glossary entry's names: the first of each list is its name, the rest aliases. */
export interface GlossaryTerm {
	id: string;
	zh: string[];
	en: string[];
}

/**
 * A glossary entry's names in one language: its own, then its aliases where the entry has them,
 * written either per language (`aliases: { zh: [...], en: [...] }`) or as one list, told apart by
 * script.
 */
export function termNames(entry: Record<Lang, string> & { aliases?: unknown }, lang: Lang): string[] {
	const { aliases } = entry;
	const list = Array.isArray(aliases)
		? aliases.filter((a): a is string => typeof a === 'string' && HAN.test(a) === (lang === 'zh'))
		: ((aliases as Partial<Record<Lang, unknown>> | undefined)?.[lang] ?? []);
	return [entry[lang], ...(Array.isArray(list) ? list.filter((a): a is string => typeof a === 'string') : [])];
}

/** Never marked inside these: a link in a link is invalid, and a heading's text is its anchor's. */
const SKIP = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'summary', 'code', 'pre', 'script', 'style', 'button']);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const HAN = /\p{Script=Han}/u;

export interface TermMatcher {
	pattern: RegExp;
	/** Term id by the lowercase form of each name. */
	byName: Map<string, string>;
}

/**
 * One regular expression for every name of every term, longest first, so 订单取消率 wins over
 * 取消率 at the same place. English names match whole words, in any case, with a plural `s`
 * ("stock-outs" for "stock-out"); Chinese has no spaces between words, so its names match anywhere.
 *
 * The whole-word checks stand once around all the English names, not around each: with one in
 * each of the glossary's hundred English names, case-insensitive in Unicode mode, V8 took 450 ms to
 * compile the expression (at every build), against 10 ms. The names with Han in them go first,
 * which keeps longest-first: where one of them and an English name match at the same place, the
 * English name ends before the first Han character, so it is the shorter.
 */
export function termMatcher(terms: GlossaryTerm[]): TermMatcher {
	const byName = new Map<string, string>();
	for (const term of terms) for (const name of [...term.zh, ...term.en]) if (name.trim()) byName.set(name.trim().toLowerCase(), term.id);
	const names = [...byName.keys()].sort((a, b) => b.length - a.length);
	const han = names.filter((n) => HAN.test(n)).map(escape);
	const words = names.filter((n) => !HAN.test(n)).map(escape);
	const alternatives = [];
	if (han.length > 0) alternatives.push(han.join('|'));
	if (words.length > 0) alternatives.push(`(?<![\\p{L}\\p{N}-])(?:${words.join('|')})(?:s|es)?(?![\\p{L}\\p{N}])`);
	return { pattern: new RegExp(alternatives.join('|') || '(?!)', 'giu'), byName };
}

/** The term a matched string names, a plural `s` allowed. */
function termOf(matcher: TermMatcher, text: string): string | undefined {
	const lower = text.toLowerCase();
	return matcher.byName.get(lower) ?? matcher.byName.get(lower.replace(/e?s$/, '')) ?? matcher.byName.get(lower.replace(/s$/, ''));
}

/**
 * Marks the first occurrence of each term in a passage (mutating the tree) and returns the ids
 * marked. Only the first: a term repeated three times in a paragraph would otherwise be underlined
 * three times, and the reader who needs the hint needs it once. A later occurrence is still
 * consumed by the pattern, so a shorter term inside it (取消率 in 订单取消率) is not marked either.
 */
export function markTerms(root: Root, matcher: TermMatcher, href: (id: string) => string): string[] {
	const marked = new Set<string>();
	const visit = (node: Root | Element) => {
		const children: ElementContent[] = [];
		for (const child of node.children as ElementContent[]) {
			if (child.type === 'element') {
				if (!SKIP.has(child.tagName)) visit(child);
				children.push(child);
				continue;
			}
			if (child.type !== 'text') {
				children.push(child);
				continue;
			}
			let last = 0;
			for (const match of child.value.matchAll(matcher.pattern)) {
				const id = termOf(matcher, match[0]);
				if (!id || marked.has(id)) continue;
				marked.add(id);
				if (match.index > last) children.push({ type: 'text', value: child.value.slice(last, match.index) });
				children.push({
					type: 'element',
					tagName: 'a',
					properties: { href: href(id), className: ['term'] },
					children: [{ type: 'text', value: match[0] }],
				});
				last = match.index + match[0].length;
			}
			if (last === 0) children.push(child);
			else if (last < child.value.length) children.push({ type: 'text', value: child.value.slice(last) });
		}
		node.children = children as typeof node.children;
	};
	visit(root);
	return [...marked];
}
