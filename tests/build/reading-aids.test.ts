/**
 * Sentence pairs and term hints in the built pages (see src/lib/reading-aids.ts): every sentence
 * of the guideline and the FAQ answers carries a pair id that occurs once on each side of its
 * pair; glossary terms in passages link to their entry, with the other language's name in the
 * page's hint data; nothing is marked inside a heading or another link.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import { alignedDocSchema, type TermBlock } from '../../src/lib/aligned';
import type { TermHints } from '../../src/lib/hint-text';
import { termNames } from '../../src/lib/term-hints';
import { DIST, ROOT, pagePaths, readPage, select, selectAll, text } from '../support/site';

const doc = (name: string) => alignedDocSchema.parse(yaml.load(readFileSync(join(ROOT, 'src/content/aligned', `${name}.yaml`), 'utf8')));
const glossary = doc('glossary').blocks.filter((b): b is TermBlock => b.kind === 'term');
const sentenceText = (lang: string, s: string) =>
	[...new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(s)].map((x) => x.segment.trim()).filter(Boolean);

/** An element's text without the text of links other than term links (terms are never marked there). */
function outsideLinks(node: Element): string {
	return node.children
		.map((c) => (c.type === 'text' ? c.value : c.type !== 'element' ? '' : c.tagName === 'a' && !String(c.properties.className).includes('term') ? ' | ' : outsideLinks(c)))
		.join('');
}

/** The passages of prose pairs (paragraphs, items, FAQ answers): headings and questions are whole units. */
function prosePairs(tree: Root): Element[][] {
	return selectAll('div.pair:not(.pair-wide), li.pair', tree).map((pair) => selectAll(':scope > .passage', pair));
}

describe.each([
	['/guideline/', 'guideline'],
	['/en/guideline/', 'guideline'],
	['/faq/', 'faq'],
	['/en/faq/', 'faq'],
])('sentence pairs on %s', (page) => {
	const tree = readPage(page);
	const pairs = prosePairs(tree);

	it('finds the pairs of the page', () => {
		expect(pairs.length).toBeGreaterThanOrEqual(page.includes('faq') ? 3 : 6);
		for (const passages of pairs) expect(passages.map((p) => p.properties.lang).sort()).toEqual(['en', 'zh-CN']);
	});

	it('gives every sentence, in both languages, a pair id', () => {
		for (const passage of pairs.flat()) {
			const lang = String(passage.properties.lang);
			const spans = selectAll('[data-s]', passage).map(text);
			for (const block of selectAll('p, li', passage)) {
				for (const sentence of sentenceText(lang, text(block))) {
					expect(
						spans.some((s) => s.includes(sentence)),
						`"${sentence}" (${page} #${passage.properties.id}) has no pair id`,
					).toBe(true);
				}
			}
		}
	});

	it('uses each pair id once on each side, and the same ids on both', () => {
		for (const passages of pairs) {
			const [a, b] = passages.map((p) => selectAll('[data-s]', p).map((s) => String(s.properties.dataS)));
			expect(a.length).toBeGreaterThan(0);
			expect(new Set(a).size, `${passages[0].properties.id}`).toBe(a.length);
			expect([...b].sort()).toEqual([...a].sort());
		}
	});

	it('keeps headings and questions whole, and sentence spans free of roles and labels', () => {
		expect(selectAll(':is(h1, h2, h3, summary) [data-s]', tree)).toEqual([]);
		const spans = selectAll('[data-s]', tree);
		expect(spans.length).toBeGreaterThan(0);
		expect(spans.filter((s) => Object.keys(s.properties).some((k) => k === 'role' || k.startsWith('aria')))).toEqual([]);
	});
});

