/**
 * The Cancellation Rate calculator in Chromium, in both locales: results as the user types,
 * messages for bad input, state in the URL, keyboard use, the day-by-day mode, the copy embedded
 * in the guideline, and what is left without JavaScript. Expected numbers are worked out by hand
 * in the comments next to them.
 */
import { SOURCE_PAGES } from '../../src/lib/source-pages';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DESKTOP, PHONE, openPage, reusedPage } from '../support/browser';
import { serveAndLaunch, type Served } from '../support/e2e';
import type { StaticSite } from '../support/server';

let site: StaticSite;
let browser: Browser;
let url: Served['url'];
let close: Served['close'] | undefined;

beforeAll(async () => {
	({ site, browser, url, close } = await serveAndLaunch());
});
afterAll(() => close?.());

/** What a reader of each locale sees; written here by hand, not read from the i18n files. */
const LOCALES = [
	{
		name: 'zh-CN',
		path: '/calculator/',
		guideline: '/guideline/',
		orders: '订单总数',
		cancelled: '已取消订单',
		buyer: '其中买家请求取消的订单',
		target: '目标',
		daily: '按天（滚动 7 天）',
		add: '添加一天',
		remove: (n: number) => `删除第 ${n} 天`,
		dayOrders: (n: number) => `第 ${n} 天 订单总数`,
		errors: {
			empty: /请填写/,
			negative: /负数/,
			fraction: /整数/,
			notNumber: /只输入数字/,
			tooLarge: /不能超过 1,000,000,000/,
			cancelledExceeds: /已取消订单不能多于订单总数/,
			buyerExceeds: /买家请求取消的订单不能多于已取消订单/,
		},
		fix: /请先更正/,
		noOrders: /没有订单/,
		under: /已达标：/,
		over: /未达标/,
		headroom: (n: number) => new RegExp(`最多还可以再有 ${n} 个订单被卖家取消`),
		headroomZero: /只要再有 1 个订单被卖家取消，取消率就不再低于/,
		recovery: (n: number) => new RegExp(`还需要 ${n} 个没有被卖家取消的订单`),
		worst: /最高的滚动 7 天取消率：3\.33%（第 1–3 天）/,
		daysOver: /天数：2/,
		chartName: /折线图/,
		openFull: /完整的计算器/,
		noscript: { formula: '取消率 = 卖家取消的订单数 ÷ 订单总数', example: '100 个订单中卖家取消了 3 个，取消率 = 3 ÷ 100 = 3%', target: '低于 2.5%', gathered: '由本站于 2026 年 11 月整理，依据的来源发布于 2020–2024 年' },
	},
	{
		name: 'en',
		path: '/en/calculator/',
		guideline: '/en/guideline/',
		orders: 'Total orders',
		cancelled: 'Cancelled orders',
		buyer: 'Of which requested by the buyer',
		target: 'Target',
		daily: 'Day by day (rolling 7 days)',
		add: 'Add a day',
		remove: (n: number) => `Remove day ${n}`,
		dayOrders: (n: number) => `Day ${n} Total orders`,
		errors: {
			empty: /Enter a number/,
			negative: /negative/,
			fraction: /whole number/,
			notNumber: /digits only/,
			tooLarge: /at most 1,000,000,000/,
			cancelledExceeds: /Cancelled orders can't be more than total orders/,
			buyerExceeds: /Buyer-requested cancellations can't be more than cancelled orders/,
		},
		fix: /Correct the marked fields/,
		noOrders: /No orders/,
		under: /Meets the target:/,
		over: /Target missed/,
		headroom: (n: number) => new RegExp(`absorb ${n} more seller cancellations?\\b`),
		headroomZero: /One more seller cancellation would/,
		recovery: (n: number) => new RegExp(`need ${n} more orders? without a seller cancellation`),
		worst: /Worst window: 3\.33% \(Days 1–3\)/,
		daysOver: /Days that miss the target: 2/,
		chartName: /Line chart/,
		openFull: /Open the full calculator/,
		noscript: { formula: 'Cancellation Rate = orders cancelled by the seller ÷ total orders', example: 'cancelled 3 of 100 orders, so the Cancellation Rate = 3 ÷ 100 = 3%', target: 'under 2.5%', gathered: 'compiled by this site in November 2026 from sources published 2020–2024' },
	},
] as const;
type Locale = (typeof LOCALES)[number];

