/**
 * Pagefind runs every index a page searches through the WebAssembly module of the page's own
 * language, and the dialog searches both languages' indexes (src/components/search/search-ui.ts). The
 * Chinese index has no module of its own ("unknown": no stemming), so on Chinese pages English
 * queries went unstemmed against the stemmed English index ("inventory" missed "inventori").
 * Pointing the Chinese index at the English module gives both pages the English stemmer; it
 * leaves Han text alone, so Chinese queries match exactly as before (tests/build/search.test.ts
 * runs the same queries from both languages' pages).
 *
 * Runs after Starlight's own `astro:build:done`, which writes the index: list it after Starlight.
 */
import { readFile, writeFile } from 'node:fs/promises';

/** @returns {import('astro').AstroIntegration} */
export function pagefindEnglishStemming() {
	return {
		name: 'kb:pagefind-english-stemming',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const file = new URL('./pagefind/pagefind-entry.json', dir);
				const entry = JSON.parse(await readFile(file, 'utf8'));
				const zh = entry.languages?.['zh-cn'];
				const en = entry.languages?.en;
				if (!zh || !en?.wasm) {
					throw new Error(`Expected Chinese and English Pagefind indexes in ${file.pathname}, found: ${Object.keys(entry.languages ?? {}).join(', ')}`);
				}
				zh.wasm = en.wasm;
				await writeFile(file, JSON.stringify(entry));
				logger.info('Chinese search index uses the English stemmer module for English queries.');
			},
		},
	};
}
