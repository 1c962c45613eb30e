/**
 * The calculator's modules import one another in layers, never in a loop: a loop (import-ui.ts ↔
 * report-view.ts ↔ causes-view.ts over the ImportContext type, issue 23) makes a module's
 * dependencies run after it, and its shared types no home of their own. Type-only imports count:
 * they are the loop that hid the missing home.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../src/components/calculator');

function modules(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? modules(join(dir, entry.name)) : /\.ts$/.test(entry.name) ? [join(dir, entry.name)] : [],
	);
}

/** The relative imports (static, type-only, re-exports and import()) of a module, as files. */
function importsOf(file: string): string[] {
	const text = readFileSync(file, 'utf8');
	const specifiers = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"`](\.{1,2}\/[^'"`]+)['"`]/g)].map((m) => m[1]!);
	return specifiers.map((s) => resolve(dirname(file), s.replace(/\.(js|ts)$/, '') + '.ts'));
}

/** Every loop of imports among `files`, each as the chain of files that closes it. */
function cycles(files: string[]): string[][] {
	const graph = new Map(files.map((f) => [f, importsOf(f).filter((to) => files.includes(to))]));
	const found: string[][] = [];
	const state = new Map<string, 'open' | 'done'>();
	const visit = (file: string, path: string[]) => {
		if (state.get(file) === 'done') return;
		if (state.get(file) === 'open') return void found.push([...path.slice(path.indexOf(file)), file]);
		state.set(file, 'open');
		for (const to of graph.get(file)!) visit(to, [...path, file]);
		state.set(file, 'done');
	};
	for (const file of files) visit(file, []);
	return found.map((loop) => loop.map((f) => relative(ROOT, f)));
}

describe('calculator modules', () => {
	it('finds a loop when there is one (the checker itself)', () => {
		const a = join(ROOT, 'import/import-ui.ts');
		const b = join(ROOT, 'import/report-view.ts');
		// report-view.ts imports nothing from import-ui.ts now, import-ui.ts imports it: one edge.
		expect(importsOf(a)).toContain(b);
		expect(importsOf(b)).not.toContain(a);
	});

	it('import no module of theirs in a loop', () => {
		const files = modules(ROOT);
		expect(files.length).toBeGreaterThan(10);
		expect(cycles(files)).toEqual([]);
	});
});
