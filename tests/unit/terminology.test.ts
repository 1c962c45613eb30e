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
import { PUBLISHED_AS_IS, alignedDocSchema, provenanceOf, type Lang } from '../../src/lib/aligned';
import { avoidPattern, checkText, termsSchema } from '../../src/lib/terminology';
import { ROOT } from '../support/site';

const TERMS = termsSchema.parse(yaml.load(readFileSync(join(ROOT, 'src/content/terms.yaml'), 'utf8')));
const ALIGNED_DIR = join(ROOT, 'src/content/aligned');
const docs = readdirSync(ALIGNED_DIR)
	.filter((f) => f.endsWith('.yaml'))
	.map((f) => ({ name: f, raw: yaml.load(readFileSync(join(ALIGNED_DIR, f), 'utf8')) as { blocks: Record<string, unknown>[] } }))
	.map((d) => ({ ...d, doc: alignedDocSchema.parse(d.raw) }));
const found = (text: string, lang: Lang) => checkText(text, lang, TERMS).map((f) => f.term);
/** A passage's own words: a word named on purpose (the article's other translation) is marked as a mention, as on the built pages. */
const ownWords = (text: string) => text.replace(/<span[^>]*data-terms="mention"[^>]*>.*?<\/span>/g, '');

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

	// The wording decisions of the content audit of 2026-12-06, each fed the slip the audit found.
	it('rejects 低于目标 and "Under the target" for the good status, which read as falling short', () => {
		expect(found('低于目标：目标是低于 2.5%。', 'zh')).toContain('met-target');
		expect(found('还需要多少个正常订单才能回到目标以下', 'zh')).toContain('met-target');
		expect(found('Under the target: the target is under 2.5%.', 'en')).toContain('met-target');
		expect(found('已达标：目标是低于 2.5%。', 'zh')).toEqual([]);
		expect(found('Meets the target: the target is a rate under 2.5%.', 'en')).toEqual([]);
		expect(found('You can absorb 2 more seller cancellations and stay under 2.5%.', 'en')).toEqual([]);
	});

	it('rejects 预计配送时间 in the site\'s own writing', () => {
		expect(found('在预计配送时间之后才确认发货的订单数 ÷ 订单总数', 'zh')).toContain('expected-ship-date');
		expect(found('在预计发货日期之后才确认发货的订单数 ÷ 订单总数', 'zh')).toEqual([]);
		expect(found(ownWords('指南的中文译文把它译作<span data-terms="mention">“预计配送时间”</span>。'), 'zh')).toEqual([]);
	});

	it('rejects the four words for a window and 计算方式 for the formula', () => {
		for (const slip of ['衡量期与目标', '统计期内卖家自配送的全部订单。', '统计范围']) expect(found(slip, 'zh'), slip).toContain('window');
		expect(found('| 指标 | 所计算的订单 | 计算方式 |', 'zh')).toEqual(expect.arrayContaining(['formula', 'calques']));
		expect(found('统计周期与目标', 'zh')).toEqual([]);
	});

	it('keeps 原文 for Amazon\'s English, and never credits the article\'s Chinese to Amazon', () => {
		expect(found('原文作者：', 'zh')).toContain('original-text');
		expect(found('本站对原文所做的改动（文字本身一字未改）：', 'zh')).toContain('original-text');
		expect(found('本站提示：以下问答是原文章作者的观点', 'zh')).toContain('original-text');
		expect(found('原文章作“here are some steps you can take to improve:”', 'zh')).toContain('original-text');
		expect(found("The disclaimer that accompanies the original article, reproduced as published", 'en')).toContain('original-text');
		expect(found("Amazon's original text, in full:", 'en')).toContain('original-text');
		expect(found('摘自亚马逊指南《避免取消订单》', 'zh')).toContain('amazon-attribution');
		expect(found('摘自“避免取消订单”指南的中文译文（载于暖三岁的文章，译者未注明）', 'zh')).toEqual([]);
		expect(found('英文是亚马逊的原文', 'zh')).toEqual([]);
	});

	it('rejects unspaced Chinese dates, "order ids" and the calques the audit found', () => {
		expect(found('自 2022年5月23日起', 'zh')).toContain('chinese-month');
		expect(found('自 2022 年 5 月 23 日起', 'zh')).toEqual([]);
		expect(found('Order ids of buyer-requested cancellations (one a line)', 'en')).toEqual(expect.arrayContaining(['order-id', 'calques']));
		expect(found('Order IDs of buyer-requested cancellations (one per line)', 'en')).toEqual([]);
		for (const slip of ['有有效追踪信息的包裹数', '在承诺日期前送达', '方便您和英文同事对照阅读', '还能承受多少个卖家取消', '我们没有找到']) expect(found(slip, 'zh'), slip).toContain('calques');
		expect(found('带有效追踪信息的包裹数', 'zh')).toEqual([]);
		expect(found("An example of this site's: of 100 orders", 'en')).toContain('calques');
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
					if (PUBLISHED_AS_IS.includes(provenance[lang])) continue;
					const texts = [block[lang], block.kind === 'question' ? block.answer[lang] : '', block.kind === 'term' ? block.definition[lang] : ''];
					for (const text of texts.filter(Boolean)) {
						checked++;
						expect(checkText(ownWords(text), lang, TERMS), `${name}#${block.id} (${lang}): ${text}`).toEqual([]);
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
