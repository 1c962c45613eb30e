/**
 * Benchmark of the All Orders report import (npm run bench:import): generated reports of two
 * sizes are chosen in an <input type=file> in headless Chromium, and we measure the time from
 * choosing the file to the result, and the peak JavaScript heap of the worker (CDP
 * Runtime.getHeapUsage on the worker target). Results go to docs/benchmarks.md, "## Report import".
 *
 * The page is a minimal harness built with Vite, the bundler Astro uses, around
 * src/scripts/report-import.ts, so the worker is bundled exactly as on the site.
 *
 * Options: --rows=30000,300000 (approximate rows per file), --runs=3, --no-write.
 */
import { createReadStream, createWriteStream, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { once } from 'node:events';
import { createServer } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { build } from 'vite';
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
	const outDir = join(work, 'lib');
	await build({
		configFile: false,
		logLevel: 'warn',
		build: {
			outDir,
			emptyOutDir: true,
			minify: false,
			lib: {
				entry: {
					generator: join(ROOT, 'tests/support/report-generator.ts'),
					parser: join(ROOT, 'src/lib/orders-report.ts'),
				},
				formats: ['es'],
			},
		},
	});
	const load = (/** @type {string} */ name) => import(pathToFileURL(join(outDir, `${name}.js`)).href);
	return { generator: await load('generator'), parser: await load('parser') };
}

/**
 * CPU time (user + system) of reading, decoding and parsing the file in Node, best of `runs`.
 * @param {Parser} parser @param {string} file @param {number} runs
 */
async function parserCpu(parser, file, runs) {
	let best = Infinity;
	for (let run = 0; run < runs; run++) {
		const before = process.cpuUsage();
		const p = parser.createReportParser({ timeZone: 'UTC' });
		for await (const text of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 })) p.push(text);
		p.finish();
		const used = process.cpuUsage(before);
		best = Math.min(best, (used.user + used.system) / 1000);
	}
	return best;
}

/**
 * What the parser itself holds after reading a file, measured exactly in Node: the heap after a
 * full garbage collection, sampled every ~2 MB of text and at the end, minus the heap before.
 */
/** @param {Parser} parser @param {string} file */
async function parserRetained(parser, file) {
	setFlagsFromString('--expose-gc');
	const gc = runInNewContext('gc');
	gc();
	const base = process.memoryUsage().heapUsed;
	const p = parser.createReportParser({ timeZone: 'UTC' });
	let peak = 0;
	let sinceSample = 0;
	for await (const text of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 16 })) {
		p.push(text);
		sinceSample += text.length;
		if (sinceSample > 2 << 20) {
			sinceSample = 0;
			gc();
			peak = Math.max(peak, process.memoryUsage().heapUsed - base);
		}
	}
	gc();
	const atEnd = process.memoryUsage().heapUsed - base;
	const report = p.finish();
	return { peak: Math.max(peak, atEnd), atEnd, orders: report.orders };
}

/** @param {Generator} generator @param {number} rows @param {string} file */
async function writeReport(generator, rows, file) {
	const report = generator.createReport({ seed: 42, orders: Math.round(rows / ROWS_PER_ORDER), spanDays: 30, badDates: 3, amazonLike: true });
	const out = createWriteStream(file);
	let batch = '';
	for (const piece of report.lines()) {
		batch += piece;
		if (batch.length > 1 << 20) {
			if (!out.write(batch)) await once(out, 'drain');
			batch = '';
		}
	}
	out.end(batch);
	await once(out, 'finish');
	return report.expected;
}

