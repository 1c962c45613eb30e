/**
 * Importing the All Orders report on /calculator/ in Chromium, in both locales: the rates of a
 * generated report (whose answer the generator keeps while writing it, and which this file turns
 * into windows on its own), each kind of bad file, exclusions, the time zone, the CSV export, and
 * that nothing leaves the browser. Small hand-written reports have their numbers worked out in
 * the comments next to them.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { open as openFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DESKTOP, borrowBrowser, reusedPage } from '../support/browser';
import { violations, watchViolations } from '../support/csp';
import { IMPORT_LABELS } from '../support/import-labels';
import { serve, type StaticSite } from '../support/server';
import { generateReport, type ExpectedDay } from '../support/report-generator';
import { gateState, installWorkerGate, openGate, shutGate } from '../support/worker-gate';
import { cutOffReport, longLineReport, pastedReports } from '../support/awkward-reports';

let site: StaticSite;
let browser: Browser;
let release: (() => Promise<void>) | undefined;
let dir: string;

beforeAll(async () => {
	site = await serve();
	({ browser, release } = await borrowBrowser());
	dir = mkdtempSync(join(tmpdir(), 'calc-import-'));
});
afterAll(async () => {
	await release?.();
	await site?.close();
	if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A file in the temporary folder, to choose in the page. */
function file(name: string, content: string | Buffer): string {
	const path = join(dir, name);
	writeFileSync(path, content);
	return path;
}

/** What a reader of each locale sees; written here by hand, not read from the i18n files (the form's labels: IMPORT_LABELS). */
const LOCALES = [
	{
		...IMPORT_LABELS['zh-CN'],
		// The browser's own zone is the default; each locale runs in a different one.
		zone: { name: 'Asia/Shanghai', offsetMinutes: 480 },
		timeZone: '按哪个时区划分日期',
		unshipped: /或导入“未发货订单”报告/,
		cancel: '取消读取',
		export: '下载每日数据表（CSV）',
		range: (from: string, to: string) => (from === to ? from : `${from} 至 ${to}`),
		latest: (range: string) => `取消率（${range}）`,
		worst: (percent: string, range: string) => `最高的滚动 7 天取消率：${percent}%（${range}）。`,
		daysOver: (n: number) => `取消率未达标的天数：${n}。`,
		badDates: (n: number, lines: string[]) => `${n}（前几行的行号：${lines.join('、')}）`,
		summary: { rows: '读取的行数（订单商品）', merchant: '卖家自配送订单（计入取消率）', fba: '未计入的亚马逊物流订单', badDates: 'purchase-date 无法读取、已跳过的行', excluded: '按买家请求取消排除的已取消订单', timeZone: '时区' },
		errors: {
			notText: /orders\.xlsx：这个文件不是文本报告/,
			empty: /empty\.txt：这个文件是空的/,
			missing: /缺少 fulfillment-channel 列/,
			malformed: /从第 3 行开始的一个带引号的字段没有结束/,
			noOrders: /没有日期可读的卖家自配送订单/,
			tooLarge: /超过了 1 GB 的上限/,
			unshipped: /缺少 is-buyer-requested-cancellation 列。请在卖家平台的 Add or remove order report columns 中启用 Buyer Requested Cancel/,
			kept: '下面仍是之前那个文件的结果。',
		},
		invalid: /这些不是订单号（共 1 个）：12345/,
		unmatched: /不影响结果（共 1 个）：111-0000000-0000003/,
		stopped: '已停止读取。屏幕上的结果没有变化。',
		unavailable: '报告导入功能未能加载。请检查网络连接，然后刷新本页再试。',
		unshippedDone: /找到 1 个买家请求取消的订单/,
		csvHeader: '日期,订单,已取消订单,买家请求取消的订单,卖家取消的订单,7 天内订单,7 天内卖家取消的订单,滚动 7 天取消率（%）,状态',
		csvOver: '未达标',
	},
	{
		...IMPORT_LABELS.en,
		// No daylight saving time since 1993, so the generator's fixed offset holds.
		zone: { name: 'America/Bogota', offsetMinutes: -300 },
		timeZone: 'Time zone for the days',
		unshipped: /Or load an Unshipped Orders report/,
		cancel: 'Cancel reading',
		export: 'Download the daily table (CSV)',
		range: (from: string, to: string) => (from === to ? from : `${from} to ${to}`),
		latest: (range: string) => `Cancellation Rate (${range})`,
		worst: (percent: string, range: string) => `Worst window: ${percent}% (${range}).`,
		daysOver: (n: number) => `Days that miss the target: ${n}.`,
		badDates: (n: number, lines: string[]) => `${n} (first lines: ${lines.join(', ')})`,
		summary: { rows: 'Rows read (order items)', merchant: 'Seller-fulfilled orders (counted)', fba: 'FBA orders left out', badDates: 'Rows skipped: unreadable purchase-date', excluded: 'Cancelled orders left out as buyer-requested', timeZone: 'Time zone' },
		errors: {
			notText: /orders\.xlsx: This file is not a text report/,
			empty: /empty\.txt: This file is empty/,
			missing: /has no fulfillment-channel column/,
			malformed: /a quoted field that starts on line 3 never ends/,
			noOrders: /no seller-fulfilled order with a readable purchase date/,
			tooLarge: /over the 1 GB limit/,
			unshipped: /has no is-buyer-requested-cancellation column\. In Seller Central, enable Buyer Requested Cancel under Add or remove order report columns/,
			kept: 'The results below are still those of the previous file.',
		},
		invalid: /Not order IDs \(1\): 12345/,
		unmatched: /they change nothing \(1\): 111-0000000-0000003/,
		stopped: 'Reading stopped. The results on screen are unchanged.',
		unavailable: 'The report import could not be loaded. Check your internet connection, then reload the page and try again.',
		unshippedDone: /Buyer-requested cancellations found in unshipped\.txt: 1\./,
		csvHeader: 'Date,Orders,Cancelled orders,Buyer-requested cancellations,Seller-cancelled orders,Orders in the 7 days,Seller-cancelled orders in the 7 days,Rolling 7-day Cancellation Rate (%),Status',
		csvOver: 'Target missed',
	},
] as const;
type Locale = (typeof LOCALES)[number];

