/**
 * The calculator over the build: its own JavaScript stays within 7.25 KB gzip (see CALC_SCRIPT in
 * budgets.ts) and loads only where a calculator is; the report import and its worker are chunks of their own that no page loads
 * up front; and its labels stay out of the search index.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DIST, readPage, readRaw, select, selectAll, text } from '../support/site';

/**
 * 7 KB until its start-up was split into tasks under 50 ms (6.95 KB then, 7.18 KB after): nextTask
 * moved into its chunk from the import's, the number formats are made on first use and the blank
 * day rows in a task of their own.
 */
const BUDGET = 7.25 * 1024;

/** Every JS file a page loads: its module scripts and, transitively, what they import. */
function scriptsOf(page: string): Map<string, Buffer> {
	const files = new Map<string, Buffer>();
	const visit = (path: string) => {
		if (files.has(path)) return;
		const file = join(DIST, path);
		expect(existsSync(file), `${page} loads ${path}, which is not in dist`).toBe(true);
		const code = readFileSync(file);
		files.set(path, code);
		for (const m of code.toString().matchAll(/(?:import|from)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
			visit(new URL(m[1]!, `http://x${path}`).pathname);
		}
	};
	for (const script of selectAll('script', readPage(page))) {
		const src = script.properties.src;
		if (typeof src === 'string') visit(new URL(src, 'http://x/').pathname);
	}
	return files;
}

/**
 * What a page can load: its scripts and, transitively, what they import, at once or later
 * (`import()`): the calculator's element is loaded after the first paint (src/components/after-paint/).
 */
function reachableOf(page: string): Map<string, Buffer> {
	const files = new Map<string, Buffer>();
	const visit = (path: string) => {
		if (files.has(path)) return;
		const code = readFileSync(join(DIST, path));
		files.set(path, code);
		for (const m of code.toString().matchAll(/(?:import|from)\s*\(?\s*["'`](\.{1,2}\/[^"'`$]+\.js)["'`]/g)) {
			visit(new URL(m[1]!, `http://x${path}`).pathname);
		}
	};
	for (const path of scriptsOf(page).keys()) visit(path);
	return files;
}

/** The chunk that defines the calculator's element: its own code, which the import chunk is not. */
const ELEMENT = /customElements\.define\(\s*["'`]cr-calculator["'`]/;

const gz = (files: Iterable<Buffer>) => [...files].reduce((sum, code) => sum + gzipSync(code, { level: 9 }).length, 0);

describe('the calculator’s JavaScript', () => {
	const without = reachableOf('/about/');
	// The element's chunk and what it imports at once, less what every page loads anyway.
	const element = [...reachableOf('/calculator/')].find(([, code]) => ELEMENT.test(code.toString()));
	const calculatorOnly = element
		? [element, ...[...reachableOf('/calculator/')].filter(([path]) => element[1].toString().includes(`"./${path.split('/').pop()}"`) && !without.has(path))]
		: [];

	it('is found: the calculator page loads scripts the about page does not', () => {
		expect(element).toBeDefined();
		expect(without.has(element![0])).toBe(false);
	});

	it(`is at most ${BUDGET} bytes gzipped`, () => {
		const size = gz(calculatorOnly.map(([, code]) => code));
		expect(size).toBeGreaterThan(0);
		expect(size).toBeLessThanOrEqual(BUDGET);
	});

	it.each(['/faq/', '/about/', '/en/faq/', '/en/about/', '/', '/en/'])('is not loaded by %s', (page) => {
		const loaded = reachableOf(page);
		for (const [path] of calculatorOnly) expect(loaded.has(path), `${page} loads ${path}`).toBe(false);
		expect(readRaw(page)).not.toContain('<cr-calculator');
	});

	it.each(['/calculator/', '/en/calculator/', '/guideline/', '/en/guideline/'])('is loaded by %s, which has a calculator', (page) => {
		const loaded = reachableOf(page);
		// After the first paint, not with it.
		expect(scriptsOf(page).has(element![0])).toBe(false);
		for (const [path] of calculatorOnly) expect(loaded.has(path), `${page} misses ${path}`).toBe(true);
		// The mark the pages above must not carry, found where it belongs.
		expect(readRaw(page)).toContain('<cr-calculator');
	});
});

describe('the report import’s JavaScript', () => {
	const assets = readdirSync(join(DIST, '_astro'));
	const importChunk = assets.find((f) => /^import-ui\..*\.js$/.test(f));
	const worker = assets.find((f) => /^report-worker.*\.js$/.test(f));

	it('is built as a chunk of its own, with the worker in another', () => {
		expect(importChunk).toBeDefined();
		expect(worker).toBeDefined();
		// The calculator asks for it with import(), which is what loads it only on first use.
		const calculator = [...reachableOf('/calculator/')].find(([, code]) => ELEMENT.test(code.toString()))![1].toString();
		expect(calculator).toMatch(new RegExp(`import\\(["'\`]\\./${importChunk!.replace(/\./g, '\\.')}["'\`]\\)`));
	});

	it.each(['/calculator/', '/en/calculator/', '/guideline/', '/en/guideline/', '/', '/en/'])('is not loaded up front by %s', (page) => {
		const loaded = [...scriptsOf(page).keys()].map((p) => p.split('/').pop());
		// Both names found and the page's scripts read, or the checks below would pass on nothing.
		expect([importChunk, worker]).toEqual([expect.any(String), expect.any(String)]);
		expect(loaded.length).toBeGreaterThan(0);
		expect(loaded).not.toContain(importChunk);
		expect(loaded).not.toContain(worker);
	});

	it.each(['/guideline/', '/en/guideline/'])('is not offered by the calculator embedded in %s, which links to the full one', (page) => {
		const tree = readPage(page);
		const full = page.replace('guideline', 'calculator');
		const importParts = 'cr-calculator input[type="file"], cr-calculator [data-import]';
		// The same selector and strings find the import on the full calculator of that locale.
		expect(selectAll(importParts, readPage(full)).length).toBeGreaterThan(0);
		expect(readRaw(full)).toContain('"import.');
		expect(selectAll(importParts, tree)).toEqual([]);
		expect(selectAll('cr-calculator [data-open-full]', tree)).toHaveLength(1);
		expect(readRaw(page)).not.toContain('"import.');
	});

	it.each(['/calculator/', '/en/calculator/'])('%s offers it: a labelled file picker, time zone and exclusion fields', (page) => {
		const tree = readPage(page);
		for (const field of selectAll('[data-import] :is(input, select, textarea)', tree)) {
			expect(selectAll(`label[for="${field.properties.id}"]`, tree), String(field.properties.id)).toHaveLength(1);
		}
		expect(selectAll('[data-import] input[type="file"]', tree)).toHaveLength(2);
		expect(selectAll('[data-import] [role="alert"]', tree)).toHaveLength(2);
	});
});

describe('the calculator in the search index', () => {
	it.each(['/calculator/', '/en/calculator/', '/guideline/', '/en/guideline/'])(
		'%s keeps every calculator control and result inside data-pagefind-ignore',
		(page) => {
			const tree = readPage(page);
			expect(selectAll('cr-calculator', tree)).toHaveLength(1);
			const ignored = new Set(selectAll('[data-pagefind-ignore] :is(input, select, label, option, [data-result])', tree));
			const readingMode = new Set(selectAll('reading-mode-control :is(input, label)', tree));
			const controls = selectAll('main :is(input, select, label, option, [data-result])', tree).filter((e) => !readingMode.has(e));
			expect(controls.length).toBeGreaterThan(5);
			expect(controls.filter((e) => !ignored.has(e)).map((e) => e.tagName)).toEqual([]);
		},
	);
});

describe('the calculator’s target', () => {
	// The options stay as short as a rate, so a phone's column holds them in every engine (WebKit lets
	// a select's text widen the page); which pages each target was read on is the note they point to.
	it.each([
		['/calculator/', ['加拿大', '英国', '意大利', '澳大利亚', '印度']],
		['/en/calculator/', ['Canada', 'UK', 'Italy', 'Australia', 'India']],
		['/guideline/', ['加拿大', '印度']],
		['/en/guideline/', ['Canada', 'India']],
	])('%s names the pages each target was read on in the note the select points to', (page, names) => {
		const tree = readPage(page);
		const target = select('cr-calculator select[name="target"]', tree)!;
		const note = select(`#${String(target.properties.ariaDescribedBy)}`, tree)!;
		for (const name of names) expect(text(note)).toContain(name);
		for (const option of selectAll('option', target)) expect(text(option).length).toBeLessThanOrEqual(16);
	});
});
