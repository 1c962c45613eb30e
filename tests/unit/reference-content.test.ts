/**
 * The reference documents and the facts they draw on: every number comes through a placeholder
 * that resolves, both languages of a pair state the same facts and cite the same sources, every
 * source is Amazon's, and every fact of Amazon's rests on a claim quoting its source's own words.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { alignedDocSchema, isTextBlock, type Block, type TextBlock } from '../../src/lib/aligned';
import { CLAIMS } from '../../src/lib/claims';
import { CR_TARGET_DEFAULT, CR_TARGET_INDIA, CR_WINDOW_DAYS, FACTS, SOURCES, sourceUrl, type Fact } from '../../src/lib/facts';
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
		.map((p) => ('key' in p ? `fact:${p.key}` : 'cite' in p ? `claim:${p.cite}` : `source:${p.source}`))
		.sort();

describe('facts data', () => {
	it('links every help-page source to Seller Central over https, and forum threads to their Amazon address', () => {
		for (const [id, source] of Object.entries(SOURCES)) {
			const url = sourceUrl(source);
			if (!('helpId' in source)) {
				if ('url' in source) expect(url, id).toMatch(/^https:\/\/sellercentral\.amazon\.[a-z.]+\/seller-forums\//);
				else expect(url, id).toBeUndefined();
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

	it("rests every fact on a claim with its source, a quote in the source's language and the marketplaces it holds for, or marks it as the site's", () => {
		for (const [key, fact] of Object.entries(FACTS) as [string, Fact][]) {
			if ('by' in fact) {
				expect(fact.by, key).toBe('site');
				continue;
			}
			const claim = CLAIMS[fact.claim];
			expect(claim, key).toBeDefined();
			expect(Object.keys(SOURCES), key).toContain(claim.source);
			expect(claim.quote.length, key).toBeGreaterThan(20);
			expect(['en', 'ja'], key).toContain(claim.lang);
			expect(claim.holdsFor.length, key).toBeGreaterThan(0);
		}
	});

	it('quotes each claim in the language it is tagged with', () => {
		for (const [id, claim] of Object.entries(CLAIMS)) {
			const japanese = /[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(claim.quote);
			expect(japanese, id).toBe(claim.lang === 'ja');
		}
	});

	it("states Amazon's own numbers in the quote behind each target and window", () => {
		for (const [key, fact] of Object.entries(FACTS) as [string, Fact][]) {
			if ('by' in fact) continue;
			const quote = CLAIMS[fact.claim].quote;
			if (fact.kind === 'target') expect(quote, key).toContain(`${(fact.rate.numerator / fact.rate.denominator) * 100}%`);
			if (fact.kind === 'days') for (const d of fact.days) expect(quote, key).toMatch(new RegExp(`\\b${d}\\b|${d === 7 ? 'seven' : '$^'}`));
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
				// A fact of Amazon's needs its source named; the site's own (an example, the gathering date) does not.
				const states = used.some((p) => 'key' in p && p.format !== 'raw' && 'claim' in (FACTS as Record<string, Fact>)[p.key]);
				if (states) expect(used.some((p) => 'source' in p || 'cite' in p), `${name}#${block.id} (${lang})`).toBe(true);
			}
		}
	});
});

describe('the reference pages together', () => {
	it('render every fact of the data somewhere', () => {
		const used = new Set(docs.flatMap(({ doc }) => textBlocks(doc).flatMap((b) => texts(b, 'en').flatMap(keysOf))));
		for (const key of Object.keys(FACTS)) expect(used, key).toContain(`fact:${key}`);
		const cited = new Set([...used].map((k) => (k.startsWith('claim:') ? `source:${CLAIMS[k.slice(6) as keyof typeof CLAIMS].source}` : k)));
		for (const id of Object.keys(SOURCES)) expect(cited, id).toContain(`source:${id}`);
		for (const id of Object.keys(CLAIMS)) {
			const byFact = Object.values(FACTS as Record<string, Fact>).some((f) => 'claim' in f && f.claim === id && used.has(`fact:${Object.keys(FACTS).find((k) => (FACTS as Record<string, Fact>)[k] === f)}`));
			expect(used.has(`claim:${id}`) || byFact, id).toBe(true);
		}
	});

	it('say when the facts were gathered, how old their sources are, and that rules vary by marketplace on each fact page', () => {
		for (const { doc } of docs.filter((d) => d.name !== 'glossary')) {
			const asOf = textBlocks(doc).find((b) => b.id === 'as-of');
			for (const key of ['{{gathered}}', '{{sources.dated}}']) {
				expect(asOf?.zh).toContain(key);
				expect(asOf?.en).toContain(key);
			}
			expect(asOf?.zh).toContain('没有对照亚马逊当前的页面重新核实');
			expect(asOf?.en).toContain('not re-checked');
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
