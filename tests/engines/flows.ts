/**
 * The reader's flows, one suite for every engine (tests/engines/<engine>.test.ts): reading modes,
 * the related metrics table as blocks on a phone and a table on a wide screen,
 * sentence pairs (visibly lit, and lit with their translation as the aligned data pairs them),
 * term hints, copying both languages, a question in the search dialog opening its passage (and
 * the dialog saying so when its files did not arrive), the
 * calculator announcing its result and keeping its state in the URL, importing a report with its
 * causes, and both CSV downloads. Every flow fails on a console error, an uncaught error, a
 * resource that failed to load or a violation of the site's Content-Security-Policy, which the
 * server sends as a static host would.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { expectedTable, generateCausesReport } from '../support/causes-report';
import { serve, type StaticSite } from '../support/server';
import { launch, until, type Engine, type EnginePage } from './driver';
import { alignedSentences } from '../support/aligned-sentences';
import { SITE_TITLES, siteTitleShown } from '../support/site-title';
import { clearProblems, problems, WATCH_PATH, WATCH_SOURCE } from './watch';

export function readerFlows(engine: Engine) {
	let site: StaticSite;
	let page: EnginePage;
	let files: string;

	beforeAll(async () => {
		site = await serve(undefined, '/', { headers: true, inject: { path: WATCH_PATH, source: WATCH_SOURCE } });
		page = await launch(engine);
		files = mkdtempSync(join(tmpdir(), `engines-files-${engine}-`));
	});
	afterAll(async () => {
		await page?.close();
		await site?.close();
		if (files) rmSync(files, { recursive: true, force: true });
	});

	/** Opens a path of the site as a first visit: no reading mode stored, no problems recorded. */
	async function open(path: string) {
		if ((await page.url()).startsWith(site.url)) await page.eval(() => (localStorage.clear(), sessionStorage.clear()));
		await page.goto(site.url + path.replace(/^\//, ''));
		await clearProblems(page);
	}

	beforeEach(async () => {
		await page.setViewport(1280, 900);
	});

	/** The two passages of the guideline's first paragraph pair: which comes first, where each sits. */
	const pairLayout = () =>
		page.eval(() => {
			const pair = document.querySelector('.pair:not(h2)')!;
			const [first, second] = [...pair.querySelectorAll<HTMLElement>(':scope > .passage')].map((el) => {
				const r = el.getBoundingClientRect();
				return { lang: el.lang, top: Math.round(r.top), left: Math.round(r.left), shown: r.height > 0 };
			});
			return { first: first!, second: second! };
		});

	it('reading modes: side by side, interleaved, one language; the choice is kept; a phone interleaves', async () => {
		await open('/en/guideline/');
		let layout = await pairLayout();
		expect(layout.first.lang).toBe('en');
		expect(layout.second.top).toBe(layout.first.top);
		expect(layout.second.left).toBeGreaterThan(layout.first.left);

		await page.click({ css: 'reading-mode-control label', text: 'Interleaved' });
		layout = await pairLayout();
		expect(layout.second.top).toBeGreaterThan(layout.first.top);
		expect(layout.second.left).toBe(layout.first.left);

		await page.click({ css: 'reading-mode-control label', text: 'Chinese only' });
		layout = await pairLayout();
		expect([layout.first.shown, layout.second.shown]).toEqual([false, true]);

		await page.click({ css: 'reading-mode-control label', text: 'English only' });
		await page.goto(site.url + 'guideline/');
		layout = await pairLayout();
		expect([layout.first.lang, layout.first.shown, layout.second.shown]).toEqual(['zh-CN', false, true]);
		expect(await page.eval(() => document.querySelector<HTMLInputElement>('reading-mode-control input:checked')?.value)).toBe('en');
		expect(await problems(page)).toEqual([]);

		await open('/guideline/');
		await page.setViewport(390, 844);
		layout = await pairLayout();
		expect(layout.first.lang).toBe('zh-CN');
		expect(layout.second.top).toBeGreaterThan(layout.first.top);
		expect(await page.eval(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
		expect(await problems(page)).toEqual([]);
		// The English site title, the longest, whole beside the phone's search and menu buttons.
		await open('/en/guideline/');
		expect(await page.eval(siteTitleShown)).toEqual({ text: SITE_TITLES.en, cut: false });
	});

	it('the related metrics table: a block per metric on a phone, each value under its column’s name; a table on a wide screen; neither scrolls sideways', async () => {
		await open('/en/related-metrics/');
		const layout = () =>
			page.eval(() => {
				const table = document.querySelector<HTMLElement>('#metrics-table-en table')!;
				const shown = (content: string) => content !== 'none' && content !== 'normal';
				return {
					rows: getComputedStyle(table.querySelector('tbody tr')!).display,
					scrolls: table.scrollWidth > table.clientWidth || document.documentElement.scrollWidth > innerWidth,
					// The name shown above each value of a block (its ::before, from data-label); none in a table.
					labels: [...table.querySelectorAll('tbody tr:first-child td')].slice(1).map((td) => (shown(getComputedStyle(td, '::before').content) ? td.getAttribute('data-label') : null)),
				};
			});
		await page.setViewport(390, 844);
		expect(await layout()).toEqual({ rows: 'grid', scrolls: false, labels: ['Orders', 'Formula', 'Window', 'Target', 'Source'] });
		await page.setViewport(1400, 900);
		expect(await layout()).toEqual({ rows: 'table-row', scrolls: false, labels: [null, null, null, null, null] });
		expect(await problems(page)).toEqual([]);
	});

	/** The lit sentences as a reader sees them: their passage, text and background, and an unlit one's. */
	const litSentences = () =>
		page.eval(() => {
			const lit = [...document.querySelectorAll<HTMLElement>('[data-s].lit')];
			const unlit = document.querySelector<HTMLElement>('[data-s]:not(.lit)')!;
			const background = (el: Element) => getComputedStyle(el).backgroundColor;
			return {
				lit: lit.map((el) => ({ passage: el.closest('.passage')!.id, text: el.textContent!.trim(), background: background(el), color: getComputedStyle(el).color })),
				unlit: { background: background(unlit), color: getComputedStyle(unlit).color },
			};
		});

	/** Checks that exactly this pair is lit, and looks lit: another background than the text around it. */
	async function expectLitPair(id: string, zh: string, en: string) {
		const { lit, unlit } = await litSentences();
		expect(lit.map(({ passage, text }) => ({ passage, text })).sort((a, b) => a.passage.localeCompare(b.passage))).toEqual([
			{ passage: `${id}-en`, text: en },
			{ passage: `${id}-zh`, text: zh },
		]);
		for (const sentence of lit) {
			expect(sentence.background).not.toBe(unlit.background);
			expect(sentence.background).not.toMatch(/^(transparent|rgba\(0, 0, 0, 0\))$/);
		}
	}

	it('sentence pairs: pointing at a sentence visibly lights it and its translation, and so does the keyboard', async () => {
		await open('/guideline/');
		// Two passages of three sentences, each sentence pointed at from either side.
		for (const id of ['check-prices', 'cancel-early']) {
			const pairs = alignedSentences('guideline', id);
			expect(pairs).toHaveLength(3);
			for (const [i, { zh, en }] of pairs.entries()) {
				const [from, text] = i % 2 ? ['en', en] : ['zh', zh];
				await page.hover({ css: `#${id}-${from} [data-s]`, text });
				await expectLitPair(id, zh, en);
			}
		}
		// From the keyboard: the passage's first sentence, then two to the right.
		await page.hoverNothing();
		const pairs = alignedSentences('guideline', 'cancel-only-on-buyer-request');
		await page.eval(() => document.querySelector<HTMLElement>('#cancel-only-on-buyer-request-en [data-s]')!.focus());
		await expectLitPair('cancel-only-on-buyer-request', pairs[0]!.zh, pairs[0]!.en);
		await page.press('ArrowRight');
		await page.press('ArrowRight');
		await expectLitPair('cancel-only-on-buyer-request', pairs[2]!.zh, pairs[2]!.en);
		expect(await page.eval(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
		expect(await problems(page)).toEqual([]);
	});

	it('term hints: focusing a term shows the other language’s name, Escape closes it', async () => {
		await open('/en/guideline/');
		await page.eval(() => [...document.querySelectorAll<HTMLElement>('#buy-box-stock-en a.term')].find((a) => a.textContent === 'Buy Box')!.focus());
		const hint = () =>
			page.eval(() => {
				const el = document.getElementById('term-hint')!;
				const strong = el.querySelector('strong');
				const definition = strong?.nextElementSibling;
				return {
					shown: el.checkVisibility() && el.getBoundingClientRect().height > 0,
					term: strong?.textContent,
					lang: strong?.getAttribute('lang'),
					// The definition, built from the locale's file of hints fetched after the paint.
					definition: definition?.textContent,
					definitionLang: definition?.getAttribute('lang'),
				};
			});
		expect(await until(hint, (h) => h.shown, 'the hint')).toEqual({
			shown: true,
			term: '购买按钮',
			lang: 'zh-CN',
			definition: expect.stringMatching(/^The box on a product detail page/),
			definitionLang: 'en',
		});
		await page.press('Escape');
		expect((await hint()).shown).toBe(false);
		// And pointing at a Chinese term shows its English name (on the Chinese page, where the
		// pointer comes from the Chinese column, not across another hint).
		await open('/guideline/');
		await page.hoverNothing();
		await page.hover({ css: '#buy-box-stock-zh a.term', text: '购买按钮' });
		expect(await until(hint, (h) => h.shown, 'the hint on hover')).toMatchObject({ term: 'Buy Box', lang: 'en', definition: expect.stringMatching(/^商品详情页上“加入购物车”/), definitionLang: 'zh-CN' });
		expect(await problems(page)).toEqual([]);
	});

	it('copy both languages: says so in its live region, and a paste gives both texts and the link', async () => {
		await open('/guideline/');
		await page.click('#check-prices-zh button.copy-both');
		const status = () => page.eval(() => document.querySelector('[aria-live] [data-copy-status], [aria-live][data-copy-status]')?.textContent ?? '');
		expect(await until(status, (s) => s !== '', 'the copy status')).toBe('已复制中英文及链接');
		// Pasted where a reader would paste it.
		await page.eval(() => {
			const box = document.createElement('textarea');
			box.id = 'paste-here';
			document.body.prepend(box);
			box.focus();
		});
		await page.press('Control+v');
		const pasted = await until(() => page.eval(() => document.querySelector<HTMLTextAreaElement>('#paste-here')!.value), (v) => v !== '', 'the pasted text');
		const [pair] = alignedSentences('guideline', 'check-prices').slice(0, 1);
		expect(pasted).toContain(pair!.zh);
		expect(pasted).toContain(pair!.en);
		expect(pasted).toContain(`${site.url}guideline/#check-prices-zh`);
		expect(pasted).not.toMatch(/复制|Copy/);
		expect(await problems(page)).toEqual([]);
	});

	it('search: a seller’s question in the dialog opens the passage that answers it, words marked', async () => {
		await open('/');
		await until(() => page.eval(() => document.querySelector('#starlight__search .pagefind-ui__search-input') !== null), Boolean, 'the search form');
		await page.press('Control+k');
		await until(() => page.eval(() => document.activeElement?.classList.contains('pagefind-ui__search-input') ?? false), Boolean, 'the focused search field');
		await page.type('dialog[open] .pagefind-ui__search-input', '为什么要及时更新库存');
		// Typed a character at a time, the dialog searches as the reader types: wait for the answer
		// to the whole question, which the dialog's message names, in the page's language.
		const message = () => page.eval(() => document.querySelector('dialog[open] .pagefind-ui__message')?.textContent ?? '');
		expect(await until(message, (m) => m.includes('“为什么要及时更新库存”'), 'the message for the question', 20_000)).toMatch(/^[^a-z]*“为什么要及时更新库存”/);
		const link = 'dialog[open] a.pagefind-ui__result-link[href*="guideline/"][href$="#update-inventory-zh"]';
		await until(() => page.eval((css) => document.querySelector(css) !== null, link), Boolean, 'the answering result', 20_000);
		await page.click(link);
		await until(() => page.url(), (u) => u.includes('#update-inventory-zh'), 'the passage URL');
		const landing = await until(
			() =>
				page.eval(() => {
					// Until the passage's page has loaded, the search page may still be the one asked.
					const el = document.readyState === 'complete' ? document.getElementById('update-inventory-zh') : null;
					const box = el?.getBoundingClientRect();
					return { path: location.pathname, marked: [...(el?.querySelectorAll('mark') ?? [])].map((m) => m.textContent), onScreen: !!box && box.top >= 0 && box.top < innerHeight };
				}),
			(l) => l.marked.length > 0,
			'the marked words',
		);
		expect(landing.path).toBe('/guideline/');
		expect(landing.marked).toContain('更新');
		expect(landing.onScreen).toBe(true);
		expect(await problems(page)).toEqual([]);
	});

	// Firefox keeps a module that failed to load as failed for the page's life, so the message asks
	// for a reload, which works in every engine (src/components/search/search-ui.ts). The site is
	// served again on an origin of its own, whose cache holds none of Pagefind's files yet.
	it('search: says when its files did not arrive, in the page’s language, and works after a reload', async () => {
		let refusing = true;
		const other = await serve(undefined, '/', { headers: true, inject: { path: WATCH_PATH, source: WATCH_SOURCE }, refuse: (path) => refusing && path === '/pagefind/pagefind.js' });
		const field = 'dialog[open] .pagefind-ui__search-input';
		const search = async () => {
			await until(() => page.eval(() => document.querySelector('#starlight__search .pagefind-ui__search-input') !== null), Boolean, 'the search form');
			await page.press('Control+k');
			await until(() => page.eval(() => document.activeElement?.classList.contains('pagefind-ui__search-input') ?? false), Boolean, 'the focused search field');
			await page.type(field, 'cancellation rate');
		};
		const message = () => page.eval(() => document.querySelector('dialog[open] .pagefind-ui__message')?.textContent ?? '');
		try {
			await page.goto(other.url + 'en/');
			await search();
			await until(message, (m) => m === 'Search could not be loaded. Check your internet connection, then reload the page and try again.', 'the message', 20_000);
			expect(await page.eval((css) => document.querySelector<HTMLInputElement>(css)?.value, field)).toBe('cancellation rate');
			refusing = false;
			await page.goto(other.url + 'en/');
			await clearProblems(page);
			await search();
			await until(() => page.eval(() => document.querySelectorAll('dialog[open] a.pagefind-ui__result-link').length), (n) => n > 0, 'results after the reload', 20_000);
			expect(await problems(page)).toEqual([]);
		} finally {
			await other.close();
		}
	});

	/** The text of the calculator's live regions: what a screen reader is told after each input. */
	const announced = () =>
		page.eval(() => [...document.querySelectorAll('main cr-calculator [aria-live]:not([aria-live="off"])')].map((el) => el.textContent ?? '').join(' '));

	it('calculator: announces the result as the reader types, and a shared link restores it', async () => {
		await open('/en/calculator/');
		await page.type('main cr-calculator input[name="orders"]', '100');
		await page.type('main cr-calculator input[name="cancelled"]', '3');
		// 3 of 100 = 3.00%, over the 2.5% target; 121 orders would bring it under: 21 more.
		const said = await until(announced, (t) => t.includes('3.00%'), 'the announced rate');
		expect(said).toMatch(/Target missed/);
		expect(said).toMatch(/need 21 more orders without a seller cancellation/);
		const shared = await until(() => page.url(), (u) => /[?&]orders=100\b/.test(u) && /[?&]cancelled=3\b/.test(u), 'the URL state');

		await open('/');
		await page.goto(shared);
		expect(await page.eval(() => [...document.querySelectorAll<HTMLInputElement>('main cr-calculator input[name="orders"], main cr-calculator input[name="cancelled"]')].map((i) => i.value))).toEqual(['100', '3']);
		expect(await until(announced, (t) => t.includes('3.00%'), 'the restored rate')).toMatch(/Target missed/);

		// Bad input: a message in the page's language next to the field, what was typed kept.
		await page.type('main cr-calculator input[name="orders"]', 'abc');
		const field = await until(
			() =>
				page.eval(() => {
					const input = document.querySelector<HTMLInputElement>('main cr-calculator input[name="orders"]')!;
					const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
					return { invalid: input.getAttribute('aria-invalid'), value: input.value, message: ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ') };
				}),
			(f) => f.invalid === 'true',
			'the field flagged',
		);
		expect(field.value).toBe('abc');
		expect(field.message).toMatch(/digits only/);
		expect(await announced()).not.toMatch(/NaN|Infinity|undefined|%/);
		expect(await problems(page)).toEqual([]);
	});

	/** One report: SKU-000 cancelled by far the most, in UTC (the browsers run in UTC, see driver.ts). */
	const report = generateCausesReport({ seed: 31, orders: 300, skus: 8, spanDays: 21, offsetMinutes: 0, delimiter: '\t' });

	async function importReport(path: string, mode: string, name: string) {
		await open(path);
		await page.click({ css: 'main cr-calculator fieldset.calc-mode label', text: mode });
		await until(() => page.eval(() => document.querySelectorAll('[data-tz] option').length), (n) => n > 0, 'the import form');
		const file = join(files, name);
		writeFileSync(file, report.text);
		await page.upload('main cr-calculator input[type="file"]:not([data-unshipped])', file);
		await until(() => page.eval(() => document.querySelector('[data-import-out] h3')?.textContent ?? ''), (t) => t.includes(name), 'the report’s results', 30_000);
	}

	it('import: a report’s rate is announced, and its causes name the most-cancelled SKU first', async () => {
		await importReport('/calculator/', '导入“所有订单”报告', 'causes.txt');
		const whole = expectedTable(report, new Set(), null);
		const [top, second] = Object.entries(whole.rows).sort(([, a], [, b]) => b.cancelled - a.cancelled);
		expect(top![1].cancelled).toBeGreaterThan(second![1].cancelled);
		const shown = await page.eval(() =>
			[...document.querySelectorAll('[data-import-out] [data-causes="whole"] tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent)),
		);
		expect(shown[0]!.slice(0, 4)).toEqual([top![0], top![1].asin, top![1].name, String(top![1].cancelled)]);
		expect(await page.eval(() => [...document.querySelectorAll('[data-import-out] [aria-live]')].map((el) => el.textContent).join(' '))).toMatch(/取消率/);
		expect(await problems(page)).toEqual([]);
	});

	/** Waits for a file named like `prefix…csv` in the engine's download folder and reads it. */
	async function downloaded(prefix: string): Promise<string> {
		const name = await until(
			async () => (existsSync(page.downloads) ? readdirSync(page.downloads).find((f) => f.startsWith(prefix) && f.endsWith('.csv')) : undefined),
			(f) => f !== undefined,
			`a download ${prefix}…csv in ${page.downloads}`,
			15_000,
		);
		// A file being written may still be empty: wait for its last line.
		return until(async () => readFileSync(join(page.downloads, name!), 'utf8'), (t) => t.endsWith('\r\n') || t.endsWith('\n'), 'the whole file');
	}

	it('CSV downloads: the day-by-day table and the seller-cancelled orders, as files', async () => {
		await importReport('/en/calculator/', 'Import the All Orders report', 'export.txt');
		await page.click({ css: '[data-import-out] button.calc-export', text: 'Download the seller-cancelled orders (CSV)' });
		const orders = await downloaded('cancelled-orders_');
		expect(orders.startsWith('\ufeff')).toBe(true);
		const lines = orders.slice(1).trimEnd().split('\r\n');
		expect(lines[0]).toBe('Order ID,Date,SKU,ASIN,Product name,Hours from purchase-date to last-updated-date');
		const expected = report.orders.filter((o) => o.merchant && o.cancelled).flatMap((o) => o.skus.map((sku) => `${o.id},${o.day},${sku}`));
		// Names may hold commas, quotes and line breaks: compare the first three cells of each row,
		// less the apostrophe that keeps a cell like =SKU-4 from running as a formula.
		const ids = new Set(report.orders.map((o) => o.id));
		const rows = lines.filter((line) => ids.has(line.split(',')[0]!)).map((line) => line.split(',').slice(0, 3).map((cell) => cell.replace(/^'(?=[=+\-@])/, '')).join(','));
		expect(rows.sort()).toEqual(expected.sort());

		const buttons = await page.eval(() => [...document.querySelectorAll('[data-import-out] button.calc-export')].map((b) => b.textContent));
		await page.click({ css: '[data-import-out] button.calc-export', text: buttons.find((b) => !b!.includes('seller-cancelled'))! });
		const daily = (await downloaded('cancellation-rate_')).replace(/^\ufeff/, '').trimEnd().split('\r\n');
		const days = [...new Set(report.orders.map((o) => o.day))].sort();
		const span = (Date.parse(days.at(-1)!) - Date.parse(days[0]!)) / 86_400_000 + 1;
		expect(daily[0]).toMatch(/^Date,/);
		expect(daily.slice(1).map((line) => line.split(',')[0])).toHaveLength(span);
		expect(daily[1]!.startsWith(days[0]!)).toBe(true);
		expect(await problems(page)).toEqual([]);
	});
}
