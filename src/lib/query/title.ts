/**
 * Whether a passage's own title names a query term. A passage's title is what it is about: a FAQ
 * or marketplace question, a glossary row's term, an aligned passage's first sentence. Many
 * passages mention a term in passing (the table of all metrics, an answer about another case);
 * the one whose title names it is about it. Pure: engine.ts adds the bonus.
 */
import { HAN_RE } from './parse';
import { roughStem } from './stem';

/** What a title naming a term adds to a passage, in units of the term's weight. */
export const TITLE_BONUS = 1;

const latinWords = (text: string) => text.match(/[a-z0-9][a-z0-9'’]*/g) ?? [];

/**
 * Whether `title` names `form`: a Chinese form as written (spaces ignored: Pagefind spaces out
 * Chinese words), an English one word by word, each word or an inflection of it (seller →
 * sellers, cancel → cancelled) in the title.
 */
export function titleNames(title: string, form: string): boolean {
	const t = title.normalize('NFKC').toLowerCase();
	const f = form.normalize('NFKC').toLowerCase().trim();
	if (!f) return false;
	if (HAN_RE.test(f)) return t.replace(/\s+/g, '').includes(f.replace(/\s+/g, ''));
	const words = latinWords(t).map(roughStem);
	const wanted = latinWords(f).map(roughStem);
	return wanted.length > 0 && wanted.every((w) => words.some((x) => x === w || (w.length >= 4 && x.startsWith(w))));
}
