/**
 * Sentence pairs inside one aligned pair: each passage's paragraphs are split into sentences at
 * build time and each sentence is wrapped in `<span data-s="n">`, where `n` is the same on the
 * Chinese and the English side for sentences that say the same thing. The wrapping only splits
 * text nodes; it never adds or removes a character, so the published text, the search index and
 * the faithful-text tests see exactly what they saw before.
 *
 * Pairing: by order when both passages have as many sentences; otherwise by the pair's
 * `sentences` field in the aligned YAML; otherwise not at all (the paragraph stays the unit).
 */
import { z } from 'astro/zod';
import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { Lang } from './lang';

/**
 * How a pair's sentences group when the two languages do not split alike: each entry lists the
 * 1-based sentence numbers, consecutive and in the same paragraph, that say the same thing on each
 * side, e.g. `[{ zh: [1], en: [1] }, { zh: [2], en: [2, 3] }]`. For a FAQ question it describes
 * the answer.
 */
export const sentenceGroupsSchema = z
	.array(z.object({ zh: z.array(z.number().int().positive()).min(1), en: z.array(z.number().int().positive()).min(1) }).strict())
	.min(1);
export type SentenceGroups = z.infer<typeof sentenceGroupsSchema>;

/** The attribute that carries a sentence's pair id (`data-s` in HTML). */
export const PAIR_ATTRIBUTE = 'dataS';

const segmenters: Partial<Record<Lang, Intl.Segmenter>> = {};

/** Sentences of a text as [start, end) offsets, white space at either end left outside. */
export function splitSentences(text: string, lang: Lang): [number, number][] {
	segmenters[lang] ??= new Intl.Segmenter(lang, { granularity: 'sentence' });
	const ranges: [number, number][] = [];
	for (const { segment, index } of segmenters[lang].segment(text)) {
		const start = index + (segment.length - segment.trimStart().length);
		const end = index + segment.trimEnd().length;
		if (end > start) ranges.push([start, end]);
	}
	// Unicode's rules keep an opening bracket or quote that follows 。 with the sentence before it
	// (they count it as closing punctuation, and Chinese puts no space in between): it opens the next.
	for (let i = 0; i + 1 < ranges.length; i++) {
		let end = ranges[i][1];
		while (end > ranges[i][0] + 1 && /[\p{Ps}\p{Pi}]/u.test(text[end - 1])) end--;
		if (end < ranges[i][1]) ranges[i + 1][0] = end;
		ranges[i][1] = end;
	}
	return ranges;
}

/** Block elements whose text is split into sentences; tables are not prose and stay whole, and a
 * disclosure of Amazon's words (evidence.ts) is a quotation behind the passage, not its text. */
function proseBlocks(root: Root | Element): Element[] {
	const found: Element[] = [];
	const walk = (node: Root | Element) => {
		for (const child of node.children) {
			if (child.type !== 'element' || child.tagName === 'table' || child.tagName === 'details') continue;
			const hasBlocks = child.children.some((c) => c.type === 'element' && ['p', 'ul', 'ol', 'div'].includes(c.tagName));
			if ((child.tagName === 'p' || child.tagName === 'li') && !hasBlocks) found.push(child);
			else walk(child);
		}
	};
	walk(root);
	return found;
}

interface Sentence {
	block: Element;
	start: number;
	end: number;
}

const childText = (node: ElementContent) => (node.type === 'text' ? node.value : node.type === 'element' ? toString(node) : '');

/**
 * The sentences of a block whose boundaries fall in its own text nodes. A boundary inside an
 * inline element (a link or emphasis holding the end of one sentence and the start of the next)
 * cannot be cut without splitting the element, so that block is left whole: it yields none.
 */
function blockSentences(block: Element, lang: Lang): Sentence[] {
	const texts = block.children.map(childText);
	const full = texts.join('');
	// Offsets where a cut is allowed: anywhere inside a text node and between children.
	const cuttable = new Set<number>([0]);
	let offset = 0;
	for (const [i, child] of block.children.entries()) {
		const length = texts[i].length;
		if (child.type === 'text') for (let k = 1; k < length; k++) cuttable.add(offset + k);
		offset += length;
		cuttable.add(offset);
	}
	const ranges = splitSentences(full, lang);
	if (ranges.some(([s, e]) => !cuttable.has(s) || !cuttable.has(e))) return [];
	return ranges.map(([start, end]) => ({ block, start, end }));
}

