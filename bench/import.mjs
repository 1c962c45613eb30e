/**
 * Benchmark of the All Orders report import (npm run bench:import): generated reports of two
 * sizes are chosen in the file picker of the real calculator page (/en/calculator/, built by
 * `astro build` into a temporary folder) in headless Chromium, and we measure the time from
 * choosing the file to the results on screen (summary, chart and table), the longest task the
 * page's main thread ran meanwhile, and the peak JavaScript heap of the worker (CDP
 * Runtime.getHeapUsage on the worker target). Results go to docs/benchmarks.md, "## Report import",
 * between its bench:import markers (bench/doc-section.mjs).
 *
 * Options: --rows=30000,300000 (approximate rows per file), --runs=3, --no-write.
 */
import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { spawnSync } from 'node:child_process';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { bundleForNode } from './bundle.mjs';
import { writeResults } from './doc-section.mjs';
import { waitForQuiet } from './quiet.mjs';
import { writeLines } from './report-file.mjs';
import { chromium } from 'playwright-core';
import sirv from 'sirv';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = Object.fromEntries(
	process.argv.slice(2).map((a) => {
		const [k, v] = a.replace(/^--/, '').split('=');
		return [k, v ?? 'true'];
	}),
);
const ROW_TARGETS = (args.rows ?? '30000,300000').split(',').map(Number);
const RUNS = Number(args.runs ?? 3);
const WRITE = args['no-write'] === undefined;
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
/** Rows per order the generator writes on average (one order in four has 2–4 items). */
const ROWS_PER_ORDER = 1.5;

const work = mkdtempSync(join(tmpdir(), 'bench-import-'));
/** @param {...unknown} m */
const log = (...m) => console.log('[bench:import]', ...m);

/**
 * @typedef {typeof import('../tests/support/report-generator')} Generator
 * @typedef {typeof import('../src/lib/orders-report')} Parser
 */

/**
 * The generator and the parser, bundled for Node by Vite.
 * @returns {Promise<{ generator: Generator; parser: Parser }>}
 */
async function loadModules() {
	const { generator, parser } = await bundleForNode(
		{ generator: join(ROOT, 'tests/support/report-generator.ts'), parser: join(ROOT, 'src/lib/orders-report/index.ts') },
		join(work, 'lib'),
	);
	return { generator, parser };
}

/**
 * CPU time (user + system) of reading and parsing the file's bytes in Node, best of `runs`.
 * @param {Parser} parser @param {string} file @param {number} runs
 */
async function parserCpu(parser, file, runs) {
	let best = Infinity;
	for (let run = 0; run < runs; run++) {
		const before = process.cpuUsage();
		const p = parser.createReportParser({ timeZone: 'UTC' });
		for await (const bytes of createReadStream(file, { highWaterMark: 1 << 20 })) p.push(bytes);
		p.finish();
		const used = process.cpuUsage(before);
		best = Math.min(best, (used.user + used.system) / 1000);
	}
	return best;
}

/**
 * What the parser itself holds after reading a file, measured exactly in Node: the heap after a
 * full garbage collection, sampled every ~2 MB of the file and at the end, minus the heap before.
 */
/** @param {Parser} parser @param {string} file */
async function parserRetained(parser, file) {
	setFlagsFromString('--expose-gc');
	const gc = runInNewContext('gc');
	gc();
	// Typed arrays (the order ids seen, the causes' integers) live outside the JS heap: count them too.
	const held = () => {
		const m = process.memoryUsage();
		return m.heapUsed + m.arrayBuffers;
	};
	const base = held();
	const p = parser.createReportParser({ timeZone: 'UTC' });
	let peak = 0;
	let sinceSample = 0;
	for await (const bytes of createReadStream(file, { highWaterMark: 1 << 16 })) {
		p.push(bytes);
		sinceSample += bytes.length;
		if (sinceSample > 2 << 20) {
			sinceSample = 0;
			gc();
			peak = Math.max(peak, held() - base);
		}
	}
	gc();
	const atEnd = held() - base;
	const report = p.finish();
	return { peak: Math.max(peak, atEnd), atEnd, orders: report.orders };
}

