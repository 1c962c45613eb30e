/**
 * The build step that takes Vite's preload helper out of the browser build's `import()` calls
 * (integrations/plain-dynamic-imports.mjs), on chunks shaped as Vite hands them to `renderChunk`.
 */
import { describe, expect, it } from 'vitest';
import { plainDynamicImports, unwrapDynamicImports } from '../../integrations/plain-dynamic-imports.mjs';

describe('unwrapDynamicImports', () => {
	it('calls each wrapped import() directly and drops the helper’s import', () => {
		const chunk = [
			'import { t as __vitePreload } from "./preload-helper.!~{00g}~.js";',
			'const title = "亚马逊订单取消知识库";',
			'requestAnimationFrame(() => setTimeout(() => __vitePreload(() => import("./aids.!~{00k}~.js"), __VITE_PRELOAD__56c7), 0));',
			'const { PagefindUI } = await __vitePreload(async () => {',
			'\tconst { PagefindUI } = await import("./search-ui.!~{00j}~.js");',
			'\treturn { PagefindUI };',
			'}, __VITE_PRELOAD__7dcf);',
			'const label = "取消率";',
		].join('\n');
		expect(unwrapDynamicImports(chunk)).toBe(
			[
				'',
				'const title = "亚马逊订单取消知识库";',
				'requestAnimationFrame(() => setTimeout(() => (() => import("./aids.!~{00k}~.js"))(), 0));',
				'const { PagefindUI } = await (async () => {',
				'\tconst { PagefindUI } = await import("./search-ui.!~{00j}~.js");',
				'\treturn { PagefindUI };',
				'})();',
				'const label = "取消率";',
			].join('\n'),
		);
	});

	it('unwraps the calls where the helper is defined in the chunk itself, keeping its definition', () => {
		const chunk = 'const __vitePreload = (load, deps) => load();\nexport { __vitePreload as t };\n__vitePreload(() => import("./ui.js"), []);';
		expect(unwrapDynamicImports(chunk)).toBe('const __vitePreload = (load, deps) => load();\nexport { __vitePreload as t };\n(() => import("./ui.js"))();');
	});

	it('keeps the other names imported beside the helper', () => {
		expect(unwrapDynamicImports('import { a as b, t as __vitePreload } from "./search.js";\n__vitePreload(() => import("./x.js"), []);')).toBe(
			'import { a as b } from "./search.js";\n(() => import("./x.js"))();',
		);
	});

	it('leaves a chunk without the helper alone', () => {
		expect(unwrapDynamicImports('import("./x.js");')).toBeNull();
	});

	it('refuses what Vite does not write, rather than guess', () => {
		expect(() => unwrapDynamicImports('import h, { t as __vitePreload } from "./h.js"; __vitePreload(() => import("./x.js"), []);')).toThrow(/beside a default/);
		expect(() => unwrapDynamicImports('import { t as __vitePreload } from "./h.js"; __vitePreload(load, []);')).toThrow(/without a function/);
	});
});

describe('the plugin at the end of the browser build', () => {
	type Chunk = { type: 'chunk'; fileName: string; code: string; imports: string[]; dynamicImports: string[]; moduleIds: string[]; viteMetadata?: { importedCss: Set<string> } };
	const chunk = (fileName: string, fields: Partial<Chunk> = {}): Chunk => ({ type: 'chunk', fileName, code: '', imports: [], dynamicImports: [], moduleIds: [`/src/${fileName}`], ...fields });
	const run = (bundle: Record<string, Chunk>) => {
		const plugin = plainDynamicImports() as unknown as { generateBundle(this: unknown, options: unknown, bundle: unknown): void };
		plugin.generateBundle.call({ error: (message: string) => { throw new Error(message); } }, {}, bundle);
		return bundle;
	};

	it('removes the helper’s file once nothing imports it', () => {
		const bundle = run({
			'_astro/loader.js': chunk('_astro/loader.js', { code: 'import(`./aids.js`)', imports: ['_astro/preload-helper.js'], dynamicImports: ['_astro/aids.js'] }),
			'_astro/aids.js': chunk('_astro/aids.js'),
			'_astro/preload-helper.js': chunk('_astro/preload-helper.js', { moduleIds: ['\0vite/preload-helper.js'] }),
		});
		expect(Object.keys(bundle).sort()).toEqual(['_astro/aids.js', '_astro/loader.js']);
		expect(bundle['_astro/loader.js'].imports).toEqual([]);
	});

	it('stops the build when a chunk loaded with import() brings a stylesheet, which only the helper would load', () => {
		expect(() =>
			run({
				'_astro/loader.js': chunk('_astro/loader.js', { code: 'import(`./element.js`)', dynamicImports: ['_astro/element.js'] }),
				'_astro/element.js': chunk('_astro/element.js', { imports: ['_astro/shared.js'] }),
				'_astro/shared.js': chunk('_astro/shared.js', { viteMetadata: { importedCss: new Set(['_astro/calculator.css']) } }),
			}),
		).toThrow('_astro/element.js, loaded with import() by _astro/loader.js, brings _astro/calculator.css (imported by _astro/shared.js)');
	});

	it('stops the build when a chunk still imports the helper', () => {
		expect(() =>
			run({
				'_astro/loader.js': chunk('_astro/loader.js', { code: 'import{t as e}from"./preload-helper.js";e(()=>import(`./a.js`),[])' }),
				'_astro/preload-helper.js': chunk('_astro/preload-helper.js', { moduleIds: ['\0vite/preload-helper.js'] }),
			}),
		).toThrow(/loader\.js still import/);
	});
});