const contexts: BrowserContext[] = [];
let pages: Map<typeof DESKTOP, ReturnType<typeof reusedPage>>;
beforeAll(() => {
	pages = new Map([DESKTOP, PHONE].map((viewport) => [viewport, reusedPage(browser, site.url, { viewport })]));
});
afterAll(async () => {
	for (const p of pages.values()) await p.close();
	for (const c of contexts) await c.close();
});

/** The calculator at `path`, loaded afresh, its script running. */
async function open(path: string, viewport: typeof DESKTOP = DESKTOP) {
	const { page, problems } = await pages.get(viewport)!.open(url(path));
	await page.waitForFunction(() => customElements.get('cr-calculator'));
	return { page, problems };
}

/** The same in a browser that has never seen the site, as a colleague given a link. */
async function openFresh(path: string) {
	const context = await browser.newContext({ viewport: DESKTOP });
	contexts.push(context);
	const { page, problems } = await openPage(context, site.url);
	await page.goto(url(path));
	await page.waitForFunction(() => customElements.get('cr-calculator'));
	return { page, problems };
}

/** A text field by its accessible name (the day cells are named "Day 1 Total orders"). */
const box = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });
const result = (page: Page) => page.locator('[data-result]').first();

/**
 * What the result region tells a reader: the rate (or none), the status and all its text, as a
 * screen reader is told it: the text is the live region's (the result region or the one around
 * it), so a result that is no longer announced reads as empty.
 */
async function readResult(page: Page) {
	// One round trip to the page: the tests read it after every change.
	return result(page).evaluate((region) => ({
		rate: region.querySelector('.calc-rate strong')?.textContent ?? null,
		status: region.querySelector('[data-status]')?.getAttribute('data-status') ?? null,
		text: region.closest('[aria-live="polite"], [aria-live="assertive"]')?.textContent ?? '',
	}));
}

/** The message tied to an input by aria-describedby (the parts shown), with its aria-invalid state. */
async function fieldMessage(page: Page, label: string) {
	return box(page, label).evaluate((input) => {
		const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
		const shown = ids
			.map((id) => document.getElementById(id))
			.filter((el): el is HTMLElement => el !== null && el.checkVisibility({ visibilityProperty: true }) && el.getClientRects().length > 0);
		return { invalid: input.getAttribute('aria-invalid'), text: shown.map((el) => el.textContent ?? '').join(' ') };
	});
}

async function enter(page: Page, L: Locale, orders: string, cancelled: string, buyer = '') {
	await box(page, L.orders).fill(orders);
	await box(page, L.cancelled).fill(cancelled);
	await box(page, L.buyer).fill(buyer);
}

