/**
 * Where each benchmark puts its results in docs/benchmarks.md: between `<!-- bench:NAME -->` and
 * `<!-- /bench:NAME -->`, and nowhere else. What people wrote around a benchmark's table (runs
 * interleaved with another commit, what was tried and dropped, why a number moved) is never
 * replaced by the next run. A document without the markers gets them, with the results, at its end.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BENCHMARKS_DOC = join(fileURLToPath(new URL('..', import.meta.url)), 'docs', 'benchmarks.md');

/**
 * @param {string} name e.g. 'import'
 * @param {string} markdown the results, without the markers
 * @param {string} [file]
 */
export function writeResults(name, markdown, file = BENCHMARKS_DOC) {
	const open = `<!-- bench:${name} -->`;
	const close = `<!-- /bench:${name} -->`;
	const block = `${open}\n${markdown.trim()}\n${close}`;
	const doc = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n\nMeasured by the `npm run bench:*` scripts; timings are never asserted in tests.\n';
	const start = doc.indexOf(open);
	const end = doc.indexOf(close);
	if ((start === -1) !== (end === -1) || end < start) throw new Error(`${file}: the markers ${open} … ${close} are not a pair`);
	const updated = start === -1 ? `${doc.trimEnd()}\n\n${block}\n` : doc.slice(0, start) + block + doc.slice(end + close.length);
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, updated);
}