/**
 * Rolling 7-day windows of the expected days, worked out here rather than by the site's code:
 * windows at the start cover the days there are; the rate is rounded half up to hundredths of a
 * percent; at or over 2.5% (40 × seller-cancelled ≥ orders) is over; the worst window is the
 * highest rate, the earliest of equal ones.
 */
function expectedWindows(days: readonly ExpectedDay[]) {
	const windows = days.map((_, i) => {
		const span = days.slice(Math.max(0, i - 6), i + 1);
		const orders = span.reduce((s, d) => s + d.orders, 0);
		const cancelled = span.reduce((s, d) => s + d.cancelled, 0);
		const hundredths = orders ? (2n * 10_000n * BigInt(cancelled) + BigInt(orders)) / (2n * BigInt(orders)) : 0n;
		return {
			from: span[0]!.date,
			to: days[i]!.date,
			orders,
			cancelled,
			percent: `${hundredths / 100n}.${String(hundredths % 100n).padStart(2, '0')}`,
			over: orders > 0 && 40 * cancelled >= orders,
		};
	});
	let worst = windows.find((w) => w.orders > 0)!;
	for (const w of windows) if (w.orders > 0 && w.cancelled * worst.orders > worst.cancelled * w.orders) worst = w;
	return { windows, worst, latest: windows.at(-1)!, daysOver: windows.filter((w) => w.over).length };
}

/** One reused page per time zone (see reusedPage); the worker gate is installed in each. */
const pages = new Map<string, ReturnType<typeof reusedPage>>();
afterAll(async () => {
	for (const p of pages.values()) await p.close();
});

async function openImport(L: Locale, timezoneId: string = L.zone.name) {
	if (!pages.has(timezoneId)) {
		const setUp = async (context: BrowserContext) => {
			await installWorkerGate(context);
			await watchViolations(context);
		};
		pages.set(timezoneId, reusedPage(browser, site.url, { viewport: DESKTOP, timezoneId, acceptDownloads: true }, setUp));
	}
	const requests: string[] = [];
	const { page, problems } = await pages.get(timezoneId)!.open(site.url + L.path.replace(/^\//, ''), (page) => {
		page.on('request', (r) => requests.push(r.url()));
	});
	await page.waitForFunction(() => customElements.get('cr-calculator'));
	const before = [...requests];
	await page.getByRole('radio', { name: L.mode, exact: true }).check();
	await expect.poll(() => requests.some((u) => /import-ui/.test(u))).toBe(true);
	// The import module, once run, fills the time zone list.
	await page.waitForFunction(() => document.querySelectorAll('[data-tz] option').length > 0);
	return { page, problems, before };
}

