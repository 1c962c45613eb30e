/**
 * The inline classic scripts of every page without their indentation and comments: Starlight's
 * `is:inline` scripts (the theme before the first paint, the sidebar's scroll position, the search
 * shortcut's label) and ours (the reading mode before the first paint, the search form's idle
 * deadline) go into the HTML as written, tabs and all. Vite minifies only the module scripts it
 * bundles.
 *
 * Why it matters: Lighthouse's simulated connection delivers a document's first 14,600 bytes
 * (ten 1,460-byte segments) in its first round trip and the rest a round trip later, and the
 * longest reference pages, with their headers, were just over that (docs/benchmarks.md,
 * "Lighthouse"). Written out, the scripts cost each page about 0.24 kB compressed.
 *
 * Only whitespace and comments go: no renaming and no rewriting beyond what a printer does
 * (Vite's Oxc minifier with `compress` and `mangle` off), so each script still runs as written,
 * its top-level names still the globals other scripts use. Runs before the Content-Security-Policy
 * hashes are taken (integrations/security-headers.mjs), so they are of the code that ships, and
 * records what each script was before (`.astro/script-origins/<outDir>.inline.json`), so that the
 * page-weight test can still tell Starlight's scripts from ours by their source.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minifySync } from 'vite';
import { codeHash } from './script-origins.mjs';
import { SCRIPT, htmlFiles, inlineScriptType } from './security-headers.mjs';

/** `type` values of classic scripts: module scripts come from Vite, minified already. */
const CLASSIC = new Set(['', 'text/javascript', 'application/javascript']);

/**
 * `html` with each inline classic script's text printed without indentation and comments, and
 * what each printed script was before, keyed by the printed text.
 * @param {string} html
 * @returns {{ html: string, originals: Map<string, string> }}
 */
export function minifiedInlineScripts(html) {
	/** @type {Map<string, string>} */
	const originals = new Map();
	const out = html.replace(SCRIPT, (whole, attrs, body, close) => {
		const type = inlineScriptType(attrs);
		if (type === null || !CLASSIC.has(type) || body.trim() === '') return whole;
		const result = minifySync('inline.js', body, { compress: false, mangle: false, module: false });
		if (result.errors?.length) {
			throw new Error(`An inline script does not parse: ${result.errors.map((e) => e.message).join('; ')}\n${body.slice(0, 200)}`);
		}
		const code = result.code.trim();
		// A printed string could spell the end tag that the original escaped; keep that one as written.
		if (/<\/script/i.test(code) || code.length >= body.trim().length) return whole;
		originals.set(code, body);
		return `${whole.slice(0, whole.length - body.length - close.length)}${code}${close}`;
	});
	return { html: out, originals };
}

/** @returns {import('astro').AstroIntegration} */
export function inlineScripts() {
	let root = '';
	return {
		name: 'kb:inline-scripts',
		hooks: {
			'astro:config:setup': ({ config }) => {
				root = fileURLToPath(config.root);
			},
			'astro:build:done': ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				/** @type {Record<string, string>} */
				const record = {};
				let saved = 0;
				for (const path of htmlFiles(outDir)) {
					const before = readFileSync(path, 'utf8');
					const { html, originals } = minifiedInlineScripts(before);
					if (html === before) continue;
					writeFileSync(path, html);
					saved += before.length - html.length;
					for (const [code, original] of originals) record[codeHash(code)] = original;
				}
				const out = join(root, '.astro', 'script-origins');
				mkdirSync(out, { recursive: true });
				writeFileSync(join(out, `${basename(outDir)}.inline.json`), JSON.stringify(record, null, '\t'));
				logger.info(`inline scripts printed without indentation and comments: ${saved} characters fewer in all`);
			},
		},
	};
}
