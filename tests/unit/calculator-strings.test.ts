/**
 * The calculator's one strings helper: templates, targets as written, and target lookup.
 */
import { describe, expect, it } from 'vitest';
import { calcStrings, fill, fillParts, findTarget, targetPercent, targetText } from '../../src/components/calculator/strings';
import { CR_TARGET_DEFAULT, CR_TARGET_INDIA } from '../../src/lib/facts';
import en from '../../src/content/i18n/en.json';
import zh from '../../src/content/i18n/zh-CN.json';

describe('fill', () => {
	it('puts each value in place of its {name}, numbers as written', () => {
		expect(fill('{n} of {total} orders', { n: 3, total: '200' })).toBe('3 of 200 orders');
	});

	it('fills a name used twice in both places', () => {
		expect(fill('{rate}% … under {rate}%', { rate: '2.5' })).toBe('2.5% … under 2.5%');
	});

	it('writes nothing, never "undefined", for a name without a value', () => {
		expect(fill('Day {n}', {})).toBe('Day ');
		expect(fill('Day {n}')).toBe('Day ');
	});

	it('leaves text without placeholders, and braces that are not one, as they are', () => {
		expect(fill('取消率', { n: 1 })).toBe('取消率');
		expect(fill('{ n } {}', { n: 1 })).toBe('{ n } {}');
	});
});

describe('fillParts', () => {
	it('splits around placeholders and puts the given values, elements included, in their place', () => {
		const code = { tag: 'code' };
		expect(fillParts('has no {columns} column.', { columns: code })).toEqual(['has no ', code, ' column.']);
	});

	it('gives an empty part for a name without a value', () => {
		expect(fillParts('a {x} b {y}', { x: 1 })).toEqual(['a ', 1, ' b ', '', '']);
	});
});

describe('targetText', () => {
	it('writes the targets as people do, in each language', () => {
		expect(targetText(CR_TARGET_DEFAULT, 'en')).toBe('2.5');
		expect(targetText(CR_TARGET_INDIA, 'en')).toBe('2');
		expect(targetText(CR_TARGET_DEFAULT, 'zh-CN')).toBe('2.5');
		// A language that writes a decimal comma gets one.
		expect(targetText(CR_TARGET_DEFAULT, 'de')).toBe('2,5');
	});
});

describe('targetPercent', () => {
	it('gives the target in percent, where the chart draws its line', () => {
		expect(targetPercent(CR_TARGET_DEFAULT)).toBe(2.5);
		expect(targetPercent(CR_TARGET_INDIA)).toBe(2);
	});
});

describe('findTarget', () => {
	it('finds a target by its URL id, and falls back to the default for anything else', () => {
		expect(findTarget('in')).toBe(CR_TARGET_INDIA);
		expect(findTarget('default')).toBe(CR_TARGET_DEFAULT);
		for (const id of ['IN', 'uk', '', null, undefined]) expect(findTarget(id)).toBe(CR_TARGET_DEFAULT);
	});
});

describe('calcStrings', () => {
	it('looks keys up without the kb.calc. prefix and fills them, in both languages', () => {
		const table = (strings: Record<string, string>) =>
			Object.fromEntries(Object.entries(strings).filter(([k]) => k.startsWith('kb.calc.')).map(([k, v]) => [k.slice('kb.calc.'.length), v]));
		expect(calcStrings(table(en)).text('target.in', { rate: '2' })).toBe('Under 2% (India)');
		expect(calcStrings(table(zh)).text('target.in', { rate: '2' })).toContain('2%');
		expect(calcStrings(table(en)).parts('import.unshipped', { column: 0 })).toEqual([
			'Or load an Unshipped Orders report (downloaded before those orders were cancelled, with the ',
			0,
			' column)',
		]);
	});

	it('gives an empty string, never "undefined", for a key the page does not carry', () => {
		expect(calcStrings({}).text('import.results', { name: 'x' })).toBe('');
		expect(calcStrings({}).parts('import.results', {})).toEqual(['']);
	});
});