/** @param {Generator} generator @param {number} rows @param {string} file */
async function writeReport(generator, rows, file) {
	const report = generator.createReport({ seed: 42, orders: Math.round(rows / ROWS_PER_ORDER), spanDays: 30, badDates: 3, amazonLike: true });
	await writeLines(report.lines(), file);
	return report.expected;
}

/** The site, built as `npm run build` does, into a folder of its own. */
function buildSite() {
	const outDir = join(work, 'site');
	const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/astro.js'), 'build'], {
		cwd: ROOT,
		env: { ...process.env, OUT_DIR: outDir },
		stdio: ['ignore', 'ignore', 'inherit'],
	});
	if (run.status !== 0) throw new Error('astro build failed');
	return outDir;
}

/**
 * Times each file choice on the page: from the picker's change event to the results being put
 * on screen (the first change of the results region after it), and the longest main-thread task
 * in between, which says whether the page stayed responsive.
 * @param {import('playwright-core').Page} page
 */
async function instrument(page) {
	await page.evaluate(() => {
		const w = /** @type {any} */ (window);
		const input = /** @type {HTMLInputElement} */ (document.querySelector('[data-drop] input[type="file"]'));
		const out = /** @type {HTMLElement} */ (document.querySelector('[data-import-out]'));
		const alert = /** @type {HTMLElement} */ (document.querySelector('[data-alert]'));
		/** @type {PerformanceEntry[]} */
		let tasks = [];
		const longTasks = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
		longTasks.observe({ type: 'longtask' });
		input.addEventListener(
			'change',
			() => {
				w.__start = performance.now();
				w.__result = null;
				tasks = [];
			},
			{ capture: true },
		);
		const settle = (/** @type {string} */ status) => {
			if (w.__start == null) return;
			const start = w.__start;
			const ms = performance.now() - start;
			w.__start = null;
			// This runs inside the task that puts the results on screen, whose long-task entry is
			// only reported once it ends: read the entries from a task after it (and after the
			// frame that paints the results), so the rendering task is counted.
			requestAnimationFrame(() =>
				setTimeout(() => {
					tasks.push(...longTasks.takeRecords());
					const since = tasks.filter((t) => t.startTime + t.duration >= start).map((t) => t.duration);
					w.__result = { ms, status, longestTask: Math.max(0, ...since) };
				}),
			);
		};
		new MutationObserver(() => settle('done')).observe(out, { childList: true });
		new MutationObserver(() => alert.textContent && settle('error')).observe(alert, { childList: true, subtree: true });
	});
}

/**
 * The longest task of the page's main thread while `work` runs, in CPU time: the thread time
 * (`tdur`) of the trace's ThreadControllerImpl::RunTask events on the renderer's main thread. The Long Tasks API gives
 * wall time, which other jobs on the machine lengthen (a task of 10 ms of CPU takes 50 ms of wall
 * time when five other processes want the two cores); this says how long the page itself kept
 * the thread, which is what a quiet phone would see, scaled by its speed.
 * @template T
 * @param {import('playwright-core').Browser} browser @param {import('playwright-core').Page} page @param {() => Promise<T>} work
 * @returns {Promise<{ result: T; cpu: number }>}
 */
