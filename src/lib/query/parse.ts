/**
 * A seller's query turned into the terms worth searching for: normalised (NFKC, case folded),
 * capped in length, the site's own terms found first (longest name first, so 买家请求取消 is one
 * term and not 买家 | 请求 | 取消), the rest split into words (Intl.Segmenter for Chinese, which
 * splits domain terms: hence the vocabulary before it), and question words dropped.
 */
import type { Lang } from '../lang';
import { toSimplified } from './convert';
import { roughStem } from './stem';
import { siteName, type Vocabulary, type VocabularyEntry } from './vocabulary';

/** What the query layer knows of the site, published at build time (search-data.json). */
export interface Lexicon {
	vocabulary: Vocabulary;
	/** Traditional → Simplified, for the characters the site holds (convert.ts). */
	t2s?: ReadonlyMap<string, string>;
	/** The site's own English words, for the nearest word to one that matches nothing (fuzzy.ts). */
	words?: readonly string[];
	/** Question words of each language, dropped from a query (stopwords.ts; none if missing). */
	stop?: StopWords;
}

export interface StopWords {
	zh: ReadonlySet<string>;
	en: ReadonlySet<string>;
}

const NO_STOP_WORDS: StopWords = { zh: new Set(), en: new Set() };

/** The stop words as search-data.json publishes them (space-separated, per language); anything malformed reads as none. */
export function stopWords(data: unknown): StopWords {
	const list = (x: unknown) => new Set(typeof x === 'string' ? x.split(' ') : []);
	const d = (data ?? {}) as { zh?: unknown; en?: unknown };
	return { zh: list(d.zh), en: list(d.en) };
}

export const lexiconOf = (data: Vocabulary | Lexicon): Lexicon => (Array.isArray(data) ? { vocabulary: data } : data);
export const stopOf = (lexicon: Lexicon): StopWords => lexicon.stop ?? NO_STOP_WORDS;

/** Longer input is cut here: a paste of a whole e-mail still searches at once, and says so. */
export const MAX_QUERY_CHARS = 2000;
/** At most this many terms are searched (each costs one index search or more). */
export const MAX_TERMS = 8;

export interface QueryTerm {
	/** The term as it stands in the normalised query. */
	text: string;
	/** What is searched for it: the site's names in both languages for a concept, else the word. */
	forms: string[];
	/** The vocabulary entry (glossary term id) it names, if any. */
	concept?: string;
	/** The passage the glossary links the concept to (`page#block`): it explains the term. */
	usage?: string;
	/** The concept is an aspect of a metric (formula, target, window): the block answering it on a metric's page (rank-answer.ts). */
	aspect?: string;
	/** Where it stands in `QueryPlan.query`: [start, end) in UTF-16 units. */
	at: [number, number];
}

export interface QueryPlan {
	/** The normalised query (capped). */
	query: string;
	terms: QueryTerm[];
	/** The input was longer than MAX_QUERY_CHARS and was cut. */
	truncated: boolean;
	/** Terms beyond MAX_TERMS that were left out. */
	omitted: number;
	/** Words to mark on the page a result opens: as typed, and the site's names of its concepts. */
	highlight: string[];
}

/** NFKC (full-width letters, digits and punctuation become plain ones) and case folding, capped. */
export function normalizeQuery(input: string): { text: string; truncated: boolean } {
	const chars = [...input];
	const truncated = chars.length > MAX_QUERY_CHARS;
	const capped = truncated ? chars.slice(0, MAX_QUERY_CHARS).join('') : input;
	const text = capped.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
	return { text, truncated };
}

export const HAN_RE = /\p{Script=Han}/u;
const HAN = HAN_RE;
const WORD_CHAR = /[\p{L}\p{N}]/u;

interface Name {
	name: string;
	entry: VocabularyEntry;
	/** Names that start or end with a letter or digit must not match inside a longer word. */
	latinStart: boolean;
	latinEnd: boolean;
}

