/**
 * Passages from Pagefind's results: each sub-result (an aligned passage, a FAQ question, a
 * glossary row, a page's top) that holds a term becomes a candidate, with how well it holds
 * each term; what a heading says is credited to the passages under it. No DOM.
 */
import type { Lang } from '../lang';
import { TWIN_META, localeOfUrl } from '../search';
import type { PageData, SubResultData } from './pagefind';
import { HAN_RE, zhSegmenter } from './parse';
import { titleNames } from './title';

export interface Candidate {
	key: string;
	pageUrl: string;
	anchor?: string;
	lang: Lang;
	title: string;
	excerpt: string;
	pageTitle: string;
	/** Page-level text that is not a passage (a page's top, e.g. the calculator's help). */
	loose: boolean;
	/** Its page is an aligned document: the same anchors exist on both locale pages. */
	aligned: boolean;
	hits: Map<number, { best: number; count: number; literal?: boolean }>;
	/** Indexed words from its anchor to the next. */
	length: number;
	/** The page as Pagefind names it (with the highlight query), and the passage's word position. */
	pageKey: string;
	location: number;
	/** Terms the heading above it holds. */
	section?: Set<number>;
}

/** One search form's best pages, copied, with the term it searches and its word count. */
export interface Found {
	t: number;
	/** What was searched. */
	form: string;
	pieces: number;
	pages: PageData[];
	/**
	 * A Chinese word to find as written: the index splits Chinese into short words and prefixes,
	 * so a slip (取小率) still "matches" passages holding 取消 and 率; whether the excerpt holds
	 * the word itself tells a match from a slip.
	 */
	literal?: string;
	/** An English word to find as written or inflected (the index stems and matches prefixes, see `heldAsWritten`). */
	latin?: string;
}

/**
 * Whether an excerpt's marked words hold an English word as written or inflected: Pagefind
 * stems and matches prefixes, so a slip (inventroy) can still mark an unrelated word.
 */
function heldAsWritten(excerpt: string, word: string): boolean {
	const marks = [...excerpt.matchAll(/<mark>([^<]*)<\/mark>/g)].map((m) => m[1].toLowerCase());
	const stem = word.slice(0, Math.max(3, word.length - 2));
	return marks.some((m) => m.startsWith(stem) || (m.length >= 3 && word.startsWith(m)));
}

