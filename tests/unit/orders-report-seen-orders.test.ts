import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { NOT_AMAZON, NOT_SEEN, SeenOrders } from '../../src/lib/orders-report/seen-orders';

const encoder = new TextEncoder();

/**
 * Asks about `id` as the parser does: from its bytes (here with bytes around them, as in a row)
 * and, when that says it is not Amazon's, as text.
 */
function ask(seen: SeenOrders, id: string): number {
	const bytes = encoder.encode(`\t${id}\t`);
	const known = seen.getBytes(bytes, 1, bytes.length - 1);
	return known === NOT_AMAZON ? seen.get(id) : known;
}

/** What SeenOrders must behave like: a Map from id to number, for any mix of ids, asked either way. */
function check(ids: string[]): void {
	const seen = new SeenOrders();
	const model = new Map<string, number>();
	// Compared at the end, in one assertion: one per id would be most of the test's time.
	const got: number[] = [];
	const want: number[] = [];
	ids.forEach((id, n) => {
		got.push(n % 2 === 0 ? ask(seen, id) : seen.get(id));
		want.push(model.get(id) ?? NOT_SEEN);
		if (!model.has(id)) {
			seen.set(n);
			model.set(id, n);
		}
	});
	for (const [id, n] of model) {
		got.push(seen.get(id), ask(seen, id));
		want.push(n, n);
	}
	expect(got).toEqual(want);
}

const digits = (k: number) => fc.stringMatching(new RegExp(`^[0-9]{${k}}$`));
const amazonId = fc.tuple(digits(3), digits(7), digits(7)).map((p) => p.join('-'));

describe('SeenOrders', () => {
	it('keeps every id apart, Amazon ids and others, through many growths of the table', () => {
		const ids: string[] = [];
		for (let i = 0; i < 60_000; i++) ids.push(`${String(i % 1000).padStart(3, '0')}-${String(i * 7919).padStart(7, '0').slice(-7)}-${String(i).padStart(7, '0')}`);
		// Ids that look like Amazon's but are not: each must stay a key of its own.
		ids.push('999-9999999-9999999', '000-0000000-0000000', '000-0000000-000000a', '000-0000000-0000000 ', 'MFN-1', '');
		check([...ids, ...ids.slice(0, 1000)]);
	});

	it('matches a Map for random ids with repeats', () => {
		fc.assert(fc.property(fc.array(fc.oneof(amazonId, fc.string()), { maxLength: 200 }), (ids) => check([...ids, ...ids])));
	});
});