async function buildHarness() {
	const dir = join(work, 'harness');
	mkdirSync(dir);
	const importer = join(ROOT, 'src/scripts/report-import.ts').replaceAll('\\', '/');
	writeFileSync(
		join(dir, 'main.js'),
		`import { importReport } from ${JSON.stringify(importer)};
const input = document.getElementById('file');
input.addEventListener('change', async () => {
	window.__result = null;
	const started = performance.now();
	const { promise } = importReport(input.files[0], { timeZone: 'UTC' });
	// Choosing the same file again must fire 'change' again.
	input.value = '';
	const outcome = await promise;
	const ms = performance.now() - started;
	document.getElementById('out').textContent = outcome.status;
	window.__result = { ms, outcome };
});
`,
	);
	writeFileSync(
		join(dir, 'index.html'),
		'<!doctype html><html lang="en"><meta charset="utf-8"><title>import bench</title>' +
			'<label>Report <input type="file" id="file"></label><output id="out"></output>' +
			'<script type="module" src="./main.js"></script></html>',
	);
	const outDir = join(work, 'dist');
	await build({ root: dir, configFile: false, logLevel: 'warn', build: { outDir, emptyOutDir: true }, worker: { format: 'es' } });
	return outDir;
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
 * @returns {Promise<{ ms: number; outcome: any }>}
 */
async function importOnce(page, file) {
	await page.evaluate(() => ((/** @type {any} */ (window)).__result = undefined));
	await page.setInputFiles('#file', file);
	const handle = await page.waitForFunction(() => (/** @type {any} */ (window)).__result ?? null, null, { timeout: 120_000, polling: 50 });
	return handle.jsonValue();
}

/** @param {number[]} xs */
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/** @param {number} bytes */
const mb = (bytes) => (bytes / 1024 / 1024).toFixed(1);

async function main() {
	log('building the harness with Vite');
	const dist = await buildHarness();
	const modules = await loadModules();
	const { generator } = modules;
	const server = await serve(dist);
	const url = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}/`;
	const browser = await chromium.launch({
		executablePath: CHROME,
		headless: true,
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
	});
	const results = [];
	try {
		for (const target of ROW_TARGETS) {
			const file = join(work, `all-orders-${target}.txt`);
			log(`writing a report of about ${target} rows`);
			const expected = await writeReport(generator, target, file);
			const bytes = statSync(file).size;

			const context = await browser.newContext();
			const page = await context.newPage();
			/** @type {string[]} */
			const outside = [];
			page.on('request', (r) => {
				if (!r.url().startsWith(url) && !r.url().startsWith('blob:') && !r.url().startsWith('data:')) outside.push(r.url());
			});
			await page.goto(url);

			const times = [];
			for (let run = 0; run < RUNS; run++) {
				const { ms, outcome } = await importOnce(page, file);
				if (outcome.status !== 'done') throw new Error(`import failed: ${JSON.stringify(outcome)}`);
				const got = outcome.result.days.map((/** @type {{ date: string; orders: number; cancelled: number }} */ d) => `${d.date}:${d.orders}/${d.cancelled}`).join();
				const want = expected.days.map((d) => `${d.date}:${d.orders}/${d.cancelled}`).join();
				if (got !== want || outcome.result.rows !== expected.rows) throw new Error('the import disagrees with the generated answer');
				times.push(ms);
				log(`${expected.rows} rows, run ${run + 1}: ${ms.toFixed(0)} ms`);
			}

			const cdp = await browser.newBrowserCDPSession();
			const choose = importOnce(page, file);
			const heap = await sampleWorkerHeap(cdp, choose);
			if ((await choose).outcome.status !== 'done') throw new Error('import failed while measuring memory');
			await cdp.detach();
			if (outside.length > 0) throw new Error(`requests left the page: ${outside.join(', ')}`);
			await context.close();
			const retained = await parserRetained(modules.parser, file);
			const cpuMs = await parserCpu(modules.parser, file, RUNS);
			rmSync(file);
			results.push({ rows: expected.rows, orders: expected.orders, bytes, times, heap, retained, cpuMs });
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
		`| rows (order items) | orders | file size | time to result, median of ${RUNS} | all runs | CPU time in Node | worker heap in use, peak | held by the parser, peak |`,
		'| ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: |',
		...results.map(
			(r) =>
				`| ${r.rows.toLocaleString('en-US')} | ${r.orders.toLocaleString('en-US')} | ${mb(r.bytes)} MB | ${(median(r.times) / 1000).toFixed(2)} s | ${r.times.map((t) => (t / 1000).toFixed(2)).join(', ')} s | ${(r.cpuMs / 1000).toFixed(2)} s | ${r.heap.samples > 0 ? `${mb(r.heap.peak)} MB` : 'too quick to sample'} | ${mb(r.retained.peak)} MB (${Math.round(r.retained.peak / r.orders)} B an order) |`,
		),
	].join('\n');
	const load = loadavg().map((l) => l.toFixed(1)).join(', ');
	const section = `## Report import

\`npm run bench:import\` (scripts/bench-import.mjs): generated All Orders reports written as
Amazon writes them (tab-separated, 32 columns, one order in four with 2–4 item rows, 30% FBA,
30 days, Amazon's date format), chosen in an \`<input type=file>\` in headless Chromium
${version}, ${cpus().length} CPU cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), load average
${load} while measuring (other jobs share the machine, so times vary run to run).

- Time: from the file input's \`change\` event to the worker's result on the page: reading,
  decoding, parsing, counting. The page does not wait on it (the work is in a Web Worker).
- CPU time in Node: the same reading, decoding and parsing in Node ${process.version}
  (\`process.cpuUsage\`, best of ${RUNS}), which other jobs on the machine do not inflate.
- Heap in use: the worker's JavaScript heap (CDP \`Runtime.getHeapUsage\` on the worker
  target, sampled every ~25 ms), garbage not yet collected included.
- Held by the parser: the same parser in Node ${process.version}, the heap after a full garbage
  collection every ~2 MB of text, minus the heap before: what the import really keeps. The file
  is never held whole; what grows with it is the set of order ids seen, which counts a
  multi-item order once.

Aim: under 3 s for about 300,000 rows, memory not growing with the file beyond the order ids.

Measured ${new Date().toISOString().slice(0, 10)}:

${table}
`;
	console.log('\n' + section);
	if (WRITE) {
		const file = join(ROOT, 'docs/benchmarks.md');
		let doc = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n\nMeasured by the `npm run bench:*` scripts; timings are never asserted in tests.\n';
		const start = doc.indexOf('## Report import');
		if (start === -1) doc = doc.trimEnd() + '\n\n' + section;
		else {
			const next = doc.indexOf('\n## ', start + 1);
			doc = doc.slice(0, start) + section + (next === -1 ? '' : '\n' + doc.slice(next + 1));
		}
		mkdirSync(join(ROOT, 'docs'), { recursive: true });
		writeFileSync(file, doc);
		log('written to docs/benchmarks.md');
	}
}

main()
	.catch((err) => {
		console.error(err);
		process.exitCode = 1;
	})
	.finally(() => rmSync(work, { recursive: true, force: true }));
