/**
 * The reference pages in a real browser: readable on a phone without the page scrolling
 * sideways, the related metrics' table without scrolling sideways itself at any width, and the
 * glossary following the reading mode.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, PHONE, whenReady } from '../support/browser';
import { serveAndLaunch, type Served } from '../support/e2e';
import { roleOf } from '../support/ax-tree';

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

	// On a phone the entries below the screen are laid out only as they near it (glossary.css): a link
	// to the last entry, past 31 entries held at an average height, must still land on it.
	it('take a link to a glossary entry to that entry', async () => {
		const { page } = await reused({ viewport: PHONE }).open(url('/glossary/#formula'));
		await whenReady(page);
		await expect
			.poll(() => page.$eval('#formula', (row) => Math.round(row.getBoundingClientRect().top)))
			.toBeGreaterThanOrEqual(0);
		const top = await page.$eval('#formula', (row) => row.getBoundingClientRect().top);
		expect(top).toBeLessThan(PHONE.height / 2);
	});

	it('show each glossary entry with both terms and both definitions', async () => {
		const { page } = await reused({ viewport: PHONE }).open(url('/en/glossary/'));
		const row = page.locator('#buy-box');
		expect((await row.locator('.term > a').allTextContents()).map((t) => t.trim())).toEqual(['Buy Box', '购买按钮']);
		// The words search understands for the term, labelled in the page's language.
		expect((await row.locator('.term .aliases').allTextContents()).map((t) => t.trim())).toEqual(['Search words: buybox, featured offer', 'Search words: 黄金购物车、购物车、BB、Buy Box']);
		expect(await row.locator('.term .aliases').first().isVisible()).toBe(true);
		// The seller vocabulary for it (src/content/seller-words.yaml), on the same row.
		expect((await row.locator('.term .seller-words').allTextContents()).map((t) => t.trim())).toEqual(['Sellers also say: buy button, add to cart box', 'Sellers also say: 购物车、抢购物车、购物车按钮']);
		expect(await row.locator('.term .seller-words').first().isVisible()).toBe(true);
		expect(await row.locator('.definition p[lang="zh-CN"]').isVisible()).toBe(true);
		expect(await row.locator('.definition p[lang="en"]').isVisible()).toBe(true);
	});
});

describe('the related metrics table', () => {
	const HEADERS = {
		'metrics-table-zh': ['指标', '统计哪些订单', '计算公式', '统计周期', '目标', '来源'],
		'metrics-table-en': ['Metric', 'Orders', 'Formula', 'Window', 'Target', 'Source'],
	};
	// Six columns: a table where the passage is wide enough for one (a wide desktop, a tablet), one
	// block per metric where it is not (a phone, a laptop beside both sidebars: AlignedDoc.astro).
	// Before, the table scrolled sideways by a column at every width. Each page is loaded once and
	// the window resized through the widths.
	it('shows blocks at 390 and 1280 px and a table at 1400 px, in both languages: nothing scrolls sideways, every value named, a table to a screen reader', async () => {
		for (const path of ['/related-metrics/', '/en/related-metrics/']) {
			const { page, problems } = await reused({ viewport: PHONE }).open(url(path));
			try {
				for (const [width, layout] of [[390, 'blocks'], [1280, 'blocks'], [1400, 'table']] as const) {
					await page.setViewportSize({ width, height: PHONE.height });
					await checkTables(page, `${path} at ${width} px`, layout);
				}
			} finally {
				await page.setViewportSize(PHONE);
			}
			expect(problems, path).toEqual([]);
		}
	});

	/** The page's two tables (one per language) as laid out now, held to `layout`. */
	async function checkTables(page: Page, where: string, layout: 'blocks' | 'table') {
		const tables = await page.$$eval('.pair-wide table', (all) =>
			all.map((table) => {
				const box = table.getBoundingClientRect();
				const blocks = getComputedStyle(table.querySelector('tbody tr')!).display !== 'table-row';
				const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
				const rows = [...table.querySelectorAll('tbody tr')].map((tr) =>
					[...tr.querySelectorAll('td')].map((td, i) => {
						const r = td.getBoundingClientRect();
						const label = getComputedStyle(td, '::before').content.match(/^"([^"]*)"/)?.[1];
						return {
							// The name a sighted reader sees for the value: the label above it in a block, the
							// column's header in a table (the first cell, a block's title, has none).
							name: blocks ? (label ?? null) : i === 0 ? null : headers[i],
							inside: r.width > 0 && r.left >= box.left - 0.5 && r.right <= box.right + 0.5,
						};
					}),
				);
				return {
					id: table.closest('.passage')!.id,
					layout: blocks ? 'blocks' : 'table',
					scrolls: table.scrollWidth > table.clientWidth,
					headers,
					names: rows.map((cells) => cells.map((c) => c.name)),
					cut: rows.flat().filter((c) => !c.inside).length,
				};
			}),
		);
		expect(tables.map((t) => t.id).sort(), where).toEqual(['metrics-table-en', 'metrics-table-zh']);
		for (const t of tables) {
			const expected = HEADERS[t.id as keyof typeof HEADERS];
			expect({ layout: t.layout, scrolls: t.scrolls, cut: t.cut, headers: t.headers }, `${where} ${t.id}`).toEqual({ layout, scrolls: false, cut: 0, headers: expected });
			expect(t.names, `${where} ${t.id}`).toEqual(t.names.map(() => [null, ...expected.slice(1)]));
		}
		const table = '.pair-wide table';
		expect(await roleOf(page, table), where).toBe('table');
		expect(await roleOf(page, `${table} thead th`), where).toBe('columnheader');
		expect(await roleOf(page, `${table} tbody tr`), where).toBe('row');
		expect(['cell', 'gridcell']).toContain(await roleOf(page, `${table} tbody td`));
	}
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

	// Its columns have set widths (glossary.css): the definitions, sentences in two languages, get the
	// widest, and a term's name wraps where its column is narrow rather than reach into the next.
	it('gives the definitions the widest column, and keeps every entry inside its cells, from 600 px (where the table starts) up', async () => {
		const { page } = await reused({ viewport: DESKTOP }).open(url('/en/glossary/'));
		try {
			for (const width of [600, 1400]) {
				await page.setViewportSize({ width, height: DESKTOP.height });
				const layout = await page.$eval('table.glossary', (table) => ({
					rows: getComputedStyle(table.querySelector('tbody tr')!).display,
					widths: [...table.querySelectorAll('thead th')].map((th) => th.getBoundingClientRect().width),
					outside: [...table.querySelectorAll('tbody :is(th, td)')]
						.filter((cell) => {
							const edge = cell.getBoundingClientRect().right;
							return [...cell.querySelectorAll('*')].some((el) => el.getBoundingClientRect().right > edge + 0.5);
						})
						.map((cell) => cell.textContent!.trim().slice(0, 40)),
				}));
				expect(layout.rows, `${width} px`).toBe('table-row');
				expect(layout.widths[2], `${width} px`).toBeGreaterThan(Math.max(layout.widths[0]!, layout.widths[1]!));
				expect(layout.outside, `${width} px`).toEqual([]);
			}
		} finally {
			await page.setViewportSize(DESKTOP);
		}
	});

	it('takes the reader from a term to the passage that uses it', async () => {
		const { page } = await reused({ viewport: DESKTOP }).open(url('/en/glossary/'));
		await page.getByRole('link', { name: 'Plan of Action', exact: true }).click();
		await page.waitForURL(/\/en\/cancellation-rate\/#above-target-consequences-en$/);
		expect(await page.locator('#above-target-consequences-en').innerText()).toContain('Plan of Action');
	});
});
