/**
 * Our table reader (src/lib/orders-report/table-reader.ts) against Papa Parse, in the same run
 * on the same files, so a loaded machine slows both alike (npm run bench:table-readers).
 *
 * Each reader gets the file in pieces of 64 KB as it would in the report worker — ours its bytes
 * (it decodes only the values asked for), Papa Parse decoded text — and hands the same row
 * callback the All Orders columns the count needs; the callback counts
 * rows, distinct order ids and cancelled rows, which must equal the generator's answer (a
 * reader that is fast because it read wrong is caught). Papa Parse runs in its streaming mode
 * (a Node readable stream here; in a worker it would read the File itself) with `step`, one row at
 * a time, the delimiter guessed, as the import would have to use it.
 *
 * Layouts: Amazon's own tab-separated file; the same with product names that trip readers (a
 * name starting with a quote, left unquoted as Amazon does); a spreadsheet re-save with every field quoted, CRLF
 * and a byte order mark; a semicolon file in the older layout with extra columns in any order,
 * product names with quotes, tabs and line breaks.
 *
 * Options: --rows=300000 (approximate rows per file), --runs=5. Prints a Markdown table.
 */
import { createReadStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { bundleForNode } from './bundle.mjs';
import { writeLines } from './report-file.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PAPA_VERSION = JSON.parse(readFileSync(join(ROOT, 'node_modules/papaparse/package.json'), 'utf8')).version;
const args = Object.fromEntries(process.argv.slice(2).map((a) => [a.replace(/^--/, '').split('=')[0], a.split('=')[1] ?? 'true']));
const ROWS = Number(args.rows ?? 300_000);
const RUNS = Number(args.runs ?? 5);
const CHUNK = 1 << 16;
const COLUMNS = ['amazon-order-id', 'purchase-date', 'order-status', 'fulfillment-channel'];
const work = mkdtempSync(join(tmpdir(), 'bench-table-'));

/** The generator and our reader, bundled for Node by Vite (they are TypeScript). */
async function loadModules() {
	const { generator, reader } = await bundleForNode(
		{ generator: join(ROOT, 'tests/support/report-generator.ts'), reader: join(ROOT, 'src/lib/orders-report/table-reader.ts') },
		join(work, 'lib'),
	);
	return { generator, reader };
}

/** The row callback both readers feed: what the import counts, minus dates and time zones. */
function counter() {
	const ids = new Set();
	const tally = { rows: 0, orders: 0, cancelledRows: 0 };
	return {
		tally,
		/** @param {string[]} values */
		onRow(values) {
			tally.rows++;
			const id = values[0].trim();
			if (id !== '' && !ids.has(id)) {
				ids.add(id);
				tally.orders++;
			}
			if (values[2].trim().toLowerCase() === 'cancelled') tally.cancelledRows++;
		},
	};
}

/** @param {any} reader @param {string} file */
async function ours(reader, file) {
	const { tally, onRow } = counter();
	const values = COLUMNS.map(() => '');
	// Our reader hands out where each value lies in the bytes; the callback asks for the two it reads as text.
	const table = new reader.TableReader(COLUMNS, () => {
		values[0] = table.text(0);
		values[2] = table.text(2);
		onRow(values);
	});
	for await (const bytes of createReadStream(file, { highWaterMark: CHUNK })) table.push(bytes);
	table.finish();
	return tally;
}

/** @param {string} file */
async function papa(file) {
	const { tally, onRow } = counter();
	/** @type {Int32Array | null} */
	let slots = null;
	const values = COLUMNS.map(() => '');
	await new Promise((resolve, reject) => {
		// A Node readable stream is read chunk by chunk (Papa's ReadableStreamStreamer), as a
		// File would be in a worker (FileStreamer), with `step` called once a row.
		Papa.parse(createReadStream(file, { encoding: 'utf8', highWaterMark: CHUNK }), {
			delimiter: '',
			skipEmptyLines: 'greedy',
			// The worker's TextDecoder drops a byte order mark; Papa Parse would keep it, and a
			// quoted first header field behind it would then not be read as quoted.
			beforeFirstChunk: (/** @type {string} */ chunk) => chunk.replace(/^\ufeff/, ''),
			step(/** @type {{ data: string[] }} */ result) {
				const row = result.data;
				if (slots === null) {
					const names = row.map((f) => f.replace(/^\ufeff/, '').trim().toLowerCase());
					slots = Int32Array.from(COLUMNS, (c) => names.indexOf(c));
					if (slots.includes(-1)) reject(new Error(`columns missing: ${names.join(',')}`));
					return;
				}
				for (let i = 0; i < slots.length; i++) values[i] = row[slots[i]] ?? '';
				onRow(values);
			},
			complete: resolve,
			error: reject,
		});
	});
	return tally;
}

/** @param {any} generator @param {object} options @param {string} file */
async function writeReport(generator, options, file) {
	const report = generator.createReport({ seed: 42, orders: Math.round(ROWS / 1.5), spanDays: 30, ...options });
	await writeLines(report.lines(), file);
	const e = report.expected;
	// Bad-date rows are rows with an id, each its own order.
	return { rows: e.rows, orders: e.orders + e.badDates.count };
}

/** @param {() => Promise<unknown>} run */
async function timed(run) {
	const cpu = process.cpuUsage();
	const start = performance.now();
	const result = await run();
	const wall = performance.now() - start;
	const used = process.cpuUsage(cpu);
	return { result, wall, cpu: (used.user + used.system) / 1000 };
}

const median = (/** @type {number[]} */ xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const s = (/** @type {number} */ ms) => `${(ms / 1000).toFixed(2)} s`;

const LAYOUTS = [
	{ name: "Amazon's file: tab-separated, current layout", options: { amazonLike: true } },
	{ name: 'spreadsheet re-save: comma, every field quoted, CRLF, BOM', options: { delimiter: ',', quoteAll: true, eol: '\r\n', bom: true, amazonLike: true } },
	{ name: 'tab-separated with the names that trip readers: `"Best" coffee mug` unquoted, tabs and line breaks quoted', options: { amazonLike: false } },
	{ name: 'semicolon, older layout + extra columns shuffled, quotes/tabs/line breaks in names', options: { delimiter: ';', layout: 'shuffled', amazonLike: false } },
];

const { generator, reader } = await loadModules();
console.log(`Node ${process.version}, ${cpus().length} cores, load ${loadavg().map((l) => l.toFixed(1)).join(', ')}, Papa Parse ${PAPA_VERSION}`);
console.log('| layout | rows | file | ours: wall, median | Papa Parse: wall, median | ours: CPU | Papa Parse: CPU | counts |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
try {
	for (const layout of LAYOUTS) {
		const file = join(work, 'report.txt');
		const expected = await writeReport(generator, layout.options, file);
		const runs = { ours: /** @type {any[]} */ ([]), papa: /** @type {any[]} */ ([]) };
		for (let run = 0; run < RUNS; run++) {
			// Alternate which goes first, so neither always gets the warmer or the quieter turn.
			const order = run % 2 === 0 ? ['ours', 'papa'] : ['papa', 'ours'];
			for (const who of order) runs[who].push(await timed(() => (who === 'ours' ? ours(reader, file) : papa(file))));
		}
		const check = (/** @type {any} */ t) => (t.rows === expected.rows && t.orders === expected.orders ? 'right' : `WRONG (${t.rows} rows, ${t.orders} orders)`);
		console.log(
			`| ${layout.name} | ${expected.rows.toLocaleString('en')} | ${(statSync(file).size / 1e6).toFixed(1)} MB | ` +
				`${s(median(runs.ours.map((r) => r.wall)))} | ${s(median(runs.papa.map((r) => r.wall)))} | ` +
				`${s(median(runs.ours.map((r) => r.cpu)))} | ${s(median(runs.papa.map((r) => r.cpu)))} | ` +
				`ours ${check(runs.ours[0].result)}, Papa ${check(runs.papa[0].result)} |`,
		);
	}
} finally {
	rmSync(work, { recursive: true, force: true });
}