describe.each(['/guideline/', '/en/guideline/', '/faq/', '/en/faq/', '/cancellation-rate/', '/en/related-metrics/'])('term hints on %s', (page) => {
	const tree = readPage(page);
	const en = page.startsWith('/en/');
	const data = JSON.parse(text(select('script[data-reading-aids]', tree)!)) as { hintsHref: string };
	const hints = JSON.parse(readFileSync(join(DIST, data.hintsHref), 'utf8')) as TermHints;
	const terms = selectAll('a.term', tree);

	it('finds its popovers’ data in its locale’s file, with the other language’s passages set apart', () => {
		expect(data.hintsHref).toBe(en ? '/term-hints/en.json' : '/term-hints/zh-CN.json');
		const pieces = Object.values(hints).flatMap(([, , definition]) => definition);
		// Markup in a definition is never text the reader sees.
		expect(pieces.filter((p) => (typeof p === 'string' ? p : p[0]).includes('<'))).toEqual([]);
		const other = pieces.filter((p): p is [string, string] => typeof p !== 'string');
		expect(other.every(([, lang]) => lang === (en ? 'zh-CN' : 'en'))).toBe(true);
		if (!en) expect(hints.fba[2]).toContainEqual(['Fulfilled by Amazon', 'en']);
	});

	it('links each marked term to its glossary entry in the page’s locale', () => {
		expect(terms.length).toBeGreaterThan(3);
		for (const link of terms) {
			const href = String(link.properties.href);
			expect(href).toMatch(en ? /^\/en\/glossary\/#/ : /^\/glossary\/#/);
			const entry = glossary.find((t) => t.id === href.split('#')[1]);
			expect(entry, href).toBeTruthy();
			const linkText = text(link).toLowerCase();
			// A passage may use one of the term's other names (issue 10's aliases: "Fulfilled by Amazon" for FBA).
			const names = [...termNames(entry!, 'zh'), ...termNames(entry!, 'en')];
			expect(names.some((name) => linkText.startsWith(name.toLowerCase())), `${linkText} → ${entry!.id}`).toBe(true);
		}
	});

	it('gives each marked term the other language’s name and a definition in the page’s language', () => {
		for (const link of terms) {
			const entry = glossary.find((t) => t.id === String(link.properties.href).split('#')[1])!;
			const [zh, enName, pieces] = hints[entry.id];
			const definition = pieces.map((p) => (typeof p === 'string' ? p : p[0])).join('');
			const other = /\p{Script=Han}/u.test(text(link)) ? enName : zh;
			expect(other).toBe(/\p{Script=Han}/u.test(text(link)) ? entry.en : entry.zh);
			expect(definition.length).toBeGreaterThan(5);
			expect(/\p{Script=Han}/u.test(definition)).toBe(!en);
		}
	});

	it('marks every glossary term that a passage uses', () => {
		const names = glossary.flatMap((t) => [t.zh, t.en].map((name) => ({ id: t.id, name }))).sort((a, b) => b.name.length - a.name.length);
		for (const passage of selectAll('.pair > div.passage', tree)) {
			const marked = new Set(selectAll('a.term', passage).map((a) => String(a.properties.href).split('#')[1]));
			// What the reader sees outside other links; a longer name hides the shorter ones inside it.
			let rest = outsideLinks(passage);
			for (const { id, name } of names) {
				const pattern = /\p{Script=Han}/u.test(name)
					? new RegExp(name, 'g')
					: new RegExp(`(?<![\\p{L}\\p{N}-])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:e?s)?(?![\\p{L}\\p{N}])`, 'giu');
				if (pattern.test(rest)) expect(marked.has(id), `"${name}" in #${passage.properties.id} on ${page}`).toBe(true);
				rest = rest.replace(pattern, ' ');
			}
		}
	});
});

describe('nothing marked where it must not be', () => {
	it.each(pagePaths())('%s has no term inside a heading, a question or another link', (page) => {
		const tree = readPage(page);
		expect(selectAll(':is(h1, h2, h3, h4, summary, a:not(.term)) a.term', tree)).toEqual([]);
		// The selector does find terms where they belong (checked on a page known to have them).
		if (page === '/guideline/') expect(selectAll('p a.term, li a.term', tree).length).toBeGreaterThan(0);
	});

	it('keeps the glossary page itself free of term links', () => {
		expect(selectAll('a.term', readPage('/glossary/'))).toEqual([]);
		expect(selectAll('a.term', readPage('/faq/')).length).toBeGreaterThan(0);
	});
});
