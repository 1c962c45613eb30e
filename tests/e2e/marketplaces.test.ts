/**
 * Cancellation Rate by marketplace in a real browser (issue 22): without JavaScript the whole
 * table; with it, the marketplace a reader picks is kept across pages like the reading mode, shows
 * that column only, and sets the calculator's target (India's 2%, and for a marketplace whose page
 * states none, the default with a note saying so); a phone never scrolls sideways.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { DESKTOP, PHONE, whenReady } from '../support/browser';
import { serveAndLaunch, type Served } from '../support/e2e';

let served: Served;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
	served = await serveAndLaunch();
});
afterAll(async () => {
	for (const context of contexts) await context.close();
	await served?.close();
});

async function fresh(options: Parameters<Served['browser']['newContext']>[0]) {
	const context = await served.browser.newContext(options);
	contexts.push(context);
	return context.newPage();
}

const visibleColumns = (page: Awaited<ReturnType<typeof fresh>>) =>
	page.locator('.mr-table thead th[data-market]').evaluateAll((ths) => ths.filter((th) => (th as HTMLElement).offsetParent !== null).map((th) => th.getAttribute('data-market')));

describe('the marketplace table', () => {
	it('is the whole table without JavaScript, with no picker', async () => {
		const page = await fresh({ viewport: DESKTOP, javaScriptEnabled: false });
		await page.goto(served.url('/en/marketplaces/'));
		expect(await visibleColumns(page)).toEqual(['US', 'CA', 'UK', 'IT', 'AU', 'AE', 'IN', 'JP']);
		expect(await page.locator('.mr-pick').isVisible()).toBe(false);
		// A filled cell and an empty one, each saying what it is.
		const target = page.locator('#mr-target');
		expect(await target.locator('td[data-market="IN"]').innerText()).toContain('under 2% (recommended)');
		expect(await target.locator('td[data-market="AE"]').innerText()).toContain('The page this site read does not say');
	});

	it('keeps the picked marketplace across pages and reloads, and shows its column only', async () => {
		const page = await fresh({ viewport: DESKTOP });
		await page.goto(served.url('/marketplaces/'));
		await whenReady(page);
		await page.getByLabel('您的站点').selectOption('IN');
		expect(await visibleColumns(page)).toEqual(['IN']);
		await page.goto(served.url('/en/marketplaces/'));
		await whenReady(page);
		expect(await page.getByLabel('Your marketplace').inputValue()).toBe('IN');
		expect(await visibleColumns(page)).toEqual(['IN']);
		// The quote behind a cell opens on demand and links the India page.
		const cell = page.locator('#mr-charge td[data-market="IN"]');
		await cell.getByText("Amazon's own words").click();
		expect(await cell.locator('blockquote').getAttribute('cite')).toMatch(/^https:\/\/sellercentral\.amazon\.in\//);
		// Back to all marketplaces.
		await page.getByLabel('Your marketplace').selectOption('');
		expect((await visibleColumns(page)).length).toBe(8);
	});

	it("sets the calculator's target from the pick, unless the URL names one", async () => {
		const page = await fresh({ viewport: DESKTOP });
		await page.goto(served.url('/en/marketplaces/'));
		await whenReady(page);
		await page.getByLabel('Your marketplace').selectOption('IN');
		await page.goto(served.url('/en/calculator/'));
		await whenReady(page);
		const select = page.getByLabel('Target', { exact: true });
		await expect.poll(() => select.inputValue()).toBe('in');
		expect(await page.locator('[data-target-note]').innerText()).toBe('Target set for the marketplace you picked (India).');
		// A shared result keeps its own target.
		await page.goto(served.url('/en/calculator/?orders=100&cancelled=3&target=default'));
		await whenReady(page);
		expect(await select.inputValue()).toBe('default');
		expect(await page.locator('[data-target-note]').isVisible()).toBe(false);
		// A marketplace whose page states no target: the default, and a note that says so.
		await page.goto(served.url('/marketplaces/'));
		await whenReady(page);
		await page.getByLabel('您的站点').selectOption('AE');
		await page.goto(served.url('/calculator/'));
		await whenReady(page);
		await expect.poll(() => page.getByLabel('目标', { exact: true }).inputValue()).toBe('default');
		expect(await page.locator('[data-target-note]').innerText()).toBe('您选的站点（阿联酋站）：本站读到的该站页面没有写目标，这里按 2.5% 计算。');
	});

	it('never makes a phone scroll sideways, picked or not', async () => {
		const page = await fresh({ viewport: PHONE });
		for (const path of ['/marketplaces/', '/en/marketplaces/']) {
			await page.goto(served.url(path));
			await whenReady(page);
			expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), path).toBeLessThanOrEqual(0);
			// Each cell says whose column it is, since the header row is not shown.
			expect(await page.locator('#mr-window td[data-market="UK"] .mr-label').isVisible(), path).toBe(true);
		}
		await page.getByLabel('Your marketplace').selectOption('AU');
		await page.locator('#mr-reactivate td[data-market="AU"]').getByText("Amazon's own words").click();
		expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
	});
});
