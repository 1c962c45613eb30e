/**
 * The causes under an imported report's rate, in Chromium, in both locales: a generated report
 * whose products, statuses and purchase→update gaps the generator chose (tests/support/
 * causes-report.ts) shows its most-cancelled SKU first with its count, the median time to cancel,
 * product names as text, a link that opens the guideline passage, and a CSV of the same orders.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { bothThemes } from '../support/axe';
import { DESKTOP, reusedPage } from '../support/browser';
import { expectedTable, expectedTiming, generateCausesReport, type CausesReport } from '../support/causes-report';
import { IMPORT_LABELS } from '../support/import-labels';
import { serveAndLaunch, type Served } from '../support/e2e';

let served: Served;
let dir: string;

beforeAll(async () => {
	served = await serveAndLaunch();
	dir = mkdtempSync(join(tmpdir(), 'calc-causes-'));
});
afterAll(async () => {
	await served?.close();
	if (dir) rmSync(dir, { recursive: true, force: true });
});

/** What a reader of each locale sees; written here by hand, not read from the i18n files (the form's labels: IMPORT_LABELS). */
const LOCALES = [
	{
		...IMPORT_LABELS['zh-CN'],
		zone: { name: 'Asia/Shanghai', offsetMinutes: 480 },
		wholeCaption: /^整份报告（.+）中按卖家取消订单数排列的 SKU$/,
		windowCaption: /^取消率最高的 7 天窗口（.+）内按卖家取消订单数排列的 SKU$/,
		median: '从下单到最后更新的时间中位数：',
		note: /last-updated-date 是报告里最接近取消时间的记录/,
		guideline: '/guideline/#update-inventory-zh',
		stock: '定期更新您的亚马逊库存，避免接受您在预计配送时间之前无法发货（缺货）的商品订单。',
		export: '下载卖家取消的订单（CSV）',
		csvHeader: '订单号,日期,SKU,ASIN,商品名称,从 purchase-date 到 last-updated-date 的小时数',
	},
	{
		...IMPORT_LABELS.en,
		zone: { name: 'UTC', offsetMinutes: 0 },
		wholeCaption: /^SKUs by seller cancellations in the whole report \(.+\)$/,
		windowCaption: /^SKUs by seller cancellations in the worst 7-day window \(.+\)$/,
		median: 'Median time from purchase to last update: ',
		note: /last-updated-date is the closest record of the cancellation/,
		guideline: '/en/guideline/#update-inventory-en',
		stock: "Update your Amazon inventory regularly to avoid receiving orders for items that you can't ship by the expected date (stock-outs).",
		export: 'Download the seller-cancelled orders (CSV)',
		csvHeader: 'Order ID,Date,SKU,ASIN,Product name,Hours from purchase-date to last-updated-date',
	},
] as const;
type Locale = (typeof LOCALES)[number];

/** One reused page per locale (its time zone), in the light theme (see reusedPage). */
const pages = new Map<string, ReturnType<typeof reusedPage>>();
afterAll(async () => {
	for (const p of pages.values()) await p.close();
});

async function openImport(L: Locale) {
	if (!pages.has(L.name)) {
		const options = { viewport: DESKTOP, timezoneId: L.zone.name, acceptDownloads: true, colorScheme: 'light' } as const;
		// Starlight's theme picker stores the choice here and applies it before the first paint.
		pages.set(L.name, reusedPage(served.browser, served.site.url, options, (context) => context.addInitScript(() => localStorage.setItem('starlight-theme', 'light'))));
	}
	const { page, problems } = await pages.get(L.name)!.open(served.url(L.path));
	await page.waitForFunction(() => customElements.get('cr-calculator'));
	await page.getByRole('radio', { name: L.mode, exact: true }).check();
	await page.waitForFunction(() => document.querySelectorAll('[data-tz] option').length > 0);
	return { page, problems };
}

async function load(page: Page, L: Locale, r: CausesReport, name: string) {
	const path = join(dir, name);
	writeFileSync(path, r.text);
	await page.getByLabel(L.picker, { exact: true }).setInputFiles(path);
	await expect.poll(() => page.locator('[data-import-out] h3').textContent()).toContain(name);
}

/** A table's caption and its body rows as cell texts. */
async function table(page: Page, kind: string) {
	const part = page.locator(`[data-import-out] [data-causes="${kind}"]`);
	return {
		caption: await part.locator('caption').textContent(),
		rows: await part.locator('tbody tr').evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent))),
	};
}

