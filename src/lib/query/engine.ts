/**
 * The search itself, shared by the dialog, the build tests and the benchmark: a query plan
 * (parse.ts) run against Pagefind's JS API, one search per term form, passages collected
 * (collect.ts) and ranked (rank.ts, rank-answer.ts), each result moved to the reader's locale
 * (place.ts). `ask` adds what a stranger's question needs: a word that matches nothing is read
 * as its nearest site term (fuzzy.ts), and when still no passage holds a word, the nearest
 * passages are shown rather than nothing. No DOM.
 */
import type { Lang } from '../lang';
import { INDEX_LANGUAGE, localeOfUrl, urlInLocale } from '../search';
import { addAnswering, collect, piecesOf, snapshot, stripQuery, type Candidate, type Found } from './collect';
import { correctQuery, type Correction } from './fuzzy';
import { KIND_FACTOR, questionKinds, titleAsks } from './kind';
import type { PageData, PagefindApi } from './pagefind';
import { HAN_RE, lexiconOf, parseQuery, type Lexicon, type QueryPlan, type QueryTerm } from './parse';
import { keyOf, passageKey, shareWithTwins, targetKey, toHit, type SearchHit } from './place';
import { passageScore, termWeight, type TermHit } from './rank';
import { ASPECT_BONUS, aspectPassages, withAskedAspect, withSubject } from './rank-answer';
import { TITLE_BONUS, titleNames } from './title';
import type { Vocabulary } from './vocabulary';

export type { PageData, PagefindApi, SubResultData } from './pagefind';
export type { SearchHit } from './place';

export interface SearchAnswer {
	plan: QueryPlan;
	hits: SearchHit[];
	/** Whether a passage holds every term: if not, `hits` hold some of them. */
	complete: boolean;
	/** Words that matched nothing, read as the nearest site term instead. */
	corrections?: Correction[];
	/** No passage held the words: `hits` are the passages nearest to them (their characters). */
	nearest?: boolean;
}

/** What naming a term adds to the passage the glossary links it to, in units of the term's weight. */
const USAGE_BONUS = 2;

/** What a heading above a passage adds for each term the heading names, in units of the term's weight. */
const SECTION_BONUS = 0.75;

/** Text on a page outside any passage weighs less: it mentions words, passages answer. */
const LOOSE_FACTOR = 0.5;

/** A question of more terms than this tells a story: none of its words is read as a slip. */
const LONG_QUESTION = 6;

/** Pages read per search form, best first by Pagefind's page score (16 pages in all, 8 a language). */
const PAGES_PER_SEARCH = 6;

/** Search forms whose pages are kept (about 6 pages of sub-results each). */
const FORMS_KEPT = 200;

/** Hits scoring under this share of the best are left out. */
const RELATIVE_FLOOR = 0.3;

/** Twins within this share of each other's score: the reader's language is shown. */
const OWN_LANGUAGE_MARGIN = 0.25;

