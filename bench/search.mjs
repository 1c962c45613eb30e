/**
 * Search speed in headless Chromium against the production build (`npm run build` first):
 * for a page in each language, queries in each language, as keywords and as questions (which the
 * query layer turns into several index searches, src/lib/query/), the median time from the last
 * keystroke (one input event with the whole query) to its results shown, warm (index loaded)
 * and cold (first query: Pagefind, its WebAssembly, the index and search-data.json load), and the
 * bytes fetched for the first query, served compressed as static hosts serve it (bench/static-host.mjs);
 * then how well it answers: the question table's tuned and held-back parts and the two held-out sets,
 * from each language's page (bench/search-quality.mjs). Prints Markdown tables for
 * docs/benchmarks.md. Not a test: timings depend on the machine.
 *
 * Usage: node bench/search.mjs [runs]   (cold runs per row, default 5)
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { qualityTable, scoreQuestions } from './search-quality.mjs';
import { precompressed, serveStatic } from './static-host.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
// Another build directory can be named, e.g. while tests read dist/: BENCH_DIST=dist-bench.
const DIST = join(ROOT, process.env.BENCH_DIST ?? 'dist');
const RUNS = Number(process.argv[2] ?? 5);
/** Pages on which the warm queries are timed, each after its own first query. */
const WARM_PAGES = Math.min(2, RUNS);
// Rows to run, e.g. BENCH_KINDS=keyword,question against a build from before the stranger row.
const KINDS = (process.env.BENCH_KINDS ?? 'keyword,question,stranger').split(',');

const QUERIES = {
	zh: {
		keyword: ['缺货', '取消率', '购买按钮', '预计配送时间', '集成商', '信誉度', '致歉', '根本原因'],
		question: ['订单被取消了会影响什么', '买家自己取消的订单算不算', '为什么要及时更新库存', '取消率太高会封号吗', '怎么避免断货', '取消率的目标是多少', '多渠道销售库存要多久更新一次', '管理订单页面上的横幅是什么'],
		// Slips, Traditional characters and slang: these take the query layer's second round (fuzzy.ts).
		stranger: ['取小率', '訂單取消率的標準', '取消率警戒线', '考核周气', '帳號會被停權嗎', '买家邮件要求取消', '迟发律', '超卖了怎么办'],
	},
	en: {
		keyword: ['stock-outs', 'Buy Box', 'integrator', 'reputation', 'apology', 'inventory', 'price errors', 'root cause'],
		question: ['what counts as a seller cancellation', 'how do I avoid stock-outs', 'how is cancellation rate calculated', 'will my account get suspended for a high cancel rate', 'should I apologize to the buyer', 'what is the cancellation rate target', 'does a buyer cancellation request count against my rate', 'my cancellation rate is above average, what should I do'],
		stranger: ['cancelation rate', 'CR ceiling', 'inventroy', 'buyer emailed me to cancel', 'what is the limit', 'oversold item', 'MFN orders', 'acount suspended'],
	},
};
const PAGES = { zh: 'guideline/', en: 'en/guideline/' };

if (!existsSync(join(DIST, 'pagefind/pagefind.js'))) {
	console.error('No production build with a search index in dist/: run "npm run build" first.');
	process.exit(1);
}

// Served compressed as hosts serve it, so "fetched" is what a reader's browser downloads.
const hosted = precompressed(DIST);
const site = await serveStatic(hosted);
const origin = `${site.origin}/`;

const browser = await chromium.launch({
	executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
	headless: true,
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});

/**
 * Runs in the page: opens the dialog if needed, types `query` in one input event and resolves
 * with the milliseconds until its first result link is in the document.
 */
