/**
 * Which sentence translates which, read from the aligned data itself (src/content/aligned/), not
 * from the ids the page gives its sentences: a page that paired the wrong sentences would still
 * give both sides matching ids.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { ROOT } from './site';

interface Block {
	id: string;
	zh: string;
	en: string;
	sentences?: { zh: number[]; en: number[] }[];
}

/** Plain-text passages only: the sentences end in 。！？ in Chinese, in . ! ? and a space in English. */
const split = {
	zh: (text: string) => text.split(/(?<=[。！？])/).map((s) => s.trim()).filter(Boolean),
	en: (text: string) => text.split(/(?<=[.!?])\s+/).map((s) => s.trim()).filter(Boolean),
};

/** The passage's sentence pairs, in order, as the aligned data pairs them. */
export function alignedSentences(doc: string, id: string): { zh: string; en: string }[] {
	const { blocks } = yaml.load(readFileSync(join(ROOT, 'src/content/aligned', `${doc}.yaml`), 'utf8')) as { blocks: Block[] };
	const block = blocks.find((b) => b.id === id);
	if (!block) throw new Error(`${doc}.yaml has no block ${id}`);
	if (/[[*_`<{]/.test(block.zh + block.en)) throw new Error(`${doc}#${id} has markup: pick a plain-text passage`);
	const zh = split.zh(block.zh);
	const en = split.en(block.en);
	const groups = block.sentences ?? zh.map((_, i) => ({ zh: [i + 1], en: [i + 1] }));
	if (!block.sentences && zh.length !== en.length) throw new Error(`${doc}#${id}: ${zh.length} Chinese and ${en.length} English sentences`);
	return groups.map((g) => ({ zh: g.zh.map((n) => zh[n - 1]).join(''), en: g.en.map((n) => en[n - 1]).join(' ') }));
}
