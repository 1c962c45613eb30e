/**
 * `npm run bench:lighthouse`: Lighthouse (mobile preset: emulated phone, simulated slow 4G and
 * 4x CPU slowdown) on a page of each type of the built site (home, guideline, FAQ, calculator,
 * the Cancellation Rate reference page with its quotes, the marketplace comparison with its tables,
 * and the glossary), in both locales. The site is served as a static host serves it: HTML, CSS, JS, JSON, SVG and XML
 * compressed (brotli, or gzip for browsers without it) from files compressed ahead of time, with
 * the headers of the build's `_headers`. Writes the scores and transfer sizes to the
 * "## Lighthouse" section of docs/benchmarks.md, between its bench:lighthouse markers
 * (bench/doc-section.mjs). Needs `npm run build` first.
 *
 * Beside each page, in the same rounds and served the same way, its bare Starlight twin: the same
 * path, title and text in a Starlight site with nothing of ours (bench/bare-starlight.mjs). Each
 * page's Largest Contentful Paint is reported as a multiple of its twin's. Target: within 1.10×.
 */
import { existsSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { BENCHMARKS_DOC, writeResults } from './doc-section.mjs';
import { buildBareStarlight } from './bare-starlight.mjs';
import { precompressed, serveStatic } from './static-host.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const DIST = join(ROOT, 'dist');
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
/** Scored runs per page (at least 5: Lighthouse's own advice for a median that holds). */
const RUNS = Math.max(5, Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 5));
/** A run that ends in a Lighthouse error is tried again, up to this many attempts in all. */
const MAX_ATTEMPTS_A_RUN = 2;

if (!existsSync(join(DIST, 'index.html'))) {
	console.error('No build in dist/: run "npm run build" first.');
	process.exit(1);
}

/**
 * `--pages=/guideline/,/faq/` measures only those (each with its twin), while working on them: the
 * table is printed, and the one in docs/benchmarks.md, which holds every page, is left as it is.
 */
const ONLY = process.argv.find((a) => a.startsWith('--pages='))?.slice(8).split(',');
const PAGES = [
	'/',
	'/en/',
	'/guideline/',
	'/en/guideline/',
	'/faq/',
	'/en/faq/',
	'/calculator/',
	'/en/calculator/',
	'/cancellation-rate/',
	'/en/cancellation-rate/',
	'/marketplaces/',
	'/en/marketplaces/',
	'/glossary/',
	'/en/glossary/',
].filter((p) => existsSync(join(DIST, p, 'index.html')) && (!ONLY || ONLY.includes(p)));

const bareDir = precompressed(buildBareStarlight(DIST, PAGES));
const bare = await serveStatic(bareDir);
const dir = precompressed(DIST);
const site = await serveStatic(dir);
/** What is measured: each page of ours, right after its bare twin. */
const TARGETS = PAGES.flatMap((path) => [
	{ label: `bare Starlight ${path}`, origin: bare.origin, path },
	{ label: path, origin: site.origin, path },
]);
const chrome = await chromeLauncher.launch({
	chromePath: CHROME,
	chromeFlags: [
		'--headless=new',
		'--no-sandbox',
		'--disable-gpu',
		// Without these Chromium keeps dialling out on a closed network.
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--no-first-run',
		'--disable-quic',
	],
});

/** @type {{ path: string, scores: number[], bytes: number, lcp: string, lcpMs: number, ratio: string, tbt: string, failing: string[], perfAll: (number | string)[] }[]} */
const rows = [];
let version = '';
/**
 * One Lighthouse run of `target`, retried when Lighthouse cannot complete it (e.g. the page never
 * painted in time): such a run has no score and is listed with its error.
 * @param {{ label: string, origin: string, path: string }} target
 * @param {import("lighthouse").Result[]} into
 */
