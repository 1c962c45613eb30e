/**
 * Where a result opens: on the reader's locale page, an aligned passage at its twin (with the
 * twin's title), any other page at the same page in the reader's locale. No DOM.
 */
import type { Lang } from '../lang';
import { urlInLocale, withHighlightTerms } from '../search';
import type { Candidate } from './collect';
import type { PageData } from './pagefind';

/** One result as the dialog shows it. */
export interface SearchHit {
	/** Where it opens: the reader's locale, with the words to highlight. */
	url: string;
	/** The passage's title in the reader's language. */
	title: string;
	/** Pagefind's excerpt (HTML with `<mark>`) of the matched text, in `matchLang`. */
	excerpt: string;
	/** The language the words were matched in. */
	matchLang: Lang;
	/** The title of the page it opens, in the reader's language. */
	pageTitle: string;
	/** Which of the plan's terms it holds. */
	terms: number[];
	score: number;
}

/** `abc-zh` → `abc`, `en`; ids without a language suffix (FAQ questions) are the same on both pages. */
export function pairOf(anchor: string): { id: string; lang?: Lang } {
	const m = anchor.match(/^(.+)-(zh|en)$/);
	return m ? { id: m[1], lang: m[2] as Lang } : { id: anchor };
}

/** A page's passage as the glossary names passages: `page#block` (`guideline#check-prices`). */
export function keyOf(pageUrl: string, anchor: string, base: string): string {
	const root = base.endsWith('/') ? base : `${base}/`;
	const page = pageUrl.slice(root.length).replace(/^en(\/|$)/, '').replace(/\/$/, '');
	return `${page}#${pairOf(anchor).id}`;
}

/** A candidate as the glossary names passages. */
export function passageKey(c: Candidate, base: string): string | undefined {
	return c.anchor ? keyOf(c.pageUrl, c.anchor, base) : undefined;
}

/** The URL (without query) a candidate opens on the reader's locale. */
export function targetKey(c: Candidate, lang: Lang, base: string): string {
	const page = urlInLocale(c.pageUrl, base, lang);
	if (!c.anchor) return page;
	if (c.lang === lang) return `${page}#${c.anchor}`;
	const pair = pairOf(c.anchor);
	// An aligned passage's twin; an anchor without a language (a FAQ question) is on both pages;
	// any other anchor (a heading of a plain page) may not exist there: the page itself.
	if (pair.lang && c.aligned) return `${page}#${pair.id}-${lang}`;
	return c.aligned ? `${page}#${c.anchor}` : page;
}

export function toHit(c: Candidate, score: number, terms: number[], highlight: string[], lang: Lang, base: string, readerPages: Map<string, PageData>): SearchHit {
	const target = targetKey(c, lang, base);
	let title = c.title;
	let pageTitle = c.pageTitle;
	if (c.lang !== lang) {
		const page = readerPages.get(target.replace(/#.*$/, ''));
		const anchor = target.includes('#') ? target.slice(target.indexOf('#') + 1) : undefined;
		pageTitle = page?.meta.title ?? pageTitle;
		const twin = anchor ? page?.anchors?.find((a) => a.id === anchor) : undefined;
		title = twin?.title ?? (anchor ? (twin?.text ?? pageTitle) : pageTitle);
	}
	return { url: withHighlightTerms(target, highlight), title, excerpt: c.excerpt, matchLang: c.lang, pageTitle, terms, score };
}

/**
 * An aligned passage and its twin are one passage in two languages: each holds what the other
 * holds (a mixed question's Chinese words found in one, its English words in the other). The
 * weaker form of a term gives way to the stronger; the terms the headings above them name are
 * shared too.
 */
export function shareWithTwins(candidates: Map<string, Candidate>, lang: Lang, base: string): void {
	const twins = new Map<string, Candidate[]>();
	for (const c of candidates.values()) {
		if (!c.aligned || !c.anchor || !pairOf(c.anchor).lang) continue;
		const target = targetKey(c, lang, base);
		twins.set(target, [...(twins.get(target) ?? []), c]);
	}
	for (const group of twins.values()) {
		if (group.length < 2) continue;
		const hits = new Map<number, { best: number; count: number; literal?: boolean }>();
		for (const c of group) for (const [t, h] of c.hits) if (!hits.has(t) || hits.get(t)!.best * hits.get(t)!.count < h.best * h.count) hits.set(t, h);
		const section = new Set(group.flatMap((c) => [...(c.section ?? [])]));
		for (const c of group) {
			for (const [t, h] of hits) if (!c.hits.has(t)) c.hits.set(t, h);
			if (section.size > 0) c.section = section;
		}
	}
}
