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
import { CR_TARGET_DEFAULT, CR_TARGET_INDIA, CR_WINDOW_DAYS, FACTS, type Fact } from '../../src/lib/facts';
import { MARKETPLACE_HOSTS, SOURCE_PAGES, isOnMarketplace, type SourcePage } from '../../src/lib/source-pages';
import { placeholdersIn, resolvePlaceholders } from '../../src/lib/placeholders';

const ROOT = new URL('../..', import.meta.url).pathname;
/** The marketplace comparison's claims (src/lib/claims-marketplaces.ts) are shown in its table and answers, not on these pages. */
const isMarketplaceClaim = (id: string) => /^(mk|ask)\./.test(id);
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
	it("gives each page read the address it was read at, on its own marketplace's Seller Central host, never one built from a help id", () => {
		for (const [id, page] of Object.entries(SOURCE_PAGES) as [string, SourcePage][]) {
			if (!page.url) continue;
			const url = new URL(page.url);
			expect(url.protocol, id).toBe('https:');
			expect(page.marketplace, id).toBeDefined();
			expect(isOnMarketplace(page.url, page.marketplace!), `${id}: ${url.hostname}`).toBe(true);
			// A help page's address names its own help id (with the G prefix some hosts use).
			if (page.helpId) expect(page.url, id).toMatch(new RegExp(`(external/|itemID=)G?${page.helpId.replace(/^G/, '')}\\b`));
			// The address the old code built for every page from one base (audit finding K1).
			expect(page.url, id).not.toMatch(/\/help\/hub\/reference\/external\//);
		}
	});

	it('tells the marketplace hosts apart: a page read in Canada is not on the US host, a UK page may be on the European host', () => {
		expect(isOnMarketplace('https://sellercentral.amazon.com/help/hub/reference/external/200285210', 'CA')).toBe(false);
		expect(isOnMarketplace('https://sellercentral.amazon.ca/gp/help/external/200285210', 'CA')).toBe(true);
		expect(isOnMarketplace('https://sellercentral-europe.amazon.com/gp/help/external/GRXAS2XTAYEF77BG', 'UK')).toBe(true);
		expect(isOnMarketplace('https://sellercentral.amazon.com.au.evil.example/x', 'AU')).toBe(false);
		expect(isOnMarketplace('not a url', 'US')).toBe(false);
		expect(Object.keys(MARKETPLACE_HOSTS).length).toBeGreaterThan(10);
	});

	it("quotes every claim from a page in the catalogue, and lists that page's own marketplace first among those where the site saw the rule (K7)", () => {
		for (const [id, claim] of Object.entries(CLAIMS)) {
			const page: SourcePage = SOURCE_PAGES[claim.page];
			expect(page, id).toBeDefined();
			if (page.marketplace) expect(claim.seenOn[0], id).toBe(page.marketplace);
			expect(new Set(claim.seenOn).size, id).toBe(claim.seenOn.length);
			// A quote in neither of the site's languages comes with the site's translation (K14).
			if (claim.lang !== 'en') expect(claim.translation, id).toBeDefined();
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
			expect(Object.keys(SOURCE_PAGES), key).toContain(claim.page);
			expect(claim.quote.length, key).toBeGreaterThan(20);
			expect(['en', 'ja'], key).toContain(claim.lang);
			expect(claim.seenOn.length, key).toBeGreaterThan(0);
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
		for (const id of Object.keys(CLAIMS).filter((c) => !isMarketplaceClaim(c))) {
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