/** Every name of the vocabulary, normalised, longest first. */
function namesOf(vocabulary: Vocabulary): Name[] {
	const names: Name[] = [];
	for (const entry of vocabulary) {
		for (const raw of [...entry.zh, ...entry.en]) {
			const name = normalizeQuery(raw).text;
			if (!name) continue;
			const latin = (ch: string) => WORD_CHAR.test(ch) && !HAN.test(ch);
			names.push({ name, entry, latinStart: latin(name[0]), latinEnd: latin(name.at(-1)!) });
		}
	}
	return names.sort((a, b) => b.name.length - a.name.length);
}

const namesCache = new WeakMap<Vocabulary, Name[]>();

type Piece = ({ entry: VocabularyEntry } | object) & { text: string; start: number };

/** Splits the query into vocabulary names and the stretches between them, left to right. */
function findNames(text: string, names: Name[]): Piece[] {
	const pieces: Piece[] = [];
	let rest = '';
	let i = 0;
	const isLatin = (ch: string | undefined) => ch !== undefined && WORD_CHAR.test(ch) && !HAN.test(ch);
	// Plural and simple inflections of an English name ("stock-outs", "chargebacks").
	const suffix = /^(?:s|es)?/;
	outer: while (i < text.length) {
		for (const n of names) {
			if (!text.startsWith(n.name, i)) continue;
			if (n.latinStart && isLatin(text[i - 1])) continue;
			let end = i + n.name.length;
			if (n.latinEnd) end += suffix.exec(text.slice(end))![0].length;
			if (n.latinEnd && isLatin(text[end])) continue;
			if (rest) pieces.push({ text: rest, start: i - rest.length });
			rest = '';
			pieces.push({ entry: n.entry, text: text.slice(i, end), start: i });
			i = end;
			continue outer;
		}
		rest += text[i];
		i++;
	}
	if (rest) pieces.push({ text: rest, start: text.length - rest.length });
	return pieces;
}

