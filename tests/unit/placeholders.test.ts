import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/lib/claims';
import type { Fact } from '../../src/lib/facts';
import type { SourcePage } from '../../src/lib/source-pages';
import {
	formatDate,
	formatDays,
	formatFact,
	formatMonth,
	formatRate,
	formatYears,
	parsePlaceholder,
	placeholdersIn,
	resolvePlaceholders,
	type FactData,
} from '../../src/lib/placeholders';

const source: SourcePage = { helpId: 'ABC123', marketplace: 'CA', title: 'Rate', url: 'https://sellercentral.amazon.ca/gp/help/external/ABC123' };
const forum: SourcePage = { name: { zh: '论坛回答', en: 'a forum answer' }, short: { zh: '论坛', en: 'forum' } };
const data: FactData = {
	facts: {
		target: { kind: 'target', op: '<', rate: { numerator: 25, denominator: 1000 }, claim: 'cr.target' },
		atLeast: { kind: 'target', op: '>=', rate: { numerator: 9, denominator: 10 }, claim: 'otdr.target' },
		window: { kind: 'days', days: [7, 30], claim: 'cr.window.in' },
		orders: { kind: 'count', value: 1200, by: 'site' },
		since: { kind: 'date', date: '2022-05-23', claim: 'buyerCancel.since' },
		gathered: { kind: 'month', month: '2026-11', by: 'site' },
	} satisfies Record<string, Fact>,
	sources: { help: source, forum },
	claims: { rule: { page: 'help', quote: 'Keep it under 2.5%.', lang: 'en', seenOn: ['CA'] } as unknown as Claim },
};
const zh = (text: string) => resolvePlaceholders(text, 'zh', 'html', data);
const en = (text: string) => resolvePlaceholders(text, 'en', 'html', data);

describe('formatting facts', () => {
	it('writes rates as percentages in both languages, with up to two decimals', () => {
		expect(formatRate({ numerator: 25, denominator: 1000 }, 'en')).toBe('2.5%');
		expect(formatRate({ numerator: 25, denominator: 1000 }, 'zh')).toBe('2.5%');
		expect(formatRate({ numerator: 3, denominator: 100 }, 'en')).toBe('3%');
		expect(formatRate({ numerator: 1, denominator: 3 }, 'en')).toBe('33.33%');
	});

	it('says which side of a target is good, in words', () => {
		expect(formatFact(data.facts.target, 'en')).toBe('under 2.5%');
		expect(formatFact(data.facts.target, 'zh')).toBe('低于 2.5%');
		expect(formatFact(data.facts.atLeast, 'en')).toBe('at least 90%');
		expect(formatFact(data.facts.atLeast, 'zh')).toBe('不低于 90%');
		expect(formatFact({ kind: 'target', op: '>', rate: { numerator: 95, denominator: 100 }, claim: 'vtr.target' }, 'en')).toBe('above 95%');
	});

	it('names windows of one or more lengths', () => {
		expect(formatDays([7], 'en')).toBe('7 days');
		expect(formatDays([1], 'en')).toBe('1 day');
		expect(formatDays([7, 30], 'en')).toBe('7 and 30 days');
		expect(formatDays([7, 14, 30], 'en')).toBe('7, 14 and 30 days');
		expect(formatDays([7], 'zh')).toBe('7 天');
		expect(formatDays([7, 30], 'zh')).toBe('7 天和 30 天');
		expect(formatDays([7, 14, 30], 'zh')).toBe('7 天、14 天和 30 天');
		expect(() => formatDays([], 'en')).toThrow();
	});

	it('writes dates in each language and refuses impossible ones', () => {
		expect(formatDate('2022-05-23', 'zh')).toBe('2022 年 5 月 23 日');
		expect(formatDate('2022-05-23', 'en')).toBe('May 23, 2022');
		expect(() => formatDate('2022-13-40', 'en')).toThrow();
		expect(() => formatDate('23 May 2022', 'en')).toThrow();
	});

	it('writes a month the way each language does, never as an ISO month in Chinese', () => {
		expect(formatMonth('2026-11', 'zh')).toBe('2026 年 11 月');
		expect(formatMonth('2026-03', 'zh')).toBe('2026 年 3 月');
		expect(formatMonth('2026-11', 'en')).toBe('November 2026');
		expect(() => formatMonth('2026-13', 'en')).toThrow();
		expect(formatYears(2020, 2024, 'zh')).toBe('2020–2024 年');
		expect(formatYears(2020, 2024, 'en')).toBe('2020–2024');
		expect(zh('截至 {{gathered}}')).toBe('截至 <time class="fact" data-fact="gathered" datetime="2026-11">2026 年 11 月</time>');
	});

	it('groups thousands in counts but keeps raw digits for URLs', () => {
		expect(formatFact(data.facts.orders, 'en')).toBe('1,200');
		expect(formatFact(data.facts.orders, 'en', 'raw')).toBe('1200');
	});

	it('rejects a format that does not fit the fact', () => {
		expect(() => formatFact(data.facts.window, 'en', 'percent')).toThrow(/percent/);
		expect(() => formatFact(data.facts.target, 'en', 'raw')).toThrow(/raw/);
	});
});

