/**
 * Reading the built site from disk. `dist/` is the root build, `dist-kb/` the one built under
 * BASE_PATH=/kb/ (see package.json). Tests fail with a clear message when a build is missing.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Element, Root } from 'hast';

export const ROOT = new URL('../..', import.meta.url).pathname;
export const DIST = join(ROOT, 'dist');
export const DIST_KB = join(ROOT, 'dist-kb');

export function requireBuild(dir = DIST): string {
	if (!existsSync(join(dir, 'index.html'))) {
		throw new Error(`No build in ${dir}: run "npm run build" (and "npm run build:kb") first, or just "npm test".`);
	}
	return dir;
}

/** Every locale page of a build, as URL paths (`/en/faq/`): the `index.html` files, 404 excluded. */
export function pagePaths(dir = DIST): string[] {
	requireBuild(dir);
	return (readdirSync(dir, { recursive: true }) as string[])
		.filter((f) => f.endsWith('index.html'))
		.filter((f) => !f.startsWith('pagefind'))
		.map((f) => '/' + relative('.', f).split(sep).join('/').replace(/index\.html$/, ''))
		.sort();
}

/** The page a static host serves for any path it has no file for. */
export const NOT_FOUND = '/404.html';

/**
 * Every page a visitor can land on: the locale pages and the 404 page. Loops that hold every
 * page to a rule (links, accessibility, CSP, page weight) iterate over this.
 */
export function allPages(dir = DIST): string[] {
	if (!existsSync(join(requireBuild(dir), NOT_FOUND))) throw new Error(`${dir} has no ${NOT_FOUND}: src/pages/404.astro builds it.`);
	return [...pagePaths(dir), NOT_FOUND];
}

/** The file a page path is built to: `/faq/` → `faq/index.html`, `/404.html` → itself. */
export function pageFile(path: string, dir = DIST): string {
	return join(requireBuild(dir), path.endsWith('.html') ? path : join(path, 'index.html'));
}

/**
 * Parsed pages, kept for the test worker's life: the build tests read the same 34 pages about 300
 * times (5 CPU-seconds of parsing), and a build does not change while they run. Frozen, so a test
 * that changed a tree would fail instead of changing what the next one reads.
 */
const parsed = new Map<string, Root>();

export function readPage(path: string, dir = DIST): Root {
	const file = pageFile(path, dir);
	let tree = parsed.get(file);
	if (!tree) {
		tree = deepFreeze(fromHtml(readFileSync(file, 'utf8')));
		parsed.set(file, tree);
	}
	return tree;
}

function deepFreeze<T>(value: T): T {
	if (value && typeof value === 'object' && !Object.isFrozen(value)) {
		Object.freeze(value);
		for (const child of Object.values(value)) deepFreeze(child);
	}
	return value;
}

export function readRaw(path: string, dir = DIST): string {
	return readFileSync(pageFile(path, dir), 'utf8');
}

/** Text as a reader sees it: whitespace runs folded. */
export function text(node: Element | Root): string {
	// Only ASCII white space folds: a no-break space in the source must survive publication.
	return toString(node).replace(/[ \t\n\r]+/g, ' ').replace(/^ | $/g, '');
}

/** The language an element is in: its own `lang` or its nearest ancestor's. */
export function langOf(tree: Root, target: Element): string | undefined {
	let found: string | undefined;
	const walk = (node: Root | Element, lang: string | undefined): boolean => {
		const own = node.type === 'element' && typeof node.properties.lang === 'string' ? node.properties.lang : lang;
		if (node === target) {
			found = own;
			return true;
		}
		return node.children.some((child) => child.type === 'element' && walk(child, own));
	};
	walk(tree, undefined);
	return found;
}

export { select, selectAll };
