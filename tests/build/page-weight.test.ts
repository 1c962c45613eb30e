/**
 * Page weight over the built site: every page within the budget of its type (tests/build/budgets.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { DIST, allPages, readPage } from '../support/site';
import { dynamicImports, pageType, pageWeight, staticImports } from '../support/weight';
import { BUDGETS, FIRST_PAINT_CSS, READING_SCRIPT, READING_SCRIPT_LIMIT, STARLIGHT_INDEX_HTML } from './budgets';

const pages = allPages();

describe('page weight', () => {
	it.each(pages)('%s is within the budget of its page type', (path) => {
		const weight = pageWeight(path);
		const budget = BUDGETS[weight.type];
		const scripts = weight.scripts.map((s) => `${s.origin} ${s.gzip} B ${s.source}`).join('\n');
		expect(weight.html, `${path} HTML (gzip bytes)`).toBeLessThanOrEqual(budget.html);
		expect(weight.css, `${path} CSS (gzip bytes)`).toBeLessThanOrEqual(budget.css);
		expect(weight.blockingCss, `${path} CSS the first paint waits for (gzip bytes)`).toBeLessThanOrEqual(FIRST_PAINT_CSS);
		expect(weight.js, `${path} JavaScript (gzip bytes):\n${scripts}`).toBeLessThanOrEqual(budget.js);
		expect(weight.ours, `${path} JavaScript of ours (gzip bytes):\n${scripts}`).toBeLessThanOrEqual(budget.ours);
		const lazy = weight.lazy.map((s) => `${s.origin} ${s.gzip} B ${s.source}`).join('\n');
		expect(weight.lazyJs, `${path} JavaScript loaded later (gzip bytes):\n${lazy}`).toBeLessThanOrEqual(budget.lazy);
	});

	it('no budget is looser than Starlight’s own CI limits', () => {
		// The calculator pages' stylesheets, the ones linked beside the calculator in the body
		// included, may add up to 0.5 kB more; what the first paint waits for is within the limit.
		expect(FIRST_PAINT_CSS).toBeLessThanOrEqual(16_750);
		for (const budget of Object.values(BUDGETS)) {
			expect(budget.css).toBeLessThanOrEqual(budget === BUDGETS.guideline || budget === BUDGETS.calculator ? 17_250 : 16_750);
			expect(budget.js).toBeLessThanOrEqual(27_000);
		}
		// The Chinese home page gets more (see budgets.ts); the home page in English, the language of
		// Starlight's example, is held to Starlight's own limit.
		expect(STARLIGHT_INDEX_HTML).toBe(7_000);
		expect(BUDGETS.home.html).toBeLessThanOrEqual(7_500);
	});

	it('keeps the English home page within Starlight’s index.html limit', () => {
		expect(pageWeight('/en/').html).toBeLessThanOrEqual(STARLIGHT_INDEX_HTML);
	});
});

describe('the reading aids (sentence pairs, term hints, copy both languages)', () => {
	const aligned = pages.filter((p) => /\/(guideline|faq|glossary|cancellation-rate|related-metrics)\/$/.test(p));

	it.each(aligned)('%s loads their script within its own budget, under the 3 kB the feature may add', (path) => {
		// After the first paint (src/components/after-paint/), so among what the page loads later.
		const weight = pageWeight(path);
		expect(weight.scripts.map((s) => s.source).join(' ')).not.toMatch(/\baids\./);
		const script = weight.lazy.filter((s) => /^_astro\/aids\./.test(s.source));
		expect(script).toHaveLength(1);
		expect(script[0].gzip).toBeLessThanOrEqual(READING_SCRIPT);
		expect(READING_SCRIPT).toBeLessThanOrEqual(READING_SCRIPT_LIMIT);
	});

	it('is not loaded where there is no aligned text', () => {
		for (const path of ['/', '/en/about/', '/calculator/']) {
			const weight = pageWeight(path);
			expect([...weight.scripts, ...weight.lazy].map((s) => s.source).join(' '), path).not.toMatch(/\baids\./);
		}
	});
});

describe('what counts as ours', () => {
	it('classifies page types by path, in both locales', () => {
		expect(['/', '/en/', '/guideline/', '/en/faq/', '/calculator/', '/en/glossary/', '/about/'].map((p) => pageType(p))).toEqual([
			'home',
			'home',
			'guideline',
			'faq',
			'calculator',
			'glossary',
			'reference',
		]);
		expect(pageType('/kb/en/faq/', '/kb/')).toBe('faq');
	});

	it('counts Starlight’s scripts as Starlight’s and the reading-mode scripts as ours', () => {
		const home = pageWeight('/');
		const ours = (path: string) =>
			pageWeight(path)
				.scripts.filter((s) => s.origin === 'ours')
				.map((s) => (s.source === 'inline' ? 'inline' : s.source.replace(/^_astro\/([A-Za-z]+).*$/, '$1')));
		// Every other file the home page loads comes from Starlight or Astro; our scripts there are the
		// inline head script, the search button's name and the search form's idle deadline, inline too:
		// small enough for Vite to inline, one request fewer on every page.
		expect(home.scripts.filter((s) => s.source !== 'inline' && s.origin !== 'ours').every((s) => s.origin === 'starlight')).toBe(true);
		expect(ours('/').sort()).toEqual(['inline', 'inline', 'inline']);
		expect(ours('/about/').sort()).toEqual(['inline', 'inline', 'inline']);
		// AlignedDoc's inline script (reading modes, copy link) and the loader of the reading aids are
		// the scripts of ours on aligned pages at load. JSON data blocks (the search strings, the term
		// hints; the calculator's strings where it is shown) never run, so they are no script.
		for (const path of ['/faq/', '/en/glossary/', '/cancellation-rate/', '/en/related-metrics/']) {
			expect(ours(path).sort(), path).toEqual(['Aids', 'inline', 'inline', 'inline', 'inline']);
		}
		// The guideline embeds the calculator: its one loader brings both; the calculator page's brings
		// the calculator only.
		expect(ours('/guideline/').sort()).toEqual(['AidsAndCalculator', 'inline', 'inline', 'inline', 'inline']);
		expect(ours('/en/calculator/').sort()).toEqual(['Calculator', 'inline', 'inline', 'inline']);
		expect(pageWeight('/guideline/').ours).toBeGreaterThan(pageWeight('/faq/').ours);
		expect(pageWeight('/faq/').ours).toBeGreaterThan(home.ours);
	});

	it('follows static imports, not dynamic ones', () => {
		expect(staticImports('import{a as b}from"./x.js";import"./y.js";export{c}from"./z.js";import("./later.js")')).toEqual([
			'./x.js',
			'./y.js',
			'./z.js',
		]);
		expect(dynamicImports('S(()=>import("./ui-core.js"),[]);import{a}from"./x.js"')).toEqual(['./ui-core.js']);
	});

	// Each file a page's script imports is one more round trip before the page is done loading,
	// which Lighthouse's simulation counts before the largest paint: Vite's preload helper, imported
	// by every loader with an import(), was one (integrations/plain-dynamic-imports.mjs). A bare
	// Starlight page has one: its table of contents' script imports Starlight's code for it.
	it.each(pages)('%s runs no script at load that it does not name itself, but Starlight’s table of contents', (path) => {
		const named = selectAll('script[src]', readPage(path)).map((s) => new URL(String(s.properties.src), `http://x${path}`).pathname.slice(1));
		const imported = pageWeight(path)
			.scripts.filter((s) => s.source !== 'inline' && !named.includes(s.source))
			.map((s) => s.source);
		expect(named.length, 'scripts the page names').toBeGreaterThan(0);
		expect(imported.filter((source) => !/^_astro\/starlight-toc\.[\w-]+\.js$/.test(source))).toEqual([]);
	});

	it('counts what search loads after the page, outside the at-load JavaScript', () => {
		const home = pageWeight('/');
		expect(home.lazy.length).toBeGreaterThan(0);
		expect(home.scripts.map((s) => s.source)).not.toContain(home.lazy[0].source);
	});
});

/** What a built HTML file (`/faq/` or `/404.html`) styles itself with and can run, at load or later, as text. */
function loads(path: string): { css: string[]; js: string[] } {
	// The cached parse the other build tests read, not a second one of every page.
	const tree = readPage(path);
	const asset = (href: string) => readFileSync(join(DIST, new URL(href, `http://x${path}`).pathname), 'utf8');
	const css = [
		...selectAll('link[rel~=stylesheet][href]', tree).map((link) => asset(String(link.properties.href))),
		...selectAll('style', tree).map((style) => toString(style)),
	];
	const js: string[] = [];
	const seen = new Set<string>();
	const visit = (href: string, from: string) => {
		const url = new URL(href, `http://x${from}`).pathname;
		if (seen.has(url)) return;
		seen.add(url);
		const code = asset(url);
		js.push(code);
		// What it loads later too: the calculator's element comes after the first paint.
		for (const spec of [...staticImports(code), ...dynamicImports(code)]) visit(spec, url);
	};
	for (const script of selectAll('script', tree)) {
		if (typeof script.properties.src === 'string') visit(script.properties.src, path);
		else js.push(toString(script));
	}
	return { css, js };
}

