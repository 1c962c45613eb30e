/**
 * The benchmarks run the site's TypeScript (the report generator of the tests, the parser) in
 * Node: Vite bundles the named entries as ES modules into `outDir`, unminified, and they are
 * imported from there.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

/**
 * @param {Record<string, string>} entries name → TypeScript file
 * @param {string} outDir
 * @returns {Promise<Record<string, any>>} name → the module
 */
export async function bundleForNode(entries, outDir) {
	await build({
		configFile: false,
		logLevel: 'warn',
		build: { outDir, emptyOutDir: true, minify: false, lib: { entry: entries, formats: ['es'] } },
	});
	const modules = {};
	for (const name of Object.keys(entries)) modules[name] = await import(pathToFileURL(join(outDir, `${name}.js`)).href);
	return modules;
}
