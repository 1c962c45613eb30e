/**
 * The search itself, shared by the dialog, the build tests and the benchmark: a query plan
 * (parse.ts) run against Pagefind's JS API, one search per term form, passages ranked (rank.ts)
 * and each result moved to the reader's locale: an aligned passage to its twin on the reader's
 * page, with the twin's title, any other page to the same page in the reader's locale. No DOM.
 */
import type { Lang } from '../lang';
import { INDEX_LANGUAGE, TWIN_META, localeOfUrl, urlInLocale, withHighlightTerms } from '../search';
import type { QueryPlan } from './parse';
import { passageScore, termWeight, type TermHit } from './rank';

/** The part of Pagefind's API this uses (`pagefind.js` of a build). */
export interface PagefindApi {
	search(term: string | null, options?: object): Promise<{ results: { id: string; score: number; data(): Promise<PageData> }[] }>;
}

export interface SubResultData {
	url: string;
	title: string;
	excerpt: string;
	locations: number[];
	weighted_locations?: { weight: number; balanced_score: number; location: number }[];
	anchor?: { id: string; element?: string; location?: number };
}

export interface PageData {
	url: string;
	meta: Record<string, string | undefined>;
	anchors?: { id: string; title?: string; text?: string; location: number }[];
	word_count?: number;
	sub_results: SubResultData[];
}

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

export interface SearchAnswer {
	plan: QueryPlan;
	hits: SearchHit[];
	/** Whether a passage holds every term: if not, `hits` hold some of them. */
	complete: boolean;
}

interface Candidate {
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
	hits: Map<number, { best: number; count: number }>;
	/** Indexed words from its anchor to the next. */
	length: number;
	/** The page as Pagefind names it (with the highlight query), and the passage's word position. */
	pageKey: string;
	location: number;
	/** Terms the heading above it holds. */
	section?: Set<number>;
}

/** Text on a page outside any passage weighs less: it mentions words, passages answer. */
const LOOSE_FACTOR = 0.5;

/** What naming a term adds to the passage the glossary links it to, in units of the term's weight. */
const USAGE_BONUS = 2;

/** What a heading above a passage adds for each term the heading names, in units of the term's weight. */
const SECTION_BONUS = 0.75;

/** Pages read per search form, best first by Pagefind's page score (16 pages in all, 8 a language). */
const PAGES_PER_SEARCH = 6;

/** Hits scoring under this share of the best are left out. */
const RELATIVE_FLOOR = 0.3;