/**
 * The calculator's styles and script reach the pages that show it and no other: the calculator
 * page and the guideline, which embeds it (through a slot of AlignedDoc, so the other aligned
 * pages do not import it).
 */
describe('the calculator’s CSS and JavaScript', () => {
	/** The calculator's stylesheet styles its element; its script defines it. */
	const hasCalculatorCss = (path: string) => loads(path).css.some((css) => /(^|[\s,}>])cr-calculator\s*\{/.test(css));
	const hasCalculatorJs = (path: string) => loads(path).js.some((js) => /customElements\.define\(\s*["'`]cr-calculator["'`]/.test(js));
	const WITH_CALCULATOR = ['/calculator/', '/en/calculator/', '/guideline/', '/en/guideline/'];

	it('finds them where the calculator is', () => {
		for (const path of WITH_CALCULATOR) {
			expect(hasCalculatorCss(path), `${path} CSS`).toBe(true);
			expect(hasCalculatorJs(path), `${path} JavaScript`).toBe(true);
		}
	});

	it('lets the page above the calculator paint without waiting for its stylesheet', () => {
		for (const path of WITH_CALCULATOR) {
			const head = readPage(path);
			const inHead = selectAll('head link[rel~=stylesheet][href]', head).map((link) => String(link.properties.href));
			const calculatorSheets = selectAll('link[rel~=stylesheet][href]', head)
				.map((link) => String(link.properties.href))
				.filter((href) => /(^|[\s,}>])cr-calculator\s*\{/.test(readFileSync(join(DIST, href), 'utf8')));
			expect(calculatorSheets, path).toHaveLength(1);
			expect(inHead, path).not.toContain(calculatorSheets[0]);
		}
	});

	it.each(pages.filter((path) => !WITH_CALCULATOR.includes(path)))('%s, which has no calculator, loads neither', (path) => {
		expect(pages).toEqual(expect.arrayContaining(WITH_CALCULATOR));
		expect(hasCalculatorCss(path), `${path} CSS`).toBe(false);
		expect(hasCalculatorJs(path), `${path} JavaScript`).toBe(false);
	});
});

/**
 * The glossary's styles reach the pages that show the glossary and no other: AlignedDoc renders
 * every aligned page and imports the Glossary component, whose rules went into each page's CSS
 * while it held them itself (src/components/glossary.css).
 */
describe('the glossary’s CSS', () => {
	const hasGlossaryCss = (path: string) => loads(path).css.some((css) => /\.glossary-wrap\b/.test(css));
	const WITH_GLOSSARY = ['/glossary/', '/en/glossary/'];

	it.each(pages)('%s loads it only if it shows the glossary', (path) => {
		expect(pages).toEqual(expect.arrayContaining(WITH_GLOSSARY));
		const shown = selectAll('.glossary-wrap', readPage(path)).length > 0;
		expect(shown, `${path} shows the glossary`).toBe(WITH_GLOSSARY.includes(path));
		expect(hasGlossaryCss(path), `${path} CSS`).toBe(shown);
	});
});

/**
 * Every page's styles come from one stylesheet that all pages share (astro.config.mjs,
 * `cssCodeSplit`), fetched once, and not from a `<style>` in the page, which every page that has
 * it sends again: the Cancellation Rate page's document fits Lighthouse's first round trip only
 * without one (docs/benchmarks.md, "Lighthouse").
 */
describe('the site’s stylesheet', () => {
	const sheets = (path: string) =>
		selectAll('head link[rel~=stylesheet][href]', readPage(path))
			.filter((link) => link.properties.media !== 'print')
			.map((link) => String(link.properties.href));

	it.each(pages)('%s carries no stylesheet in its HTML and links the one every page links', (path) => {
		expect(selectAll('style', readPage(path)).map((style) => toString(style).slice(0, 80)), path).toEqual([]);
		expect(sheets(path), path).toEqual(sheets('/'));
		expect(sheets('/'), 'the site’s stylesheet').toHaveLength(1);
	});
});
