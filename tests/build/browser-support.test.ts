/**
 * The built site against the browsers it supports (.browserslistrc, the README's "Browsers"): every
 * script a page runs (the bundles in /_astro/, Pagefind's and the pages' inline scripts) parses as
 * ECMAScript 2023, the last edition all of them run, and uses no Web or ECMAScript API one of
 * them lacks without a fallback (tests/support/browser-compat.ts, from MDN's compatibility data); every stylesheet (the files
 * and the pages' <style> blocks) uses no CSS feature one of them lacks (doiuse, from Can I use),
 * but for the few listed below, each with the reason it is safe. A newer feature without a
 * fallback fails here, not on a seller's phone.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import browserslist from 'browserslist';
import doiuse from 'doiuse';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import { supportFloors, unsupportedApis } from '../support/browser-compat';
import { DIST, ROOT, pagePaths, requireBuild } from '../support/site';

const TARGETS = browserslist(undefined, { path: ROOT });

/** Every file under `dir` (relative to it) whose name ends in `ext`. */
const filesIn = (dir: string, ext: string) => (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith(ext));

/** The pages' inline scripts and styles, each once, with a page it is on. */
function inline(tag: 'script' | 'style') {
	const found = new Map<string, { page: string; module: boolean }>();
	const pattern = tag === 'script' ? /<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g : /<style([^>]*)>([\s\S]*?)<\/style>/g;
	for (const page of [...pagePaths(), '/404.html']) {
		const html = readFileSync(join(DIST, page.endsWith('.html') ? page : `${page}index.html`), 'utf8');
		for (const [, attributes, body] of html.matchAll(pattern)) {
			// Data blocks (JSON-LD) are not scripts.
			if (tag === 'script' && /type="(?!module")[^"]*"/.test(attributes!)) continue;
			if (body!.trim() && !found.has(body!)) found.set(body!, { page, module: /type="module"/.test(attributes!) });
		}
	}
	return [...found].map(([body, where]) => ({ body, ...where }));
}

describe('the supported browsers', () => {
	it('are the ones the README states, read from .browserslistrc', () => {
		const lowest = (name: string) => Math.min(...TARGETS.filter((t) => t.startsWith(`${name} `)).map((t) => parseFloat(t.split(' ')[1]!.split('-')[0]!)));
		expect({ chrome: lowest('chrome'), safari: lowest('safari'), ios: lowest('ios_saf'), firefox: lowest('firefox'), samsung: lowest('samsung') }).toEqual({ chrome: 111, safari: 16.4, ios: 16.4, firefox: 128, samsung: 22 });
		const readme = readFileSync(join(ROOT, 'README.md'), 'utf8').replace(/\s+/g, ' ');
		for (const statement of [/iOS 16\.4\+/, /Android System WebView and Chrome 111\+/, /Samsung Internet 22\+/, /Chrome and Edge 111\+, Safari 16\.4\+ and Firefox 128\+/]) expect(readme).toMatch(statement);
	});
});