/** RFC 4180 rows (quoted cells may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
			else if (c === '"') quoted = false;
			else cell += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') row.push(cell), (cell = '');
		else if (c === '\r' && text[i + 1] === '\n') {
			row.push(cell);
			rows.push(row);
			(row = []), (cell = ''), i++;
		} else cell += c;
	}
	return rows;
}

describe.each(LOCALES)('causes under the imported rate ($name)', (L) => {
	// One report per locale; the generator makes SKU-000 the most cancelled by far.
	const report = generateCausesReport({ seed: L.name === 'en' ? 31 : 32, orders: 400, skus: 10, spanDays: 28, offsetMinutes: L.zone.offsetMinutes, delimiter: L.name === 'en' ? ',' : '\t' });
	const whole = expectedTable(report, new Set(), null);
	const ranked = Object.entries(whole.rows).sort(([, a], [, b]) => b.cancelled - a.cancelled);

	it('shows the SKU behind most cancellations first, with its count, and the median time to cancel', async () => {
		const [top, second] = ranked;
		// The test means something only if one SKU stands out.
		expect(top![1].cancelled).toBeGreaterThan(second![1].cancelled);
		const { page, problems } = await openImport(L);
		await load(page, L, report, 'causes.txt');

		const shown = await table(page, 'whole');
		expect(shown.caption).toMatch(L.wholeCaption);
		const [sku, asin, name, cancelled, share, orders, rate] = shown.rows[0]!;
		expect([sku, asin, name]).toEqual([top![0], top![1].asin, top![1].name]);
		expect([cancelled, share, orders, rate]).toEqual([String(top![1].cancelled), `${top![1].share}%`, String(top![1].orders), `${top![1].rate}%`]);
		expect(shown.rows).toHaveLength(Math.min(10, ranked.length));
		expect((await table(page, 'window')).caption).toMatch(L.windowCaption);

		const timing = expectedTiming(report, new Set());
		const hours = new Intl.NumberFormat(L.name, { style: 'unit', unit: 'hour', unitDisplay: 'long', maximumFractionDigits: 1 }).format(timing.medianHours!);
		expect(await page.locator('[data-import-out] .calc-median').textContent()).toBe(L.median + hours);
		expect(await page.locator('[data-import-out] .calc-causes').textContent()).toMatch(L.note);
		const bands = (await table(page, 'timing')).rows.map((row) => row[1]);
		expect(bands).toEqual([timing.sameDay, timing.oneToTwoDays, timing.later, timing.unknown].filter((n, i) => i < 3 || n > 0).map(String));
		expect(problems).toEqual([]);
	});

	it('shows product names as text: quotes, a formula, emoji and Chinese appear as written, none as markup', async () => {
		const { page, problems } = await openImport(L);
		await load(page, L, report, 'names.txt');
		const names = await page.locator('[data-causes="whole"] tbody td:nth-child(3)').allTextContents();
		const want = ranked.slice(0, 10).map(([, row]) => row.name);
		for (const n of want.filter((n) => n !== '' && [...n].length <= 60)) expect(names).toContain(n);
		// The selector finds links where there are some (the next steps), and the tables have none.
		expect(await page.locator('[data-import-out] .calc-next a').count()).toBeGreaterThan(0);
		expect(await page.locator('[data-import-out] .calc-causes-table a, [data-import-out] .calc-causes-table img').count()).toBe(0);
		// A long name is cut, the whole name one click away.
		const long = page.locator('[data-causes="whole"] details').first();
		if (want.some((n) => [...n].length > 60)) {
			await long.locator('summary').click();
			expect(await long.textContent()).toContain('Keeps Drinks Cold for 24 Hours');
		}
		expect(problems).toEqual([]);
	});

	it('links to the guideline passage that addresses the top cause, and the link opens it', async () => {
		const { page, problems } = await openImport(L);
		await load(page, L, report, 'next.txt');
		const link = page.getByRole('link', { name: L.stock, exact: true });
		await link.click();
		await page.waitForURL((url) => url.pathname + url.hash === L.guideline);
		const id = L.guideline.split('#')[1]!;
		const passage = page.locator(`[id="${id}"]`);
		await expect.poll(() => passage.isVisible()).toBe(true);
		expect(await passage.textContent()).toContain(L.stock);
		expect(problems).toEqual([]);
	});

	it('exports the same seller-cancelled orders as CSV, names intact and formulas inert, and leaves out buyer-requested ones', async () => {
		const { page, problems } = await openImport(L);
		await load(page, L, report, 'export.txt');
		const cancelled = report.orders.filter((o) => o.merchant && o.cancelled);
		const excluded = cancelled.slice(0, 3).map((o) => o.id);
		await page.getByLabel(L.exclude, { exact: true }).fill(excluded.join('\n'));
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: L.export }).click()]);
		const text = readFileSync((await download.path())!, 'utf8');
		expect(text.startsWith('\ufeff')).toBe(true);
		const [header, ...rows] = parseCsv(text.slice(1));
		expect(header!.join(',')).toBe(L.csvHeader);
		const inert = (cell: string) => (/^'[=+\-@]/.test(cell) ? cell.slice(1) : cell);
		for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@]/);
		const expected = cancelled
			.filter((o) => !excluded.includes(o.id))
			.flatMap((o) => o.skus.map((sku) => [o.id, o.day, sku, report.catalogue.get(sku)!.asin, report.catalogue.get(sku)!.name]));
		const key = (row: string[]) => row.slice(0, 3).join('|');
		expect(rows.map((row) => row.slice(0, 5).map(inert)).sort((a, b) => (key(a) < key(b) ? -1 : 1))).toEqual(expected.sort((a, b) => (key(a) < key(b) ? -1 : 1)));
		// The whole-report table counts the same orders.
		const shown = await table(page, 'whole');
		const afterExclusion = expectedTable(report, new Set(excluded), null);
		expect(shown.rows[0]![3]).toBe(String(Math.max(...Object.values(afterExclusion.rows).map((r) => r.cancelled))));
		expect(problems).toEqual([]);
	});

	// Every rule in the light theme, then the colour rules in the dark one, on the same results.
	it('has no accessibility violations in either theme, a long name opened', async () => {
		const { page, problems } = await openImport(L);
		await load(page, L, report, 'axe.txt');
		const details = page.locator('[data-import-out] details');
		expect(await details.count()).toBeGreaterThan(0);
		await details.first().locator('summary').click();
		expect(await bothThemes(page, '[data-import-out]', 'done')).toEqual({ light: [], dark: [] });
		expect(problems).toEqual([]);
	});
});
