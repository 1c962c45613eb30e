/**
 * Anchors that aligned documents render from data (`src/content/aligned/*.yaml`). The links
 * validator only sees headings written in Markdown, so links to these would look broken to it;
 * this tells it which page owns which anchors. Ids it does not know still fail the build.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';

/** @param {string} root project root */
export function alignedAnchors(root) {
	const docsDir = join(root, 'src/content/docs');
	/** @type {Map<string, Set<string>>} page path (e.g. `en/faq/`) → ids */
	const byPage = new Map();
	for (const file of readdirSync(docsDir, { recursive: true })) {
		const path = String(file);
		if (!/\.mdx?$/.test(path)) continue;
		const source = readFileSync(join(docsDir, path), 'utf8');
		const name = source.match(/^---[\s\S]*?^aligned:\s*(\S+)\s*$[\s\S]*?^---/m)?.[1];
		if (!name) continue;
		/** @type {any} */
		const doc = yaml.load(readFileSync(join(root, 'src/content/aligned', `${name}.yaml`), 'utf8'));
		// An embed (a component, no text) has only its own anchor; a pair has one per passage too.
		const ids = new Set(
			doc.blocks.flatMap((/** @type {{id: string, kind?: string}} */ b) =>
				b.kind === 'embed' ? [b.id] : [b.id, `${b.id}-zh`, `${b.id}-en`],
			),
		);
		const page = relative('.', path).replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '');
		byPage.set(page ? `${page}/` : '', ids);
	}
	return byPage;
}
