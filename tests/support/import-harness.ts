/**
 * A bare page around src/components/calculator/import/report-import.ts, built by Vite (the
 * bundler Astro uses, so the worker is bundled the same way), for browser tests of the worker
 * before and apart from the calculator page. The page exposes the module as `window.reportImport`.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { ROOT } from './site';

export interface Harness {
	/** The built page's folder, to serve. */
	dir: string;
	remove(): void;
}

export async function buildImportHarness(): Promise<Harness> {
	const work = mkdtempSync(join(tmpdir(), 'import-harness-'));
	const src = join(work, 'src');
	mkdirSync(src);
	const importer = join(ROOT, 'src/components/calculator/import/report-import.ts').replaceAll('\\', '/');
	writeFileSync(join(src, 'main.js'), `import * as reportImport from ${JSON.stringify(importer)};\nwindow.reportImport = reportImport;\n`);
	writeFileSync(
		join(src, 'index.html'),
		'<!doctype html><html lang="en"><meta charset="utf-8"><title>report import</title>' +
			'<link rel="icon" href="data:,"><script type="module" src="./main.js"></script></html>',
	);
	const dir = join(work, 'dist');
	await build({ root: src, configFile: false, logLevel: 'warn', build: { outDir: dir, emptyOutDir: true }, worker: { format: 'es' } });
	return { dir, remove: () => rmSync(work, { recursive: true, force: true }) };
}