function timeQuery(query) {
	const input = document.querySelector('#starlight__search .pagefind-ui__search-input');
	const dialog = document.querySelector('site-search dialog');
	if (!dialog.open) document.querySelector('button[data-open-modal]').click();
	const root = document.querySelector('#starlight__search');
	return new Promise((resolve) => {
		const start = performance.now();
		const done = () => {
			const message = root.querySelector('.pagefind-ui__message')?.textContent ?? '';
			// The dialog names a long query by its first 40 characters.
			if (message.includes([...query.trim()].slice(0, 40).join('')) && root.querySelector('.pagefind-ui__result-link')) {
				observer.disconnect();
				resolve(performance.now() - start);
			}
		};
		const observer = new MutationObserver(done);
		observer.observe(root, { childList: true, subtree: true, characterData: true });
		input.value = query;
		input.dispatchEvent(new Event('input', { bubbles: true }));
	});
}

/** Clears the query and waits until the dialog has dropped the previous results. */
async function clear(page) {
	await page.evaluate(() => {
		const input = document.querySelector('#starlight__search .pagefind-ui__search-input');
		input.value = '';
		input.dispatchEvent(new Event('input', { bubbles: true }));
	});
	await page.waitForSelector('#starlight__search .pagefind-ui__result-link', { state: 'detached' });
	await page.waitForTimeout(100);
}

async function openReadyPage(context, path) {
	const page = await context.newPage();
	await page.goto(origin + path, { waitUntil: 'networkidle' });
	// Starlight builds the search form once the page is idle.
	await page.waitForSelector('#starlight__search .pagefind-ui__search-input', { state: 'attached' });
	return page;
}

const median = (xs) => {
	const s = [...xs].sort((a, b) => a - b);
	return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const rows = [];
for (const pageLang of ['zh', 'en']) {
	for (const queryLang of ['zh', 'en']) {
		for (const kind of KINDS) {
			const list = QUERIES[queryLang][kind];
			const cold = [];
			const bytes = [];
			const warm = [];
			for (let run = 0; run < RUNS; run++) {
				// A fresh context has an empty cache: the first query loads everything it needs.
				const context = await browser.newContext();
				const page = await openReadyPage(context, PAGES[pageLang]);
				let fetched = 0;
				const pending = [];
				context.on('requestfinished', (req) =>
					pending.push(req.sizes().then((s) => (fetched += s.responseBodySize + s.responseHeadersSize))),
				);
				const query = list[run % list.length];
				cold.push(await page.evaluate(timeQuery, query));
				await page.waitForLoadState('networkidle');
				await Promise.all(pending);
				bytes.push(fetched);
				if (run < WARM_PAGES) {
					// Warm: the same page, index loaded, every other query of the list once. Not the same
					// query again: the engine keeps the pages each search form found (src/lib/query/engine.ts),
					// so a query asked twice would time a reader asking the same thing again, not a new question.
					for (const q of list.filter((q) => q !== query)) {
						await clear(page);
						warm.push(await page.evaluate(timeQuery, q));
					}
				}
				await context.close();
			}
			rows.push({ pageLang, queryLang, kind, cold: median(cold), warm: median(warm), maxWarm: Math.max(...warm), bytes: median(bytes), maxBytes: Math.max(...bytes) });
		}
	}
}

const version = browser.version();
await browser.close();
await site.close();
rmSync(hosted, { recursive: true, force: true });

const name = { zh: 'Chinese', en: 'English' };
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`Chromium ${version} headless, ${RUNS} cold runs and ${WARM_PAGES * (QUERIES.zh.keyword.length - 1)} warm queries per row (each list's other queries, on ${WARM_PAGES} pages).\n`);
console.log('| Page | Query | Kind | Median, warm (max) | Median, cold (first query) | Fetched for the first query (median / max) |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const r of rows) {
	console.log(
		`| ${name[r.pageLang]} (\`/${PAGES[r.pageLang]}\`) | ${name[r.queryLang]} | ${r.kind} | ${r.warm.toFixed(0)} ms (${r.maxWarm.toFixed(0)} ms) | ${r.cold.toFixed(0)} ms | ${kb(r.bytes)} / ${kb(r.maxBytes)} |`,
	);
}

if (!process.env.BENCH_NO_QUALITY) {
	const { rows: quality } = await scoreQuestions({ dist: process.env.BENCH_DIST ?? 'dist' });
	console.log('\nAn answering passage among the first three results (same index and query layer, from Node):\n');
	console.log(qualityTable(quality));
}