const stripQuery = (url: string) => url.replace(/\?[^#]*/, '');

/** The parts of a page's data this reads, copied. */
function snapshot(page: PageData): PageData {
	return {
		url: page.url,
		meta: { ...page.meta },
		anchors: page.anchors,
		word_count: page.word_count,
		sub_results: page.sub_results.map((s) => ({ ...s, locations: [...s.locations], weighted_locations: s.weighted_locations?.map((l) => ({ ...l })) })),
	};
}

/** The words Pagefind splits a search form into, about: Latin words, Chinese words. */
let segmenter: Intl.Segmenter | undefined;
function piecesOf(form: string): number {
	segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
	return [...segmenter.segment(form)].filter((s) => s.isWordLike).length;
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

/** The word position of the first anchor after `location` (or the page's end). */
function nextAnchor(page: PageData, location: number): number {
	return (page.anchors ?? []).reduce((n, a) => (a.location > location && a.location < n ? a.location : n), page.word_count ?? location + 40);
}

/** Indexed words from a sub-result's anchor to the next anchor after it (or the page's end). */
function passageLength(page: PageData, sub: SubResultData): number {
	const anchors = page.anchors ?? [];
	const start = anchors.find((a) => a.id === sub.anchor?.id)?.location;
	if (start === undefined) return 40;
	const next = anchors.reduce((n, a) => (a.location > start && a.location < n ? a.location : n), page.word_count ?? start + 40);
	return Math.max(1, next - start);
}

/** `abc-zh` → `abc`, `en`; ids without a language suffix (FAQ questions) are the same on both pages. */
function pairOf(anchor: string): { id: string; lang?: Lang } {
	const m = anchor.match(/^(.+)-(zh|en)$/);
	return m ? { id: m[1], lang: m[2] as Lang } : { id: anchor };
}

export interface SearchOptions {
	/** The reader's language (the page's). */
	lang: Lang;
	/** The site's base path. */
	base: string;
	/** At most this many hits. */
	limit?: number;
}

export class SiteSearchEngine {
	/** The search running now: searches run one after another (see `snapshot`). */
	private running: Promise<unknown> = Promise.resolve();

	constructor(private readonly pagefind: PagefindApi) {}

	/**
	 * Answers a query plan. Searches queue behind each other: Pagefind rewrites a page's shared
	 * result object for every search that loads it, so two searches must not interleave.
	 */
	search(plan: QueryPlan, options: SearchOptions): Promise<SearchAnswer> {
		const next = this.running.then(() => this.run(plan, options));
		this.running = next.catch(() => undefined);
		return next;
	}

	/** Pages of the reader's language, by URL (without query), as far as loaded: for the titles of twins. */
	private readonly known = new Map<string, PageData>();

	/**
	 * The reader's-language pages at `urls`: from the searches' own results where they are there,
	 * else loaded one at a time from the index's page list (each load is a fragment download, so
	 * no more than needed are fetched for the first query).
	 */
	private async readerPages(lang: Lang, urls: Set<string>): Promise<Map<string, PageData>> {
		const missing = () => [...urls].filter((u) => !this.known.has(u));
		if (missing().length === 0) return this.known;
		this.pageList ??= this.pagefind.search(null).then(({ results }) => results.filter((r) => r.id.startsWith(`${INDEX_LANGUAGE[lang]}_`)));
		for (const result of await this.pageList) {
			if (missing().length === 0) break;
			if (this.loaded.has(result.id)) continue;
			this.loaded.add(result.id);
			const page = await result.data();
			this.known.set(stripQuery(page.url), { url: page.url, meta: { ...page.meta }, anchors: page.anchors, sub_results: [] });
		}
		return this.known;
	}

	private pageList?: Promise<{ id: string; data(): Promise<PageData> }[]>;
	private readonly loaded = new Set<string>();

	private async run(plan: QueryPlan, options: SearchOptions): Promise<SearchAnswer> {
		const { lang, base } = options;
		const limit = options.limit ?? 8;
		if (plan.terms.length === 0) return { plan, hits: [], complete: false };
		const candidates = new Map<string, Candidate>();
		// Every form of every term at once; Pagefind loads what each needs in parallel.
		const searches = plan.terms.flatMap((term, t) => term.forms.map((form) => ({ t, form })));
		const searched = await Promise.all(searches.map(({ form }) => this.pagefind.search(form)));
		// Pagefind hands out one object per page and rewrites its sub-results for each search that
		// loads it: each search's pages are copied before the next search's are loaded.
		const found: { t: number; pieces: number; pages: PageData[] }[] = [];
		for (const [i, { t, form }] of searches.entries()) {
			// The best pages only: each page's data is a fragment to download on a first query.
			const best = searched[i].results.slice(0, PAGES_PER_SEARCH);
			const pages = await Promise.all(best.map(async (r) => snapshot(await r.data())));
			found.push({ t, pieces: piecesOf(form), pages });
		}
		/** Terms each heading's own text holds, by page URL and heading location. */
		const headings = new Map<string, Map<number, Set<number>>>();
		for (const { t, pieces, pages } of found) {
			for (const page of pages) {
				const pageLang = localeOfUrl(page.url, base) ?? lang;
				const aligned = page.meta[TWIN_META] !== undefined;
				for (const sub of page.sub_results) {
					const located = sub.weighted_locations ?? [];
					const where = located.length > 0 ? located.map((l) => l.location) : sub.locations;
					if (!holdsPhrase(where, pieces)) continue;
					// On an aligned page a heading's sub-result spans the passages under it, which are
					// results of their own; what the heading itself says is credited to them below.
					if (aligned && /^h[1-6]$/.test(sub.anchor?.element ?? '')) {
						const start = sub.anchor?.location ?? -1;
						const end = nextAnchor(page, start);
						if (where.some((l) => l >= start && l < end)) {
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
						c.hits.set(t, { best, count });
						if (t === 0 || c.excerpt === '') c.excerpt = sub.excerpt;
					}
				}
			}
		}
		// A passage under a heading that names a term is about it ("Cancellations that count").
		for (const c of candidates.values()) {
			const byPage = headings.get(c.pageKey);
			if (!byPage) continue;
			const above = [...byPage.keys()].filter((l) => l <= c.location).sort((a, b) => b - a)[0];
			if (above !== undefined) c.section = byPage.get(above);
		}
		const holding = plan.terms.map((_, t) => [...candidates.values()].filter((c) => c.hits.has(t)).length);
		const weights = holding.map(termWeight);
		const scored = [...candidates.values()].map((c) => {
			const hits: TermHit[] = [...c.hits].map(([term, hit]) => ({ term, ...hit }));
			let score = passageScore(hits, weights, c.length) * (c.loose ? LOOSE_FACTOR : 1);
			for (const t of c.section ?? []) score += SECTION_BONUS * weights[t];
			// A named term's glossary row defines it; the passage the glossary links it to explains it.
			const at = this.passageKey(c, base);
			for (const [t, term] of plan.terms.entries()) {
				if (!term.concept) continue;
				if (at === term.usage || at === `glossary#${term.concept}`) score += USAGE_BONUS * weights[t];
			}
			return { c, score };
		});
		// Twins collapse into one result on the reader's page: the best of the two.
		const best = new Map<string, { c: Candidate; score: number; terms: Set<number> }>();
		for (const s of scored) {
			for (const t of s.c.section ?? []) s.c.hits.set(t, s.c.hits.get(t) ?? { best: 0, count: 0 });
			const target = this.targetKey(s.c, lang, base);
			const prev = best.get(target);
			const terms = new Set([...(prev?.terms ?? []), ...s.c.hits.keys()]);
			const ownFirst = prev && (prev.c.lang === lang) !== (s.c.lang === lang) ? (s.c.lang === lang ? s : prev) : undefined;
			const winner = !prev || s.score > prev.score ? s : prev;
			const shown = ownFirst && Math.abs(s.score - prev!.score) < 0.25 * Math.max(s.score, prev!.score) ? ownFirst : winner;
			best.set(target, { c: shown.c, score: Math.max(s.score, prev?.score ?? 0), terms });
		}
		const sorted = [...best.values()].sort((a, b) => b.score - a.score);
		// Results far below the best hold only a weak match of one word (a prefix: buy → buyers).
		const floor = (sorted[0]?.score ?? 0) * RELATIVE_FLOOR;
		const ranked = sorted.filter((r) => r.score >= floor).slice(0, limit);
		const complete = [...best.values()].some((b) => b.terms.size === plan.terms.length);
		// Pages this search loaded in the reader's language name the twins of most other-language hits.
		for (const { pages } of found) for (const page of pages) if (localeOfUrl(page.url, base) === lang) this.known.set(stripQuery(page.url), page);
		const twinPages = new Set(ranked.filter((r) => r.c.lang !== lang).map((r) => urlInLocale(r.c.pageUrl, base, lang)));
		const readerPages = await this.readerPages(lang, twinPages);
		const hits = ranked.map((r) => this.toHit(r.c, r.score, [...r.terms].sort(), plan, options, readerPages));
		return { plan, hits, complete };
	}

	/** A candidate as the glossary names passages: `page#block` (`guideline#check-prices`). */
	private passageKey(c: Candidate, base: string): string | undefined {
		if (!c.anchor) return undefined;
		const root = base.endsWith('/') ? base : `${base}/`;
		const page = c.pageUrl.slice(root.length).replace(/^en(\/|$)/, '').replace(/\/$/, '');
		return `${page}#${pairOf(c.anchor).id}`;
	}

	/** The URL (without query) a candidate opens on the reader's locale. */
	private targetKey(c: Candidate, lang: Lang, base: string): string {
		const page = urlInLocale(c.pageUrl, base, lang);
		if (!c.anchor) return page;
		if (c.lang === lang) return `${page}#${c.anchor}`;
		const pair = pairOf(c.anchor);
		// An aligned passage's twin; an anchor without a language (a FAQ question) is on both pages;
		// any other anchor (a heading of a plain page) may not exist there: the page itself.
		if (pair.lang && c.aligned) return `${page}#${pair.id}-${lang}`;
		return c.aligned ? `${page}#${c.anchor}` : page;
	}

	private toHit(c: Candidate, score: number, terms: number[], plan: QueryPlan, options: SearchOptions, readerPages: Map<string, PageData>): SearchHit {
		const { lang, base } = options;
		const target = this.targetKey(c, lang, base);
		let title = c.title;
		let pageTitle = c.pageTitle;
		if (c.lang !== lang) {
			const page = readerPages.get(target.replace(/#.*$/, ''));
			const anchor = target.includes('#') ? target.slice(target.indexOf('#') + 1) : undefined;
			pageTitle = page?.meta.title ?? pageTitle;
			const twin = anchor ? page?.anchors?.find((a) => a.id === anchor) : undefined;
			title = twin?.title ?? (anchor ? (twin?.text ?? pageTitle) : pageTitle);
		}
		return {
			url: withHighlightTerms(target, plan.highlight),
			title,
			excerpt: c.excerpt,
			matchLang: c.lang,
			pageTitle,
			terms,
			score,
		};
	}
}
