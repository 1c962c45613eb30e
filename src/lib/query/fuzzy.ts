/**
 * A query word that matches nothing is read as the nearest site term: a slip of the keyboard
 * (cancelation, inventroy) or of a Chinese input method, which picks a character of the same
 * sound (取小率 for 取消率, 考核周气 for 考核周期). Only words no passage holds are changed, so a
 * word the site uses is never "corrected" into another.
 *
 * - Latin words: the site word (its English text and vocabulary, built into search-data.json)
 *   at the smallest Damerau–Levenshtein distance, at most 1 for words of up to 5 letters, with
 *   their first letter kept, and 2 beyond (one slip in a short word already makes another word).
 * - Chinese: a vocabulary name of 3 or more characters that the query holds but for one
 *   character, that character inside the unmatched word. Two-character names are left out: one
 *   character of two changed names a different thing as often as a slip (取消 / 取件).
 */
import { HAN_RE, stopOf, type Lexicon } from './parse';
import type { QueryPlan } from './parse';

/** Optimal string alignment distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
	const x = [...a];
	const y = [...b];
	if (Math.abs(x.length - y.length) > max) return max + 1;
	let prev2: number[] = [];
	let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
	for (let i = 1; i <= x.length; i++) {
		const row = [i];
		let best = i;
		for (let j = 1; j <= y.length; j++) {
			const cost = x[i - 1] === y[j - 1] ? 0 : 1;
			let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
			if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
			row.push(d);
			best = Math.min(best, d);
		}
		if (best > max) return max + 1;
		prev2 = prev;
		prev = row;
	}
	return prev[y.length];
}

const allowed = (word: string) => ([...word].length <= 5 ? 1 : 2);

/** The nearest of `words` to a Latin `word`, if one is near enough; the earliest of equals. */
export function nearestWord(word: string, words: readonly string[], stop: ReadonlySet<string> = new Set()): string | undefined {
	// A site word is no slip: the index stemmed it differently from the passage's word.
	if (word.length < 4 || /\d/.test(word) || words.includes(word)) return undefined;
	const max = allowed(word);
	let best: string | undefined;
	let bestDistance = max + 1;
	for (const w of words) {
		// A question word is no reading of a slip: it would be dropped (goes → does). A short word
		// keeps its first letter: slips rarely change it, and one changed letter of four makes another
		// word as often as a slip (went → sent).
		if (w === word || Math.abs(w.length - word.length) > max || stop.has(w) || (max < 2 && w[0] !== word[0])) continue;
		const d = editDistance(word, w, bestDistance - 1);
		if (d < bestDistance) {
			best = w;
			bestDistance = d;
		}
	}
	return best;
}

/** A Chinese name the text holds but for one character inside [start, end): where, and the name. */
export function nearestName(text: string, start: number, end: number, names: readonly string[]): { from: number; to: number; name: string } | undefined {
	for (const name of names) {
		const chars = [...name];
		if (chars.length < 3 || !chars.every((c) => HAN_RE.test(c))) continue;
		// Windows of the name's length that overlap the unmatched word (Han characters are one UTF-16 unit each here).
		for (let i = Math.max(0, start - chars.length + 1); i < end && i + chars.length <= text.length; i++) {
			let diff = -1;
			let count = 0;
			for (let k = 0; k < chars.length && count <= 1; k++) {
				if (text[i + k] !== chars[k]) {
					diff = i + k;
					count++;
				}
			}
			if (count === 1 && diff >= start && diff < end && HAN_RE.test(text[diff])) return { from: i, to: i + chars.length, name };
		}
	}
	return undefined;
}

export interface Correction {
	/** As typed (normalised). */
	from: string;
	/** The site term read instead. */
	to: string;
}

/**
 * The query with each unmatched term replaced by its nearest site term, and what was replaced;
 * undefined when nothing near enough was found.
 */
export function correctQuery(plan: QueryPlan, unmatched: number[], lexicon: Lexicon): { text: string; corrections: Correction[] } | undefined {
	const zhNames = [...new Set(lexicon.vocabulary.flatMap((e) => e.zh))].sort((a, b) => b.length - a.length);
	const enWords = lexicon.words ?? [];
	const edits: { from: number; to: number; text: string }[] = [];
	for (const t of unmatched) {
		const term = plan.terms[t];
		if (term.concept) continue;
		const [start, end] = term.at;
		if (HAN_RE.test(term.text)) {
			const near = nearestName(plan.query, start, end, zhNames);
			if (near && !edits.some((e) => e.from < near.to && near.from < e.to)) edits.push({ ...near, text: near.name });
		} else {
			const near = nearestWord(term.text, enWords, stopOf(lexicon).en);
			if (near) edits.push({ from: start, to: end, text: near });
		}
	}
	if (edits.length === 0) return undefined;
	edits.sort((a, b) => a.from - b.from);
	let text = '';
	let at = 0;
	const corrections: Correction[] = [];
	for (const e of edits) {
		text += plan.query.slice(at, e.from) + e.text;
		corrections.push({ from: plan.query.slice(e.from, e.to), to: e.text });
		at = e.to;
	}
	return { text: text + plan.query.slice(at), corrections };
}