const picker = (page: Page, L: Locale) => page.getByLabel(L.picker, { exact: true });
const alert = (page: Page) => page.locator('[data-import] [role="alert"]').first();
const results = (page: Page) => page.locator('[data-import-out]');

/** The summary as label → value. */
async function summary(page: Page): Promise<Record<string, string>> {
	return page.locator('[data-import-out] dl > div').evaluateAll((items) =>
		Object.fromEntries(items.map((d) => [d.querySelector('dt')!.textContent!, d.querySelector('dd')!.textContent!])),
	);
}

async function choose(page: Page, L: Locale, path: string) {
	await picker(page, L).setInputFiles(path);
}

/** Waits until the results are for `name`, then gives the rate region's text. */
async function resultText(page: Page, name: string) {
	await expect.poll(() => results(page).locator('h3').textContent()).toContain(name);
	return (await results(page).locator('[aria-live]').textContent()) ?? '';
}

/** Two days of merchant orders, ten a day, one cancelled each day (ids …0001 and …0011). */
function twoDays(): string {
	const rows = ['amazon-order-id\tpurchase-date\torder-status\tfulfillment-channel\tproduct-name'];
	for (let day = 1; day <= 2; day++) {
		for (let k = 0; k < 10; k++) {
			const n = (day - 1) * 10 + k + 1;
			const id = `111-0000000-${String(n).padStart(7, '0')}`;
			rows.push(`${id}\t2024-04-0${day}T10:00:00+00:00\t${k === 0 ? 'Cancelled' : 'Shipped'}\tMerchant\tMug`);
		}
	}
	// A cancelled FBA order: excluding it changes nothing.
	rows.push('111-0000000-0000003\t2024-04-01T11:00:00+00:00\tCancelled\tAmazon\tMug');
	return rows.join('\n') + '\n';
}