/** Text of an excerpt, without marks, entities or spaces (Pagefind spaces out Chinese words). */
const plain = (excerpt: string) => excerpt.replace(/<[^>]*>/g, '').replace(/&[a-z#0-9]+;/g, ' ').replace(/\s+/g, '');

export const stripQuery = (url: string) => url.replace(/\?[^#]*/, '');

/** The parts of a page's data this reads, copied: Pagefind rewrites its shared object for each search. */
export function snapshot(page: PageData): PageData {
	return {
		url: page.url,
		meta: { ...page.meta },
		anchors: page.anchors,
		word_count: page.word_count,
		sub_results: page.sub_results.map((s) => ({ ...s, locations: [...s.locations], weighted_locations: s.weighted_locations?.map((l) => ({ ...l })) })),
	};
}

/** The words Pagefind splits a search form into, about: Latin words, Chinese words. */
export function piecesOf(form: string): number {
	return [...zhSegmenter().segment(form)].filter((s) => s.isWordLike).length;
}

/**
 * Whether a passage's matched word positions hold a form of several words as a phrase: Pagefind
 * keeps a page holding each word anywhere, and marks every one of them (order, cancellation…) in
 * every passage. One word more or less is allowed: hyphens and Chinese words split differently.
 */
function holdsPhrase(locations: number[], pieces: number): boolean {
	if (pieces <= 1) return locations.length > 0;
	const need = pieces - 1;
	const sorted = [...new Set(locations)].sort((a, b) => a - b);
	for (let i = 0; i + need - 1 < sorted.length; i++) if (sorted[i + need - 1] - sorted[i] <= pieces) return true;
	return false;
}

/**
 * Whether a passage holds a form of two words: both of them, side by side, or, when the index kept the form as
 * one word (one location), the form as written in its excerpt. One of the two was enough for
 * `holdsPhrase`, so a name (其他渠道, cancel early) was held by every passage holding 其他 or cancel,
 * and its concept credited to most of the site.
 */
function holdsPair(locations: number[], excerpt: string, form: string): boolean {
	if (plain(excerpt).toLowerCase().includes(form.replace(/\s+/g, ''))) return true;
	// Chinese: a character of the form matches words of its own (站 in 美国站 for 独立站), so two
	// matches side by side say nothing; the excerpt, which Pagefind centres on the best match, must.
	if (HAN_RE.test(form)) return false;
	const sorted = [...new Set(locations)].sort((a, b) => a - b);
	// Two matched words next to each other (a word between them at most, as holdsPhrase allows).
	return sorted.some((l, i) => i > 0 && l - sorted[i - 1] <= 3);
}

/**
 * Whether an anchor starts a sub-result of its own (Pagefind's: a heading, or an element with
 * `data-pagefind-title`, which names the anchor). Other ids inside a passage (a FAQ answer's
 * language block, a table row) do not end it: a sub-result's words run to the next such anchor.
 */
const startsResult = (a: { element?: string; title?: string }) => a.title !== undefined || /^h[1-6]$/.test(a.element ?? '');

/** The word position of the first anchor after `location` that starts a sub-result (or the page's end). */
function nextAnchor(page: PageData, location: number): number {
	return (page.anchors ?? []).reduce((n, a) => (a.location > location && a.location < n && startsResult(a) ? a.location : n), page.word_count ?? location + 40);
}

/** Indexed words from a sub-result's anchor to the next anchor after it (or the page's end). */
export function passageLength(page: PageData, sub: SubResultData): number {
	const start = (page.anchors ?? []).find((a) => a.id === sub.anchor?.id)?.location;
	return start === undefined ? 40 : Math.max(1, nextAnchor(page, start) - start);
}

/** Every passage holding a term, by URL; each passage's section terms set from the heading above it. */
export function collect(found: Found[], lang: Lang, base: string): Map<string, Candidate> {
	const candidates = new Map<string, Candidate>();
	/** Terms each heading's own text holds, by page URL and heading location. */
	const headings = new Map<string, Map<number, Set<number>>>();
	const pages = new Map<string, PageData>();
	for (const { t, form, pieces, pages: loaded, literal, latin } of found) {
		for (const page of loaded) {
			pages.set(page.url, page);
			const pageLang = localeOfUrl(page.url, base) ?? lang;
			const aligned = page.meta[TWIN_META] !== undefined;
			for (const sub of page.sub_results) {
				const located = sub.weighted_locations ?? [];
				const where = located.length > 0 ? located.map((l) => l.location) : sub.locations;
				if (!holdsPhrase(where, pieces) || (pieces === 2 && !holdsPair(where, sub.excerpt, form))) continue;
				// On an aligned page a heading's sub-result spans the passages under it, which are
				// results of their own; what the heading itself says is credited to them below.
				if (aligned && /^h[1-6]$/.test(sub.anchor?.element ?? '')) {
					// The heading's own words, as written: its sub-result's words run on over the passages
					// under it, and Pagefind matches parts of a Chinese word (卖家常问 for 卖家平台).
					if (titleNames(sub.title, form)) {
						const start = sub.anchor?.location ?? -1;
						const byPage = headings.get(page.url) ?? new Map<number, Set<number>>();
						headings.set(page.url, byPage.set(start, (byPage.get(start) ?? new Set()).add(t)));
					}
					continue;
				}
				const best = located.reduce((m, l) => Math.max(m, l.balanced_score), 0);
				const count = where.length;
				const url = stripQuery(sub.url);
				const hash = url.indexOf('#');
				const anchor = hash >= 0 ? url.slice(hash + 1) : undefined;
				let c = candidates.get(url);
				if (!c) {
					c = {
						key: url,
						pageUrl: stripQuery(page.url),
						pageKey: page.url,
						anchor: anchor === '_top' ? undefined : anchor,
						location: sub.anchor?.location ?? 0,
						lang: pageLang,
						title: sub.title,
						excerpt: sub.excerpt,
						pageTitle: page.meta.title ?? '',
						loose: !anchor || anchor === '_top',
						aligned,
						hits: new Map(),
						length: passageLength(page, sub),
					};
					candidates.set(url, c);
				}
				// The best of a term's forms counts (the Chinese and English names of a concept).
				const prev = c.hits.get(t);
				if (!prev || prev.best * prev.count < best * count) {
					const written = literal ? plain(sub.excerpt).includes(literal) : latin ? heldAsWritten(sub.excerpt, latin) : undefined;
					c.hits.set(t, { best, count, ...(written === undefined ? {} : { literal: written }) });
					if (t === 0 || c.excerpt === '') c.excerpt = sub.excerpt;
				}
			}
		}
	}
	// A passage under a heading that names a term is about it ("Cancellations that count"): the
	// nearest heading above it, whether or not that one names a term.
	for (const c of candidates.values()) {
		const byPage = headings.get(c.pageKey);
		if (!byPage) continue;
		const above = (pages.get(c.pageKey)?.anchors ?? []).filter((a) => /^h[1-6]$/.test(a.element ?? '') && a.location <= c.location).reduce((m, a) => Math.max(m, a.location), -1);
		const terms = byPage.get(above);
		if (terms) c.section = terms;
	}
	return candidates;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The passages that answer a named concept (the glossary's usage passage, the asked aspect of a
 * metric) as candidates even where they do not hold its words ("what happens above the target"
 * is answered by a passage saying "above 2.5%"): taken from the pages the searches loaded, with
 * their title as excerpt, holding the terms `wanted` names for them. `keyOf` names a page's
 * passage as the glossary does (`page#block`).
 */
export function addAnswering(candidates: Map<string, Candidate>, found: Found[], wanted: Map<string, number[]>, lang: Lang, base: string, keyOf: (pageUrl: string, anchor: string) => string): void {
	if (wanted.size === 0) return;
	const seen = new Set<string>();
	for (const { pages } of found) {
		for (const page of pages) {
			const pageUrl = stripQuery(page.url);
			if (seen.has(pageUrl)) continue;
			seen.add(pageUrl);
			const pageLang = localeOfUrl(page.url, base) ?? lang;
			const aligned = page.meta[TWIN_META] !== undefined;
			for (const anchor of page.anchors ?? []) {
				if (!anchor.title) continue;
				const terms = wanted.get(keyOf(pageUrl, anchor.id));
				const url = `${pageUrl}#${anchor.id}`;
				if (!terms) continue;
				const c = candidates.get(url) ?? {
					key: url,
					pageUrl,
					pageKey: page.url,
					anchor: anchor.id,
					location: anchor.location,
					lang: pageLang,
					title: anchor.title,
					excerpt: escapeHtml(anchor.title),
					pageTitle: page.meta.title ?? '',
					loose: false,
					aligned,
					hits: new Map(),
					length: Math.max(1, nextAnchor(page, anchor.location) - anchor.location),
				};
				for (const t of terms) if (!c.hits.has(t)) c.hits.set(t, { best: 0, count: 1 });
				candidates.set(url, c);
			}
		}
	}
}
