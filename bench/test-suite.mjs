/**
 * `npm run bench:tests`: how long `npm test` takes on this machine, and why it varies. Runs it
 * `--runs` times (default 3) and records for each run its wall time, vitest's own duration, the CPU
 * time of the whole machine over the run (from /proc/stat, so Chromium's renderers count, which
 * `time` does not) and a speed index: a fixed piece of Node work on every core, timed just before
 * and just after, because this VM's speed drifts by a fifth within minutes and the suite's time
 * drifts with it.
 * Each run waits for a quiet machine (bench/quiet.mjs). Results go to
 * docs/benchmarks.md, "## Test suite", between its bench:tests markers (bench/doc-section.mjs).
 *
 * Options: --runs=3, --no-write. Linux only (/proc/stat).
 */
import { spawn, execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { writeResults } from './doc-section.mjs';
import { waitForQuiet } from './quiet.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = Object.fromEntries(process.argv.slice(2).map((a) => [a.replace(/^--/, '').split('=')[0], a.split('=')[1] ?? 'true']));
const RUNS = Number(args.runs ?? 3);
const WRITE = args['no-write'] === undefined;
/** @param {...unknown} m */
const log = (...m) => console.log('[bench:tests]', ...m);

/** CPU-seconds the machine has spent busy (user, system, interrupts) and niced since boot. */
function cpuTimes() {
	const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
	// Linux counts /proc/stat in USER_HZ, 100 a second on every architecture it runs on here.
	const hz = 100;
	const [user, nice, system, , , irq, softirq] = fields;
	return { busy: (user + system + irq + softirq) / hz, niced: nice / hz };
}

/**
 * Milliseconds for a fixed loop and map run on every core at once, the slowest core's: lower is
 * faster. The suite keeps both cores busy, and on this VM two busy cores can each be a fifth slower
 * than one alone, which a single-threaded index does not see.
 */
async function speedIndex() {
	const work = `
		const { parentPort } = process.getBuiltinModule('node:worker_threads');
		const start = process.hrtime.bigint();
		let x = 0;
		for (let i = 0; i < 3e8; i++) x = (x * 31 + i) | 0;
		const m = new Map();
		for (let i = 0; i < 2e6; i++) m.set('k' + i, i);
		parentPort.postMessage(Number(process.hrtime.bigint() - start) / 1e6 + (x & 0));`;
	const times = await Promise.all(
		cpus().map(() => new Promise((resolve, reject) => new Worker(work, { eval: true }).once('message', resolve).once('error', reject))),
	);
	return Math.max(...times);
}

/** @returns {Promise<{ code: number | null; out: string }>} */
function npmTest() {
	return new Promise((resolve) => {
		const child = spawn('npm', ['test'], { cwd: ROOT });
		let out = '';
		child.stdout.on('data', (d) => (out += d));
		child.stderr.on('data', (d) => (out += d));
		child.on('close', (code) => resolve({ code, out }));
	});
}

const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
// The benchmarks' own results in docs/ do not change what is measured.
const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no', '--', '.', ':!docs'], { cwd: ROOT, encoding: 'utf8' }).trim() !== '';
const rows = [];
for (let run = 1; run <= RUNS; run++) {
	const load = await waitForQuiet();
	const before = await speedIndex();
	const cpu = cpuTimes();
	const started = Date.now();
	const { code, out: raw } = await npmTest();
	// vitest colours its summary even when told not to.
	const out = raw.replace(/\x1b\[[0-9;]*m/g, '');
	const wall = (Date.now() - started) / 1000;
	const used = cpuTimes();
	const after = await speedIndex();
	// "Tests  1141 passed (1141)", or "Tests  1 failed | 1140 passed (1141)".
	const tests = out.match(/Tests\s+([^\n(]*?)\s*\(\d+\)/)?.[1].replace(' | ', ', ') ?? '—';
	const vitest = Number(out.match(/Duration\s+([\d.]+)s/)?.[1] ?? NaN);
	const row = {
		at: new Date(started).toISOString().slice(11, 16),
		tests,
		code,
		wall,
		vitest,
		busy: Math.round(used.busy - cpu.busy),
		niced: Math.round(used.niced - cpu.niced),
		speed: `${(before / 1000).toFixed(1)} → ${(after / 1000).toFixed(1)} s`,
		load: load.toFixed(1),
	};
	rows.push(row);
	log(`run ${run}: ${JSON.stringify(row)}`);
	// A failed run's time says little; what failed says why.
	if (code !== 0) for (const line of out.split('\n').filter((l) => /FAIL|×|Error/.test(l)).slice(0, 40)) log(line);
}

/** @param {number} s */
const minutes = (s) => (Number.isFinite(s) ? `${Math.floor(s / 60)} min ${Math.round(s % 60)} s` : '—');
const measured = `Measured ${new Date().toISOString().slice(0, 10)} on ${commit}${dirty ? ' with changes not committed' : ''}, ${cpus().length} CPU cores, Node ${process.version}:

| started (UTC) | load average at start | tests | exit code | wall time | vitest | busy (+niced) CPU-s | speed before → after |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${rows.map((r) => `| ${r.at} | ${r.load} | ${r.tests} | ${r.code} | ${minutes(r.wall)} | ${minutes(r.vitest)} | ${r.busy} (+${r.niced}) | ${r.speed} |`).join('\n')}`;
console.log('\n' + measured);
if (WRITE) {
	writeResults('tests', measured);
	log('written to docs/benchmarks.md ("Test suite")');
}