describe.each(LOCALES)('report import on the calculator ($name)', (L) => {
	it('loads a generated report and shows its worst window, latest window and days over the target', async () => {
		const { text, expected } = generateReport({ seed: L.name === 'en' ? 12 : 11, orders: 900, spanDays: 30, badDates: 3, zone: L.zone, delimiter: L.name === 'en' ? ',' : '\t', bom: L.name === 'en', eol: L.name === 'en' ? '\r\n' : '\n' });
		const { page, problems, before } = await openImport(L);
		// Nothing of the import loads before the import mode is opened.
		expect(before.filter((u) => /import-ui|report-worker/.test(u))).toEqual([]);
		expect(await page.getByLabel(L.timeZone, { exact: true }).inputValue()).toBe(L.zone.name);

		await choose(page, L, file('all-orders.txt', text));
		const shown = await resultText(page, 'all-orders.txt');
		const want = expectedWindows(expected.days);
		expect(shown).toContain(L.worst(want.worst.percent, L.range(want.worst.from, want.worst.to)));
		expect(shown).toContain(L.latest(L.range(want.latest.from, want.latest.to)));
		expect(await results(page).locator('.calc-rate strong').textContent()).toBe(want.latest.percent + '%');
		expect(shown).toContain(L.daysOver(want.daysOver));

		const s = await summary(page);
		expect(s[L.summary.rows]).toBe(expected.rows.toLocaleString('en-US'));
		expect(s[L.summary.merchant]).toBe(expected.merchantOrders.toLocaleString('en-US'));
		expect(s[L.summary.fba]).toBe(expected.fbaOrders.toLocaleString('en-US'));
		expect(s[L.summary.badDates]).toBe(L.badDates(expected.badDates.count, expected.badDates.lines.map((n) => n.toLocaleString('en-US'))));
		expect(s[L.summary.timeZone]).toBe(L.zone.name);
		// One table row per day, each with its own date.
		expect(await results(page).locator('.calc-chart tbody th').allTextContents()).toEqual(expected.days.map((d) => d.date));
		// The page and its workers ran under the build's own Content-Security-Policy (csp.test.ts
		// does the same under /kb/).
		expect(await violations(page)).toEqual([]);
		expect(problems).toEqual([]);
	});

	it('shows a message in the alert next to the picker for each kind of bad file, and keeps the results on screen', async () => {
		const { page, problems } = await openImport(L);
		await choose(page, L, file('good.txt', twoDays()));
		await resultText(page, 'good.txt');
		const resultsBefore = await results(page).textContent();

		const header = 'amazon-order-id,purchase-date,order-status,fulfillment-channel\n';
		const huge = join(dir, 'huge.txt');
		// A sparse file: 1 GiB + 1 byte on paper, no disk used; it must be refused unread.
		const handle = await openFile(huge, 'w');
		await handle.truncate(2 ** 30 + 1);
		await handle.close();
		const bad: [string, string | Buffer, RegExp][] = [
			['orders.xlsx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00, 0x00, 0x00]), L.errors.notText],
			['empty.txt', '', L.errors.empty],
			['columns.csv', 'amazon-order-id,purchase-date,order-status\n111-0000000-0000001,2024-04-01T10:00:00+00:00,Shipped\n', L.errors.missing],
			// A quote that never closes swallows the rest of the file; past 1 MB the import gives up.
			['quote.csv', header + '111-0000000-0000001,2024-04-01T10:00:00+00:00,Shipped,Merchant\n"111-0000000-0000002,' + 'filler text\n'.repeat(100_000), L.errors.malformed],
			['fba.csv', header + '111-0000000-0000001,2024-04-01T10:00:00+00:00,Shipped,Amazon\n', L.errors.noOrders],
		];
		for (const [name, content, message] of bad) {
			await choose(page, L, file(name, content));
			await expect.poll(() => alert(page).textContent()).toMatch(message);
			expect(await alert(page).textContent()).toContain(L.errors.kept);
			expect(await results(page).textContent()).toBe(resultsBefore);
		}
		await choose(page, L, huge);
		await expect.poll(() => alert(page).textContent()).toMatch(L.errors.tooLarge);
		expect(await results(page).textContent()).toBe(resultsBefore);

		// The Unshipped Orders report without the buyer-requested column says how to add it.
		await page.getByLabel(L.unshipped).setInputFiles(file('unshipped-old.txt', 'order-id\tsku\n111-0000000-0000001\tA\n'));
		await expect.poll(() => page.locator('[data-unshipped-alert]').textContent()).toMatch(L.errors.unshipped);

		// A good file after all that still works.
		await choose(page, L, file('good-again.txt', twoDays()));
		await resultText(page, 'good-again.txt');
		expect(await alert(page).textContent()).toBe('');
		expect(problems).toEqual([]);
	});

	it('excludes pasted order ids and loaded Unshipped Orders ids at once', async () => {
		const { page, problems } = await openImport(L);
		await choose(page, L, file('two-days.txt', twoDays()));
		const rate = () => results(page).locator('.calc-rate strong').textContent();
		// Two seller cancellations in 20 orders: 10.00%.
		await resultText(page, 'two-days.txt');
		expect(await rate()).toBe('10.00%');

		const box = page.getByLabel(L.exclude, { exact: true });
		// The first day's cancellation is buyer-requested: 1 of 20 = 5.00%.
		await box.fill('111-0000000-0000001, 12345');
		await expect.poll(rate).toBe('5.00%');
		expect((await summary(page))[L.summary.excluded]).toBe('1');
		await expect.poll(() => page.locator('[data-exclude-err]').textContent()).toMatch(L.invalid);
		expect(await box.getAttribute('aria-invalid')).toBe('true');

		// A cancelled FBA order is not in the rate: nothing changes, and the page says so.
		await box.fill('111-0000000-0000001\n111-0000000-0000003');
		await expect.poll(() => page.locator('[data-exclude-note]').textContent()).toMatch(L.unmatched);
		expect(await rate()).toBe('5.00%');
		expect(await box.getAttribute('aria-invalid')).toBeNull();

		// The Unshipped Orders report names the second day's cancellation: 0 of 20.
		await page.getByLabel(L.unshipped).setInputFiles(
			file('unshipped.txt', 'order-id\tis-buyer-requested-cancellation\n111-0000000-0000011\ttrue\n111-0000000-0000012\tfalse\n'),
		);
		await expect.poll(rate).toBe('0.00%');
		expect(await page.locator('[data-unshipped-status]').textContent()).toMatch(L.unshippedDone);
		expect(await box.inputValue()).toContain('111-0000000-0000011');
		expect(problems).toEqual([]);
	});

	it('reads the file again in another time zone, which moves an order across midnight', async () => {
		const { page, problems } = await openImport(L, 'UTC');
		// 20:00 UTC on 19 April is 04:00 on 20 April in Shanghai (UTC+8).
		const report =
			'amazon-order-id\tpurchase-date\torder-status\tfulfillment-channel\n' +
			'111-0000000-0000001\t2024-04-19T10:00:00+00:00\tShipped\tMerchant\n' +
			'111-0000000-0000002\t2024-04-19T20:00:00+00:00\tCancelled\tMerchant\n';
		await choose(page, L, file('midnight.txt', report));
		await resultText(page, 'midnight.txt');
		const dates = () => results(page).locator('.calc-chart tbody th').allTextContents();
		expect(await dates()).toEqual(['2024-04-19']);
		expect((await summary(page))[L.summary.timeZone]).toBe('UTC');

		await page.getByLabel(L.timeZone, { exact: true }).selectOption('Asia/Shanghai');
		await expect.poll(dates).toEqual(['2024-04-19', '2024-04-20']);
		expect((await summary(page))[L.summary.timeZone]).toBe('Asia/Shanghai');
		// The cancelled order is now on the 20th, whose window (19th–20th) is 1 cancelled of 2: 50.00%.
		expect(await results(page).locator('.calc-chart tbody tr').nth(1).locator('td').nth(3).textContent()).toBe('50.00%');
		expect(problems).toEqual([]);
	});

	it('exports the daily table as CSV with a byte order mark and headers in the page language', async () => {
		const { page, problems } = await openImport(L);
		await choose(page, L, file('csv.txt', twoDays()));
		await resultText(page, 'csv.txt');
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: L.export }).click()]);
		const bytes = readFileSync((await download.path())!);
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const lines = bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
		expect(lines[0]).toBe(L.csvHeader);
		// Day 1: 10 orders, 1 cancelled; its window (fewer than 7 days) is 1 of 10 = 10.00%.
		expect(lines[1]!.startsWith('2024-04-01,10,1,0,1,10,1,10.00,')).toBe(true);
		expect(lines[2]!.startsWith('2024-04-02,10,1,0,1,20,2,10.00,')).toBe(true);
		expect(lines[2]).toContain(L.csvOver);
		expect(lines).toHaveLength(3);
		// No cell a spreadsheet would run as a formula.
		for (const line of lines) for (const cell of line.split(',')) expect(cell).not.toMatch(/^[=+\-@]/);
		expect(problems).toEqual([]);
	});

	it('shows progress while reading, and Cancel stops it without touching the results', async () => {
		const { page, problems } = await openImport(L);
		await choose(page, L, file('small.txt', twoDays()));
		await resultText(page, 'small.txt');
		const resultsBefore = await results(page).textContent();

		// The gate holds the worker's outcome: the click certainly lands while the file is read.
		await shutGate(page);
		await choose(page, L, file('big.txt', twoDays()));
		const bar = page.getByRole('progressbar');
		await bar.waitFor();
		expect(await page.locator('[data-progress] label').textContent()).toContain('big.txt');
		// The worker has read the whole file and its result waits at the gate, so the page is still
		// reading when Cancel is clicked (a click before the worker finished would cancel the worker
		// itself, which report-import.test.ts tests; on a busy machine that happened here too).
		await expect.poll(async () => (await gateState(page)).held).toContain('done');
		await page.getByRole('button', { name: L.cancel, exact: true }).click();
		await expect.poll(() => page.locator('[data-read-status]').textContent()).toBe(L.stopped);
		// The finished read the worker sends once let through changes nothing on screen.
		await openGate(page);
		await expect.poll(async () => (await gateState(page)).terminated).toBeGreaterThan(0);
		expect(await page.locator('[data-read-status]').textContent()).toBe(L.stopped);
		await bar.waitFor({ state: 'hidden' });
		expect(await results(page).textContent()).toBe(resultsBefore);
		expect(problems).toEqual([]);
	});

	it('follows the target picked above the results', async () => {
		const { page, problems } = await openImport(L);
		const rows = ['amazon-order-id\tpurchase-date\torder-status\tfulfillment-channel'];
		for (let n = 1; n <= 45; n++) rows.push(`111-0000000-${String(n).padStart(7, '0')}\t2024-04-01T10:00:00+00:00\t${n === 1 ? 'Cancelled' : 'Shipped'}\tMerchant`);
		await choose(page, L, file('target.txt', rows.join('\n') + '\n'));
		await resultText(page, 'target.txt');
		// 1 of 45 = 2.22%: under 2.5%, but not under India's 2%.
		const status = () => results(page).locator('.calc-status').getAttribute('data-status');
		expect(await results(page).locator('.calc-rate strong').textContent()).toBe('2.22%');
		expect(await status()).toBe('under');
		await page.locator('select[name="target"]').selectOption('in');
		await expect.poll(status).toBe('over');
		expect(problems).toEqual([]);
	});

	it('takes a file dropped on the drop zone', async () => {
		const { page, problems } = await openImport(L);
		await page.locator('[data-drop]').evaluate((zone, text) => {
			const data = new DataTransfer();
			data.items.add(new File([text], 'dropped.txt', { type: 'text/plain' }));
			zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
			zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
		}, twoDays());
		await resultText(page, 'dropped.txt');
		expect(await results(page).locator('.calc-rate strong').textContent()).toBe('10.00%');
		expect(problems).toEqual([]);
	});
});

