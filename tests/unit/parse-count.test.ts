import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { parseCount, MAX_COUNT, type ParseError } from '../../src/lib/parse-count';

/** Full-width digits are U+FF10–U+FF19, a fixed offset from ASCII. */
function toFullWidth(text: string): string {
	return text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
}

describe('parseCount accepts', () => {
	it.each([
		['0', 0],
		['7', 7],
		['007', 7],
		['1000', 1000],
		['+5', 5],
		['＋5', 5],
		['  42  ', 42],
		['\t12\n', 12],
		['\u3000４２\u3000', 42],
		['\uFEFF15', 15],
		['\u00A099\u00A0', 99],
		['1,000', 1000],
		['1 000', 1000],
		['1\u00A0000', 1000],
		['1\u202F000', 1000],
		['1\u3000000', 1000],
		["1'000", 1000],
		['１０００', 1000],
		['１，０００', 1000],
		['1，000', 1000],
		['12,345,678', 12_345_678],
		['12 345 678', 12_345_678],
		['+1,000', 1000],
		[' 1,000 ', 1000],
		['1000000000', 1_000_000_000],
		['1,000,000,000', 1_000_000_000],
		['0000000000001', 1],
	])('reads %j as %i', (input, value) => {
		expect(parseCount(input)).toEqual({ ok: true, value });
	});

	it('accepts exactly MAX_COUNT, one billion', () => {
		expect(MAX_COUNT).toBe(1_000_000_000);
		expect(parseCount(String(MAX_COUNT))).toEqual({ ok: true, value: MAX_COUNT });
	});
});

describe('parseCount rejects', () => {
	const cases: Array<[string, ParseError]> = [
		['', 'empty'],
		['   ', 'empty'],
		['\u3000', 'empty'],
		['\t\n', 'empty'],
		['-1', 'negative'],
		['－１', 'negative'],
		['−1', 'negative'],
		['-1,000', 'negative'],
		['-0', 'negative'],
		[' -12 ', 'negative'],
		['-1.5', 'negative'],
		['1.5', 'fraction'],
		['１．５', 'fraction'],
		['2.0', 'fraction'],
		['3.', 'fraction'],
		['.5', 'fraction'],
		['1,000.5', 'fraction'],
		['1.000', 'fraction'],
		['+2.5', 'fraction'],
		['5000000000.5', 'fraction'],
		['abc', 'not-a-number'],
		['12a', 'not-a-number'],
		['1,00', 'not-a-number'],
		['10,00', 'not-a-number'],
		['1,00,000', 'not-a-number'],
		['1,0000', 'not-a-number'],
		['1000,000', 'not-a-number'],
		['1,000,', 'not-a-number'],
		[',100', 'not-a-number'],
		['1,,000', 'not-a-number'],
		['1  000', 'not-a-number'],
		['1 000,000', 'not-a-number'],
		['1\t000', 'not-a-number'],
		['1_000', 'not-a-number'],
		['1e3', 'not-a-number'],
		['0x10', 'not-a-number'],
		['0b11', 'not-a-number'],
		['Infinity', 'not-a-number'],
		['-Infinity', 'not-a-number'],
		['NaN', 'not-a-number'],
		['-', 'not-a-number'],
		['+', 'not-a-number'],
		['.', 'not-a-number'],
		['1.2.3', 'not-a-number'],
		['1.5a', 'not-a-number'],
		['--1', 'not-a-number'],
		['+-1', 'not-a-number'],
		['- 1', 'not-a-number'],
		['+ 1', 'not-a-number'],
		['١٢٣', 'not-a-number'],
		['1000000001', 'too-large'],
		['1,000,000,001', 'too-large'],
		['１０００００００００１', 'too-large'],
		['99999999999999999999999999999999', 'too-large'],
	];
	it.each(cases)('rejects %j as %s', (input, error) => {
		expect(parseCount(input)).toEqual({ ok: false, error });
	});
});