/** Every sentence of a passage, in reading order. */
export function passageSentences(root: Root, lang: Lang): Sentence[] {
	return proseBlocks(root).flatMap((block) => blockSentences(block, lang));
}

/**
 * Wraps each unit (a run of sentences of one block) in a span carrying its pair id. Text nodes are
 * cut at the units' edges; elements, never cut, go whole into the unit they lie in.
 */
function wrapUnits(units: { id: number; sentences: Sentence[] }[]): void {
	const byBlock = new Map<Element, { id: number; start: number; end: number }[]>();
	for (const { id, sentences } of units) {
		const block = sentences[0].block;
		byBlock.set(block, [...(byBlock.get(block) ?? []), { id, start: sentences[0].start, end: sentences.at(-1)!.end }]);
	}
	for (const [block, spans] of byBlock) {
		const children: ElementContent[] = [];
		let open: { id: number; node: Element } | undefined;
		const place = (node: ElementContent, at: number) => {
			const unit = spans.find((u) => u.start <= at && at < u.end);
			if (!unit) {
				open = undefined;
				children.push(node);
				return;
			}
			if (open?.id !== unit.id) {
				open = { id: unit.id, node: { type: 'element', tagName: 'span', properties: { [PAIR_ATTRIBUTE]: String(unit.id) }, children: [] } };
				children.push(open.node);
			}
			open.node.children.push(node);
		};
		let offset = 0;
		for (const child of block.children) {
			const length = childText(child).length;
			if (child.type === 'text') {
				const cuts = [...new Set([0, length, ...spans.flatMap((u) => [u.start - offset, u.end - offset]).filter((c) => c > 0 && c < length)])].sort((a, b) => a - b);
				for (let i = 0; i + 1 < cuts.length; i++) place({ type: 'text', value: child.value.slice(cuts[i], cuts[i + 1]) }, offset + cuts[i]);
			} else {
				place(child, offset);
			}
			offset += length;
		}
		block.children = children;
	}
}

/** A group's sentence numbers must be consecutive, ascending and within one paragraph. */
function groupSentences(numbers: number[], sentences: Sentence[], where: string): Sentence[] {
	const picked = numbers.map((n, i) => {
		if (i > 0 && n !== numbers[i - 1] + 1) throw new Error(`${where}: sentences ${numbers.join(',')} are not consecutive`);
		const s = sentences[n - 1];
		if (!s) throw new Error(`${where}: there is no sentence ${n} (the passage has ${sentences.length})`);
		return s;
	});
	if (picked.some((s) => s.block !== picked[0].block)) throw new Error(`${where}: sentences ${numbers.join(',')} are in different paragraphs`);
	return picked;
}

/** The groups a pair declares must cover each side's sentences once, in order. */
function checkCoverage(groups: SentenceGroups, counts: Record<Lang, number>, where: string) {
	for (const lang of ['zh', 'en'] as const) {
		const all = groups.flatMap((g) => g[lang]);
		const expected = Array.from({ length: counts[lang] }, (_, i) => i + 1);
		if (all.join() !== expected.join()) {
			throw new Error(`${where}: the ${lang} groups list sentences ${all.join(',')}, but the passage has ${counts[lang]} (1-${counts[lang]}, each once, in order)`);
		}
	}
}

export interface PairingStats {
	/** Sentences found on each side. */
	sentences: Record<Lang, number>;
	/** Sentences that carry a pair id, on each side. */
	paired: Record<Lang, number>;
}

/**
 * Splits both passages of a pair into sentences and pairs them, mutating the trees. Throws on a
 * `sentences` field that does not fit the text, so a wrong grouping fails the build rather than
 * highlighting the wrong sentence.
 */
export function pairSentences(trees: Record<Lang, Root>, groups: SentenceGroups | undefined, where: string): PairingStats {
	const sentences = { zh: passageSentences(trees.zh, 'zh'), en: passageSentences(trees.en, 'en') };
	const counts = { zh: sentences.zh.length, en: sentences.en.length };
	let pairs: SentenceGroups | undefined = groups;
	if (groups) checkCoverage(groups, counts, where);
	else if (counts.zh === counts.en && counts.zh > 0) pairs = sentences.zh.map((_, i) => ({ zh: [i + 1], en: [i + 1] }));
	if (!pairs) return { sentences: counts, paired: { zh: 0, en: 0 } };
	for (const lang of ['zh', 'en'] as const) {
		wrapUnits(pairs.map((g, i) => ({ id: i + 1, sentences: groupSentences(g[lang], sentences[lang], where) })));
	}
	return { sentences: counts, paired: counts };
}