describe.each(LOCALES)('calculator page ($name)', (L) => {
	it('updates the rate, status, headroom, recovery and formula as the user types', async () => {
		const { page, problems } = await open(L.path);
		expect((await readResult(page)).rate).toBeNull();

		// 1 of 40 is exactly 2.5%: not under. 41 orders would bring it to 1/41 < 2.5%: 1 more.
		await enter(page, L, '40', '1');
		let r = await readResult(page);
		expect(r).toMatchObject({ rate: '2.50%', status: 'over' });
		expect(r.text).toMatch(L.over);
		expect(r.text).toMatch(L.recovery(1));

		// 1/41 = 2.439…% → 2.44%, under; 2/41 = 4.9% would be over, so no room left.
		await box(page, L.orders).fill('41');
		r = await readResult(page);
		expect(r).toMatchObject({ rate: '2.44%', status: 'under' });
		expect(r.text).toMatch(L.under);
		expect(r.text).toMatch(L.headroomZero);

		// 3 of 100 = 3%; under 2.5% needs 3/t < 1/40, t > 120: 121 orders, 21 more.
		await enter(page, L, '100', '3');
		r = await readResult(page);
		expect(r).toMatchObject({ rate: '3.00%', status: 'over' });
		expect(r.text).toMatch(L.recovery(21));
		expect(r.text).toContain('(3 − 0) ÷ 100 = 3.00%');

		// 10 of 1,000 = 1%; up to 24 of 1,000 stays under 2.5% (25 is exactly 2.5%): 14 more.
		await enter(page, L, '1000', '10');
		r = await readResult(page);
		expect(r).toMatchObject({ rate: '1.00%', status: 'under' });
		expect(r.text).toMatch(L.headroom(14));

		// Buyer-requested cancellations leave the numerator: (3 − 1) of 100 = 2%.
		await enter(page, L, '100', '3', '1');
		r = await readResult(page);
		expect(r).toMatchObject({ rate: '2.00%', status: 'under' });
		expect(r.text).toContain('(3 − 1) ÷ 100 = 2.00%');

		// India's target is under 2%: exactly 2% is over, and 101 orders get 2/101 under it.
		await page.getByRole('combobox', { name: L.target, exact: true }).selectOption('in');
		r = await readResult(page);
		expect(r).toMatchObject({ rate: '2.00%', status: 'over' });
		expect(r.text).toMatch(L.recovery(1));
		expect(problems).toEqual([]);
	});

	it('shows the status in words and in colour', async () => {
		const { page } = await open(L.path);
		await enter(page, L, '100', '3');
		const over = await result(page).locator('[data-status]').evaluate((el) => getComputedStyle(el).color);
		await enter(page, L, '100', '1');
		const under = await result(page).locator('[data-status]').evaluate((el) => getComputedStyle(el).color);
		expect(over).not.toBe(under);
	});

	it('accepts full-width digits and separators, keeping what was typed', async () => {
		const { page } = await open(L.path);
		await enter(page, L, '１，０００', '１０');
		expect((await readResult(page)).rate).toBe('1.00%');
		expect(await box(page, L.orders).inputValue()).toBe('１，０００');
		expect((await readResult(page)).text).toContain('(10 − 0) ÷ 1,000');
		await enter(page, L, '1 000', '25');
		expect(await readResult(page)).toMatchObject({ rate: '2.50%', status: 'over' });
	});

	const BAD: [string, [string, string, string], 'orders' | 'cancelled' | 'buyer', keyof Locale['errors']][] = [
		['a negative count', ['-5', '1', ''], 'orders', 'negative'],
		['a fraction', ['100', '2.5', ''], 'cancelled', 'fraction'],
		['text', ['abc', '1', ''], 'orders', 'notNumber'],
		['more than 1,000,000,000', ['1000000001', '1', ''], 'orders', 'tooLarge'],
		['more cancelled than orders', ['10', '11', ''], 'cancelled', 'cancelledExceeds'],
		['more buyer-requested than cancelled', ['10', '3', '4'], 'buyer', 'buyerExceeds'],
	];
	it.each(BAD)('rejects %s next to the field, with no rate', async (_, values, field, error) => {
		const { page, problems } = await open(L.path);
		await enter(page, L, ...values);
		const message = await fieldMessage(page, L[field]);
		expect(message.invalid).toBe('true');
		expect(message.text).toMatch(L.errors[error]);
		const r = await readResult(page);
		expect(r.rate).toBeNull();
		expect(r.status).toBeNull();
		expect(r.text).toMatch(L.fix);
		expect(r.text).not.toMatch(/NaN|Infinity|undefined|%/);
		// What was typed stays as it was.
		expect(await box(page, L[field]).inputValue()).toBe(values[['orders', 'cancelled', 'buyer'].indexOf(field)]);

		// Correcting the field clears the message and brings the rate back.
		await enter(page, L, '10', '1', '0');
		expect((await fieldMessage(page, L[field])).invalid).toBeNull();
		// The rate and status found where they were found missing above: 1 of 10 is over 2.5%.
		expect(await readResult(page)).toMatchObject({ rate: '10.00%', status: 'over' });
		expect(problems).toEqual([]);
	});

	it('asks for a number in a field that was emptied, but not before it was touched', async () => {
		const { page } = await open(L.path);
		expect((await fieldMessage(page, L.orders)).invalid).toBeNull();
		await box(page, L.cancelled).fill('3');
		await box(page, L.orders).fill('100');
		await box(page, L.orders).fill('');
		const message = await fieldMessage(page, L.orders);
		expect(message).toMatchObject({ invalid: 'true' });
		expect(message.text).toMatch(L.errors.empty);
		expect((await readResult(page)).rate).toBeNull();
		// Filled again, the rate is back where it was found missing.
		await box(page, L.orders).fill('100');
		expect((await readResult(page)).rate).toBe('3.00%');
	});

	it('gives a friendly result, not an error, for zero orders', async () => {
		const { page } = await open(L.path);
		await enter(page, L, '0', '0');
		const r = await readResult(page);
		expect(r.rate).toBeNull();
		expect(r.text).toMatch(L.noOrders);
		expect((await fieldMessage(page, L.orders)).invalid).toBeNull();
		expect((await fieldMessage(page, L.cancelled)).invalid).toBeNull();
		// One order is enough for a rate, shown where none was found.
		await enter(page, L, '1', '0');
		expect((await readResult(page)).rate).toBe('0.00%');
	});

	it('keeps the state in the URL: shared links, reload and the back button', async () => {
		const { page, problems } = await open(`${L.path}?orders=100&cancelled=3`);
		expect(await box(page, L.orders).inputValue()).toBe('100');
		expect(await readResult(page)).toMatchObject({ rate: '3.00%', status: 'over' });

		await box(page, L.orders).fill('200');
		await box(page, L.orders).press('Tab');
		expect(new URL(page.url()).searchParams.get('orders')).toBe('200');
		expect((await readResult(page)).rate).toBe('1.50%');

		await page.goBack();
		await expect.poll(() => box(page, L.orders).inputValue()).toBe('100');
		expect((await readResult(page)).rate).toBe('3.00%');
		await page.goForward();
		await expect.poll(() => box(page, L.orders).inputValue()).toBe('200');
		expect((await readResult(page)).rate).toBe('1.50%');

		await page.getByRole('combobox', { name: L.target, exact: true }).selectOption('in');
		await page.reload();
		await page.waitForFunction(() => customElements.get('cr-calculator'));
		expect(await page.getByRole('combobox', { name: L.target, exact: true }).inputValue()).toBe('in');
		// 3 of 200 = 1.5%, under India's 2%.
		expect(await readResult(page)).toMatchObject({ rate: '1.50%', status: 'under' });

		// A colleague opening the link in a fresh browser sees the same.
		const shared = page.url();
		const other = await openFresh(shared.slice(site.url.length - 1));
		expect(await readResult(other.page)).toMatchObject({ rate: '1.50%', status: 'under' });
		expect(await box(other.page, L.cancelled).inputValue()).toBe('3');
		expect(problems).toEqual([]);
	});

	it('keeps what was typed, even when it is not a number, in the URL', async () => {
		const { page } = await open(L.path);
		await enter(page, L, '１，０００', 'x');
		await page.reload();
		expect(await box(page, L.orders).inputValue()).toBe('１，０００');
		expect(await box(page, L.cancelled).inputValue()).toBe('x');
		expect((await fieldMessage(page, L.cancelled)).text).toMatch(L.errors.notNumber);
	});

	it('works with the keyboard alone', async () => {
		const { page, problems } = await open(L.path, PHONE);
		const ordersId = await box(page, L.orders).getAttribute('id');
		for (let i = 0; i < 80 && (await page.evaluate(() => document.activeElement?.id)) !== ordersId; i++) {
			await page.keyboard.press('Tab');
		}
		expect(await page.evaluate(() => document.activeElement?.id)).toBe(ordersId);
		const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
		expect(outline).not.toBe('none');
		await page.keyboard.type('100');
		await page.keyboard.press('Tab');
		await page.keyboard.type('3');
		await page.keyboard.press('Tab');
		await page.keyboard.type('1');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => (document.activeElement as HTMLElement).tagName)).toBe('SELECT');
		expect(await readResult(page)).toMatchObject({ rate: '2.00%', status: 'under' });
		await page.keyboard.press('ArrowDown');
		// India: exactly 2% is not under 2%.
		await expect.poll(async () => (await readResult(page)).status).toBe('over');
		expect(problems).toEqual([]);
	});

	it('computes rolling 7-day rates day by day, with a chart and a table', async () => {
		const { page, problems } = await open(L.path);
		await page.getByRole('radio', { name: L.daily, exact: true }).check();
		// Day 3 has one seller cancellation; day 8 one that the buyer requested.
		const days = [
			['10', '0', ''],
			['10', '0', ''],
			['10', '1', ''],
			['10', '0', ''],
			['10', '0', ''],
			['10', '0', ''],
			['10', '0', ''],
			['10', '1', '1'],
		];
		expect(await page.locator('.calc-days tbody tr').count()).toBe(7);
		await page.getByRole('button', { name: L.add, exact: true }).click();
		const rows = page.locator('.calc-days tbody tr');
		for (const [i, values] of days.entries()) {
			const inputs = rows.nth(i).locator('input');
			for (const [j, v] of values.entries()) await inputs.nth(j).fill(v);
		}
		// Windows: 0/10, 0/20, 1/30 = 3.33% (over), 1/40 = 2.50% (over), 1/50, 1/60, 1/70, and
		// days 2–8: 1/70 = 1.43% (day 8's cancellation was requested by the buyer).
		const table = page.locator('.calc-table');
		await expect.poll(() => table.locator('tbody tr').count()).toBe(8);
		const cells = await table.locator('tbody tr').evaluateAll((trs) =>
			trs.map((tr) => [...tr.querySelectorAll('td')].slice(1).map((td) => td.textContent)),
		);
		expect(cells.map((c) => c.slice(0, 3))).toEqual([
			['10', '0', '0.00%'],
			['20', '0', '0.00%'],
			['30', '1', '3.33%'],
			['40', '1', '2.50%'],
			['50', '1', '2.00%'],
			['60', '1', '1.67%'],
			['70', '1', '1.43%'],
			['70', '1', '1.43%'],
		]);
		const statuses = await table.locator('td[data-status]').evaluateAll((tds) => tds.map((td) => td.getAttribute('data-status')));
		expect(statuses).toEqual(['under', 'under', 'over', 'over', 'under', 'under', 'under', 'under']);
		const r = await readResult(page);
		expect(r).toMatchObject({ rate: '1.43%', status: 'under' });
		expect(r.text).toMatch(L.worst);
		expect(r.text).toMatch(L.daysOver);

		const chart = page.getByRole('img', { name: L.chartName });
		expect(await chart.count()).toBe(1);
		expect(await chart.locator('circle').count()).toBe(8);
		expect(await chart.locator('.calc-target').count()).toBe(1);

		// The state survives a reload.
		await page.reload();
		await page.waitForFunction(() => customElements.get('cr-calculator'));
		expect(await page.getByRole('radio', { name: L.daily, exact: true }).isChecked()).toBe(true);
		await expect.poll(() => page.locator('.calc-table tbody tr').count()).toBe(8);
		expect(problems).toEqual([]);
	});

	it('adds and removes days with the keyboard', async () => {
		const { page } = await open(L.path);
		await page.getByRole('radio', { name: L.daily, exact: true }).check();
		await box(page, L.dayOrders(1)).fill('10');
		await page.getByRole('button', { name: L.add, exact: true }).focus();
		await page.keyboard.press('Enter');
		expect(await page.locator('.calc-days tbody tr').count()).toBe(8);
		// Focus moves into the new day, ready to type.
		expect(await page.evaluate(() => document.activeElement?.getAttribute('data-cell'))).toBe('o');
		await page.keyboard.type('5');
		expect(await box(page, L.dayOrders(8)).inputValue()).toBe('5');

		await page.getByRole('button', { name: L.remove(1), exact: true }).focus();
		await page.keyboard.press('Enter');
		expect(await page.locator('.calc-days tbody tr').count()).toBe(7);
		// The day that was 8 is now day 7 and keeps its value.
		expect(await box(page, L.dayOrders(7)).inputValue()).toBe('5');
		expect(await page.evaluate(() => document.activeElement?.closest('button') !== null)).toBe(true);
	});

	it('marks a bad day cell and shows no rates', async () => {
		const { page } = await open(L.path);
		await page.getByRole('radio', { name: L.daily, exact: true }).check();
		await box(page, L.dayOrders(2)).fill('-1');
		const message = await fieldMessage(page, L.dayOrders(2));
		expect(message.invalid).toBe('true');
		expect(message.text).toMatch(L.errors.negative);
		expect(await page.locator('.calc-table').count()).toBe(0);
		expect((await readResult(page)).text).toMatch(L.fix);
		// The table the bad cell hides comes back once the cell is corrected.
		await box(page, L.dayOrders(2)).fill('10');
		await expect.poll(() => page.locator('.calc-table').count()).toBe(1);
	});

	it('shows the formula, the target and a worked example without JavaScript', async () => {
		const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
		contexts.push(context);
		const page = await context.newPage();
		await page.goto(url(L.path));
		const how = page.locator('.calc-how');
		expect(await how.isVisible()).toBe(true);
		const text = (await how.innerText()).replace(/\s+/g, ' ');
		expect(text).toContain(L.noscript.formula);
		expect(text).toContain(L.noscript.example);
		expect(text).toContain(L.noscript.target);
		// When the rules were gathered and how old their sources are, in the page's own way of writing a month.
		expect(text).toContain(L.noscript.gathered);
		// The page the target was read on, at the address it was read at (Canada's help 200285210).
		const source = how.locator(`a[href="${SOURCE_PAGES['cr-help.ca'].url}"]`);
		expect(await source.isVisible()).toBe(true);
		// The form is in the page, hidden: without its script it could not answer.
		// (By label: a role query skips hidden elements, so it would find none and pass.)
		const orders = page.getByLabel(L.orders, { exact: true });
		expect(await orders.count()).toBe(1);
		expect(await orders.isVisible()).toBe(false);
		expect(await page.locator('.calc-noscript').isVisible()).toBe(true);
	});
});

