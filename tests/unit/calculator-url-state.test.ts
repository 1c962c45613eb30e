/**
 * The full calculator's URL: what a shared link opens, and what the page writes back. Links
 * such as /calculator/?orders=100&cancelled=3 are published, so their meaning is pinned here.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DAY_ROWS, parseState, stateQuery, type CalcState, type DayRow } from '../../src/components/calculator/url-state';

const blankDays = (n: number): DayRow[] => Array.from({ length: n }, () => ['', '', ''] as DayRow);

describe('parseState', () => {
	it('opens an empty query as one blank period against the default target, with a week of blank days', () => {
		expect(parseState('')).toEqual({
			fields: { orders: undefined, cancelled: undefined, buyer: undefined },
			target: 'default',
			mode: 'single',
			days: blankDays(7),
		});
		expect(DEFAULT_DAY_ROWS).toBe(7);
	});

	it('keeps the fields exactly as typed, bad input included, so nothing the user entered is lost', () => {
		const state = parseState('?orders=%EF%BC%91%EF%BC%90%EF%BC%90&cancelled=abc&buyer=');
		expect(state.fields).toEqual({ orders: '１００', cancelled: 'abc', buyer: '' });
	});

	it('tells a field the URL carries blank from one it does not carry', () => {
		expect(parseState('?buyer=').fields.buyer).toBe('');
		expect(parseState('?orders=1').fields.buyer).toBeUndefined();
	});

	it.each([
		['?target=in', 'in'],
		['?target=default', 'default'],
		['?target=IN', 'default'],
		['?target=us', 'default'],
		['?target=', 'default'],
	])('reads %s as the %s target', (search, target) => {
		expect(parseState(search).target).toBe(target);
	});

	it.each([
		['?mode=daily', 'daily'],
		['?mode=import', 'import'],
		['?mode=single', 'single'],
		['?mode=weekly', 'single'],
		['', 'single'],
	])('reads %s as the %s mode', (search, mode) => {
		expect(parseState(search).mode).toBe(mode);
	});

	it('reads day rows oldest first, filling a shorter column with blanks', () => {
		const state = parseState('?dayOrders=100&dayOrders=80&dayOrders=5&dayCancelled=1&dayCancelled=2&dayBuyer=0');
		expect(state.days).toEqual([
			['100', '1', '0'],
			['80', '2', ''],
			['5', '', ''],
		]);
	});

	it('opens at most 30 days, dropping the rest of a longer link', () => {
		const search = '?' + Array.from({ length: 35 }, (_, i) => `dayOrders=${i}`).join('&');
		const { days } = parseState(search);
		expect(days).toHaveLength(30);
		expect(days[29]).toEqual(['29', '', '']);
	});
});

describe('stateQuery', () => {
	const state = (over: Partial<CalcState>): CalcState => ({
		fields: { orders: undefined, cancelled: undefined, buyer: undefined },
		target: 'default',
		mode: 'single',
		days: [],
		...over,
	});

	it('writes the fields as typed, leaves blank ones out, and always names the target', () => {
		expect(stateQuery(state({ fields: { orders: '100', cancelled: '3', buyer: '' } }))).toBe('?orders=100&cancelled=3&target=default');
		expect(stateQuery(state({ target: 'in' }))).toBe('?target=in');
	});

	it('names the mode only when it is not one period', () => {
		expect(stateQuery(state({ mode: 'daily' }))).toBe('?target=default&mode=daily');
		expect(stateQuery(state({ mode: 'import' }))).toBe('?target=default&mode=import');
	});

	it('writes every day row, blanks included, once any day has a number; none when all are blank', () => {
		expect(stateQuery(state({ days: [['100', '1', ''], ['', '', '']] }))).toBe(
			'?target=default&dayOrders=100&dayCancelled=1&dayBuyer=&dayOrders=&dayCancelled=&dayBuyer=',
		);
		expect(stateQuery(state({ days: blankDays(7) }))).toBe('?target=default');
	});

	it('encodes what was typed, so odd input comes back unchanged', () => {
		expect(stateQuery(state({ fields: { orders: '1 000&x=1', cancelled: '３', buyer: undefined } }))).toBe(
			'?orders=1+000%26x%3D1&cancelled=%EF%BC%93&target=default',
		);
	});

	it('gives back the state it was read from (any fields, target, mode and 1–30 days)', () => {
		const typed = fc.string({ maxLength: 8 });
		const day = fc.tuple(typed, typed, typed);
		fc.assert(
			fc.property(
				fc.record({
					fields: fc.record({ orders: typed, cancelled: typed, buyer: typed }),
					target: fc.constantFrom('default' as const, 'in' as const),
					mode: fc.constantFrom('single' as const, 'daily' as const, 'import' as const),
					days: fc.array(day, { minLength: 1, maxLength: 30 }).filter((days) => days.some((row) => row.some(Boolean))),
				}),
				(original) => {
					const back = parseState(stateQuery(original));
					// A blank field is left out of the URL, so it comes back as "not given".
					const fields = Object.fromEntries(Object.entries(original.fields).map(([k, v]) => [k, v || undefined]));
					expect(back).toEqual({ ...original, fields });
				},
			),
		);
	});
});
