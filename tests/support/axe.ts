/**
 * axe-core in Chromium, as tests/e2e/accessibility*.test.ts run it: zero violations of the WCAG
 * 2.0/2.1/2.2 A and AA rules and axe's best practices. Also with the search dialog open on a query,
 * with each calculator (full and embedded) showing an error, and with the day-by-day mode showing
 * its chart and table, and an error, and with the quotes of Amazon's pages opened. The provenance
 * labels and the site notice are on every page, so every page's run checks their contrast. Each
 * page is checked whole; a state it is then put in is checked in the part of the page the state
 * changes (the calculator, the search dialog).
 *
 * Every rule runs in the light theme. What a theme changes is colour, so on every page and in
 * every state the reader then switches to the dark theme and the colour rules run again, without
 * reloading. The desktop width covers every page; what a phone width changes is layout, which is
 * the same for pages of one type, so the phone width runs on one page of each type per locale
 * (the one with the most HTML) and the 404 page. The two widths are two files, so they run side by
 * side. The build is served with its `_headers`, as a static host serves it, and each page is also
 * held to its Content-Security-Policy and to no console error, failed or outside request: the
 * one loop over every page of the root build (csp.test.ts covers the build under /kb/).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { statSync } from 'node:fs';
import { gotoReady, borrowBrowser, openPage } from './browser';
import { violations, watchViolations } from './csp';
import {
	DAILY_WITH_CHART,
	calculatorPages,
	fillCalculatorWithError,
	fullCalculatorPages,
	waitForDailyChart,
	enterDailyError,
} from './calculator';
import { serve, type StaticSite } from './server';
import { DIST, allPages, pageFile } from './site';
import { pageType } from './weight';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/** The rules whose outcome depends on colours: text contrast, and links told apart from text by colour. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** One page of each type per locale (the 404 page is one page in both languages). */
export function phonePages(): string[] {
	const pick = new Map<string, string>();
	for (const path of allPages()) {
		const key = `${path.startsWith('/en/') ? 'en' : 'zh'} ${pageType(path)}`;
		const current = pick.get(key);
		if (!current || statSync(pageFile(path)).size > statSync(pageFile(current)).size) pick.set(key, path);
	}
	return [...pick.values()].sort();
}

export type Rules = 'all' | 'colour';

/**
 * Where a state changes the page: a state is checked there, the rest of the page being as it was
 * when the whole page was checked in both themes (axe still compares ids against the whole page).
 */
const CALCULATOR = 'cr-calculator';
const SEARCH_DIALOG = 'site-search dialog';

/** The pages whose rules carry Amazon's own words: if none opened there, the selector broke. */
const QUOTING_PAGES = ['/cancellation-rate/', '/en/cancellation-rate/', '/related-metrics/', '/en/related-metrics/'];

/**
 * axe-core's minified build, the same code as the `source` its Node entry point offers (axe.js,
 * 1.5 MB unminified): Chromium parses and compiles it in every document it is injected into,
 * and the minified 0.65 MB cost the renderer about 0.08 CPU-s less each time (2.6 against 3.4
 * CPU-s for ten documents, docs/benchmarks.md).
 */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe's findings on the page as it is now, one line per failing element, readable in a test
 * failure. `include` narrows the run to part of the page.
 *
 * axe-core runs in the page itself, injected once per loaded document, and reports the failing
 * elements only (`resultTypes`: a passing rule keeps one example node). @axe-core/playwright's
 * builder injected the whole axe source again on every run and sent back every passing node of
 * every rule; each page state here is checked twice (light, then dark), which made the builder
 * the slowest part of the suite.
 */
