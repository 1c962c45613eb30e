/**
 * The reference pages in a real browser: readable on a phone without the page scrolling
 * sideways (wide tables scroll inside themselves), and the glossary follows the reading mode.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, PHONE, whenReady } from '../support/browser';
import { serveAndLaunch, type Served } from '../support/e2e';

let url: Served['url'];
let close: Served['close'] | undefined;
let reused: Served['reused'];

beforeAll(async () => {
	({ url, close, reused } = await serveAndLaunch());
});
afterAll(() => close?.());
const PAGES = ['/cancellation-rate/', '/en/cancellation-rate/', '/related-metrics/', '/en/related-metrics/', '/glossary/', '/en/glossary/'];

describe('reference pages on a phone', () => {
	it('never make the page scroll sideways', async () => {
		for (const path of PAGES) {
			const { page, problems } = await reused({ viewport: PHONE }).open(url(path));
			await whenReady(page);
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
			expect(overflow, path).toBeLessThanOrEqual(0);
			expect(problems, path).toEqual([]);
		}
	});

	it('show each glossary entry with both terms and both definitions', async () => {
		const { page } = await reused({ viewport: PHONE }).open(url('/en/glossary/'));
		const row = page.locator('#buy-box');
		expect((await row.locator('.term > a').allTextContents()).map((t) => t.trim())).toEqual(['Buy Box', '购买按钮']);
		// The words search understands for the term, labelled in the page's language.
		expect((await row.locator('.term .aliases').allTextContents()).map((t) => t.trim())).toEqual(['Search words: buybox, featured offer', 'Search words: 黄金购物车、购物车、BB、Buy Box']);
		expect(await row.locator('.term .aliases').first().isVisible()).toBe(true);
		// The seller vocabulary for it (src/content/seller-words.yaml), on the same row.
		expect((await row.locator('.term .seller-words').allTextContents()).map((t) => t.trim())).toEqual(['sellers also say buy button, add to cart box', 'sellers also say 购物车、抢购物车、购物车按钮']);
		expect(await row.locator('.term .seller-words').first().isVisible()).toBe(true);
		expect(await row.locator('.definition p[lang="zh-CN"]').isVisible()).toBe(true);
		expect(await row.locator('.definition p[lang="en"]').isVisible()).toBe(true);
	});
});

describe('the glossary and reading modes', () => {
	it('shows only the chosen language of each definition, and keeps both terms', async () => {
		const { page } = await reused({ viewport: DESKTOP }).open(url('/glossary/'));
		const row = page.locator('#stock-out');
		// Both definitions are on screen until the reader picks one language.
		await expect.poll(() => row.locator('.definition p[lang="zh-CN"]').isVisible()).toBe(true);
		await page.getByRole('radio', { name: '仅英文' }).check();
		expect(await row.locator('.definition p[lang="zh-CN"]').count()).toBe(1);
		expect(await row.locator('.definition p[lang="zh-CN"]').isVisible()).toBe(false);
		expect(await row.locator('.definition p[lang="en"]').isVisible()).toBe(true);
		expect((await row.locator('.term > a').allTextContents()).map((t) => t.trim())).toEqual(['缺货', 'stock-out']);
	});

	it('takes the reader from a term to the passage that uses it', async () => {
		const { page } = await reused({ viewport: DESKTOP }).open(url('/en/glossary/'));
		await page.getByRole('link', { name: 'Plan of Action', exact: true }).click();
		await page.waitForURL(/\/en\/cancellation-rate\/#above-target-consequences-en$/);
		expect(await page.locator('#above-target-consequences-en').innerText()).toContain('Plan of Action');
	});
});
