/**
 * `npm run bench:long-tasks`: the long tasks of each page type as it loads, in Chromium with the
 * CPU slowed down 4× (CDP `Emulation.setCPUThrottlingRate`, the slowdown of Lighthouse's mobile
 * preset), what each one spent its time on, and the blocking time they add up to: each task's
 * part over 50 ms, counted from the first contentful paint, as Lighthouse counts Total Blocking
 * Time. Lighthouse's own TBT (bench/lighthouse.mjs) is simulated from one unthrottled trace and
 * moves with whatever else the machine runs; a task list, with each task split into script (by
 * file), style and layout, HTML parsing and paint, says which work to cut, which Lighthouse does not.
 *
 * `--pages=/guideline/,/calculator/` measures only those; `--runs=N` (default 5) the runs a page,
 * whose medians are printed; `--dist=DIR` another build (a copy of dist/ from before a change, to
 * compare in the same minutes); `--profile` adds the functions of ours that took the most time
 * (sampling profiler) on each page's first run; `--without=aids,element` loads the pages without
 * the scripts whose names start so (what the page costs without them); `--write` puts the table into docs/benchmarks.md
 * ("## Lighthouse", between the bench:long-tasks markers). Needs `npm run build` first.
 */
import { existsSync, rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { writeResults } from './doc-section.mjs';
import { precompressed, serveStatic } from './static-host.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const DIST = arg('dist') ?? join(ROOT, 'dist');
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
const RUNS = Math.max(1, Number(arg('runs') ?? 5));
const PROFILE = process.argv.includes('--profile');
const WITHOUT = arg('without')?.split(',') ?? [];
/** Lighthouse's mobile preset: 4× slower CPU; a task blocks for its part over 50 ms. */
const SLOWDOWN = 4;
const BLOCKING_MS = 50;
const ALL = ['/', '/en/', '/guideline/', '/en/guideline/', '/faq/', '/en/faq/', '/calculator/', '/en/calculator/', '/cancellation-rate/', '/en/cancellation-rate/'];
const PAGES = (arg('pages')?.split(',') ?? ALL).filter((p) => existsSync(join(DIST, p, 'index.html')));

if (!existsSync(join(DIST, 'index.html'))) {
	console.error(`No build in ${DIST}: run "npm run build" first.`);
	process.exit(1);
}

/** Trace events by what they are: what a long task's time went to. */
const KINDS = [
	[/^(Layout|UpdateLayoutTree|RecalculateStyles|InvalidateLayout|ScheduleStyleRecalculation)$/, 'style & layout'],
	[/^(ParseHTML|ParseAuthorStyleSheet|DecodedDataDocumentParser::AppendBytes)$/, 'parse'],
	[/^(Paint|PrePaint|Layerize|Commit|PaintImage|UpdateLayer|Decode.*)$/, 'paint'],
	[/^(v8\.|V8\.|FunctionCall|EvaluateScript|TimerFire|FireIdleCallback|FireAnimationFrame|EventDispatch|RunMicrotasks|MajorGC|MinorGC)/, 'script'],
];
const kindOf = (name) => KINDS.find(([pattern]) => pattern.test(name))?.[1];
const fileOf = (e) => (e.args?.data?.url ?? e.args?.fileName ?? '').replace(/^.*\//, '').replace('_astro_type_script_index_0_lang', '');

/**
 * Each task's own time, split by kind (a script's time by its file, "module" for a module's
 * evaluation, whose trace event names no file): every event's time less its children's goes to
 * its kind, or its nearest ancestor's.
 */
function breakdown(task, events) {
	const inside = events.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
	const parts = new Map();
	const stack = [{ e: task, kind: 'other', file: '', self: task.dur }];
	const close = (frame) => {
		const key = frame.kind === 'script' ? `script ${frame.file || 'module'}` : frame.kind;
		parts.set(key, (parts.get(key) ?? 0) + frame.self / 1000);
	};
	for (const e of inside) {
		while (stack.length > 1 && e.ts >= stack.at(-1).e.ts + stack.at(-1).e.dur) close(stack.pop());
		const parent = stack.at(-1);
		parent.self -= e.dur;
		const kind = kindOf(e.name) ?? parent.kind;
		stack.push({ e, kind, file: fileOf(e) || (kind === 'script' ? parent.file : ''), self: e.dur });
	}
	while (stack.length) close(stack.pop());
	return [...parts].filter(([, ms]) => ms >= 3).sort((a, b) => b[1] - a[1]);
}

/**
 * The time of each script file of the site's within [from, to] (trace clock, µs), from the CPU
 * profile's samples: a sample counts for the innermost of the site's own files on its stack, so
 * the browser's work a script asks for (an Intl constructor, a forced layout) counts for it.
 */
function scriptTimes(profile, from, to) {
	const byId = new Map(profile.nodes.map((n) => [n.id, n]));
	const parent = new Map();
	for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
	const fileAt = new Map();
	const fileOfNode = (id) => {
		if (!fileAt.has(id)) {
			const { url } = byId.get(id).callFrame;
			fileAt.set(id, url.includes('/_astro/') || /\/(index\.html)?$/.test(url) ? fileOf({ args: { data: { url } } }) || 'inline' : parent.has(id) ? fileOfNode(parent.get(id)) : null);
		}
		return fileAt.get(id);
	};
	const times = new Map();
	let t = profile.startTime;
	for (let i = 0; i < profile.samples.length; i++) {
		t += profile.timeDeltas[i] ?? 0;
		const next = t + (profile.timeDeltas[i + 1] ?? 0);
		if (next <= from || t >= to) continue;
		const file = fileOfNode(profile.samples[i]);
		if (file) times.set(file, (times.get(file) ?? 0) + (Math.min(next, to) - Math.max(t, from)) / 1000);
	}
	return [...times].filter(([, ms]) => ms >= 3).sort((a, b) => b[1] - a[1]);
}

/** The functions with the most time of their own in a CPU profile, ours only (/_astro/). */
function hottest(profile, count = 12) {
	const self = new Map();
	const byId = new Map(profile.nodes.map((n) => [n.id, n]));
	for (let i = 0; i < profile.samples.length; i++) {
		const { callFrame } = byId.get(profile.samples[i]);
		if (!callFrame.url.includes('/_astro/')) continue;
		const key = `${callFrame.functionName || '(anonymous)'} ${fileOf({ args: { data: callFrame } })}:${callFrame.lineNumber + 1}:${callFrame.columnNumber + 1}`;
		self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
	}
	return [...self].sort((a, b) => b[1] - a[1]).slice(0, count);
}

/**
 * The page is done starting up: every custom element defined (but Starlight's markers for its
 * sidebar script, which nothing defines), the reading aids listening. Asked every 250 ms, in a task
 * of its own, and cheaply: asked in every frame, as tests/support/browser.ts asks, it lengthened
 * the frames' tasks it measures.
 */
function started() {
	return (
		document.readyState === 'complete' &&
		!document.querySelector(':not(:defined):not(sl-sidebar-state-persist, sl-sidebar-restore)') &&
		!document.querySelector('aligned-doc:not([data-aids])')
	);
}
/** Without some scripts (--without), the page is done once it has loaded. */
function loaded() {
	return document.readyState === 'complete';
}

async function measure(browser, url, profiling) {
	// A fresh context each run: a first visit, nothing cached (Lighthouse's cold load), on a phone's screen.
	const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOWDOWN });
	const left = (u) => WITHOUT.some((name) => new URL(u).pathname.startsWith(`/_astro/${name}`));
	if (WITHOUT.length) await page.route(left, (route) => route.abort());
	const events = [];
	cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
	const traced = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
	await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'v8', 'loading'] } });
	{
		await cdp.send('Profiler.enable');
		await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
		await cdp.send('Profiler.start');
	}
	await page.goto(url, { waitUntil: 'load' });
	await page.waitForFunction(WITHOUT.length ? loaded : started, undefined, { timeout: 60_000, polling: 250 });
	// Work the page leaves for later (idle callbacks, timeouts) still belongs to its start-up.
	await page.waitForTimeout(2000);
	const { profile } = await cdp.send('Profiler.stop');
	await cdp.send('Tracing.end');
	await traced;
	await context.close();
	// The page's own main thread: where its first contentful paint was recorded.
	const fcp = events.filter((e) => e.name === 'firstContentfulPaint').at(-1);
	if (!fcp) throw new Error(`${url}: no first contentful paint in the trace`);
	const thread = events.filter((e) => e.pid === fcp.pid && e.tid === fcp.tid && e.ph === 'X');
	const tasks = thread
		.filter((e) => e.name === 'RunTask' && e.ts + e.dur > fcp.ts)
		// Lighthouse counts a task that straddles the first paint from the paint on.
		.map((e) => ({ e, ms: (e.ts + e.dur - Math.max(e.ts, fcp.ts)) / 1000, at: (e.ts - fcp.ts) / 1000 }))
		.filter((t) => t.ms > BLOCKING_MS);
	return {
		tasks: tasks.map((t) => ({ ms: t.ms, at: t.at, parts: breakdown(t.e, thread), scripts: scriptTimes(profile, t.e.ts, t.e.ts + t.e.dur) })),
		tbt: tasks.reduce((sum, t) => sum + t.ms - BLOCKING_MS, 0),
		profile: profiling ? profile : undefined,
	};
}

