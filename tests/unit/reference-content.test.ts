/**
 * The reference documents and the facts they draw on: every number comes through a placeholder
 * that resolves, both languages of a pair state the same facts and cite the same sources, and
 * every source is Amazon's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { alignedDocSchema, isTextBlock, type Block, type TextBlock } from '../../src/lib/aligned';
import { CR_TARGET_DEFAULT, CR_TARGET_INDIA, CR_WINDOW_DAYS, FACTS, SOURCES, sourceUrl } from '../../src/lib/facts';
import { placeholdersIn, resolvePlaceholders } from '../../src/lib/placeholders';

const ROOT = new URL('../..', import.meta.url).pathname;
const REFERENCE = ['cancellation-rate', 'related-metrics', 'glossary'];
const docs = REFERENCE.map((name) => ({
	name,
	doc: alignedDocSchema.parse(yaml.load(readFileSync(join(ROOT, 'src/content/aligned', `${name}.yaml`), 'utf8'))),
}));
/** Only text blocks state facts; an embedded component has no text of its own. */
const textBlocks = (doc: { blocks: Block[] }) => doc.blocks.filter(isTextBlock);

/** Every text of a block in one language. */
const texts = (block: TextBlock, lang: 'zh' | 'en') => [
	block[lang],
	...(block.kind === 'question' ? [block.answer[lang]] : []),
	...(block.kind === 'term' ? [block.definition[lang]] : []),
];
const keysOf = (text: string) =>
	placeholdersIn(text)
		.map((p) => ('key' in p ? `fact:${p.key}` : `source:${p.source}`))
		.sort();

describe('facts data', () => {
	it('links every help-page source to Seller Central over https', () => {
		for (const [id, source] of Object.entries(SOURCES)) {
			const url = sourceUrl(source);
			if (!('helpId' in source)) {
				expect(url, id).toBeUndefined();
				continue;
			}
			expect(url, id).toBe(`https://sellercentral.amazon.com/help/hub/reference/external/${source.helpId}`);
		}
	});

	it('holds the Cancellation Rate numbers the calculator uses, not copies of them', () => {
		expect(FACTS['cr.target'].rate).toBe(CR_TARGET_DEFAULT);
		expect(FACTS['cr.target.in'].rate).toBe(CR_TARGET_INDIA);
		expect(FACTS['cr.window'].days).toEqual([CR_WINDOW_DAYS]);
		expect(FACTS['pfcr.target'].rate).toBe(CR_TARGET_DEFAULT);
	});

	it('names every source of a fact in SOURCES', () => {
		for (const [key, fact] of Object.entries(FACTS)) {
			if ('source' in fact) expect(Object.keys(SOURCES), key).toContain(fact.source);
		}
	});

	it('keeps the example on the wrong side of the target and the boundary exactly on it', () => {
		const ex = FACTS['cr.example.rate'].rate;
		expect(ex.numerator * CR_TARGET_DEFAULT.denominator).toBeGreaterThan(CR_TARGET_DEFAULT.numerator * ex.denominator);
		const b = FACTS['cr.boundary.rate'].rate;
		expect(b.numerator * CR_TARGET_DEFAULT.denominator).toBe(CR_TARGET_DEFAULT.numerator * b.denominator);
	});
});

describe.each(docs)('$name', ({ name, doc }) => {
	it('resolves every placeholder in both languages', () => {
		for (const block of textBlocks(doc)) {
			for (const lang of ['zh', 'en'] as const) {
				for (const text of texts(block, lang)) expect(() => resolvePlaceholders(text, lang), block.id).not.toThrow();
			}
		}
	});

	it('states the same facts and cites the same sources in Chinese and English', () => {
		for (const block of textBlocks(doc)) {
			expect(texts(block, 'zh').flatMap(keysOf), block.id).toEqual(texts(block, 'en').flatMap(keysOf));
		}
	});

	it('types no number that should come from the data', () => {
		for (const block of textBlocks(doc)) {
			for (const lang of ['zh', 'en'] as const) {
				for (const text of texts(block, lang)) {
					const prose = text.replace(/\{\{[^}]*\}\}/g, '').replace(/\]\([^)]*\)/g, ']');
					expect(prose, `${name}#${block.id} (${lang})`).not.toMatch(/\d\s*%|\d+\s*(天|days?\b)/);
				}
			}
		}
	});

	it('cites a source wherever it states a fact', () => {
		for (const block of textBlocks(doc)) {
			for (const lang of ['zh', 'en'] as const) {
				const used = placeholdersIn(block[lang]);
				const states = used.some((p) => 'key' in p && p.key !== 'asOf' && p.format !== 'raw');
				if (states) expect(used.some((p) => 'source' in p), `${name}#${block.id} (${lang})`).toBe(true);
			}
		}
	});
});

describe('the reference pages together', () => {
	it('render every fact of the data somewhere', () => {
		const used = new Set(docs.flatMap(({ doc }) => textBlocks(doc).flatMap((b) => texts(b, 'en').flatMap(keysOf))));
		for (const key of Object.keys(FACTS)) expect(used, key).toContain(`fact:${key}`);
		for (const id of Object.keys(SOURCES)) expect(used, id).toContain(`source:${id}`);
	});

	it('say "as of" and that rules vary by marketplace on each fact page', () => {
		for (const { doc } of docs.filter((d) => d.name !== 'glossary')) {
			const asOf = textBlocks(doc).find((b) => b.id === 'as-of');
			expect(asOf?.zh).toContain('{{asOf}}');
			expect(asOf?.en).toContain('{{asOf}}');
			expect(asOf?.zh).toContain('规则因站点而异');
			expect(asOf?.en).toContain('Rules vary by marketplace');
		}
	});

	it('define at least 20 glossary terms, each used on a page in both languages', () => {
		const terms = docs.find((d) => d.name === 'glossary')!.doc.blocks.filter((b) => b.kind === 'term');
		expect(terms.length).toBeGreaterThanOrEqual(20);
		expect(new Set(terms.map((t) => t.zh)).size).toBe(terms.length);
		expect(new Set(terms.map((t) => t.en.toLowerCase())).size).toBe(terms.length);
	});
});