/** What the import says of files it can only partly read, in each locale; written by hand. */
const PARTLY_READ = {
	'zh-CN': {
		doubtful: (n: string, rows: string, m: string, line: string) =>
			new RegExp(`这个取消率可能不准确：${rows} 行中有 ${n} 行（[\\d.]+%）被跳过，没有计入。其中 ${m} 行无法按表头分列（从第 ${line} 行起）`),
		mismatched: '无法按表头分列、已跳过的行',
		lineTooLong: (line: string) => new RegExp(`无法按报告读取这个文件：第 ${line} 行超过 1,048,576 个字符仍没有换行`),
		incomplete: (line: string) => `文件在第 ${line} 行中间结束：它可能不完整`,
	},
	en: {
		doubtful: (n: string, rows: string, m: string, line: string) =>
			new RegExp(`The rate may be wrong: ${n} of ${rows} rows \\([\\d.]+%\\) were skipped, not counted\\. ${m} of them don't split into the header's columns, from line ${line} on`),
		mismatched: "Rows skipped: don't split into the header's columns",
		lineTooLong: (line: string) => new RegExp(`can't be read as a report: line ${line} runs on for more than 1,048,576 characters without a line break`),
		incomplete: (line: string) => `The file ends in the middle of line ${line}: it may have been cut off`,
	},
} as const;

