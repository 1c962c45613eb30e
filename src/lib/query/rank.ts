/**
 * Ranking passages from one index search per query term. Pagefind ranks pages and keeps only
 * pages holding every word; a seller's question rarely has every word in one passage. So each
 * term is searched on its own and every passage (a sub-result: one aligned passage, FAQ question
 * or glossary row) is scored by the terms it holds, rarer terms weighing more (BM25's shape:
 * a term's weight from how many passages hold it, its count damped and set against the
 * passage's length), graded by Pagefind's own score of the best match (the word itself over a
 * prefix, a passage at full weight over the glossary's quarter weight).
 */

/** How one passage holds one term. */
export interface TermHit {
	term: number;
	/** Pagefind's balanced score of the best matching word in the passage. */
	best: number;
	/** How many matching words the passage has. */
	count: number;
}

/** About the number of passages per language: the scale of "rare" for a term's weight. */
const PASSAGES = 150;
/** About the length of a passage, in indexed words. */
const AVERAGE_LENGTH = 40;
/** Pagefind's balanced score of an exact word in body text at full weight. */
const EXACT_WORD = 512;
/** BM25's usual constants: how fast repeats stop adding, how much length counts. */
const K1 = 1.2;
const B = 0.75;

/**
 * A term's weight from the number of passages holding it: a term found in a handful of passages
 * (缺货, Buy Box) says more about what is sought than one found everywhere (取消, order).
 */
export function termWeight(passagesHolding: number): number {
	return Math.log(1 + PASSAGES / Math.max(1, passagesHolding));
}

/**
 * A passage's score: each term it holds adds its weight (so holding more of the query's terms
 * counts first), and up to about twice that again for a strong, repeated match in a short passage.
 */
export function passageScore(hits: TermHit[], weights: number[], length: number): number {
	const norm = 1 - B + (B * Math.max(1, length)) / AVERAGE_LENGTH;
	let score = 0;
	for (const hit of hits) {
		const quality = Math.min(2, hit.best / EXACT_WORD);
		const tf = (hit.count * (K1 + 1)) / (hit.count + K1 * norm);
		score += weights[hit.term] * (1 + quality * tf);
	}
	return score;
}