export async function axeViolations(page: Page, rules: Rules, include?: string): Promise<string[]> {
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
	const runOnly = rules === 'all' ? { type: 'tag', values: TAGS } : { type: 'rule', values: COLOUR_RULES };
	const { violations, contrastChecked } = await page.evaluate(
		async ({ runOnly, include }) => {
			const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
			const context = include ? { include: [include] } : document;
			// The failures read as selectors and summaries; the HTML of each node, which axe copies by
			// default, cost this file about 3 CPU-s of 52 (three interleaved runs each way).
			axe.configure({ noHtml: true });
			// Before each run axe reads every style sheet of the page into a CSSOM of its own (`preload`),
			// which only CSS rules such as css-orientation-lock read: the colour rules do not, and skip it.
			const preload = runOnly.type === 'tag';
			const options = { runOnly: runOnly as import('axe-core').RunOnly, resultTypes: ['violations'] as import('axe-core').resultGroups[], preload };
			// Content a long page leaves unrendered until it nears the screen (the glossary's entries on a
			// phone: `content-visibility: auto`) is rendered while axe runs: axe cannot tell the colours
			// of what is not painted, and leaves their contrast "incomplete" rather than failing it.
			const rendered = new CSSStyleSheet();
			rendered.replaceSync('* { content-visibility: visible !important; }');
			document.adoptedStyleSheets = [...document.adoptedStyleSheets, rendered];
			// Without selectors, axe skips building a unique CSS selector for the example node it keeps of
			// every passing rule, which first indexes the whole document: a ninth of a full run on the
			// largest pages. A failure is rare and must read well, so only then does it run again with them.
			let result = await axe.run(context, { ...options, selectors: false });
			if (result.violations.length > 0) result = await axe.run(context, options);
			document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== rendered);
			return {
				violations: result.violations.flatMap((v) =>
					v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.replace(/\s+/g, ' ')}`),
				),
				contrastChecked: result.passes.concat(result.violations).find((r) => r.id === 'color-contrast')?.nodes.length ?? 0,
			};
		},
		{ runOnly, include },
	);
	// The run must have checked the contrast of real text, or a narrowed or broken run proves nothing.
	expect(contrastChecked, 'elements whose contrast axe checked').toBeGreaterThan(0);
	return violations;
}

/**
 * Every rule in the light theme; then, on the same page in the same state, the reader switches
 * to the dark theme with Starlight's picker (a dark system, too) and the colour rules run again;
 * then, unless `then` says the document is done with, back to light, so that the page can be put
 * in its next state and checked again (a switch costs a large page about 0.1 s of the renderer; the
 * next document starts in the light theme anyway). The page must be showing the light theme.
 */
export async function bothThemes(
	page: Page,
	include?: string,
	then: 'back to light' | 'done' = 'back to light',
): Promise<Record<'light' | 'dark', string[]>> {
	expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
	const light = await axeViolations(page, 'all', include);
	await page.emulateMedia({ colorScheme: 'dark' });
	await setTheme(page, 'dark');
	const dark = await axeViolations(page, 'colour', include);
	if (then === 'back to light') {
		await page.emulateMedia({ colorScheme: 'light' });
		await setTheme(page, 'light');
	}
	return { light, dark };
}

async function setTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
	// The picker sits in the phone's closed menu: set it as its change handler expects.
	await page.locator('starlight-theme-select select').first().evaluate((select: HTMLSelectElement, value) => {
		select.value = value;
		select.dispatchEvent(new Event('change'));
	}, theme);
	expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
}

/** The axe tests of one width over `pages`: every page, then the states of those pages. */
export function axeSuite(viewport: { width: number; height: number }, pages: string[]): void {
	let site: StaticSite;
	let browser: Browser;
	let release: (() => Promise<void>) | undefined;
	let context: BrowserContext;
	let page: Page;
	const url = (path: string) => site.url + path.replace(/^\//, '');

	let problems: string[];

	beforeAll(async () => {
		site = await serve(DIST, '/', { headers: true });
		({ browser, release } = await borrowBrowser());
		context = await browser.newContext({ viewport, colorScheme: 'light', reducedMotion: 'reduce' });
		// Starlight's theme picker stores the choice here and applies it before the first paint.
		await context.addInitScript(() => localStorage.setItem('starlight-theme', 'light'));
		await watchViolations(context);
		({ page, problems } = await openPage(context, site.url));
	});
	afterAll(async () => {
		await release?.();
		await site?.close();
	});

	/** Loads a page in the light theme, checking Starlight really applied it. */
	async function open(path: string) {
		problems.length = 0;
		await page.emulateMedia({ colorScheme: 'light' });
		await gotoReady(page, url(path));
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
	}

	/** The query each home page's search dialog is checked with, showing its results. */
	const SEARCHES: Record<string, string> = { '/': '取消率', '/en/': 'cancellation' };
	const withCalculator = calculatorPages();

	// Each page is loaded here anyway, under the site's own headers: it is also held to its
	// Content-Security-Policy and to no console error, failed or outside request. Amazon's quotes
	// behind the rules are closed until asked for: every disclosure is opened first, so their text
	// is checked too (closed, a disclosure shows only its summary, which is checked either way).
	// Then, on the same document, the states a reader brings about there: the calculator (full or
	// embedded in the guideline) showing an error, and on the home pages the search dialog
	// showing results.
	it.each(pages)('%s, and each state the page has: no axe or CSP violation, console error or outside request', async (path) => {
		await open(path);
		const opened = await page.$$eval('details.evidence', (all) => all.map((d) => ((d as HTMLDetailsElement).open = true)).length);
		if (QUOTING_PAGES.includes(path)) expect(opened).toBeGreaterThan(3);
		const states: { name: string; enter(): Promise<unknown>; include?: string }[] = [{ name: 'page', enter: async () => {} }];
		if (withCalculator.includes(path)) states.push({ name: 'calculator error', enter: () => fillCalculatorWithError(page), include: CALCULATOR });
		const query = SEARCHES[path];
		if (query) {
			states.push({
				name: 'search results',
				async enter() {
					await page.locator('site-search button[data-open-modal]').click();
					const dialog = page.getByRole('dialog');
					await dialog.locator('input').first().fill(query);
					await expect.poll(() => dialog.locator('a[href]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
				},
				include: SEARCH_DIALOG,
			});
		}
		const found: Record<string, Record<'light' | 'dark', string[]>> = {};
		for (const [i, state] of states.entries()) {
			await state.enter();
			found[state.name] = await bothThemes(page, state.include, i < states.length - 1 ? 'back to light' : 'done');
		}
		const clean = { light: [], dark: [] };
		expect(found).toEqual(Object.fromEntries(Object.keys(found).map((state) => [state, clean])));
		expect(await violations(page)).toEqual([]);
		expect(problems).toEqual([]);
	});

	it('checks the calculator error on every page with a calculator and search on both home pages', () => {
		const covered = pages.filter((p) => withCalculator.includes(p));
		expect(covered.length, 'pages with a calculator among these').toBeGreaterThan(1);
		for (const path of Object.keys(SEARCHES)) expect(pages).toContain(path);
	});

	it.each(fullCalculatorPages().filter((p) => pages.includes(p)))(
		'%s has no violations in the day-by-day mode, with its chart and with an error',
		async (path) => {
			await open(path + DAILY_WITH_CHART);
			await waitForDailyChart(page);
			expect(await bothThemes(page, CALCULATOR)).toEqual({ light: [], dark: [] });
			await enterDailyError(page);
			expect(await bothThemes(page, CALCULATOR, 'done')).toEqual({ light: [], dark: [] });
		},
	);
}
