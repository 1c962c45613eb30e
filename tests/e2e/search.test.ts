/**
 * Searching in a real browser: Starlight's dialog opened with Ctrl+K, a query in the other
 * language than the page's, a result followed to its passage, the words highlighted there.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DESKTOP, PHONE, launch, openPage } from '../support/browser';
import { serve, type StaticSite } from '../support/server';
import { DIST_KB } from '../support/site';

let site: StaticSite;
let kb: StaticSite;
let browser: Browser;

beforeAll(async () => {
	site = await serve();
	kb = await serve(DIST_KB, '/kb/');
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
	await site?.close();
	await kb?.close();
});

/** Starlight builds the search form once the page is idle; the dialog focuses it on opening. */
async function uiReady(page: Page) {
	await page.waitForSelector('#starlight__search .pagefind-ui__search-input', { state: 'attached' });
}

/** Opens the dialog with the shortcut and types a query; returns the result links. */
async function search(page: Page, query: string) {
	await uiReady(page);
	await page.keyboard.press('Control+k');
	await page.waitForSelector('dialog[open] .pagefind-ui__search-input');
	expect(await page.evaluate(() => document.activeElement?.classList.contains('pagefind-ui__search-input'))).toBe(true);
	// One input event for the whole query, as a paste or an IME commit gives: typed letter by
	// letter, results for a prefix can still be on screen when the test reads them.
	await page.locator('dialog[open] .pagefind-ui__search-input').fill(query);
	await page.waitForSelector('dialog[open] .pagefind-ui__result-link');
	return page.locator('dialog[open] .pagefind-ui__result-link');
}

/** Follows the result that links to `#id` and waits for the page to mark the terms. */
async function follow(page: Page, id: string) {
	const link = page.locator(`dialog[open] a.pagefind-ui__result-link[href$="#${id}"]`).first();
	await link.waitFor();
	await Promise.all([page.waitForURL(`**#${id}`), link.click()]);
	// Attached, not visible: terms can also be marked in questions that stay closed.
	await page.waitForSelector('mark.pagefind-highlight', { state: 'attached' });
}

/** What was marked, where, and whether the target is on screen. */
async function landing(page: Page, id: string) {
	return page.evaluate((target) => {
		const el = document.getElementById(target)!;
		const box = el.getBoundingClientRect();
		const marks = [...document.querySelectorAll('mark.pagefind-highlight')];
		return {
			inTarget: marks.filter((m) => el.contains(m)).map((m) => m.textContent),
			inChrome: marks.filter((m) => m.closest('.copy-link, reading-mode-control, [data-pagefind-ignore]:not([lang])')).length,
			onScreen: box.height > 0 && box.top >= 0 && box.top < innerHeight,
			open: el instanceof HTMLDetailsElement ? el.open : null,
		};
	}, id);
}

describe('from an English page, a Chinese query', () => {
	it('finds the Chinese passage, says it is Chinese, and opens it on the English page, highlighted', async () => {
		const context = await browser.newContext({ viewport: DESKTOP });
		const { page, problems } = await openPage(context, site.url);
		await page.goto(`${site.url}en/guideline/`);
		await search(page, '集成商');

		const result = page.locator('dialog[open] .pagefind-ui__result', {
			has: page.locator('a[href$="#check-prices-zh"]'),
		});
		expect((await result.locator('.pagefind-ui__result-tag').allTextContents()).map((t) => t.trim())).toEqual(['Language: Chinese']);
		expect(await result.locator('.pagefind-ui__result-inner').getAttribute('lang')).toBe('zh-CN');

		await follow(page, 'check-prices-zh');
		expect(new URL(page.url()).pathname).toBe('/en/guideline/');
		const at = await landing(page, 'check-prices-zh');
		expect(at.inTarget).toEqual(['集成商', '集成商']);
		expect(at.inChrome).toBe(0);
		expect(at.onScreen).toBe(true);
		expect(problems).toEqual([]);
		await context.close();
	});

	it('shows the passage found even when the reader reads English only', async () => {
		const context = await browser.newContext({ viewport: DESKTOP });
		await context.addInitScript(() => localStorage.setItem('kb:reading-mode', 'en'));
		const { page, problems } = await openPage(context, site.url);
		await page.goto(`${site.url}en/guideline/`);
		expect(await page.isVisible('#update-inventory-zh')).toBe(false);
		await search(page, '缺货');
		await follow(page, 'update-inventory-zh');
		await expect.poll(() => landing(page, 'update-inventory-zh')).toMatchObject({ inTarget: ['缺货'], onScreen: true });
		// Passages without the terms stay as the reader chose.
		expect(await page.isVisible('#check-prices-zh')).toBe(false);
		expect(problems).toEqual([]);
		await context.close();
	});
});

