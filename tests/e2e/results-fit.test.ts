/**
 * The calculator's result tables fit a seller's screen (issue 23): after importing an All Orders
 * report, and in the day-by-day mode, at 390, 768 and 1280 px in both locales, no table scrolls
 * sideways or widens the page, no caption or status cell is cut off, numbers stay on one line,
 * and a table laid out as labelled blocks on a phone is still a table to a screen reader
 * (Chromium's own accessibility tree, read over CDP, not the markup).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { generateCausesReport } from '../support/causes-report';
import { IMPORT_LABELS } from '../support/import-labels';
import { serveAndLaunch, type Served } from '../support/e2e';
import { roleOf } from '../support/ax-tree';

let served: Served;
let dir: string;

beforeAll(async () => {
	served = await serveAndLaunch();
	dir = mkdtempSync(join(tmpdir(), 'results-fit-'));
});
afterAll(async () => {
	await served?.close();
	if (dir) rmSync(dir, { recursive: true, force: true });
});

const WIDTHS = [390, 768, 1280] as const;
const LOCALES = [IMPORT_LABELS['zh-CN'], IMPORT_LABELS.en] as const;

/** Ten days in the day-by-day mode, two of them over the target (the state as url-state.ts writes it). */
const DAILY = (() => {
	const days: [number, number, number][] = [[1200, 3, 1], [980, 0, 0], [1430, 40, 2], [1100, 5, 0], [0, 0, 0], [1250, 2, 2], [1320, 60, 1], [999, 1, 0], [1180, 4, 4], [1010, 0, 0]];
	return '?mode=daily&' + days.map(([o, c, b]) => `dayOrders=${o}&dayCancelled=${c}&dayBuyer=${b}`).join('&');
})();

/**
 * What a reader would have to scroll to see, measured in the page: for each table shown in the
 * calculator, whether it (or its scrolling region) is wider than its box, whether its caption or
 * a status cell reaches past the box's edges, and whether a number breaks over two lines.
 */
function measure(page: Page) {
	return page.evaluate(() => {
		const found: string[] = [];
		const calc = document.querySelector('main cr-calculator')!;
		const column = calc.getBoundingClientRect();
		const root = document.documentElement;
		if (root.scrollWidth > root.clientWidth) found.push(`the page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
		const lines = (el: Element) => {
			const range = document.createRange();
			range.selectNodeContents(el);
			return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
		};
		const tables = [...calc.querySelectorAll('table')].filter((t) => t.getClientRects().length > 0 && t.querySelector('caption'));
		for (const table of tables) {
			const caption = table.querySelector('caption')!;
			const name = `"${caption.textContent}" (${table.querySelector('thead tr')!.children.length} columns)`;
			const box = table.closest('.calc-scroll') ?? table.parentElement!;
			const edge = box.getBoundingClientRect();
			if (box.scrollWidth > box.clientWidth) found.push(`${name} scrolls sideways: ${box.scrollWidth} > ${box.clientWidth}`);
			if (edge.right > column.right + 0.5) found.push(`${name} reaches past the calculator's column: ${edge.right} > ${column.right}`);
			const inside = (el: Element) => {
				const r = el.getBoundingClientRect();
				return r.left >= edge.left - 0.5 && r.right <= edge.right + 0.5 && el.scrollWidth <= el.clientWidth + 1;
			};
			if (!inside(caption)) found.push(`${name}: its caption is cut off`);
			for (const cell of table.querySelectorAll('td[data-status]')) if (!inside(cell)) found.push(`${name}: status "${cell.textContent}" is cut off`);
			for (const cell of table.querySelectorAll('tbody :is(td, th)')) {
				const text = cell.textContent!.trim();
				if (/^[\d.,%—]+$/.test(text) && lines(cell) > 1) found.push(`${name}: the number ${text} breaks over lines`);
			}
		}
		return { tables: tables.length, found };
	});
}

describe.each(LOCALES)('result tables at phone, tablet and desktop widths ($name)', (L) => {
	// Eleven SKUs: every product name of the generator (the long one, the empty one) in the tables.
	const report = generateCausesReport({ seed: 23, orders: 400, skus: 11, spanDays: 28 });

	it.each(WIDTHS)('after an import, at %i px, every table fits its column, captions and statuses whole', async (width) => {
		const { page, problems } = await served.reused({ viewport: { width, height: 900 }, timezoneId: 'UTC', colorScheme: 'light' }).open(served.url(L.path));
		await page.waitForFunction(() => customElements.get('cr-calculator'));
		await page.getByRole('radio', { name: L.mode, exact: true }).check();
		await page.waitForFunction(() => document.querySelectorAll('[data-tz] option').length > 0);
		const path = join(dir, `fit-${L.name}-${width}.txt`);
		writeFileSync(path, report.text);
		await page.getByLabel(L.picker, { exact: true }).setInputFiles(path);
		// The causes' CSV button is the last thing the results show.
		await page.locator('[data-import-out] .calc-causes > .calc-export').waitFor();

		const { tables, found } = await measure(page);
		// The daily table, two SKU tables and the timing table.
		expect(tables).toBe(4);
		expect(found).toEqual([]);
		// A long product name is cut, its whole name in its title and one click away.
		const long = page.locator('[data-causes="whole"] details summary').first();
		expect(await long.getAttribute('title')).toContain('Keeps Drinks Cold for 24 Hours');

		// However laid out, the widest table is still a table of rows and cells to a screen reader.
		const table = '[data-import-out] [data-causes="whole"] table';
		expect(await roleOf(page, table)).toBe('table');
		expect(await roleOf(page, `${table} thead th`)).toBe('columnheader');
		expect(await roleOf(page, `${table} tbody tr`)).toBe('row');
		expect(await roleOf(page, `${table} tbody th`)).toBe('rowheader');
		expect(['cell', 'gridcell']).toContain(await roleOf(page, `${table} tbody td`));
		expect(problems).toEqual([]);
	});

	it.each(WIDTHS)('in the day-by-day mode, at %i px, the table fits its column with its status column whole', async (width) => {
		const { page, problems } = await served.reused({ viewport: { width, height: 900 }, timezoneId: 'UTC', colorScheme: 'light' }).open(served.url(L.path + DAILY));
		await expect.poll(() => page.locator('[data-daily-out] table tbody tr').count()).toBe(10);
		const { tables, found } = await measure(page);
		expect(tables).toBe(1);
		expect(found).toEqual([]);
		expect(await roleOf(page, '[data-daily-out] table tbody td[data-status]')).toMatch(/^(grid)?cell$/);
		expect(problems).toEqual([]);
	});
});