async function runOnce(target, into) {
	for (let attempt = 0; attempt < MAX_ATTEMPTS_A_RUN; attempt++) {
		const result = await lighthouse(`${target.origin}${target.path}`, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: CATEGORIES,
		});
		if (!result) throw new Error(`${target.label}: Lighthouse returned no result`);
		into.push(result.lhr);
		if (!result.lhr.runtimeError) return;
	}
}
try {
	// Round by round, every page and its twin once a round, rather than each page's runs one after
	// another: this machine's speed drifts over minutes, and a yardstick measured only at the start
	// of a run compared later pages with another machine. Each page's median then comes from the
	// same minutes as its twin's.
	/** @type {Map<string, import("lighthouse").Result[]>} */
	const runsOf = new Map(TARGETS.map((t) => [t.label, []]));
	for (let round = 0; round < RUNS; round++) {
		for (const target of TARGETS) await runOnce(target, /** @type {import("lighthouse").Result[]} */ (runsOf.get(target.label)));
		console.log(`round ${round + 1} of ${RUNS} done`);
	}
	for (const { label: path } of TARGETS) {
		const runs = /** @type {import("lighthouse").Result[]} */ (runsOf.get(path));
		const errors = runs.filter((r) => r.runtimeError).map((r) => `error (${r.runtimeError?.code})`);
		const scored = runs.filter((r) => !r.runtimeError && typeof r.categories.performance.score === 'number');
		if (scored.length === 0) throw new Error(`${path}: every Lighthouse run failed: ${errors.join(', ')}`);
		// Fewer scored runs than asked for shows in the last column, which lists every run.
		if (scored.length < RUNS) console.warn(`${path}: only ${scored.length} of ${RUNS} runs scored`);
		/** @param {import('lighthouse').Result} r */
		const perf = (r) => Math.round((r.categories.performance.score ?? 0) * 100);
		scored.sort((a, b) => perf(a) - perf(b));
		const lhr = scored[Math.floor((scored.length - 1) / 2)];
		version = lhr.lighthouseVersion;
		const scores = CATEGORIES.map((c) => Math.round((lhr.categories[c].score ?? 0) * 100));
		const bytes = lhr.audits['total-byte-weight'].numericValue ?? NaN;
		// In a category below 100, the weighted audits that cost points, with their values.
		const failing = CATEGORIES.filter((c, i) => scores[i] < 100).flatMap((c) =>
			lhr.categories[c].auditRefs
				.filter((ref) => ref.weight > 0 && (lhr.audits[ref.id].score ?? 1) < 1)
				.map((ref) => `${lhr.audits[ref.id].title} ${lhr.audits[ref.id].displayValue ?? ''}`.trim()),
		);
		const perfAll = [...scored.map(perf), ...errors];
		// Each metric's own median over the runs, not only the median-score run's value.
		/** @param {string} id */
		const medianOf = (id) => {
			const values = scored.map((r) => r.audits[id].numericValue ?? NaN).sort((a, b) => a - b);
			return values[Math.floor((values.length - 1) / 2)];
		};
		const lcpMs = medianOf('largest-contentful-paint');
		const lcp = `${(lcpMs / 1000).toFixed(2)} s`;
		const tbt = `${Math.round(medianOf('total-blocking-time'))} ms`;
		// The page's twin, measured in the same rounds just before it.
		const yardstick = rows.find((r) => r.path === `bare Starlight ${path}`);
		const ratio = yardstick ? `${(lcpMs / yardstick.lcpMs).toFixed(2)}×` : '—';
		rows.push({ path, scores, bytes, lcp, lcpMs, ratio, tbt, failing, perfAll });
		console.log(path, scores.join(' / '), `${(bytes / 1000).toFixed(1)} kB`, `LCP ${lcp} (${ratio})`, `TBT ${tbt}`, perfAll.join(','), failing.join(', '));
	}
} finally {
	await chrome.kill();
	await site.close();
	await bare.close();
	rmSync(dir, { recursive: true, force: true });
	rmSync(bareDir, { recursive: true, force: true });
}

// Debian's chromium wrapper script prints shell noise on stderr.
const chromeVersion = execFileSync(CHROME, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
const load = loadavg().map((l) => l.toFixed(1)).join(', ');
const today = new Date().toISOString().slice(0, 10);
const notBest = rows.filter((r) => r.failing.length > 0 && !r.path.startsWith('bare'));
const slow = rows.filter((r) => parseFloat(r.ratio) > 1.1);
const measured = `Measured ${today} with Lighthouse ${version} in ${chromeVersion} (headless), ${cpus().length} CPU cores, load average
${load} when it finished, ${RUNS} rounds of every page, each right after its bare Starlight twin (the same text, nothing of ours).

| page | performance (median) | accessibility | best practices | SEO | transfer size | LCP (median) | LCP ÷ its bare twin | TBT (median) | performance, all runs |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |
${rows.map((r) => `| ${r.path} | ${r.scores.join(' | ')} | ${(r.bytes / 1000).toFixed(1)} kB | ${r.lcp} | ${r.ratio} | ${r.tbt} | ${r.perfAll.join(', ')} |`).join('\n')}

${slow.length === 0 ? 'Every page’s LCP is within 1.10× of its bare Starlight twin’s.' : `Over 1.10× its bare Starlight twin: ${slow.map((r) => `${r.path} (${r.ratio})`).join(', ')}.`}

${
	notBest.length === 0
		? 'Every page scores 100 in every category.'
		: `Where a page is below 100, the audits that cost the points (median run):\n\n${notBest.map((r) => `- ${r.path}: ${r.failing.join('; ')}`).join('\n')}`
}
${ONLY || PAGES.some((p) => p.includes('calculator')) ? '' : '\nThe calculator pages did not exist in this build; the script includes them once they do.\n'}`;

console.log(measured);
if (ONLY) {
	console.log(`Only ${PAGES.join(', ')} measured: ${BENCHMARKS_DOC} keeps its table of every page.`);
} else {
	writeResults('lighthouse', measured);
	console.log(`Written to ${BENCHMARKS_DOC} ("Lighthouse")`);
}
