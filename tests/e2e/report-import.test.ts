/**
 * The report import in Chromium: the worker bundled by Vite reads real File objects and settles
 * with the report, a problem, or 'cancelled', without any request leaving the page.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { borrowBrowser, openPage } from '../support/browser';
import { serve, type StaticSite } from '../support/server';
import { buildImportHarness, type Harness } from '../support/import-harness';
import { generateReport } from '../support/report-generator';
import { gateState, installWorkerGate, openGate, shutGate } from '../support/worker-gate';

let harness: Harness;
let site: StaticSite;
let browser: Browser;
let release: (() => Promise<void>) | undefined;
let context: BrowserContext;
let page: Page;
let problems: string[];

beforeAll(async () => {
	harness = await buildImportHarness();
	site = await serve(harness.dir);
	({ browser, release } = await borrowBrowser());
	context = await browser.newContext();
	await installWorkerGate(context);
	({ page, problems } = await openPage(context, site.url));
	await page.goto(site.url);
	await page.waitForFunction(() => 'reportImport' in window);
});
// Every test on the shared page leaves it without an error or an outside request.
afterEach(() => {
	expect(problems).toEqual([]);
});
afterAll(async () => {
	await release?.();
	await site?.close();
	harness?.remove();
});

/** A piece of file content: text (stored as UTF-8) or raw bytes. */
type Part = string | number[];

interface Run {
	outcome: { status: string; result?: any; problem?: any };
	progress: { bytesRead: number; totalBytes: number }[];
	size: number;
}

/** Makes a File of `parts` in the page and imports it. */
function importFile(parts: Part[], options: { timeZone?: string; kind?: 'all-orders' | 'unshipped' } = {}): Promise<Run> {
	return page.evaluate(
		async ({ parts, timeZone, kind }) => {
			const file = new File(
				parts.map((p) => (typeof p === 'string' ? p : new Uint8Array(p))),
				'report.txt',
			);
			const api = (window as any).reportImport;
			const progress: Run['progress'] = [];
			const onProgress = (p: Run['progress'][number]) => progress.push(p);
			const handle = kind === 'unshipped' ? api.importUnshippedReport(file, onProgress) : api.importReport(file, { timeZone }, onProgress);
			return { outcome: await handle.promise, progress, size: file.size };
		},
		{ parts, timeZone: options.timeZone ?? 'UTC', kind: options.kind ?? 'all-orders' },
	);
}

const HEADER = 'amazon-order-id\tpurchase-date\torder-status\tfulfillment-channel\tproduct-name\n';