async function longestTaskCpu(browser, page, work) {
	await browser.startTracing(page, { categories: ['toplevel', 'devtools'] });
	const result = await work();
	/** @type {{ traceEvents: { ph: string; name: string; pid: number; tid: number; ts: number; dur?: number; tdur?: number; args?: { name?: string } }[] }} */
	const trace = JSON.parse((await browser.stopTracing()).toString());
	const main = new Set(trace.traceEvents.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
	const onMain = trace.traceEvents.filter((e) => e.ph === 'X' && main.has(`${e.pid}:${e.tid}`));
	// Playwright's own commands (setting the file, polling for the result, evaluating its injected
	// script) run as tasks there too: they are this script's, not the page's.
	const commands = onMain.filter((e) => e.name === 'DevToolsSession::DispatchProtocolCommand');
	const tasks = onMain.filter(
		(e) => e.name === 'ThreadControllerImpl::RunTask' && !commands.some((c) => c.pid === e.pid && c.tid === e.tid && c.ts >= e.ts && c.ts <= e.ts + (e.dur ?? 0)),
	);
	return { result, cpu: Math.max(0, ...tasks.map((e) => (e.tdur ?? 0) / 1000)) };
}

/** @param {string} dir @returns {Promise<import('node:http').Server>} */
function serve(dir) {
	const files = sirv(dir, { dev: false });
	const server = createServer((req, res) =>
		files(req, res, () => {
			res.statusCode = 404;
			res.end();
		}),
	);
	return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/**
 * The peak of the worker's JS heap in use (garbage not yet collected included), sampled over
 * CDP (Runtime.getHeapUsage on the worker target) until `done` settles.
 */
/** @param {import('playwright-core').CDPSession} cdp @param {Promise<unknown>} done */
async function sampleWorkerHeap(cdp, done) {
	/** @type {string | null} */
	let sessionId = null;
	let nextId = 1;
	/** @type {Map<number, (result: any) => void>} */
	const pending = new Map();
	/** @param {{ sessionId: string; message: string }} event */
	const onMessage = ({ sessionId: from, message }) => {
		if (from !== sessionId) return;
		const data = JSON.parse(message);
		pending.get(data.id)?.(data.result ?? null);
		pending.delete(data.id);
	};
	cdp.on('Target.receivedMessageFromTarget', onMessage);
	/** @param {string} method @returns {Promise<any>} */
	const call = (method) =>
		Promise.race([
			new Promise((resolve) => {
				const id = nextId++;
				pending.set(id, resolve);
				cdp.send('Target.sendMessageToTarget', { sessionId: sessionId ?? undefined, message: JSON.stringify({ id, method }) }).catch(() => resolve(null));
			}),
			new Promise((resolve) => setTimeout(() => resolve(null), 2000)),
		]);
	let finished = false;
	done.then(() => (finished = true));
	let peak = 0;
	let samples = 0;
	while (!finished) {
		if (sessionId === null) {
			const { targetInfos } = await cdp.send('Target.getTargets');
			const worker = targetInfos.find((t) => t.type === 'worker' && t.url.includes('report-worker'));
			if (worker) {
				try {
					({ sessionId } = await cdp.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false }));
				} catch {
					// The worker ended before we got to it.
				}
			}
			await new Promise((r) => setTimeout(r, 5));
			continue;
		}
		const usage = await call('Runtime.getHeapUsage');
		if (usage) {
			samples++;
			peak = Math.max(peak, usage.usedSize);
		}
		await new Promise((r) => setTimeout(r, 25));
	}
	cdp.off('Target.receivedMessageFromTarget', onMessage);
	return { peak, samples };
}

/**
 * @param {import('playwright-core').Page} page @param {string} file
 * @returns {Promise<{ ms: number; status: string; longestTask: number }>}
 */
async function importOnce(page, file) {
	await page.evaluate(() => {
		(/** @type {any} */ (window)).__result = undefined;
		// Choosing the file the picker already holds fires no change event.
		/** @type {HTMLInputElement} */ (document.querySelector('[data-drop] input[type="file"]')).value = '';
	});
	await page.setInputFiles('[data-drop] input[type="file"]', file);
	const handle = await page.waitForFunction(() => (/** @type {any} */ (window)).__result ?? null, null, { timeout: 120_000, polling: 50 });
	return handle.jsonValue();
}

/**
 * What the page shows: the rows read (from the summary) and the dates of the table's rows.
 * @param {import('playwright-core').Page} page
 */
function shown(page) {
	return page.evaluate(() => ({
		rows: Number(document.querySelector('[data-import-out] dd')?.textContent?.replace(/,/g, '')),
		dates: [...document.querySelectorAll('[data-import-out] .calc-chart tbody th')].map((th) => th.textContent).join(),
	}));
}

/** @param {number[]} xs */
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/** @param {number} bytes */
const mb = (bytes) => (bytes / 1024 / 1024).toFixed(1);