let segmenter: Intl.Segmenter | undefined;
/** The Chinese word segmenter, made once (parse.ts and collect.ts share it). */
export const zhSegmenter = () => (segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' }));

interface Word {
	text: string;
	start: number;
	end: number;
}

/**
 * The words of a stretch without vocabulary names, question words dropped, each with where it
 * stands in the stretch; and the phrases to highlight: words that stood next to each other, as
 * typed (反复 | 检查 → 反复检查).
 */
function wordsOf(text: string, stop: StopWords): { words: Word[]; phrases: string[] } {
	const words: Word[] = [];
	const phrases: string[] = [];
	for (const m of text.matchAll(/\p{Script=Han}+|[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)) {
		const run = m[0];
		const at = m.index;
		if (HAN.test(run)) {
			// The general dictionary cuts words it does not know into characters (买家 → 买 | 家);
			// neighbouring single characters that are not particles are put back together, two at a
			// time: a word the dictionary lacks is most often two characters, and a longer run (买 | 家 |
			// 发 of 买家发消息) would join one word to a character of the next.
			let single: Word | undefined;
			let phrase = '';
			for (const s of zhSegmenter().segment(run)) {
				const word = s.isWordLike && !stop.zh.has(s.segment) ? s.segment : '';
				phrase = word ? phrase + word : (phrase && phrases.push(phrase), '');
				const start = at + s.index;
				if ([...word].length === 1) {
					if (single && [...single.text].length >= 2) {
						words.push(single);
						single = undefined;
					}
					single = single ? { ...single, text: single.text + word, end: start + word.length } : { text: word, start, end: start + word.length };
					continue;
				}
				if (single) words.push(single);
				single = undefined;
				if (word) words.push({ text: word, start, end: start + word.length });
			}
			if (single) words.push(single);
			if (phrase) phrases.push(phrase);
		} else {
			// A possessive or a trailing dot is not part of the word ("seller's", "rate.").
			const word = run.replace(/['’]s$/u, '').replace(/[.'’-]+$/u, '');
			if (word && !stop.en.has(word) && !stop.en.has(run)) {
				words.push({ text: word, start: at, end: at + word.length });
				phrases.push(word);
			}
		}
	}
	return { words, phrases };
}

/**
 * How much a term says about what is sought, to choose the terms searched when a long question
 * has more than MAX_TERMS: a site concept, then a word (two Chinese characters or more, an English
 * word of four letters or more), then a lone character, a short word or a number (多, 里, 100).
 */
function informative(term: QueryTerm, siteWord: (word: string) => boolean): number {
	if (term.concept) return 3;
	if (/\p{N}/u.test(term.text)) return 0;
	if ([...term.text].length < (HAN.test(term.text) ? 2 : 4)) return 0;
	// An English word the site never writes (shopify, manufacturer) can only match by a prefix.
	return HAN.test(term.text) || siteWord(term.text) ? 2 : 1;
}

const stemsCache = new WeakMap<readonly string[], Set<string>>();

/** Whether the site writes an English word, however inflected; without the site's words, any is. */
function siteWordOf(words: readonly string[] | undefined): (word: string) => boolean {
	if (!words?.length) return () => true;
	let stems = stemsCache.get(words);
	if (!stems) stemsCache.set(words, (stems = new Set(words.map(roughStem))));
	return (word) => stems.has(roughStem(word));
}

/**
 * At most MAX_TERMS terms, the most informative first, in the order typed; of equals, the later
 * first: a question telling a situation tells it first and asks last (…，我是应该现在就取消还是等一等).
 */
function withinBudget(terms: QueryTerm[], siteWord: (word: string) => boolean): QueryTerm[] {
	if (terms.length <= MAX_TERMS) return terms;
	const order = terms.map((term, i) => ({ i, rank: informative(term, siteWord) })).sort((a, b) => b.rank - a.rank || b.i - a.i);
	const chosen = new Set(order.slice(0, MAX_TERMS).map((o) => o.i));
	return terms.filter((_, i) => chosen.has(i));
}

/** The query as terms to search. An empty or punctuation-only query has none. */
export function parseQuery(input: string, data: Vocabulary | Lexicon = []): QueryPlan {
	const lexicon = lexiconOf(data);
	const { vocabulary, t2s } = lexicon;
	const stop = stopOf(lexicon);
	// Traditional characters first: the vocabulary and the index are Simplified.
	const { text, truncated } = normalizeQuery(toSimplified(input, t2s));
	let names = namesCache.get(vocabulary);
	if (!names) namesCache.set(vocabulary, (names = namesOf(vocabulary)));
	const terms: QueryTerm[] = [];
	const seen = new Set<string>();
	const phrases: string[] = [];
	for (const piece of findNames(text, names)) {
		const at: [number, number] = [piece.start, piece.start + piece.text.length];
		if ('entry' in piece) {
			const { entry } = piece;
			if (seen.has(`concept:${entry.id}`)) continue;
			seen.add(`concept:${entry.id}`);
			// The words typed are searched too, unless they are a question word (算不算 names `counts`).
			const forms = [...new Set([siteName(entry, 'zh'), siteName(entry, 'en'), ...(stop.zh.has(piece.text) ? [] : [piece.text])].map((f) => normalizeQuery(f).text))];
			terms.push({ text: piece.text, forms, concept: entry.id, ...(entry.usage ? { usage: entry.usage } : {}), ...(entry.aspect ? { aspect: entry.aspect } : {}), at });
		} else {
			const found = wordsOf(piece.text, stop);
			phrases.push(...found.phrases);
			for (const word of found.words) {
				// An inflection of a word already asked (sell … sells) searches the same stem again.
				const key = HAN.test(word.text) ? word.text : `stem:${roughStem(word.text)}`;
				if (seen.has(word.text) || seen.has(key)) continue;
				seen.add(word.text);
				seen.add(key);
				terms.push({ text: word.text, forms: [word.text], at: [piece.start + word.start, piece.start + word.end] });
			}
		}
	}
	const kept = withinBudget(terms, siteWordOf(lexicon.words));
	// Longest first: a page marks 反复检查 whole before its words would be marked apart.
	const highlight = [...new Set([...kept.flatMap((t) => [t.text, ...t.forms]), ...phrases])].sort((a, b) => b.length - a.length);
	return { query: text, terms: kept, truncated, omitted: terms.length - kept.length, highlight };
}

/** The site's name of a concept in the reader's language, for messages. */
export function conceptName(vocabulary: Vocabulary, id: string, lang: Lang): string | undefined {
	const entry = vocabulary.find((e) => e.id === id);
	return entry ? siteName(entry, lang) : undefined;
}