describe('report import in the browser', () => {
	it('gives the generated answer for a comma-separated report with BOM and CRLF', async () => {
		const { text, expected } = generateReport({
			seed: 5,
			orders: 3000,
			delimiter: ',',
			eol: '\r\n',
			bom: true,
			layout: 'shuffled',
			badDates: 4,
			zone: { name: 'Asia/Shanghai', offsetMinutes: 480 },
		});
		const { outcome, progress, size } = await importFile([text], { timeZone: 'Asia/Shanghai' });
		expect(outcome.status).toBe('done');
		expect(outcome.result.days).toEqual(expected.days.map((d) => ({ ...d, buyerRequested: 0 })));
		expect(outcome.result.badDates).toEqual(expected.badDates);
		expect(outcome.result.fbaOrders).toBe(expected.fbaOrders);
		expect(outcome.result.timeZone).toBe('Asia/Shanghai');
		expect(progress.at(-1)).toEqual({ bytesRead: size, totalBytes: size });
	});

	it('reads Excel "Unicode Text" (UTF-16 with a byte order mark)', async () => {
		const { text, expected } = generateReport({ seed: 8, orders: 60 });
		const bytes = [...Buffer.from('\ufeff' + text, 'utf16le')];
		const { outcome } = await importFile([bytes]);
		expect(outcome.status).toBe('done');
		expect(outcome.result.days).toEqual(expected.days.map((d) => ({ ...d, buyerRequested: 0 })));
	});

	it('reads a report whose product names are not UTF-8 (Chinese Excel saves GBK)', async () => {
		const gbkName = [0xc0, 0xb6, 0xc9, 0xab, 0xb1, 0xad, 0xd7, 0xd3]; // 蓝色杯子 in GBK
		const { outcome } = await importFile([
			HEADER,
			'111-0000000-0000001\t2024-04-19T10:00:00+00:00\tCancelled\tMerchant\t',
			gbkName,
			'\n111-0000000-0000002\t2024-04-19T11:00:00+00:00\tShipped\tMerchant\t',
			gbkName,
			'\n',
		]);
		expect(outcome.status).toBe('done');
		expect(outcome.result.days).toEqual([{ date: '2024-04-19', orders: 2, cancelled: 1, buyerRequested: 0 }]);
	});

	it('settles with the problem of each kind of bad file', async () => {
		const zip = [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00];
		expect((await importFile([zip])).outcome).toEqual({ status: 'error', problem: { kind: 'not-text' } });
		expect((await importFile([])).outcome).toEqual({ status: 'error', problem: { kind: 'empty' } });
		expect((await importFile(['amazon-order-id,purchase-date,order-status\r\n1,2,3\r\n'])).outcome).toEqual({
			status: 'error',
			problem: { kind: 'missing-columns', columns: ['fulfillment-channel'] },
		});
		expect((await importFile([HEADER])).outcome).toMatchObject({ status: 'error', problem: { kind: 'no-orders', rows: 0 } });
	});

	it('refuses a file over 1 GB before reading it', async () => {
		const outcome = await page.evaluate(async () => {
			const api = (window as any).reportImport;
			// Only the size is looked at: a real 1 GB file would take a gigabyte of test memory.
			return api.importReport({ size: api.MAX_REPORT_BYTES + 1 }, { timeZone: 'UTC' }).promise;
		});
		expect(outcome).toEqual({ status: 'error', problem: { kind: 'too-large', bytes: 2 ** 30 + 1, maxBytes: 2 ** 30 } });
	});

	it('stops when cancelled, and the next import still works', async () => {
		// The gate holds the worker's outcome, so Cancel certainly comes while the file is being read.
		await shutGate(page);
		const cancelled = page.evaluate(async (header) => {
			const api = (window as any).reportImport;
			const row = '111-0000000-0000001\t2024-04-19T10:00:00+00:00\tShipped\tMerchant\tA product name of ordinary length\n';
			const file = new File([header, ...Array.from({ length: 20_000 }, () => row)], 'big.txt');
			let progress = 0;
			let progressAfterCancel = 0;
			let cancelled = false;
			const handle = api.importReport(file, { timeZone: 'UTC' }, () => {
				progress++;
				if (cancelled) progressAfterCancel++;
				// Cancel on the first sign of reading, as a user who sees the progress bar would.
				if (!cancelled) {
					cancelled = true;
					handle.cancel();
				}
			});
			return { outcome: await handle.promise, progress, progressAfterCancel };
		}, HEADER);
		expect(await cancelled).toEqual({ outcome: { status: 'cancelled' }, progress: 1, progressAfterCancel: 0 });
		// Whatever the worker says once let through changes nothing, and it is ended.
		await openGate(page);
		await expect.poll(async () => (await gateState(page)).terminated).toBeGreaterThan(0);
		const next = await page.evaluate(
			(header) => (window as any).reportImport.importReport(new File([header, '111-0000000-0000001\t2024-04-19T10:00:00+00:00\tShipped\tMerchant\tMug\n'], 'small.txt'), { timeZone: 'UTC' }).promise,
			HEADER,
		);
		expect(next).toMatchObject({ status: 'done', result: { days: [{ date: '2024-04-19', orders: 1, cancelled: 0 }] } });
	});

	it('reads the buyer-requested ids of an Unshipped Orders report', async () => {
		const { outcome } = await importFile(
			['order-id\tis-buyer-requested-cancellation\n111-0000000-0000001\ttrue\n111-0000000-0000002\tfalse\n'],
			{ kind: 'unshipped' },
		);
		expect(outcome).toEqual({ status: 'done', result: { buyerRequestedIds: ['111-0000000-0000001'], rows: 2 } });
	});

	/**
	 * Imports `text` in a page of its own, so what `watch` (called before the page loads) sees
	 * holds nothing from the tests before.
	 */
	async function importFresh(text: string, watch: (page: Page) => void) {
		const own = await browser.newContext();
		try {
			const fresh = await openPage(own, site.url);
			watch(fresh.page);
			await fresh.page.goto(site.url);
			await fresh.page.waitForFunction(() => 'reportImport' in window);
			const outcome = await fresh.page.evaluate(
				(text) => (window as any).reportImport.importReport(new File([text], 'report.txt'), { timeZone: 'UTC' }).promise,
				text,
			);
			return { outcome, problems: fresh.problems };
		} finally {
			await own.close();
		}
	}

	it('reads the bytes in one worker, Chinese product names whole wherever the browser cuts the file', async () => {
		// About a megabyte: File.stream() hands it over in several pieces, cut with no regard for
		// characters, and the generator's names include Chinese ones.
		const { text, expected } = generateReport({ seed: 11, orders: 2000 });
		const workers: string[] = [];
		const { outcome, problems } = await importFresh(text, (page) => page.on('worker', (w) => workers.push(w.url())));
		expect(problems).toEqual([]);
		expect(workers.map((u) => /report-worker/.test(u))).toEqual([true]);
		expect(outcome.result.days).toEqual(expected.days.map((d) => ({ ...d, buyerRequested: 0 })));
		const names: string[] = outcome.result.causes.skus.map((s: { name: string }) => s.name);
		expect(names).toContain('中文商品 蓝色 大号，两件装');
		expect(names.filter((n) => n.includes('\ufffd'))).toEqual([]);
	});

	it('sends no request outside the page and logs no errors', async () => {
		const { text, expected } = generateReport({ seed: 3, orders: 300 });
		const requests: string[] = [];
		const { outcome, problems } = await importFresh(text, (page) => page.on('request', (r) => requests.push(r.url())));
		expect(outcome.result.days.length).toBe(expected.days.length);
		// The listener sees requests: the worker's script is one, from the page's own origin.
		expect(requests.some((u) => /worker/.test(u) && u.startsWith(site.url))).toBe(true);
		expect(requests.filter((u) => !u.startsWith(site.url))).toEqual([]);
		expect(problems).toEqual([]);
	});
});
