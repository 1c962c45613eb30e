/**
 * axe-core in Chromium on every page of the site, in both themes and at desktop and phone widths,
 * with the WCAG 2.0/2.1/2.2 A and AA rules and axe's best practices: zero violations. Also with the
 * search dialog open on a query, with each calculator (full and embedded) showing an error, and
 * with the day-by-day mode showing its chart and table, and an error, and with the quotes of
 * Amazon's pages opened. The provenance labels and the site notice are on every page, so every
 * page's run checks their contrast in both themes.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DESKTOP, PHONE, launch } from '../support/browser';
import {
	DAILY_WITH_CHART,
	DAILY_WITH_ERROR,
	calculatorPages,
	fillCalculatorWithError,
	fullCalculatorPages,
	waitForDailyChart,
	waitForDailyError,
} from '../support/calculator';
import { serve, type StaticSite } from '../support/server';
import { pagePaths } from '../support/site';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const THEMES = ['light', 'dark'] as const;
const VIEWPORTS = [
	['desktop', DESKTOP],
	['phone', PHONE],
] as const;

let site: StaticSite;
let browser: Browser;
beforeAll(async () => {
	site = await serve();
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
	await site?.close();
});

const url = (path: string) => site.url + path.replace(/^\//, '');

/** axe's findings, one line per failing element, readable in a test failure. */
async function axeViolations(page: Page): Promise<string[]> {
	// Legacy mode runs axe in the page itself; the default also opens a blank page per run to
	// merge results across frames, which doubles the time, and these pages have no frames.
	const { violations } = await new AxeBuilder({ page }).setLegacyMode(true).withTags(TAGS).analyze();
	return violations.flatMap((v) =>
		v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.replace(/\s+/g, ' ')}`),
	);
}

/** Loads a page in the context's theme, checking Starlight really applied it. */
async function open(page: Page, path: string, theme: string) {
	await page.goto(url(path), { waitUntil: 'networkidle' });
	expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
}

describe.each(THEMES.flatMap((theme) => VIEWPORTS.map(([name, viewport]) => [theme, name, viewport] as const)))(
	'%s theme, %s',
	(theme, _name, viewport) => {
		let context: BrowserContext;
		let page: Page;
		beforeAll(async () => {
			context = await browser.newContext({ viewport, colorScheme: theme, reducedMotion: 'reduce' });
			// Starlight's theme picker stores the choice here and applies it before the first paint.
			await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
			page = await context.newPage();
		});
		afterAll(async () => {
			await context?.close();
		});

		it.each(pagePaths())('%s has no violations', async (path) => {
			await open(page, path, theme);
			expect(await axeViolations(page)).toEqual([]);
		});

		it.each([
			['/', '取消率'],
			['/en/', 'cancellation'],
		])('%s has no violations with the search dialog showing results for "%s"', async (path, query) => {
			await open(page, path, theme);
			await page.locator('site-search button[data-open-modal]:not([disabled])').click();
			const dialog = page.getByRole('dialog');
			await dialog.locator('input').first().fill(query);
			await expect.poll(() => dialog.locator('a[href]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
			expect(await axeViolations(page)).toEqual([]);
		});

		// Amazon's quotes are closed until asked for: open every disclosure so their text is checked too.
		it.each(['/cancellation-rate/', '/en/related-metrics/'])("%s has no violations with Amazon's own words shown", async (path) => {
			await open(page, path, theme);
			const opened = await page.$$eval('details.evidence', (all) => all.map((d) => ((d as HTMLDetailsElement).open = true)).length);
			expect(opened).toBeGreaterThan(3);
			expect(await axeViolations(page)).toEqual([]);
		});

		// With the calculator showing an error: runs for each page with a calculator the build
		// holds, the guideline's embedded copy included.
		it.each(calculatorPages())('%s has no violations with the calculator showing an error', async (path) => {
			await open(page, path, theme);
			await fillCalculatorWithError(page);
			expect(await axeViolations(page)).toEqual([]);
		});

		it.each(fullCalculatorPages())('%s has no violations in the day-by-day mode, with its chart and with an error', async (path) => {
			await open(page, path + DAILY_WITH_CHART, theme);
			await waitForDailyChart(page);
			expect(await axeViolations(page)).toEqual([]);
			await open(page, path + DAILY_WITH_ERROR, theme);
			await waitForDailyError(page);
			expect(await axeViolations(page)).toEqual([]);
		});
	},
);
