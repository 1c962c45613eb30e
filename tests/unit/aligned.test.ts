import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { alignedDocSchema, groupBlocks, passageId, sourceSchema, tocHeadings } from '../../src/lib/aligned';
import { UI_STRING_KEYS } from '../../src/lib/ui-strings';

const ROOT = new URL('../..', import.meta.url).pathname;
const ALIGNED = join(ROOT, 'src/content/aligned');
const load = (path: string) => yaml.load(readFileSync(path, 'utf8'));
const docFiles = readdirSync(ALIGNED).filter((f) => f.endsWith('.yaml'));
const docs = docFiles.map((f) => ({ file: f, doc: alignedDocSchema.parse(load(join(ALIGNED, f))) }));

describe('aligned documents', () => {
	it('finds the guideline and the FAQ', () => {
		expect(docFiles.sort()).toEqual(expect.arrayContaining(['faq.yaml', 'guideline.yaml']));
	});

	it.each(docs)('$file: every pair has non-blank Chinese and English', ({ doc }) => {
		for (const block of doc.blocks) {
			expect(block.zh.trim(), block.id).not.toBe('');
			expect(block.en.trim(), block.id).not.toBe('');
			expect(block.zh, `${block.id}: the Chinese side should be Chinese`).toMatch(/\p{Script=Han}/u);
			if (block.kind === 'question') {
				expect(block.answer.zh).toMatch(/\p{Script=Han}/u);
				expect(block.answer.en.trim()).not.toBe('');
			}
		}
	});

	it.each(docs)('$file: names a source that exists', ({ doc }) => {
		const source = sourceSchema.parse(load(join(ROOT, 'src/content/sources', `${doc.source}.yaml`)));
		expect(readFileSync(join(ROOT, source.file), 'utf8').length).toBeGreaterThan(0);
	});

	it('keeps every anchor that was ever published (ids are stable)', () => {
		const published = readFileSync(join(ROOT, 'tests/unit/published-anchors.txt'), 'utf8')
			.split('\n')
			.filter((line) => line && !line.startsWith('#'));
		const current = new Set(
			docs.flatMap(({ file, doc }) =>
				doc.blocks.flatMap((b) => [b.id, passageId(b.id, 'zh'), passageId(b.id, 'en')].map((id) => `${file.replace('.yaml', '')}#${id}`)),
			),
		);
		expect(published.filter((a) => !current.has(a))).toEqual([]);
	});
});

describe('the alignment schema', () => {
	const base = { source: 'x', blocks: [{ id: 'a', zh: '甲', en: 'A' }] };

	it('defaults a block to a paragraph', () => {
		expect(alignedDocSchema.parse(base).blocks[0].kind).toBe('paragraph');
	});

	it('rejects a pair missing one language', () => {
		expect(() => alignedDocSchema.parse({ source: 'x', blocks: [{ id: 'a', zh: '甲' }] })).toThrow();
		expect(() => alignedDocSchema.parse({ source: 'x', blocks: [{ id: 'a', zh: '甲', en: '  ' }] })).toThrow();
	});

	it('rejects duplicate ids, including ones that collide with a passage id', () => {
		const messages = (blocks: unknown[]) => {
			const result = alignedDocSchema.safeParse({ source: 'x', blocks });
			return result.success ? [] : result.error.issues.map((i) => i.message);
		};
		expect(messages([base.blocks[0], base.blocks[0]])).toContain('duplicate id "a"');
		expect(messages([base.blocks[0], { id: 'a-zh', zh: '乙', en: 'B' }])).toContain('duplicate id "a-zh"');
		expect(messages([base.blocks[0], { id: 'b', zh: '乙', en: 'B' }])).toEqual([]);
	});

	it('rejects ids that would make awkward URL fragments', () => {
		expect(() => alignedDocSchema.parse({ source: 'x', blocks: [{ id: 'Has Space', zh: '甲', en: 'A' }] })).toThrow();
	});

	it('rejects a question without an answer in both languages', () => {
		expect(() =>
			alignedDocSchema.parse({ source: 'x', blocks: [{ id: 'q', kind: 'question', zh: '问', en: 'Q', answer: { zh: '答' } }] }),
		).toThrow();
	});

	it('groups consecutive list items into one list', () => {
		const doc = alignedDocSchema.parse({
			source: 'x',
			blocks: [
				{ id: 'p', zh: '甲', en: 'A' },
				{ id: 'i1', kind: 'item', zh: '一', en: 'one' },
				{ id: 'i2', kind: 'item', zh: '二', en: 'two' },
				{ id: 'p2', zh: '乙', en: 'B' },
			],
		});
		expect(groupBlocks(doc.blocks).map((g) => (g.type === 'list' ? g.items.map((i) => i.id) : g.block.id))).toEqual([
			'p',
			['i1', 'i2'],
			'p2',
		]);
	});

	it('lists headings for the table of contents in the page language', () => {
		const doc = alignedDocSchema.parse({ source: 'x', blocks: [{ id: 'h', kind: 'heading', zh: '**标题**', en: 'Title' }] });
		expect(tocHeadings(doc, 'zh')).toEqual([{ depth: 2, slug: 'h', text: '标题' }]);
		expect(tocHeadings(doc, 'en')).toEqual([{ depth: 2, slug: 'h', text: 'Title' }]);
	});
});

describe('interface strings', () => {
	const zh = JSON.parse(readFileSync(join(ROOT, 'src/content/i18n/zh-CN.json'), 'utf8'));
	const en = JSON.parse(readFileSync(join(ROOT, 'src/content/i18n/en.json'), 'utf8'));

	it('exist in both languages, for the same keys', () => {
		expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
	});

	it('define every key the components use', () => {
		for (const key of UI_STRING_KEYS) {
			expect(zh[key], key).toBeTruthy();
			expect(en[key], key).toBeTruthy();
		}
	});

	it('are Chinese in the Chinese file', () => {
		for (const [key, value] of Object.entries(zh)) {
			// Ours, and Pagefind's dialog strings, which Starlight leaves English in zh-CN.
			if (/^(kb|pagefind)\./.test(key)) expect(value, key).toMatch(/\p{Script=Han}/u);
		}
	});
});