describe('resolving placeholders', () => {
	it('wraps a fact in <data> with its machine value, in the passage language', () => {
		expect(en('The target is {{target}}.')).toBe(
			'The target is <data class="fact" data-fact="target" value="0.025">under 2.5%</data>.',
		);
		expect(zh('目标{{ target }}。')).toBe('目标<data class="fact" data-fact="target" value="0.025">低于 2.5%</data>。');
		expect(en('{{window}}')).toBe('<data class="fact" data-fact="window" value="7 30">7 and 30 days</data>');
	});

	it('marks dates with <time datetime>', () => {
		expect(en('Since {{since}}')).toBe('Since <time class="fact" data-fact="since" datetime="2022-05-23">May 23, 2022</time>');
	});

	it('gives a target rate alone with |percent and bare digits with |raw', () => {
		expect(en('the {{target|percent}} target')).toBe('the <data class="fact" data-fact="target" value="0.025">2.5%</data> target');
		expect(en('/calculator/?orders={{orders|raw}}')).toBe('/calculator/?orders=1200');
	});

	it('cites a page as a link to the address it was read at, named with its marketplace, by name alone without an address', () => {
		expect(en('({{source:help}})')).toBe('([Seller Central help ABC123 "Rate", Canada page](https://sellercentral.amazon.ca/gp/help/external/ABC123))');
		expect(zh('（{{source:help|short}}）')).toBe('（[帮助 ABC123（加拿大站）](https://sellercentral.amazon.ca/gp/help/external/ABC123)）');
		expect(en('({{source:forum}})')).toBe('(a forum answer)');
		const { url: _, ...unstored } = source;
		const without: FactData = { ...data, sources: { help: unstored } };
		expect(resolvePlaceholders('({{source:help}})', 'en', 'html', without)).toBe('(Seller Central help ABC123 "Rate", Canada page)');
	});

	it("cites a claim by its source's name, and adds nothing for a further claim of a named source", () => {
		expect(en('({{cite:rule}})')).toBe('([Seller Central help ABC123 "Rate", Canada page](https://sellercentral.amazon.ca/gp/help/external/ABC123))');
		expect(en('({{cite:rule}}{{cite:rule|also}})')).toBe(en('({{cite:rule}})'));
		expect(() => en('{{cite:nope}}')).toThrow(/unknown claim "nope"/);
	});

	it('marks an English title quoted in a Chinese source name as English, in HTML only', () => {
		const quoting: FactData = {
			facts: {},
			claims: {},
			sources: { page: { short: { zh: '页面', en: 'Page' }, name: { zh: '帮助页面“Buyer Cancelled”（买家取消）', en: 'the help page "Buyer Cancelled"' } } },
		};
		expect(resolvePlaceholders('{{source:page}}', 'zh', 'html', quoting)).toBe('帮助页面“<span lang="en">Buyer Cancelled</span>”（买家取消）');
		expect(resolvePlaceholders('{{source:page}}', 'zh', 'plain', quoting)).toBe('帮助页面“Buyer Cancelled”（买家取消）');
		expect(resolvePlaceholders('{{source:page}}', 'en', 'html', quoting)).toBe('the help page "Buyer Cancelled"');
	});

	it('gives plain text for tables of contents and structured data', () => {
		expect(resolvePlaceholders('{{target}}, {{source:help}}', 'en', 'plain', data)).toBe('under 2.5%, Seller Central help ABC123 "Rate", Canada page');
	});

	it('fails on an unknown fact, source or format rather than publish a hole', () => {
		expect(() => en('{{nope}}')).toThrow(/unknown fact "nope"/);
		expect(() => en('{{source:nope}}')).toThrow(/unknown source "nope"/);
		expect(() => en('{{target|bold}}')).toThrow(/format "bold"/);
		expect(() => en('{{source:help|long}}')).toThrow(/format "long"/);
	});

	it('fails on malformed or unbalanced braces', () => {
		expect(() => en('{{}}')).toThrow(/malformed/);
		expect(() => en('{{target|raw|x}}')).toThrow(/malformed/);
		expect(() => en('under {{target')).toThrow(/unbalanced/);
		expect(() => en('under target}}')).toThrow(/unbalanced/);
	});

	it('leaves text without placeholders untouched', () => {
		const text = 'No numbers here: { braces } and [links](/en/faq/).';
		expect(en(text)).toBe(text);
	});

	it('lists the placeholders of a text', () => {
		expect(placeholdersIn('{{a}} and {{b|raw}} ({{source:c|short}})')).toEqual([
			{ key: 'a' },
			{ key: 'b', format: 'raw' },
			{ source: 'c', format: 'short' },
		]);
		expect(parsePlaceholder('source:x')).toEqual({ source: 'x' });
	});
});
