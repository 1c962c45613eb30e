/**
 * What a built page costs to load, in gzip bytes, read from the build on disk: its HTML, the
 * stylesheets it links, and the JavaScript it runs at load (external scripts with the modules they
 * import, followed transitively, and inline scripts). Each script is attributed to Starlight
 * (Starlight, Astro, Pagefind's UI: code from node_modules) or to us, from the record
 * integrations/script-origins.mjs writes during the build.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { ROOT, DIST, readRaw, readPage, selectAll } from './site';
import type { Element } from 'hast';
import { toString } from 'hast-util-to-string';

export type PageType = 'home' | 'guideline' | 'faq' | 'calculator' | 'reference' | 'glossary' | 'marketplaces' | 'not-found';
export type Origin = 'starlight' | 'ours';

/** Page type from the URL path: the same type in both locales and under any base path. */
export function pageType(path: string, base = '/'): PageType {
	const rest = ('/' + path.slice(base.length)).replace(/^\/en\//, '/');
	if (rest === '/') return 'home';
	if (rest === '/404.html') return 'not-found';
	if (rest === '/guideline/') return 'guideline';
	if (rest === '/faq/') return 'faq';
	if (rest === '/calculator/') return 'calculator';
	if (rest === '/marketplaces/') return 'marketplaces';
	if (rest === '/glossary/') return 'glossary';
	return 'reference';
}

/** zlib's default level, the one static hosts and size-limit use. */
export const gzipSize = (content: string | Buffer) => gzipSync(content).length;

export interface ScriptCost {
	/** File in the build, or `inline`. */
	source: string;
	origin: Origin;
	gzip: number;
}

export interface PageWeight {
	path: string;
	type: PageType;
	html: number;
	css: number;
	/** The stylesheets the first paint waits for: linked in the head, for the screen. */
	blockingCss: number;
	scripts: ScriptCost[];
	js: number;
	ours: number;
	/** Scripts imported dynamically, loaded later without the reader asking (Pagefind's UI on idle) or on demand. */
	lazy: ScriptCost[];
	lazyJs: number;
}

interface OriginRecord {
	origin: Origin;
	file: string;
}

const records = new Map<string, Map<string, OriginRecord>>();
function originRecord(dir: string): Map<string, OriginRecord> {
	const cached = records.get(dir);
	if (cached) return cached;
	const file = join(ROOT, '.astro', 'script-origins', `${basename(dir)}.json`);
	if (!existsSync(file)) throw new Error(`${file} is missing: it is written by the build (integrations/script-origins.mjs).`);
	const record = new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, OriginRecord>));
	records.set(dir, record);
	return record;
}

/** What each inline classic script was before the build printed it without indentation. */
const printedRecords = new Map<string, Map<string, string>>();
function printedRecord(dir: string): Map<string, string> {
	const cached = printedRecords.get(dir);
	if (cached) return cached;
	const file = join(ROOT, '.astro', 'script-origins', `${basename(dir)}.inline.json`);
	if (!existsSync(file)) throw new Error(`${file} is missing: it is written by the build (integrations/inline-scripts.mjs).`);
	const record = new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>));
	printedRecords.set(dir, record);
	return record;
}

/** Every .astro/.ts/.js file of Starlight, where its `is:inline` scripts are written verbatim. */
let starlightSources: string[] | undefined;
function starlightSource(): string[] {
	const dir = join(ROOT, 'node_modules', '@astrojs', 'starlight');
	starlightSources ??= (readdirSync(dir, { recursive: true }) as string[])
		.filter((f) => /\.(astro|ts|js)$/.test(f) && !f.includes('node_modules'))
		.map((f) => readFileSync(join(dir, f), 'utf8'));
	return starlightSources;
}

const codeHash = (code: string) => createHash('sha256').update(code.trim()).digest('base64');

/**
 * Bundled code is looked up in the build's record; code Astro passes through untouched
 * (`is:inline`) is Starlight's when Starlight's source contains it. Anything else is ours, so an
 * unknown script can never hide in Starlight's share.
 */
