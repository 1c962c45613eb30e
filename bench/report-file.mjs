/**
 * Writes a generated report's lines to a file in 1 MB batches, so a 300,000-row report is never
 * held whole in memory (the generator yields it line by line).
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

/**
 * @param {Iterable<string>} lines
 * @param {string} file
 */
export async function writeLines(lines, file) {
	const out = createWriteStream(file);
	let batch = '';
	for (const piece of lines) {
		batch += piece;
		if (batch.length > 1 << 20) {
			if (!out.write(batch)) await once(out, 'drain');
			batch = '';
		}
	}
	out.end(batch);
	await once(out, 'finish');
}