describe.each(LOCALES)('report import: files it can only partly read ($name)', (L) => {
	const say = PARTLY_READ[L.name];
	const n = (x: number) => x.toLocaleString('en-US');

	it('reads a report saved with CR-only line ends (Excel for Mac, "CSV (Macintosh)")', async () => {
		const { text, expected } = generateReport({ seed: 21, orders: 300, spanDays: 12, zone: L.zone, delimiter: ',', eol: '\r', amazonLike: true, badDates: 0 });
		expect(text.includes('\n')).toBe(false);
		const { page, problems } = await openImport(L);
		await choose(page, L, file('mac.csv', text));
		const shown = await resultText(page, 'mac.csv');
		const want = expectedWindows(expected.days);
		expect(shown).toContain(L.latest(L.range(want.latest.from, want.latest.to)));
		expect(await results(page).locator('.calc-rate strong').textContent()).toBe(want.latest.percent + '%');
		expect((await summary(page))[L.summary.rows]).toBe(n(expected.rows));
		expect(await alert(page).textContent()).toBe('');
		expect(problems).toEqual([]);
	});

	it('says in the status line itself that the rate may be wrong when the delimiter changes halfway', async () => {
		const { text, first, second, firstLines } = pastedReports(31, '\t', ',', 60);
		const skipped = second.rows + 1;
		const { page, problems } = await openImport(L, 'UTC');
		await choose(page, L, file('pasted.txt', text));
		await resultText(page, 'pasted.txt');
		const status = results(page).locator('.calc-status');
		expect(await status.textContent()).toMatch(say.doubtful(n(skipped), n(first.rows + skipped), n(skipped), n(firstLines + 1)));
		expect(await status.getAttribute('data-doubtful')).toBe('true');
		// No ✓ beside a rate that may be wrong.
		expect(await status.locator('.calc-icon').textContent()).toBe('!');
		expect((await summary(page))[say.mismatched]).toMatch(new RegExp(`^${n(skipped)}`));
		expect(problems).toEqual([]);
	});

	it('says a 3 MB line without a quote is too long to be a row, not that a quote never ends', async () => {
		const { text, longLine } = longLineReport();
		const { page, problems } = await openImport(L);
		await choose(page, L, file('long-line.txt', text));
		await expect.poll(() => alert(page).textContent()).toMatch(say.lineTooLong(n(longLine)));
		expect(await alert(page).textContent()).not.toMatch(L.errors.malformed);
		expect(problems).toEqual([]);
	});

	it('says the last line was incomplete when the file was cut off in the middle of it', async () => {
		const { text, lastLine } = cutOffReport(41, 400, 30);
		const { page, problems } = await openImport(L, 'UTC');
		await choose(page, L, file('cut.txt', text));
		await resultText(page, 'cut.txt');
		const note = results(page).locator('[aria-live] .calc-note');
		expect(await note.textContent()).toContain(say.incomplete(n(lastLine)));
		expect(problems).toEqual([]);
	});
});