describe.each(LOCALES)('calculator embedded in the guideline ($name)', (L) => {
	it('works, keeps its state out of the URL and opens the full calculator with its numbers', async () => {
		const { page, problems } = await open(L.guideline, PHONE);
		const embed = page.locator('#cancellation-rate-calculator');
		expect(await embed.count()).toBe(1);
		// It sits right after the passage that names the Cancellation Rate.
		expect(await page.evaluate(() => document.querySelector('#cancellation-rate-calculator')!.previousElementSibling!.id)).toBe(
			'cancel-only-on-buyer-request',
		);
		await enter(page, L, '40', '1');
		expect(await readResult(page)).toMatchObject({ rate: '2.50%', status: 'over' });
		expect(new URL(page.url()).search).toBe('');
		await box(page, L.orders).fill('abc');
		expect((await fieldMessage(page, L.orders)).text).toMatch(L.errors.notNumber);
		expect((await readResult(page)).rate).toBeNull();
		await box(page, L.orders).fill('41');

		const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((e) => e.id));
		expect(ids.length).toBe(new Set(ids).size);

		// Followed with goto rather than a click: a click races Astro's link prefetch, which the
		// browser then reports as an aborted request.
		const href = await page.getByRole('link', { name: L.openFull }).evaluate((a) => (a as HTMLAnchorElement).href);
		expect(new URL(href).pathname).toBe(new URL(url(L.path)).pathname);
		expect(problems).toEqual([]);
		const full = await open(href.slice(site.url.length - 1));
		expect(await readResult(full.page)).toMatchObject({ rate: '2.44%', status: 'under' });
		expect(full.problems).toEqual([]);
	});
});

describe.each([
	{ path: '/calculator/', message: '计算器未能加载。请检查网络连接，然后刷新本页再试。' },
	{ path: '/en/guideline/', message: 'The calculator could not be loaded. Check your internet connection, then reload the page and try again.' },
])('a calculator whose code did not arrive ($path)', ({ path, message }) => {
	// Written here as a reader sees it, not read from the i18n files. The form stays invisible until
	// the calculator's code runs; without that code it would stay a blank space.
	it('gives way to a message in the page’s language', async () => {
		const context = await browser.newContext({ viewport: PHONE });
		contexts.push(context);
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		await page.route(/\/_astro\/element\.[^/]+\.js$/, (route) => route.abort());
		await page.goto(url(path));
		await expect.poll(() => page.getByRole('alert').filter({ hasText: message }).count()).toBe(1);
		expect(await page.locator('cr-calculator .calc-ui').isVisible(), 'the form that cannot work').toBe(false);
		expect(errors, 'uncaught errors').toEqual([]);
	});
});