async function main() {
	log('building the site');
	const dist = buildSite();
	const modules = await loadModules();
	const { generator } = modules;
	const server = await serve(dist);
	const url = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}/`;
	const pageUrl = `${url}en/calculator/?mode=import`;
	const browser = await chromium.launch({
		executablePath: CHROME,
		headless: true,
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
	});
	const results = [];
	/** @type {string[]} the 1-minute load average as each file's runs started */
	const startLoads = [];
	try {
		for (const target of ROW_TARGETS) {
			const file = join(work, `all-orders-${target}.txt`);
			log(`writing a report of about ${target} rows`);
			const expected = await writeReport(generator, target, file);
			const bytes = statSync(file).size;

			const context = await browser.newContext({ timezoneId: 'UTC' });
			const page = await context.newPage();
			/** @type {string[]} */
			const outside = [];
			page.on('request', (r) => {
				if (!r.url().startsWith(url) && !r.url().startsWith('blob:') && !r.url().startsWith('data:')) outside.push(r.url());
			});
			await page.goto(pageUrl);
			// The import module fills the time zone list once the import mode has loaded it.
			await page.waitForFunction(() => document.querySelectorAll('[data-import] select option').length > 1);
			await instrument(page);

			// The browser and the site are ready; the runs start when the machine is quiet.
			startLoads.push((await waitForQuiet()).toFixed(1));
			const times = [];
			let longest = 0;
			let longestCpu = 0;
			for (let run = 0; run < RUNS; run++) {
				const { result, cpu } = await longestTaskCpu(browser, page, () => importOnce(page, file));
				const { ms, status, longestTask } = result;
				longestCpu = Math.max(longestCpu, cpu);
				if (status !== 'done') throw new Error(`import failed: ${await page.locator('[data-alert]').textContent()}`);
				const got = await shown(page);
				if (got.dates !== expected.days.map((d) => d.date).join() || got.rows !== expected.rows) throw new Error('the page disagrees with the generated answer');
				longest = Math.max(longest, longestTask);
				times.push(ms);
				log(`${expected.rows} rows, run ${run + 1}: ${ms.toFixed(0)} ms`);
			}

			const cdp = await browser.newBrowserCDPSession();
			const choose = importOnce(page, file);
			const heap = await sampleWorkerHeap(cdp, choose);
			if ((await choose).status !== 'done') throw new Error('import failed while measuring memory');
			await cdp.detach();
			if (outside.length > 0) throw new Error(`requests left the page: ${outside.join(', ')}`);
			await context.close();
			const retained = await parserRetained(modules.parser, file);
			const cpuMs = await parserCpu(modules.parser, file, RUNS);
			rmSync(file);
			results.push({ rows: expected.rows, orders: expected.orders, bytes, times, longest, longestCpu, heap, retained, cpuMs });
			log(
				`${expected.rows} rows: median ${median(times).toFixed(0)} ms; worker heap in use, peak ${mb(heap.peak)} MB ` +
					`(${heap.samples} samples); parser retains ${mb(retained.peak)} MB at most; CPU in Node ${cpuMs.toFixed(0)} ms`,
			);
		}
	} finally {
		await browser.close();
		server.close();
	}
	const version = browser.version();
	const table = [
		`| rows (order items) | orders | file size | time to results on screen, median of ${RUNS} | all runs | longest main-thread task | longest main-thread task in CPU time | CPU time in Node | worker heap in use, peak | held by the parser, peak |`,
		'| ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: |',
		...results.map(
			(r) =>
				`| ${r.rows.toLocaleString('en-US')} | ${r.orders.toLocaleString('en-US')} | ${mb(r.bytes)} MB | ${(median(r.times) / 1000).toFixed(2)} s | ${r.times.map((t) => (t / 1000).toFixed(2)).join(', ')} s | ${Math.round(r.longest)} ms | ${r.longestCpu.toFixed(0)} ms | ${(r.cpuMs / 1000).toFixed(2)} s | ${r.heap.samples > 0 ? `${mb(r.heap.peak)} MB` : 'too quick to sample'} | ${mb(r.retained.peak)} MB (${Math.round(r.retained.peak / r.orders)} B an order) |`,
		),
	].join('\n');
	const load = loadavg().map((l) => l.toFixed(1)).join(', ');
	const measured = `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC in headless Chromium ${version},
${cpus().length} CPU cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), Node ${process.version}, 1-minute load average
${startLoads.join(' and ')} as the runs started, ${load} when they ended; \`--runs=${RUNS} --rows=${ROW_TARGETS.join(',')}\`:

${table}`;
	console.log('\n' + measured);
	if (WRITE) {
		writeResults('import', measured);
		log('written to docs/benchmarks.md ("Report import")');
	}
}

main()
	.catch((err) => {
		console.error(err);
		process.exitCode = 1;
	})
	.finally(() => rmSync(work, { recursive: true, force: true }));