/** The passages that answer the plan's concepts, with the terms they answer: usage passages and asked aspects. */
function answering(plan: QueryPlan): Map<string, number[]> {
	const out = new Map<string, number[]>();
	const add = (key: string, terms: number[]) => out.set(key, [...new Set([...(out.get(key) ?? []), ...terms])]);
	for (const [t, term] of plan.terms.entries()) if (term.usage && !term.aspect) add(term.usage, [t]);
	for (const [key, terms] of aspectPassages(plan)) add(key, terms);
	return out;
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
	private readonly lexicon: Lexicon;

	constructor(
		private readonly pagefind: PagefindApi,
		lexicon: Lexicon | Vocabulary = [],
	) {
		this.lexicon = lexiconOf(lexicon);
	}

	/**
	 * Answers a query plan. Searches queue behind each other: Pagefind rewrites a page's shared
	 * result object for every search that loads it, so two searches must not interleave.
	 */
	search(plan: QueryPlan, options: SearchOptions): Promise<SearchAnswer> {
		return this.queue(async () => (await this.run(plan, options)).answer);
	}

	/** Answers a query as typed: parsed, then corrected or widened when words match nothing. */
	ask(query: string, options: SearchOptions): Promise<SearchAnswer> {
		return this.queue(() => this.answerQuery(query, options));
	}

	private queue<T>(job: () => Promise<T>): Promise<T> {
		const next = this.running.then(job);
		this.running = next.catch(() => undefined);
		return next;
	}

	private async answerQuery(query: string, options: SearchOptions): Promise<SearchAnswer> {
		const { vocabulary } = this.lexicon;
		// What a parsed query asks beyond its words: the aspect asked in other words, then the subject.
		const asked = (parsed: QueryPlan) => withSubject(withAskedAspect(parsed, vocabulary), vocabulary);
		const plan = asked(parseQuery(query, this.lexicon));
		const first = await this.run(plan, options);
		const unmatched = plan.terms.flatMap((_, t) => (first.matched[t] ? [] : [t]));
		if (unmatched.length === 0) return first.answer;
		let best = first.answer;
		// In a long question, a word matching nothing is more likely the seller's story (waiting,
		// better) than a slip: read as a site word (rating, letter), it would rank passages on a word
		// the seller never meant. A slip stands in a few words typed into a search box.
		const corrected = plan.terms.length + plan.omitted > LONG_QUESTION ? undefined : correctQuery(plan, unmatched, this.lexicon);
		if (corrected) {
			const again = asked({ ...parseQuery(corrected.text, this.lexicon), truncated: plan.truncated });
			const second = await this.run(again, options);
			if (second.answer.hits.length > 0) best = { ...second.answer, corrections: corrected.corrections };
		}
		if (best.hits.length > 0) return best;
		// Still nothing: the passages holding the characters of the unmatched Chinese words.
		const nearest = this.widened(plan, unmatched);
		if (!nearest) return best;
		const widened = await this.run(nearest, options);
		return widened.answer.hits.length > 0 ? { ...widened.answer, plan, complete: false, nearest: true } : best;
	}

	/** The plan with each unmatched Chinese word searched character by character. */
	private widened(plan: QueryPlan, unmatched: number[]): QueryPlan | undefined {
		const terms: QueryTerm[] = [];
		for (const [t, term] of plan.terms.entries()) {
			if (!unmatched.includes(t) || term.concept) {
				terms.push(term);
				continue;
			}
			const chars = [...term.text].filter((c) => HAN_RE.test(c));
			for (const c of new Set(chars)) terms.push({ text: c, forms: [c], at: term.at });
		}
		return terms.length > plan.terms.length ? { ...plan, terms } : undefined;
	}

	/** Pages of the reader's language, by URL (without query), as far as loaded: for the titles of twins. */
	private readonly known = new Map<string, PageData>();
	private pageList?: Promise<{ id: string; data(): Promise<PageData> }[]>;
	private readonly loaded = new Set<string>();

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

	/**
	 * Each search form's best pages, as read, for the forms searched last. A form's results do not
	 * change once the indexes are merged, and reading them is most of a query's work: Pagefind
	 * builds an excerpt of every sub-result of a page each time it is read. A reader typing a
	 * question letter by letter, or rewording it, searches the same forms again.
	 */
	private readonly formPages = new Map<string, PageData[]>();

	/** A form's kept pages, now the last searched (the least recently searched are let go first). */
	private keptPages(form: string): PageData[] | undefined {
		const pages = this.formPages.get(form);
		if (pages) {
			this.formPages.delete(form);
			this.formPages.set(form, pages);
		}
		return pages;
	}

	private async bestPages(form: string, results: { data(): Promise<PageData> }[]): Promise<PageData[]> {
		// The best pages only: each page's data is a fragment to download on a first query.
		const pages = await Promise.all(results.slice(0, PAGES_PER_SEARCH).map(async (r) => snapshot(await r.data())));
		if (this.formPages.size >= FORMS_KEPT) this.formPages.delete(this.formPages.keys().next().value!);
		this.formPages.set(form, pages);
		return pages;
	}

	private async run(plan: QueryPlan, options: SearchOptions): Promise<{ answer: SearchAnswer; matched: boolean[] }> {
		const { lang, base } = options;
		const limit = options.limit ?? 8;
		if (plan.terms.length === 0) return { answer: { plan, hits: [], complete: false }, matched: [] };
		// Every form of every term at once; Pagefind loads what each needs in parallel.
		const searches = plan.terms.flatMap((term, t) => term.forms.map((form) => ({ t, form })));
		const kept = searches.map(({ form }) => this.keptPages(form));
		const searched = await Promise.all(searches.map(({ form }, i) => (kept[i] ? undefined : this.pagefind.search(form))));
		// Pagefind hands out one object per page and rewrites its sub-results for each search that
		// loads it: each search's pages are copied before the next search's are loaded.
		const found: Found[] = [];
		for (const [i, { t, form }] of searches.entries()) {
			const pages = kept[i] ?? (await this.bestPages(form, searched[i]!.results));
			const term = plan.terms[t];
			const literal = !term.concept && /^\p{Script=Han}{2,}$/u.test(form) ? form : undefined;
			const latin = !term.concept && /^[a-z][a-z'-]{3,}$/.test(form) ? form : undefined;
			found.push({ t, form, pieces: piecesOf(form), pages, ...(literal ? { literal } : {}), ...(latin ? { latin } : {}) });
		}
		const candidates = collect(found, lang, base);
		addAnswering(candidates, found, answering(plan), lang, base, (url, anchor) => keyOf(url, anchor, base));
		const holding = plan.terms.map((_, t) => [...candidates.values()].filter((c) => c.hits.has(t)).length);
		shareWithTwins(candidates, lang, base);
		const scored = this.score(plan, candidates, holding.map(termWeight), base);
		// Twins collapse into one result on the reader's page: the best of the two.
		const best = new Map<string, { c: Candidate; score: number; terms: Set<number> }>();
		for (const s of scored) {
			for (const t of s.c.section ?? []) s.c.hits.set(t, s.c.hits.get(t) ?? { best: 0, count: 0 });
			const target = targetKey(s.c, lang, base);
			const prev = best.get(target);
			const terms = new Set([...(prev?.terms ?? []), ...s.c.hits.keys(), ...s.extra]);
			const ownFirst = prev && (prev.c.lang === lang) !== (s.c.lang === lang) ? (s.c.lang === lang ? s : prev) : undefined;
			const winner = !prev || s.score > prev.score ? s : prev;
			const shown = ownFirst && Math.abs(s.score - prev!.score) < OWN_LANGUAGE_MARGIN * Math.max(s.score, prev!.score) ? ownFirst : winner;
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
		const hits = ranked.map((r) => toHit(r.c, r.score, [...r.terms].sort(), plan.highlight, lang, base, readerPages));
		// A term is matched when a passage holds it as written (see Found.literal).
		const matched = plan.terms.map((_, t) => [...candidates.values()].some((c) => c.hits.has(t) && c.hits.get(t)!.literal !== false));
		return { answer: { plan, hits, complete }, matched };
	}

	/** Each candidate's score, and the terms it answers without holding their words (an aspect). */
	private score(plan: QueryPlan, candidates: Map<string, Candidate>, weights: number[], base: string) {
		const aspects = aspectPassages(plan);
		const keys = new Map([...candidates.values()].map((c) => [c, passageKey(c, base)]));
		// Where a metric's page answers the asked aspect, the question is about that aspect: neither the
		// aspect's own passage (the table of all formulas) nor the metric's definition gets the usage bonus.
		const answered = new Set([...keys.values()].filter((k) => k !== undefined && aspects.has(k)).flatMap((k) => aspects.get(k!)!));
		const kinds = questionKinds(plan.query);
		return [...candidates.values()].map((c) => {
			const hits: TermHit[] = [...c.hits].map(([term, hit]) => ({ term, ...hit }));
			let score = passageScore(hits, weights, c.length) * (c.loose ? LOOSE_FACTOR : 1);
			for (const t of c.section ?? []) score += SECTION_BONUS * weights[t];
			// A passage whose own title (its question, its term, its first sentence) names a term is about it.
			for (const t of c.hits.keys()) if (plan.terms[t].forms.some((f) => titleNames(c.title, f))) score += TITLE_BONUS * weights[t];
			const at = keys.get(c);
			const extra: number[] = [];
			// The asked aspect of the asked metric answers the question (rank-answer.ts).
			const aspect = at ? aspects.get(at) : undefined;
			if (aspect) {
				score += ASPECT_BONUS * (weights[aspect[0]] + weights[aspect[1]]);
				extra.push(...aspect);
			}
			// A named term's glossary row defines it; the passage the glossary links it to explains it.
			// An aspect's own passage (the table of all formulas) gives way where the metric's answers it.
			for (const [t, term] of plan.terms.entries()) {
				if (!term.concept || answered.has(t)) continue;
				if (at === term.usage || at === `glossary#${term.concept}`) score += USAGE_BONUS * weights[t];
			}
			// Of the passages holding its words, the one whose title asks what the question asks (kind.ts).
			if (kinds.length > 0 && titleAsks(kinds, c.title)) score *= KIND_FACTOR;
			return { c, score, extra };
		});
	}
}