function originOf(code: string, record: Map<string, OriginRecord>, file?: string, printed?: Map<string, string>): Origin {
	// Files by name: Vite still rewrites a chunk's preload list after the record is taken.
	const known = file ? [...record.values()].find((r) => r.file === file) : record.get(codeHash(code));
	if (known) return known.origin;
	// An inline classic script is printed without its indentation after the build (integrations/inline-scripts.mjs).
	const body = (printed?.get(codeHash(code)) ?? code).trim();
	return body.length > 0 && starlightSource().some((src) => src.includes(body)) ? 'starlight' : 'ours';
}

/** Dynamic imports, `import("x")`, as Vite writes them (its Oxc minifier writes some strings as template literals). */
export function dynamicImports(code: string): string[] {
	// A template literal with a placeholder (Pagefind's `${base}pagefind.js`) is no file of the build.
	return [...code.matchAll(/(?:^|[^\w$.])import\(\s*(?:["']([^"']+)["']|`([^`$]+)`)\s*\)/g)].map((m) => m[1] ?? m[2]);
}

/** Static imports of an ES module (`import … from "x"`, `import "x"`, `export … from "x"`); not `import("x")`, which loads later, on demand. */
export function staticImports(code: string): string[] {
	const found: string[] = [];
	for (const m of code.matchAll(/(?:^|[^\w$.])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'`]([^"'`]+)["'`]/g)) {
		// Bundled chunks import each other by relative path; anything else is a string such as "import".
		if (/^\.{1,2}\//.test(m[1])) found.push(m[1]);
	}
	return found;
}

function fileFor(url: string, pagePath: string, dir: string, base: string): string {
	const resolved = new URL(url, `http://site${pagePath}`).pathname;
	if (!resolved.startsWith(base)) throw new Error(`${pagePath} loads ${url}, outside the base path ${base}`);
	return join(dir, resolved.slice(base.length));
}

export function pageWeight(path: string, dir = DIST, base = '/'): PageWeight {
	const record = originRecord(dir);
	const raw = readRaw(path.slice(base.length - 1), dir);
	const tree = readPage(path.slice(base.length - 1), dir);
	const attr = (el: Element, name: string) => {
		const v = el.properties[name];
		return Array.isArray(v) ? v.join(' ') : v === undefined || v === null ? undefined : String(v);
	};

	const cssOf = (links: Element[]) =>
		links.map((link) => readFileSync(fileFor(attr(link, 'href')!, path, dir, base))).reduce((sum, content) => sum + gzipSize(content), 0);
	const css = cssOf(selectAll('link[rel~=stylesheet][href]', tree));
	const blockingCss = cssOf(selectAll('head link[rel~=stylesheet][href]', tree).filter((link) => attr(link, 'media') !== 'print'));

	const scripts: ScriptCost[] = [];
	const lazy: ScriptCost[] = [];
	const seen = new Set<string>();
	const deferred: string[] = [];
	const addFile = (file: string, list = scripts) => {
		if (seen.has(file)) return;
		seen.add(file);
		const code = readFileSync(file, 'utf8');
		const source = posix.relative(dir, file);
		list.push({ source, origin: originOf(code, record, source), gzip: gzipSize(code) });
		for (const spec of staticImports(code)) addFile(join(file, '..', spec), list);
		deferred.push(...dynamicImports(code).map((spec) => join(file, '..', spec)));
	};
	for (const script of selectAll('script', tree)) {
		const type = attr(script, 'type') ?? '';
		if (!['', 'module', 'text/javascript'].includes(type)) continue;
		const src = attr(script, 'src');
		if (src) addFile(fileFor(src, path, dir, base));
		else {
			const code = toString(script);
			scripts.push({ source: 'inline', origin: originOf(code, record, undefined, printedRecord(dir)), gzip: gzipSize(code) });
		}
	}
	for (const link of selectAll('link[rel~=modulepreload][href]', tree)) addFile(fileFor(attr(link, 'href')!, path, dir, base));
	// Whatever those import dynamically, and so on, once each; a file already loaded costs nothing.
	while (deferred.length > 0) addFile(deferred.shift()!, lazy);

	const sum = (list: ScriptCost[]) => list.reduce((s, x) => s + x.gzip, 0);
	return {
		path,
		type: pageType(path, base),
		html: gzipSize(raw),
		css,
		blockingCss,
		scripts,
		js: sum(scripts),
		ours: sum(scripts.filter((s) => s.origin === 'ours')),
		lazy,
		lazyJs: sum(lazy),
	};
}
