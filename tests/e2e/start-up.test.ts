/**
 * What the pages' scripts leave for later, so that their start-up, which runs after the first
 * paint (src/components/after-paint/), stays in tasks under 50 ms on a phone's CPU: Lighthouse
 * counts every longer one in Total Blocking Time. The first Intl number or date format a page
 * makes loads the browser's locale data in one task that cannot be split (150–350 ms at a 4×
 * slower CPU, docs/benchmarks.md, "Lighthouse"), so nothing makes one before the reader types a
 * number. How long the tasks take is measured by `npm run bench:long-tasks`, not asserted here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { DESKTOP, openPage, whenReady } from '../support/browser';
import { serveAndLaunch, type Served } from '../support/e2e';

let served: Served;
let context: BrowserContext;
let page: Page;
let problems: string[];

beforeAll(async () => {
	served = await serveAndLaunch();
	context = await served.browser.newContext({ viewport: DESKTOP });
	// Before any script of the page: counts the Intl formats made, by kind.
	await context.addInitScript(() => {
		const made: Record<string, number> = {};
		(window as unknown as { intlMade: typeof made }).intlMade = made;
		for (const kind of ['NumberFormat', 'PluralRules', 'DateTimeFormat'] as const) {
			const Native = Intl[kind] as unknown as new (...args: unknown[]) => object;
			const counted = new Proxy(Native, {
				construct(target, args, newTarget) {
					made[kind] = (made[kind] ?? 0) + 1;
					return Reflect.construct(target, args, newTarget) as object;
				},
				apply(target, self, args) {
					made[kind] = (made[kind] ?? 0) + 1;
					return Reflect.apply(target as unknown as (...a: unknown[]) => unknown, self, args) as object;
				},
			});
			Object.defineProperty(Intl, kind, { value: counted, configurable: true, writable: true });
		}
	});
	({ page, problems } = await openPage(context, served.site.url));
});
afterAll(async () => {
	await context?.close();
	await served?.close();
});

const intlMade = () => page.evaluate(() => ({ ...(window as unknown as { intlMade: Record<string, number> }).intlMade }));

describe.each([
	{ path: '/calculator/', orders: '订单总数', cancelled: '已取消订单' },
	{ path: '/en/calculator/', orders: 'Total orders', cancelled: 'Cancelled orders' },
	{ path: '/guideline/', orders: '订单总数', cancelled: '已取消订单' },
	{ path: '/en/guideline/', orders: 'Total orders', cancelled: 'Cancelled orders' },
])('start-up of $path', ({ path, orders, cancelled }) => {
	it('makes no number or date format until the reader types a number, then shows the rate', async () => {
		problems.length = 0;
		await page.goto(served.url(path));
		await whenReady(page);
		// Idle callbacks and timeouts the start-up left run too.
		await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 100))));
		expect(await intlMade()).toEqual({});

		const box = (name: string) => page.getByRole('textbox', { name, exact: true }).first();
		await box(orders).fill('100');
		await box(cancelled).fill('3');
		expect(await page.locator('[data-result] .calc-rate strong').first().textContent()).toBe('3.00%');
		expect((await intlMade()).NumberFormat).toBeGreaterThan(0);
		expect(problems).toEqual([]);
	});
});

describe('the search form', () => {
	// Every page builds it once idle; the query layer (search-session.ts, 8.7 kB gzip) is parsed only
	// for a reader who searches (docs/benchmarks.md, "Lighthouse").
	it('is built on a page once idle without the query layer, which comes when the reader opens the dialog', async () => {
		problems.length = 0;
		const scripts: string[] = [];
		const record = (request: { url(): string }) => scripts.push(new URL(request.url()).pathname);
		page.on('request', record);
		try {
			await page.goto(served.url('/cancellation-rate/'));
			await whenReady(page);
			await page.waitForSelector('#starlight__search .pagefind-ui__search-input', { state: 'attached' });
			await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 100))));
			expect(scripts.filter((p) => /\/_astro\/search-ui\./.test(p)), 'the form').toHaveLength(1);
			expect(scripts.filter((p) => /\/_astro\/search-session\./.test(p)), 'the query layer, before the dialog opens').toEqual([]);

			await page.locator('site-search button[data-open-modal]').click();
			const input = page.locator('#starlight__search .pagefind-ui__search-input');
			await input.fill('取消率');
			await expect.poll(() => page.locator('#starlight__search a.pagefind-ui__result-link').count(), { timeout: 15_000 }).toBeGreaterThan(0);
			expect(scripts.filter((p) => /\/_astro\/search-session\./.test(p)), 'the query layer, once').toHaveLength(1);
			expect(problems).toEqual([]);
		} finally {
			page.off('request', record);
		}
	});

	// Written here as a reader of each page sees them, not read from the i18n files. Chromium fetches a
	// module that failed again when it is imported again; Firefox does not (tests/engines/flows.ts).
	it.each([
		{
			path: '/en/',
			missing: 'the query layer',
			blocked: /\/_astro\/search-session\.[^/]+\.js$/,
			queries: ['cancel', 'cancellation rate'],
			message: 'Search could not be loaded. Check your internet connection, then reload the page and try again.',
		},
		{
			path: '/',
			missing: 'Pagefind',
			blocked: /\/pagefind\/pagefind\.js$/,
			queries: ['取消', '取消率'],
			message: '站内搜索未能加载。请检查网络连接，然后刷新本页再试。',
		},
	])('says so on $path, in its language, when $missing did not arrive, and asks again at the next keystroke', async ({ path, blocked, queries, message }) => {
		problems.length = 0;
		const input = page.locator('#starlight__search .pagefind-ui__search-input');
		const status = page.locator('#starlight__search .pagefind-ui__message');
		await page.route(blocked, (route) => route.abort());
		try {
			await page.goto(served.url(path));
			await whenReady(page);
			await page.locator('site-search button[data-open-modal]').click();
			await input.fill(queries[0]);
			await expect.poll(() => status.textContent()).toBe(message);
			expect(await status.getAttribute('role')).toBe('status');
			expect(await input.inputValue(), 'what the reader typed').toBe(queries[0]);
			expect(problems.some((p) => p.startsWith('failed request') && blocked.test(p.split(' ')[2])), 'the failed request').toBe(true);
			expect(problems.filter((p) => p.startsWith('page error')), 'uncaught errors').toEqual([]);
		} finally {
			await page.unroute(blocked);
		}
		await input.fill(queries[1]);
		await expect.poll(() => page.locator('#starlight__search a.pagefind-ui__result-link').count(), { timeout: 15_000 }).toBeGreaterThan(0);
		expect(await status.textContent()).not.toBe(message);
	});

	// Pagefind waits forever for its index when its script loaded but the index did not: the form
	// gives up after 20 s (GIVE_UP_MS in search-ui.ts), on a clock the test moves on.
	it('says so when Pagefind’s index never answers, once it has waited 20 s', async () => {
		const message = 'Search could not be loaded. Check your internet connection, then reload the page and try again.';
		const own = await served.browser.newContext({ viewport: DESKTOP });
		try {
			await own.route(/\/pagefind\/pagefind-entry\.json/, (route) => route.abort());
			await own.clock.install();
			const { page } = await openPage(own, served.site.url);
			await page.goto(served.url('/en/'));
			await whenReady(page);
			await page.locator('site-search button[data-open-modal]').click();
			await page.locator('#starlight__search .pagefind-ui__search-input').fill('cancellation rate');
			const status = page.locator('#starlight__search .pagefind-ui__message');
			await page.clock.runFor(15_000);
			expect(await status.textContent(), 'after 15 s').not.toBe(message);
			await page.clock.runFor(6_000);
			await expect.poll(() => status.textContent()).toBe(message);
		} finally {
			await own.close();
		}
	});
});