describe('the built JavaScript', () => {
	requireBuild();
	const floors = supportFloors();
	const problems = (code: string, where: string, module = true) => {
		const { parseError, found } = unsupportedApis(code, { module, floors });
		return [...(parseError ? [`${where}:${parseError}`] : []), ...found.map((f) => `${where}:${f.line}:${f.column} ${f.api}: not in ${f.lacking.join(', ')}`)];
	};

	const astro = filesIn(join(DIST, '_astro'), '.js').map((f) => `dist/_astro/${f}`);
	// Pagefind ships more scripts than the site loads (its other UIs): those the pages or the
	// bundles name are the ones a browser runs.
	const loaded = [...astro.map((f) => readFileSync(join(ROOT, f), 'utf8')), ...pagePaths().map((p) => readFileSync(join(DIST, p, 'index.html'), 'utf8'))].join('\n');
	const pagefind = filesIn(join(DIST, 'pagefind'), '.js')
		.filter((f) => loaded.includes(f.split('/').at(-1)!))
		.map((f) => `dist/pagefind/${f}`);

	it('finds the bundles, Pagefind’s scripts the site loads and the inline scripts', () => {
		expect(astro.length).toBeGreaterThan(3);
		expect(pagefind).toContain('dist/pagefind/pagefind.js');
		expect(inline('script').length).toBeGreaterThan(2);
	});

	it('uses no syntax or API outside the supported browsers', () => {
		const found = [...astro, ...pagefind].flatMap((file) => problems(readFileSync(join(ROOT, file), 'utf8'), file));
		for (const { body, page, module } of inline('script')) found.push(...problems(body, `inline script on ${page}`, module));
		expect(found).toEqual([]);
	});

	it('would catch a newer feature: the check fails on one', () => {
		// Chrome 112, Safari 17 and Firefox 116 brought the v flag; Safari 17.4 Promise.withResolvers;
		// Safari 18 and Firefox 144 document.startViewTransition; no Safari requestIdleCallback.
		expect(problems('export const re = /[\\p{L}--[a-z]]/v;', 'syntax.js').join()).toMatch(/Invalid regular expression flag|Parsing error/);
		expect(problems('export const { promise } = Promise.withResolvers();', 'api.js').join()).toMatch(/Promise\.withResolvers: not in .*safari 16\.4/);
		expect(problems('document.startViewTransition(() => {});', 'dom.js', false).join()).toMatch(/Document|startViewTransition/);
		expect(problems('requestIdleCallback(() => {});', 'idle.js', false).join()).toMatch(/requestIdleCallback: not in .*safari_ios 16\.4/);
		// With a fallback, as Starlight writes it, it passes.
		expect(problems('(window.requestIdleCallback || ((f) => setTimeout(f, 1)))(() => {});', 'idle.js', false)).toEqual([]);
	});
});

/**
 * CSS features the build uses beyond some supported browser, each safe because the page reads
 * the same without it: a declaration the browser does not know is dropped, and the one before it
 * stays.
 */
const CSS_ALLOWED: Record<string, string> = {
	'css-content-visibility': 'Starlight skips rendering what is off screen where it can; elsewhere everything is rendered, as before',
	'text-size-adjust': 'Safari on iOS reads the -webkit- spelling written beside it; elsewhere the text keeps its size anyway',
	'css-scrollbar': 'thin, themed scrollbars where the browser takes them; the default scrollbar elsewhere',
	'css-widows-orphans': 'when printing, Firefox may leave one line of a paragraph alone on a page',
	'css-hanging-punctuation': 'Chinese punctuation hangs into the margin in Safari only; elsewhere it sits inside the line',
};

describe('the built CSS', () => {
	requireBuild();
	const usage = async (css: string, from: string) => {
		const found: string[] = [];
		// Only what a browser lacks outright: a partly supported feature (prefixed, or without some
		// of its values) is what a site relies on everywhere.
		const onFeatureUsage = (u: { feature: string; message: string; featureData: { missing?: string } }) => u.featureData.missing && found.push(`${from}: ${u.message}`);
		await postcss([doiuse({ browsers: TARGETS, ignore: Object.keys(CSS_ALLOWED), onFeatureUsage })]).process(css, { from });
		return found;
	};

	it('uses no feature outside the supported browsers', async () => {
		const found: string[] = [];
		for (const file of filesIn(join(DIST, '_astro'), '.css')) found.push(...(await usage(readFileSync(join(DIST, '_astro', file), 'utf8'), `dist/_astro/${file}`)));
		for (const { body, page } of inline('style')) found.push(...(await usage(body, `inline style on ${page}`)));
		expect(found).toEqual([]);
	});

	it('would catch a newer feature: the check fails on one', async () => {
		// Chrome 112 and Safari 16.5 brought nesting; Safari 18 and Firefox 151 style queries.
		expect((await usage('.a { color: red; & .b { color: blue; } }', 'nesting.css')).join()).toMatch(/nesting/i);
		expect((await usage('@container style(--wide: 1) { .a { color: red } }', 'style-query.css')).join()).toMatch(/style/i);
	});
});

