import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { alignedDocSchema, blockAnchors, groupBlocks, isTextBlock, sourceSchema, tocHeadings } from '../../src/lib/aligned';
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
		for (const block of doc.blocks.filter(isTextBlock)) {
			expect(block.zh.trim(), block.id).not.toBe('');
			expect(block.en.trim(), block.id).not.toBe('');
			expect(block.zh, `${block.id}: the Chinese side should be Chinese`).toMatch(/\p{Script=Han}/u);
			if (block.kind === 'question') {
				expect(block.answer.zh).toMatch(/\p{Script=Han}/u);
				expect(block.answer.en.trim()).not.toBe('');
			}
		}
	});

	it('credits a source for the published article (guideline and FAQ)', () => {
		for (const file of ['guideline.yaml', 'faq.yaml']) expect(docs.find((d) => d.file === file)?.doc.source, file).toBeTruthy();
	});

	it.each(docs.filter((d) => d.doc.source))('$file: names a source that exists', ({ doc }) => {
		const source = sourceSchema.parse(load(join(ROOT, 'src/content/sources', `${doc.source}.yaml`)));
		expect(readFileSync(join(ROOT, source.file), 'utf8').length).toBeGreaterThan(0);
	});

	it('keeps every anchor that was ever published (ids are stable)', () => {
		const published = readFileSync(join(ROOT, 'tests/unit/published-anchors.txt'), 'utf8')
			.split('\n')
			.filter((line) => line && !line.startsWith('#'));
		const current = new Set(
			docs.flatMap(({ file, doc }) =>
				doc.blocks.flatMap((b) => blockAnchors(b).map((id) => `${file.replace('.yaml', '')}#${id}`)),
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
		expect(groupBlocks(doc.blocks).map((g) => (g.type === 'block' ? g.block.id : g.items.map((i) => i.id)))).toEqual([
			'p',
			['i1', 'i2'],
			'p2',
		]);
	});

	it('takes an embedded component by name, with no text of its own', () => {
		const doc = alignedDocSchema.parse({
			source: 'x',
			blocks: [
				{ id: 'p', zh: '甲', en: 'A' },
				{ id: 'calc', kind: 'embed', component: 'calculator' },
			],
		});
		expect(doc.blocks[1]).toEqual({ id: 'calc', kind: 'embed', component: 'calculator' });
		expect(blockAnchors(doc.blocks[1])).toEqual(['calc']);
		expect(blockAnchors(doc.blocks[0])).toEqual(['p', 'p-zh', 'p-en']);
		expect(groupBlocks(doc.blocks).map((g) => g.type === 'block' && g.block.kind)).toEqual(['paragraph', 'embed']);
	});

	it('rejects an embed of an unknown component or with text', () => {
		const parse = (block: unknown) => alignedDocSchema.safeParse({ source: 'x', blocks: [block] }).success;
		expect(parse({ id: 'c', kind: 'embed', component: 'chart' })).toBe(false);
		expect(parse({ id: 'c', kind: 'embed' })).toBe(false);
		expect(parse({ id: 'c', kind: 'embed', component: 'calculator', zh: '甲', en: 'A' })).toBe(false);
	});

	it('rejects an embed whose id collides with a passage id', () => {
		const result = alignedDocSchema.safeParse({
			source: 'x',
			blocks: [
				{ id: 'a', zh: '甲', en: 'A' },
				{ id: 'a-en', kind: 'embed', component: 'calculator' },
			],
		});
		expect(result.success).toBe(false);
	});

	it('groups consecutive glossary terms into one table and keeps tables as single pairs', () => {
		const term = (id: string) => ({ id, kind: 'term', zh: '术语', en: 'term', definition: { zh: '释义', en: 'meaning' }, usage: { page: 'guideline', block: 'x' } });
		const doc = alignedDocSchema.parse({
			blocks: [term('t1'), term('t2'), { id: 'tb', kind: 'table', zh: '| 甲 |\n| --- |', en: '| A |\n| --- |' }, term('t3')],
		});
		expect(groupBlocks(doc.blocks).map((g) => (g.type === 'block' ? g.block.id : [g.type, ...g.items.map((i) => i.id)]))).toEqual([
			['glossary', 't1', 't2'],
			'tb',
			['glossary', 't3'],
		]);
	});

	it('rejects a glossary term without a definition in both languages or a usage', () => {
		const base = { id: 't', kind: 'term', zh: '术语', en: 'term', usage: { page: 'guideline', block: 'x' } };
		expect(() => alignedDocSchema.parse({ blocks: [{ ...base, definition: { zh: '释义' } }] })).toThrow();
		expect(() => alignedDocSchema.parse({ blocks: [{ ...base, usage: undefined, definition: { zh: '释义', en: 'meaning' } }] })).toThrow();
		expect(() =>
			alignedDocSchema.parse({ blocks: [{ ...base, usage: { page: '/en/guideline/', block: 'x' }, definition: { zh: '释义', en: 'meaning' } }] }),
		).toThrow();
	});

	it('resolves placeholders in table-of-contents headings when asked to', () => {
		const doc = alignedDocSchema.parse({ blocks: [{ id: 'h', kind: 'heading', zh: '目标 {{x}}', en: 'Target {{x}}' }] });
		expect(tocHeadings(doc, 'en', (t) => t.replace('{{x}}', '2.5%'))).toEqual([{ depth: 2, slug: 'h', text: 'Target 2.5%' }]);
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