describe('from a Chinese page, an English query', () => {
	it('finds the FAQ question, opens it on the Chinese page with the terms highlighted', async () => {
		const context = await browser.newContext({ viewport: DESKTOP });
		const { page, problems } = await openPage(context, site.url);
		await page.goto(`${site.url}guideline/`);
		await search(page, 'reputation');
		// The dialog speaks the page's language, also in Pagefind's own messages.
		// Results for the letters typed so far can still be on screen; wait for the whole word's.
		await expect.poll(() => page.locator('dialog[open] .pagefind-ui__message').textContent()).toBe('找到 1 条与“reputation”相关的结果');
		expect(await page.getAttribute('dialog[open] .pagefind-ui__search-input', 'placeholder')).toBe('搜索');

		const result = page.locator('dialog[open] .pagefind-ui__result', {
			has: page.locator('a[href$="#why-cancellation-rate-affects-performance"]'),
		});
		expect((await result.locator('.pagefind-ui__result-tag').allTextContents()).map((t) => t.trim())).toEqual(['语言: 英文']);
		expect(await result.locator('.pagefind-ui__result-inner').getAttribute('lang')).toBe('en');
		expect(await result.locator('.pagefind-ui__result-tag').getAttribute('lang')).toBe('zh-CN');

		await follow(page, 'why-cancellation-rate-affects-performance');
		expect(new URL(page.url()).pathname).toBe('/faq/');
		const at = await landing(page, 'why-cancellation-rate-affects-performance');
		expect(at.open).toBe(true);
		expect(at.inTarget).toEqual(['reputation']);
		expect(at.onScreen).toBe(true);
		expect(problems).toEqual([]);
		await context.close();
	});

	it('finds a passage in the page’s own language without a language tag', async () => {
		const context = await browser.newContext({ viewport: DESKTOP });
		const { page } = await openPage(context, site.url);
		await page.goto(`${site.url}guideline/`);
		await search(page, '购买按钮');
		const result = page.locator('dialog[open] .pagefind-ui__result', { has: page.locator('a[href$="#buy-box-stock-zh"]') });
		expect(await result.locator('.pagefind-ui__result-tag').count()).toBe(0);
		await follow(page, 'buy-box-stock-zh');
		expect((await landing(page, 'buy-box-stock-zh')).inTarget).toEqual(['购买按钮']);
		await context.close();
	});
});

describe('on a phone', () => {
	it('opens the dialog from its button and follows a result', async () => {
		const context = await browser.newContext({ viewport: PHONE, hasTouch: true });
		const { page, problems } = await openPage(context, site.url);
		await page.goto(`${site.url}faq/`);
		await uiReady(page);
		await page.getByRole('button', { name: '搜索' }).first().click();
		await page.locator('dialog[open] .pagefind-ui__search-input').fill('customer satisfaction');
		await follow(page, 'lower-rate-raise-satisfaction');
		const at = await landing(page, 'lower-rate-raise-satisfaction');
		expect(at.open).toBe(true);
		expect(at.inTarget).toEqual(expect.arrayContaining(['customer', 'satisfaction']));
		expect(problems).toEqual([]);
		await context.close();
	});
});

describe('under a base path', () => {
	it('searches both languages and lands inside /kb/', async () => {
		const context = await browser.newContext({ viewport: DESKTOP });
		const { page, problems } = await openPage(context, kb.url);
		await page.goto(`${kb.url}en/faq/`);
		await search(page, '信誉度');
		await follow(page, 'why-cancellation-rate-affects-performance');
		expect(new URL(page.url()).pathname).toBe('/kb/en/faq/');
		const at = await landing(page, 'why-cancellation-rate-affects-performance');
		expect(at.open).toBe(true);
		expect(at.inTarget).toEqual(['信誉度']);
		expect(problems).toEqual([]);
		await context.close();
	});
});
