/**
 * Records where each bundled browser script came from, so the page-weight gate can tell
 * Starlight's JavaScript from ours. The built files do not say: Astro names chunks after the
 * component only, and inlines small scripts into the HTML with no name at all. The record is
 * keyed by the SHA-256 of the code as it lands in dist (trimmed, as Astro trims what it inlines)
 * and written outside the published output, to `.astro/script-origins/<outDir name>.json`.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** @param {string} code */
export const codeHash = (code) => createHash('sha256').update(code.trim()).digest('base64');

/**
 * `starlight`: every source module lives in a dependency (Starlight, or Astro's own prefetch);
 * `ours`: at least one module is this project's code.
 * @param {string[]} ids Rollup module ids
 */
function originOf(ids) {
	const files = ids.map((id) => id.replace(/\?.*$/, '')).filter((id) => id.startsWith('/'));
	return files.some((f) => !f.includes('/node_modules/')) ? 'ours' : 'starlight';
}

/** @returns {import('astro').AstroIntegration} */
export function scriptOrigins() {
	/** @type {Record<string, {origin: string, file: string, modules: string[]}>} */
	const byHash = {};
	let root = '';
	return {
		name: 'kb:script-origins',
		hooks: {
			'astro:config:setup': ({ config, updateConfig }) => {
				root = fileURLToPath(config.root);
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'kb:script-origins',
								// Before Astro's own plugin, which removes the chunks it inlines.
								enforce: 'pre',
								generateBundle(_options, bundle) {
									for (const chunk of Object.values(bundle)) {
										// JavaScript emitted as a ready-made asset comes from a dependency's Vite plugin
										// (Expressive Code's copy button, which Starlight bundles); this project emits none.
										if (chunk.type === 'asset' && chunk.fileName.endsWith('.js')) {
											const code = typeof chunk.source === 'string' ? chunk.source : Buffer.from(chunk.source).toString('utf8');
											byHash[codeHash(code)] = { origin: 'starlight', file: chunk.fileName, modules: [] };
										}
										// Only the browser build: its files land in `_astro/`; the server build's never ship.
										if (chunk.type !== 'chunk' || !chunk.fileName.startsWith('_astro/')) continue;
										const modules = chunk.moduleIds.map((id) => id.replace(root, ''));
										byHash[codeHash(chunk.code)] = { origin: originOf(chunk.moduleIds), file: chunk.fileName, modules };
									}
								},
							},
						],
					},
				});
			},
			'astro:build:done': ({ dir }) => {
				const out = join(root, '.astro', 'script-origins');
				mkdirSync(out, { recursive: true });
				writeFileSync(join(out, `${basename(fileURLToPath(dir))}.json`), JSON.stringify(byHash, null, '\t'));
			},
		},
	};
}