describe.each(LOCALES)('report import that did not arrive ($name)', (L) => {
	/**
	 * The calculator page in a context of its own with the files matching `missing` refused, switched
	 * to the import; `run` gets the page and its uncaught errors, and lets the files through again.
	 */
	async function withoutFiles(missing: RegExp, run: (page: Page, errors: string[], reconnect: () => Promise<void>) => Promise<void>) {
		const context = await browser.newContext({ viewport: DESKTOP });
		try {
			const page = await context.newPage();
			const errors: string[] = [];
			page.on('pageerror', (e) => errors.push(e.message));
			await page.route(missing, (route) => route.abort());
			await page.goto(site.url + L.path.replace(/^\//, ''));
			await page.waitForFunction(() => customElements.get('cr-calculator'));
			await page.getByRole('radio', { name: L.mode, exact: true }).check();
			await run(page, errors, () => page.unroute(missing));
		} finally {
			await context.close();
		}
	}

	// Its code is loaded when the reader first picks the import (element.ts); offline, or after a
	// deploy renamed the file, that load fails. Chromium fetches a failed module again when it is
	// imported again; Firefox does not, hence the reload the message asks for.
	it('says so next to the file field, in the page’s language, and loads it when the reader picks a file', () =>
		withoutFiles(/\/_astro\/import-ui\.[^/]+\.js$/, async (page, errors, reconnect) => {
			await expect.poll(() => alert(page).textContent()).toBe(L.unavailable);
			expect(errors, 'uncaught errors').toEqual([]);
			await reconnect();
			await choose(page, L, file('after-reconnecting.txt', twoDays()));
			await resultText(page, 'after-reconnecting.txt');
			expect(await alert(page).textContent()).toBe('');
		}));

	// The file is read by a Web Worker whose script is fetched for each file: without it, the file
	// was said to be unreadable ("choose it again"), which blamed the file.
	it('says the reader did not arrive, not that the file is unreadable, and reads the file chosen again', () =>
		withoutFiles(/\/_astro\/report-worker-[^/]+\.js$/, async (page, errors, reconnect) => {
			await page.waitForFunction(() => document.querySelectorAll('[data-tz] option').length > 0);
			const report = file('worker-missing.txt', twoDays());
			await choose(page, L, report);
			await expect.poll(() => alert(page).textContent()).toBe(L.unavailable);
			expect(errors, 'uncaught errors').toEqual([]);
			await reconnect();
			await picker(page, L).setInputFiles([]);
			await choose(page, L, report);
			await resultText(page, 'worker-missing.txt');
			expect(await alert(page).textContent()).toBe('');
		}));
});
