/**
 * The browser build's `import()` calls as written, without Vite's preload helper.
 *
 * Vite wraps every dynamic import of a browser build in `__vitePreload(() => import(…), deps)`,
 * a helper that first asks for the imported chunk's own imports and stylesheets, and it keeps the
 * wrapper (and the helper's file, imported by every script that has an `import()`) even when there
 * is nothing to preload or `build.modulePreload` is false (vitejs/vite#13952, #18551). Here every
 * page's loaders (the search form's, the reading aids', the calculator's) start with an `import()`
 * after the first paint, so each page asked for the helper with its loader, a third link in the
 * chain of requests before the first paint: Lighthouse's simulation counted it, and the home
 * page's Largest Contentful Paint went from 1.34 s with it to 1.05 s without it, where the bare
 * Starlight page measured 1.21 s (docs/benchmarks.md, "Lighthouse").
 *
 * The dynamically imported chunks have nothing for the helper to do: they import only chunks
 * their importer has already loaded, and no stylesheet (the calculator's is linked in the page,
 * before the calculator). Should one come to import a stylesheet, the build stops and says so,
 * since only the helper would have loaded it.
 */
import { basename } from 'node:path';
import { parseSync } from 'vite';

const HELPER = '__vitePreload';
const HELPER_MODULE = '\0vite/preload-helper.js';

/**
 * `code` with each `__vitePreload(load, deps)` call replaced by `(load)()` and the helper's import
 * dropped once nothing calls it; null when the code has no such call.
 * @param {string} code a chunk of the browser build, before minification
 * @returns {string | null}
 */
export function unwrapDynamicImports(code) {
	if (!code.includes(HELPER)) return null;
	const { program, errors } = parseSync('chunk.js', code);
	if (errors.length > 0) throw new Error(`A chunk Vite wrote does not parse: ${errors[0].message}`);
	/** @type {{ start: number, end: number, text: string }[]} */
	const edits = [];
	/** @type {any[]} */
	const helperImports = [];
	/** @param {any} node */
	const visit = (node) => {
		if (!node || typeof node.type !== 'string') return;
		if (node.type === 'ImportDeclaration' && node.specifiers.some((/** @type {any} */ s) => s.local.name === HELPER)) helperImports.push(node);
		if (node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === HELPER) {
			const load = node.arguments[0];
			if (!load || !/FunctionExpression$/.test(load.type)) throw new Error(`${HELPER} called without a function: ${code.slice(node.start, node.end)}`);
			edits.push({ start: node.start, end: node.end, text: `(${code.slice(load.start, load.end)})()` });
			return; // a wrapped import() inside another is not written by Vite
		}
		for (const value of Object.values(node)) {
			if (Array.isArray(value)) value.forEach(visit);
			else if (value && typeof value === 'object') visit(value);
		}
	};
	visit(program);
	if (edits.length === 0) return null;
	// Where the helper is imported, the import goes with its calls; where the bundler put the helper
	// in the chunk itself, its definition stays, uncalled, for the minifier or for other chunks.
	for (const declaration of helperImports) {
		/** @type {any[]} */
		const others = declaration.specifiers.filter((/** @type {any} */ s) => s.local.name !== HELPER);
		if (others.some((s) => s.type !== 'ImportSpecifier')) throw new Error(`The preload helper is imported beside a default or namespace import: ${code.slice(declaration.start, declaration.end)}`);
		const text = others.length === 0 ? '' : `import { ${others.map((s) => code.slice(s.start, s.end)).join(', ')} } from ${code.slice(declaration.source.start, declaration.source.end)};`;
		edits.push({ start: declaration.start, end: declaration.end, text });
	}
	let out = code;
	for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
	return out;
}

/** @returns {import('vite').Plugin} */
export function plainDynamicImports() {
	return {
		name: 'kb:plain-dynamic-imports',
		applyToEnvironment: (environment) => environment.config.consumer === 'client',
		renderChunk(code) {
			const out = unwrapDynamicImports(code);
			return out === null ? null : { code: out, map: null };
		},
		generateBundle(_options, bundle) {
			const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
			const byName = new Map(chunks.map((c) => [c.fileName, c]));
			// What a dynamically imported chunk brings with it: its static imports, theirs, and so on.
			for (const chunk of chunks) {
				for (const target of chunk.dynamicImports) {
					/** @type {string[]} */
					const queue = [target];
					for (const name of queue) {
						const found = byName.get(name);
						if (!found) continue;
						const css = [...(found.viteMetadata?.importedCss ?? [])];
						if (css.length > 0) {
							this.error(
								`${target}, loaded with import() by ${chunk.fileName}, brings ${css.join(', ')}` +
									`${found.fileName === target ? '' : ` (imported by ${found.fileName})`}: ` +
									'without the preload helper (integrations/plain-dynamic-imports.mjs) no one would load it. ' +
									'Link the stylesheet in the page instead, as the calculator does.',
							);
						}
						for (const next of found.imports) if (!queue.includes(next)) queue.push(next);
					}
				}
			}
			// The helper's own chunk, which no chunk imports any more.
			for (const helper of chunks.filter((c) => c.moduleIds.length === 1 && c.moduleIds[0] === HELPER_MODULE)) {
				const users = chunks.filter((c) => c !== helper && c.code.includes(basename(helper.fileName)));
				if (users.length > 0) this.error(`${users.map((c) => c.fileName).join(', ')} still import the preload helper`);
				delete bundle[helper.fileName];
				for (const c of chunks) c.imports = c.imports.filter((name) => name !== helper.fileName);
			}
		},
	};
}
