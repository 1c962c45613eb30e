/**
 * Astro-side glue for the reading aids (src/lib/reading-aids.ts): reads the glossary, runs the
 * build step over each pair of an aligned document and reports how many sentences are paired.
 */
import type { AlignedDoc, Lang, TermBlock, TextBlock } from '../lib/aligned';
import { hintText, type TermHints } from '../lib/hint-text';
import { LANG_TAG, localePath, plainText } from '../lib/lang';
import { resolvePlaceholders } from '../lib/placeholders';
import { addReadingAids } from '../lib/reading-aids';
import { termMatcher, termNames } from '../lib/term-hints';
import { getAlignedDoc } from './entries';

async function glossary(): Promise<TermBlock[]> {
	return (await getAlignedDoc('glossary')).blocks.filter((b): b is TermBlock => b.kind === 'term');
}

/**
 * What the popover of each term shows, in one file per locale that pages fetch after their first
 * paint (src/pages/term-hints/): both names, and the definition in the page's language. Every
 * term's, so one file serves every page of the locale from the browser's cache; in each page's
 * HTML they cost a reference page over 1 kB compressed, before its first paint.
 */
export async function termHints(lang: Lang): Promise<TermHints> {
	return Object.fromEntries(
		(await glossary()).map((t) => [t.id, [t.zh, t.en, hintText(plainText(resolvePlaceholders(t.definition[lang], lang, 'plain')))]]),
	);
}

/** Where a page of `lang` finds the file. */
export const termHintsHref = (lang: Lang) => `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}term-hints/${LANG_TAG[lang]}.json`;

const reported = new Set<string>();

/**
 * Marks glossary terms and pairs sentences in every passage of `doc`, replacing the rendered HTML
 * in `html` (keyed `id:lang`, FAQ answers `id:answer:lang`, as AlignedDoc keys them). Returns
 * whether any term was marked on the page. The glossary page itself gets no marks: every term there
 * is its own entry.
 */
export async function applyReadingAids(name: string, doc: AlignedDoc, pageLang: Lang, html: Map<string, string>): Promise<boolean> {
	const terms = await glossary();
	const glossaryHref = localePath(import.meta.env.BASE_URL, pageLang, 'glossary/');
	const matcher = doc.blocks.some((b) => b.kind === 'term')
		? undefined
		: { matcher: termMatcher(terms.map((t) => ({ id: t.id, zh: termNames(t, 'zh'), en: termNames(t, 'en') }))), href: (id: string) => `${glossaryHref}#${id}` };
	const used = new Set<string>();
	const total = { sentences: 0, paired: 0 };
	for (const block of doc.blocks) {
		if (!['paragraph', 'item', 'question', 'table'].includes(block.kind)) continue;
		const part = block.kind === 'question' ? 'answer:' : '';
		const key = (lang: Lang) => `${block.id}:${part}${lang}`;
		const out = addReadingAids(
			{ zh: html.get(key('zh')) ?? '', en: html.get(key('en')) ?? '' },
			{ sentences: block.kind !== 'table', groups: (block as TextBlock).sentences, terms: matcher, where: `${name}.yaml, ${block.id}` },
		);
		html.set(key('zh'), out.html.zh);
		html.set(key('en'), out.html.en);
		out.terms.forEach((id) => used.add(id));
		total.sentences += out.stats.sentences.zh + out.stats.sentences.en;
		total.paired += out.stats.paired.zh + out.stats.paired.en;
	}
	if (total.sentences > 0 && !reported.has(name)) {
		reported.add(name);
		// A line of its own: Astro prints each page's name and time on one line around this.
		console.log(`\n[kb:sentence-pairs] ${name}: ${total.paired} of ${total.sentences} sentences paired (both languages)`);
	}
	return used.size > 0;
}