describe('parseCount properties', () => {
	const count = fc.integer({ min: 0, max: MAX_COUNT });

	it('reads back every count written as plain digits', () => {
		fc.assert(fc.property(count, (n) => {
			expect(parseCount(String(n))).toEqual({ ok: true, value: n });
		}));
	});

	it('reads back counts grouped the US, French and Swiss way', () => {
		// Intl writes the groups, so the separators are the ones real locales emit (U+202F, "'").
		const locales = fc.constantFrom('en-US', 'fr-FR', 'de-CH', 'zh-CN');
		fc.assert(fc.property(count, locales, (n, locale) => {
			expect(parseCount(new Intl.NumberFormat(locale).format(n))).toEqual({ ok: true, value: n });
		}));
	});

	it('reads back counts typed in full-width digits', () => {
		fc.assert(fc.property(count, fc.boolean(), (n, grouped) => {
			const text = grouped ? new Intl.NumberFormat('en-US').format(n).replace(/,/g, '，') : String(n);
			expect(parseCount(toFullWidth(text))).toEqual({ ok: true, value: n });
		}));
	});

	it('ignores any surrounding blanks', () => {
		const blank = fc.string({ unit: fc.constantFrom(' ', '\t', '\n', '\u3000', '\u00A0', '\u202F') });
		fc.assert(fc.property(count, blank, blank, (n, before, after) => {
			expect(parseCount(before + String(n) + after)).toEqual({ ok: true, value: n });
		}));
	});

	it('rejects every count above MAX_COUNT as too large', () => {
		const big = fc.oneof(
			fc.bigInt({ min: BigInt(MAX_COUNT) + 1n, max: 10n ** 40n }),
			fc.constant(BigInt(MAX_COUNT) + 1n),
		);
		fc.assert(fc.property(big, (n) => {
			expect(parseCount(n.toString())).toEqual({ ok: false, error: 'too-large' });
		}));
	});

	it('rejects a minus sign in front of any count as negative', () => {
		fc.assert(fc.property(count, fc.constantFrom('-', '－', '−'), (n, minus) => {
			expect(parseCount(minus + String(n))).toEqual({ ok: false, error: 'negative' });
		}));
	});

	it('rejects any number with a decimal part as a fraction', () => {
		const digits = fc.string({ unit: fc.constantFrom(...'0123456789'), maxLength: 6 });
		fc.assert(fc.property(count, digits, fc.constantFrom('.', '．'), (n, decimals, point) => {
			expect(parseCount(`${n}${point}${decimals}`)).toEqual({ ok: false, error: 'fraction' });
		}));
	});

	it('returns only whole counts within range, never NaN, for any text', () => {
		fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (text) => {
			const result = parseCount(text);
			if (result.ok) {
				expect(Number.isSafeInteger(result.value)).toBe(true);
				expect(result.value).toBeGreaterThanOrEqual(0);
				expect(result.value).toBeLessThanOrEqual(MAX_COUNT);
			} else {
				expect(['empty', 'negative', 'fraction', 'not-a-number', 'too-large']).toContain(result.error);
			}
		}));
	});

	it('keeps exactly the digits typed, for number-like text', () => {
		// Text built from digits and separators, so that many draws are accepted. NFKC folds
		// full-width digits to ASCII independently of the parser's own folding.
		const numberish = fc.string({
			unit: fc.constantFrom('0', '1', '5', '9', '０', '７', ',', '，', ' ', '\u3000', "'", '.', '+', '-', 'e'),
			maxLength: 14,
		});
		fc.assert(fc.property(numberish, (text) => {
			const result = parseCount(text);
			if (!result.ok) return;
			const digits = text.normalize('NFKC').replace(/[^0-9]/g, '').replace(/^0+(?=[0-9])/, '');
			expect(String(result.value)).toBe(digits);
			expect(text).not.toMatch(/[.e-]/);
		}));
	});
});