/** The scripts the after-paint loaders bring (src/components/after-paint/): the reading aids, the calculator, the loaders. */
const AFTER_PAINT = /^(aids|element|Aids|AidsAndCalculator|Calculator)\./;
/** The longest task in which those scripts ran for 5 ms or more (0 when none was long). */
const longestOurs = (run) => Math.max(0, ...run.tasks.filter((t) => t.scripts.some(([file, ms]) => AFTER_PAINT.test(file) && ms >= 5)).map((t) => t.ms));

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
const describe = (parts) => parts.map(([what, ms]) => `${what} ${Math.round(ms)}`).join(', ');

const dir = precompressed(DIST);
const site = await serveStatic(dir);
const browser = await chromium.launch({
	executablePath: CHROME,
	headless: true,
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
const version = browser.version();
const rows = [];
try {
	for (const path of PAGES) {
		const runs = [];
		for (let run = 0; run < RUNS; run++) {
			const result = await measure(browser, `${site.origin}${path}`, PROFILE && run === 0);
			runs.push(result);
			console.log(`${path} run ${run + 1}: blocking ${Math.round(result.tbt)} ms`);
			for (const t of result.tasks) console.log(`  at +${Math.round(t.at)} ms, ${Math.round(t.ms)} ms: ${describe(t.parts)}${t.scripts.length ? `; scripts: ${describe(t.scripts)}` : ''}`);
			if (result.profile) {
				console.log(`  the functions of ours that took the most time (ms, throttled ${SLOWDOWN}×):`);
				for (const [fn, ms] of hottest(result.profile)) console.log(`  ${ms.toFixed(1).padStart(7)}  ${fn}`);
			}
		}
		// Our scripts' share of the long tasks, in the median run by blocking time.
		const mid = [...runs].sort((a, b) => a.tbt - b.tbt)[Math.floor((runs.length - 1) / 2)];
		const scripts = new Map();
		for (const t of mid.tasks) for (const [file, ms] of t.scripts) scripts.set(file, (scripts.get(file) ?? 0) + ms);
		rows.push({
			path,
			tbt: Math.round(median(runs.map((r) => r.tbt))),
			longest: Math.round(median(runs.map((r) => Math.max(0, ...r.tasks.map((t) => t.ms))))),
			ours: Math.round(median(runs.map(longestOurs))),
			oursAll: runs.map((r) => Math.round(longestOurs(r))).join(', '),
			all: runs.map((r) => `${Math.round(r.tbt)} (${r.tasks.map((t) => Math.round(t.ms)).join(', ') || '—'})`),
			scripts: describe([...scripts].filter(([, ms]) => ms >= 5).sort((a, b) => b[1] - a[1])) || '—',
		});
	}
} finally {
	await browser.close();
	await site.close();
	rmSync(dir, { recursive: true, force: true });
}

const load = loadavg().map((l) => l.toFixed(1)).join(', ');
const table = `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench:long-tasks\` in Chromium ${version} (headless), CPU ${SLOWDOWN}× slower, ${cpus().length} CPU cores, load average ${load} when it finished, ${RUNS} runs a page.

| page | longest task running the after-paint scripts (median; each run) | script in the long tasks (median run, ms) | blocking time after FCP (median) | longest task (median) | each run: blocking time (long tasks, ms) |
| --- | ---: | --- | ---: | ---: | --- |
${rows.map((r) => `| ${r.path} | ${r.ours ? `${r.ours} ms` : 'none over 50 ms'} (${r.oursAll}) | ${r.scripts} | ${r.tbt} ms | ${r.longest} ms | ${r.all.join('; ')} |`).join('\n')}`;
console.log(`\n${table}`);
if (process.argv.includes('--write')) writeResults('long-tasks', table);
