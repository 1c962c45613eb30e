/**
 * The terminology list and its checker: the checker catches each class of slip the list names
 * (fed bad strings here, so a checker that finds nothing fails), and every string of this site's
 * own wording — aligned passages, glossary definitions, UI and calculator strings — passes it.
 * Text published word for word (Amazon's, the article author's) is not this site's wording.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { alignedDocSchema, provenanceOf, type Lang } from '../../src/lib/aligned';
import { avoidPattern, checkText, termsSchema } from '../../src/lib/terminology';
import { ROOT } from '../support/site';

const TERMS = termsSchema.parse(yaml.load(readFileSync(join(ROOT, 'src/content/terms.yaml'), 'utf8')));
const ALIGNED_DIR = join(ROOT, 'src/content/aligned');
const docs = readdirSync(ALIGNED_DIR)
	.filter((f) => f.endsWith('.yaml'))
	.map((f) => ({ name: f, raw: yaml.load(readFileSync(join(ALIGNED_DIR, f), 'utf8')) as { blocks: Record<string, unknown>[] } }))
	.map((d) => ({ ...d, doc: alignedDocSchema.parse(d.raw) }));
const found = (text: string, lang: Lang) => checkText(text, lang, TERMS).map((f) => f.term);

describe('the terminology checker', () => {
	it('rejects 差评 for seller feedback', () => {
		expect(found('有缺陷的订单数（差评、信用卡拒付）', 'zh')).toContain('negative-feedback');
		expect(found('有缺陷的订单数（负面反馈、信用卡拒付）', 'zh')).toEqual([]);
	});

	it('rejects 达到…目标 used for a failure', () => {
		expect(found('达到或超过目标会怎样', 'zh')).toContain('missed-target');
		expect(found('取消率达到或高于目标的天数：3。', 'zh')).toContain('missed-target');
		expect(found('取消率达到 2.5% 的目标', 'zh')).toContain('missed-target');
		expect(found('取消率未达标的天数：3。', 'zh')).toEqual([]);
	});

	it('rejects "at or above the target" in English, which puts the site\'s reading in Amazon\'s mouth', () => {
		expect(found('A Cancellation Rate at or above the target may lead to deactivation.', 'en')).toContain('missed-target');
		expect(found('Days at or over the target: 2.', 'en')).toContain('missed-target');
		expect(found('A Cancellation Rate above 2.5% may result in deactivation.', 'en')).toEqual([]);
	});

	it('rejects quotation marks with spaces inside, and spaces between Chinese quotes and Chinese text', () => {
		expect(found('卖家以“ Buyer Cancelled ”为原因取消', 'zh')).toContain('quote-spacing');
		expect(found('您以 “Buyer Cancelled” 为原因取消的订单', 'zh')).toContain('quote-spacing');
		expect(found('with the reason “ Buyer Cancelled ”', 'en')).toContain('quote-spacing');
		expect(found('您以“Buyer Cancelled”为原因取消的订单', 'zh')).toEqual([]);
	});

	it('rejects an ISO month in Chinese running text, but not a full date or a year range', () => {
		expect(found('本页内容截至 2026-11，依据……', 'zh')).toContain('chinese-month');
		expect(found('本页内容由本站于 2026 年 11 月整理', 'zh')).toEqual([]);
		expect(found('发布时间 2024-04-19 16:29:58，来源发布于 2020–2024 年', 'zh')).toEqual([]);
		expect(found('订单号的格式是 123-1234567-1234567。', 'zh')).toEqual([]);
	});

	it('rejects 笔 as the counter for orders, and the calques the list names', () => {
		expect(found('40 笔订单中取消 1 笔', 'zh')).toContain('order-counter');
		expect(found('“低于”是严格的', 'zh')).toContain('calques');
		expect(found('统计的天', 'zh')).toContain('calques');
		expect(found('这不低于 2.5% 的目标。', 'zh')).toContain('calques');
		expect(found('talk with the customer and exchange feedback', 'en')).toContain('calques');
	});

	it('matches English plain variants as whole words only', () => {
		expect(found('the account was a ban', 'en')).toContain('deactivation');
		expect(found('shows as a banner on Manage Orders', 'en')).toEqual([]);
		expect(avoidPattern('bad review', 'en').flags).toContain('i');
	});
});

describe('the terminology list', () => {
	const glossary = docs.find((d) => d.name === 'glossary.yaml')!;

	it('names glossary rows that exist', () => {
		const ids = new Set(glossary.doc.blocks.map((b) => b.id));
		for (const t of TERMS) if (t.glossary) expect(ids, t.id).toContain(t.glossary);
	});

	it('lets an alias name a variant to avoid only on the row of the term that replaces it', () => {
		// Aliases (search synonyms) may be the wrong words sellers type, so search leads from 差评 to
		// 负面反馈; on any other row such an alias would teach the wrong word.
		const owner = (alias: string) => TERMS.find((t) => checkText(alias, 'zh', [t]).length + checkText(alias, 'en', [t]).length > 0);
		for (const block of glossary.raw.blocks) {
			const aliases = (block.aliases ?? {}) as Record<string, string[] | string>;
			for (const alias of Object.values(aliases).flat()) {
				const term = owner(alias);
				if (term) expect(term.glossary, `alias "${alias}" of ${String(block.id)}`).toBe(block.id);
			}
		}
	});
});

describe("this site's own wording", () => {
	it('passes the checker in every aligned passage and definition that is not published word for word', () => {
		let checked = 0;
		for (const { name, doc } of docs) {
			for (const block of doc.blocks) {
				if (block.kind === 'embed') continue;
				const provenance = provenanceOf(doc, block);
				for (const lang of ['zh', 'en'] as const) {
					if (provenance[lang] === 'amazon' || provenance[lang] === 'author') continue;
					const texts = [block[lang], block.kind === 'question' ? block.answer[lang] : '', block.kind === 'term' ? block.definition[lang] : ''];
					for (const text of texts.filter(Boolean)) {
						checked++;
						expect(checkText(text, lang, TERMS), `${name}#${block.id} (${lang}): ${text}`).toEqual([]);
					}
				}
			}
		}
		expect(checked).toBeGreaterThan(50);
	});

	it.each([
		['zh-CN.json', 'zh'],
		['en.json', 'en'],
	] as const)('passes the checker in every UI and calculator string of %s', (file, lang) => {
		const strings = JSON.parse(readFileSync(join(ROOT, 'src/content/i18n', file), 'utf8')) as Record<string, string>;
		expect(Object.keys(strings).filter((k) => k.startsWith('kb.calc.')).length).toBeGreaterThan(50);
		for (const [key, value] of Object.entries(strings)) expect(checkText(value, lang, TERMS), `${key}: ${value}`).toEqual([]);
	});

	it('uses the preferred Chinese term where the list names one for a glossary row', () => {
		for (const t of TERMS.filter((t) => t.glossary)) {
			const row = docs.flatMap((d) => d.doc.blocks).find((b) => b.id === t.glossary)!;
			expect(t.use.zh, t.id).toContain(row.kind === 'term' ? row.zh : '');
		}
	});
});
