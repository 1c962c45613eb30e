/**
 * The reference pages as built: every number on them is a fact from src/lib/facts.ts, stated
 * the same in both languages and on both locale pages, with nothing typed beside the data; every
 * source link goes to Amazon over https; every glossary term links to a passage, in the term's
 * language, that contains it.
 */
import { describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import { FACTS, FACTS_GATHERED, type Fact } from '../../src/lib/facts';
import { CLAIMS } from '../../src/lib/claims';
import { SOURCE_PAGES, pageName, pageShortName, type SourcePage } from '../../src/lib/source-pages';
import { DIST_KB, langOf, pagePaths, readPage, select, selectAll, text } from '../support/site';

const PAGES = ['cancellation-rate', 'related-metrics', 'glossary'];
const LOCALES = [
	{ prefix: '/', lang: 'zh-CN' },
	{ prefix: '/en/', lang: 'en' },
] as const;
const paths = PAGES.flatMap((p) => LOCALES.map((l) => ({ path: `${l.prefix}${p}/`, page: p, ...l })));
/** The pages that state facts under headings; the glossary is one table of terms (its own tests below). */
const factPaths = paths.filter((p) => p.page !== 'glossary');
const content = (tree: Root) => select('.sl-markdown-content', tree)!;
const factsIn = (node: Element | Root) => selectAll('.fact', node);
const keyOf = (el: Element) => String(el.properties.dataFact);
const isFactKey = (key: string): key is keyof typeof FACTS => key in FACTS;
/** A fact of Amazon's (resting on a claim), as opposed to one of this site's own (an example, a date). */
const isAmazons = (key: string) => isFactKey(key) && 'claim' in (FACTS[key] as Fact);
/** A copy without the quotes of Amazon's pages shown on demand: they are Amazon's words, not the site's text. */
function withoutEvidence<T extends Element | Root>(node: T): T {
	const copy = structuredClone(node);
	const drop = (n: Element | Root) => {
		n.children = n.children.filter((c) => !(c.type === 'element' && (c.properties.className as string[] | undefined)?.includes('evidence')));
		for (const c of n.children) if (c.type === 'element') drop(c);
	};
	drop(copy);
	return copy;
}
/** Parsing a page takes a while; the glossary test follows dozens of links to the same few. */
const parsed = new Map<string, Root>();
const cachedPage = (path: string) => parsed.get(path) ?? parsed.set(path, readPage(path)).get(path)!;

/** What a fact must read like, worked out here from the raw numbers rather than by the site's formatter. */
function expectedPieces(fact: Fact): string[] {
	const percent = (n: number, d: number) => `${Number(((n / d) * 100).toFixed(2))}%`;
	switch (fact.kind) {
		case 'target':
		case 'rate':
			return [percent(fact.rate.numerator, fact.rate.denominator)];
		case 'days':
			return fact.days.map(String);
		case 'count':
			return [String(fact.value)];
		case 'date':
			// Year and day; the month may be spelled out.
			return [fact.date.slice(0, 4), String(Number(fact.date.slice(8)))];
		case 'month':
			// The year and the month's number (Chinese) or name (English): both contain the year.
			return [fact.month.slice(0, 4)];
		case 'years':
			return [String(fact.from), String(fact.to)];
	}
}

const TARGET_WORDS = { 'zh-CN': { '<': '低于', '>': '高于', '>=': '不低于' }, en: { '<': 'under', '>': 'above', '>=': 'at least' } };

describe('the reference pages', () => {
	it('exist in both locales', () => {
		const built = pagePaths();
		for (const { path } of paths) expect(built).toContain(path);
	});

	it.each(factPaths)('$path renders every number from the facts data, matching its value', ({ path, lang }) => {
		const tree = readPage(path);
		const facts = factsIn(content(tree));
		expect(facts.length).toBeGreaterThan(3);
		for (const el of facts) {
			const key = keyOf(el);
			expect(isFactKey(key), `unknown fact ${key}`).toBe(true);
			if (!isFactKey(key)) continue;
			const fact: Fact = FACTS[key];
			const shown = text(el);
			for (const piece of expectedPieces(fact)) expect(shown, key).toContain(piece);
			if (fact.kind === 'target' || fact.kind === 'rate') {
				expect(Number(el.properties.value), key).toBe(fact.rate.numerator / fact.rate.denominator);
			}
			if (fact.kind === 'days') expect(String(el.properties.value).split(' ').map(Number), key).toEqual([...fact.days]);
			if (fact.kind === 'date') expect(el.properties.dateTime, key).toBe(fact.date);
			if (fact.kind === 'month') expect(el.properties.dateTime, key).toBe(fact.month);
			const elLang = langOf(tree, el) as 'zh-CN' | 'en';
			if (fact.kind === 'target' && !/%$/.test(shown.trim())) {
				expect(shown, `${key} in ${elLang}`).toContain(TARGET_WORDS[elLang][fact.op]);
			}
			if (fact.kind === 'days') expect(shown).toMatch(elLang === 'en' ? /days?$/ : /天$/);
		}
		void lang;
	});

	it.each(PAGES)('%s states the same facts on the Chinese and the English page', (page) => {
		const keys = (path: string) => factsIn(content(readPage(path))).map(keyOf).sort();
		expect(keys(`/${page}/`)).toEqual(keys(`/en/${page}/`));
	});

	it.each(paths)('$path states the same facts in both passages of every pair', ({ path }) => {
		const pairs = selectAll('.pair', content(readPage(path)));
		expect(pairs.length).toBeGreaterThan(0);
		for (const pair of pairs) {
			const [a, b] = selectAll(':scope > .passage', pair);
			expect(factsIn(a).map(keyOf).sort(), String(pair.properties.id)).toEqual(factsIn(b).map(keyOf).sort());
		}
	});

	it.each(paths)('$path shows no percentage or number of days that is not from the data', ({ path }) => {
		const tree = content(readPage(path));
		const stripped = withoutEvidence(tree);
		const drop = (node: Element) => {
			node.children = node.children.filter(
				(c) =>
					!(c.type === 'element' && (['script', 'style'].includes(c.tagName) || (c.properties.className as string[] | undefined)?.includes('fact'))),
			);
			for (const c of node.children) if (c.type === 'element') drop(c);
		};
		drop(stripped);
		const rest = text(stripped);
		expect(rest).not.toMatch(/\d\s*%/);
		expect(rest).not.toMatch(/\d+\s*(天|days?\b)/);
		// Markup that failed to render would show up as text.
		expect(rest).not.toMatch(/\*\*|\{\{|\}\}/);
	});

	it('together render every fact of the data in both locales', () => {
		for (const { prefix } of LOCALES) {
			const shown = new Set(PAGES.flatMap((p) => factsIn(content(readPage(`${prefix}${p}/`))).map(keyOf)));
			for (const key of Object.keys(FACTS)) expect(shown, `${prefix}: ${key}`).toContain(key);
		}
	});

	it.each(paths)('$path links sources only to Amazon, over https', ({ path, prefix }) => {
		const externalOf = (p: string) =>
			selectAll('a[href]', content(readPage(p)))
				.map((a) => String(a.properties.href))
				.filter((href) => /^[a-z]+:|^\/\//i.test(href));
		// The filter finds the source links of the Cancellation Rate page (the glossary has none).
		expect(externalOf(`${prefix}cancellation-rate/`).length).toBeGreaterThan(5);
		const external = externalOf(path);
		for (const href of external) {
			expect(href).toMatch(/^https:\/\/([a-z0-9-]+\.)*amazon\.(com|[a-z]{2}|co\.[a-z]{2}|com\.[a-z]{2})\//);
		}
	});

	it.each(LOCALES)('$prefix links the page each fact of Amazon\'s was read on, at the address it was read at', ({ prefix }) => {
		const hrefs = new Set(
			PAGES.flatMap((p) => selectAll('a[href^="https://"]', content(readPage(`${prefix}${p}/`))).map((a) => String(a.properties.href))),
		);
		for (const fact of Object.values(FACTS) as Fact[]) {
			if (!('claim' in fact)) continue;
			const page: SourcePage = SOURCE_PAGES[CLAIMS[fact.claim].page];
			if (page.url) expect(hrefs, fact.claim).toContain(page.url);
		}
		// No link is built from a help id and the US base any more (audit finding K1).
		expect([...hrefs].filter((h) => h.includes('/help/hub/reference/external/'))).toEqual([]);
	});

	it.each(factPaths)('$path cites a source next to every fact', ({ path }) => {
		const tree = content(readPage(path));
		const names = (Object.values(SOURCE_PAGES) as SourcePage[]).flatMap((s) => [pageName(s, 'zh'), pageName(s, 'en'), pageShortName(s, 'zh'), pageShortName(s, 'en')]);
		const cites = (node: Element) => selectAll('a[href^="https://sellercentral"]', node).length > 0 || names.some((n) => text(node).includes(n));
		const units = [
			...selectAll('div.passage', tree).filter((p) => !select('table', p)),
			...selectAll('.pair-wide tbody tr', tree),
		];
		expect(units.length).toBeGreaterThan(5);
		for (const unit of units.map(withoutEvidence)) {
			const stated = factsIn(unit).filter((f) => isAmazons(keyOf(f)));
			if (stated.length > 0) expect(cites(unit), `${String(unit.properties.id ?? text(unit).slice(0, 40))}`).toBe(true);
		}
	});

	it.each(factPaths)(
		'$path says when the facts were gathered, how old the sources are, that they were not re-checked, and that rules vary, in both languages',
		({ path }) => {
			const tree = readPage(path);
			const zh = text(select('#as-of-zh', tree)!);
			const en = text(select('#as-of-en', tree)!);
			const [year, month] = FACTS_GATHERED.month.split('-').map(Number);
			const years = `${FACTS_GATHERED.sourcesFrom}–${FACTS_GATHERED.sourcesTo}`;
			expect(zh).toContain(`${year} 年 ${month} 月`);
			expect(zh).toContain(`${years} 年`);
			expect(zh).toContain('没有对照亚马逊当前的页面重新核实');
			expect(zh).toContain('规则因站点而异');
			expect(en).toContain(`in ${new Date(Date.UTC(year, month - 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' })} ${year}`);
			expect(en).toContain(`published ${years}`);
			expect(en).toContain('not re-checked');
			expect(en).toContain('Rules vary by marketplace');
		},
	);
});

describe('the worked example', () => {
	const orders = FACTS['cr.example.orders'].value;
	const cancelled = FACTS['cr.example.cancelled'].value;

	it.each([
		['/cancellation-rate/', `/calculator/?orders=${orders}&cancelled=${cancelled}`],
		['/en/cancellation-rate/', `/en/calculator/?orders=${orders}&cancelled=${cancelled}`],
	])('%s links the calculator prefilled with it', (path, href) => {
		expect(select(`a[href="${href}"]`, readPage(path))).toBeTruthy();
		expect(select(`a[href="/kb${href}"]`, readPage(path, DIST_KB))).toBeTruthy();
	});

	it('states 3 of 100 as 3% in both languages', () => {
		for (const path of ['/cancellation-rate/', '/en/cancellation-rate/']) {
			for (const id of ['example-zh', 'example-en']) {
				const passage = text(select(`#${id}`, readPage(path))!);
				expect(passage).toContain(`${cancelled} ÷ ${orders} = ${(cancelled / orders) * 100}%`);
			}
		}
	});
});

describe('the glossary', () => {
	it.each(LOCALES)('$prefix glossary is one table: no fact of its own, no heading', ({ prefix }) => {
		const tree = readPage(`${prefix}glossary/`);
		// The same selectors find facts and headings on the Cancellation Rate page.
		const other = readPage(`${prefix}cancellation-rate/`);
		expect(factsIn(content(other)).length).toBeGreaterThan(3);
		expect(selectAll('h2, h3', content(other)).length).toBeGreaterThan(1);
		expect(factsIn(content(tree))).toEqual([]);
		expect(selectAll('h2, h3', content(tree))).toEqual([]);
		expect(selectAll('table.glossary', tree)).toHaveLength(1);
	});

	it.each(LOCALES)('$prefix glossary pairs at least 20 terms, each with a definition in both languages', ({ prefix }) => {
		const rows = selectAll('table.glossary tbody tr', readPage(`${prefix}glossary/`));
		expect(rows.length).toBeGreaterThanOrEqual(20);
		for (const row of rows) {
			expect(selectAll('.term', row).map((c) => c.properties.lang).sort()).toEqual(['en', 'zh-CN']);
			const definitions = selectAll('.definition p:not(.term-avoid)', row);
			expect(definitions.map((p) => p.properties.lang).sort()).toEqual(['en', 'zh-CN']);
			for (const p of definitions) expect(text(p).length).toBeGreaterThan(3);
		}
	});

	it.each(LOCALES)('$prefix glossary links each term to a passage on this locale that contains it, in its language', ({ prefix }) => {
		const tree = readPage(`${prefix}glossary/`);
		const cells = selectAll('table.glossary .term', tree);
		expect(cells.length).toBeGreaterThanOrEqual(40);
		for (const cell of cells) {
			// The term is its link; the cell also lists the words search takes for it ("搜索词：…").
			const link = select('a[href]', cell)!;
			const term = text(link);
			const url = new URL(String(link.properties.href), 'http://site/');
			expect(url.pathname.startsWith('/en/'), term).toBe(prefix === '/en/');
			const target = cachedPage(url.pathname);
			const id = decodeURIComponent(url.hash.slice(1));
			const el = select(`[id="${id}"]`, target);
			expect(el, `${term}: ${url.pathname}#${id}`).toBeTruthy();
			expect(text(el!).toLowerCase(), `${term} at ${url.pathname}#${id}`).toContain(term.toLowerCase());
			expect(langOf(target, el!), `${term} at ${url.pathname}#${id}`).toBe(cell.properties.lang);
		}
	});

	it('names the terms of the issue', () => {
		const terms = selectAll('table.glossary .term > a', readPage('/glossary/')).map(text);
		for (const t of ['取消率', '缺货', '购买按钮', '预计发货日期', '第三方集成商', '卖家绩效', 'Cancellation Rate', 'stock-out', 'Buy Box', 'expected ship date', 'third-party integrator', 'seller performance']) {
			expect(terms).toContain(t);
		}
	});
});

describe('navigation', () => {
	it.each(LOCALES)('$prefix lists the reference pages in the sidebar and on the home page', ({ prefix }) => {
		const home = readPage(prefix);
		const other = readPage(`${prefix}guideline/`);
		for (const page of PAGES) {
			const href = `${prefix}${page}/`;
			expect(select(`.sidebar-content a[href="${href}"]`, other), `sidebar ${href}`).toBeTruthy();
			expect(select(`.sl-markdown-content a[href="${href}"]`, home), `card ${href}`).toBeTruthy();
		}
	});

	it.each(factPaths)('$path puts its headings into the table of contents', ({ path, page }) => {
		const toc = selectAll('starlight-toc a', readPage(path)).map((a) => String(a.properties.href));
		expect(toc).toContain(page === 'cancellation-rate' ? '#worked-example' : '#metrics-overview');
	});
});
