/**
 * The set of order ids an All Orders report has shown, each with a number the parser gives it.
 * A report of 300,000 rows has about 200,000 orders and looks one up on every row, so Amazon's
 * 3-7-7 digit ids are kept as two 32-bit integers in an open-addressing table: no string is made
 * per row to serve as a key, and nothing sliced from the text (which would keep the whole piece
 * of text alive, V8 sliced strings) is held. Any other id goes to a Map, as a fresh copy.
 */
import { copyOf } from './text-slices';

export const NOT_SEEN = -2;

export class SeenOrders {
	/** Per slot: two words of the id, [low 31 bits of the first 10 digits, the rest + 1]; 0 as the second word marks a free slot. */
	private keys = new Int32Array(1 << 15);
	private vals = new Int32Array(1 << 14);
	private mask = (1 << 14) - 1;
	private count = 0;
	private readonly others = new Map<string, number>();
	/** Where `get` stopped for the id it was last given, for `set` of that same id. */
	private w0 = 0;
	private w1 = 0;
	private at = -1;
	private lastId = '';

	/** The number given to `id` with `set`, or NOT_SEEN. */
	get(id: string): number {
		this.lastId = id;
		if (!this.pack(id)) {
			this.at = -1;
			return this.others.get(id) ?? NOT_SEEN;
		}
		const keys = this.keys;
		const w0 = this.w0;
		const w1 = this.w1;
		let i = (Math.imul(w0 ^ Math.imul(w1, 0x9e3779b1), 0x85ebca6b) >>> 7) & this.mask;
		for (;;) {
			const k1 = keys[2 * i + 1]!;
			if (k1 === 0) {
				this.at = i;
				return NOT_SEEN;
			}
			if (k1 === w1 && keys[2 * i] === w0) return this.vals[i]!;
			i = (i + 1) & this.mask;
		}
	}

	/** Gives `id`, which the last `get` was asked about and did not find, the number `value`. */
	set(id: string, value: number): void {
		if (id !== this.lastId) throw new Error('SeenOrders.set needs the id of the last get');
		this.lastId = '';
		if (this.at === -1) {
			this.others.set(copyOf(id), value);
			return;
		}
		this.keys[2 * this.at] = this.w0;
		this.keys[2 * this.at + 1] = this.w1;
		this.vals[this.at] = value;
		if (++this.count * 2 > this.vals.length) this.grow();
	}

	/** Splits a 3-7-7 digit id into this.w0 and this.w1; false for any other id. */
	private pack(id: string): boolean {
		if (id.length !== 19 || id.charCodeAt(3) !== 0x2d || id.charCodeAt(11) !== 0x2d) return false;
		let hi = 0;
		let lo = 0;
		for (let i = 0; i < 19; i++) {
			if (i === 3 || i === 11) continue;
			const digit = id.charCodeAt(i) - 48;
			if (digit < 0 || digit > 9) return false;
			if (i < 11) hi = hi * 10 + digit;
			else lo = lo * 10 + digit;
		}
		// hi < 10^10 < 2^34 and lo < 10^7 < 2^24: hi's top 3 bits go above lo in the second word.
		this.w0 = hi % 2 ** 31;
		this.w1 = ((Math.floor(hi / 2 ** 31) << 24) | lo) + 1;
		return true;
	}

	private grow(): void {
		const oldKeys = this.keys;
		const oldVals = this.vals;
		this.keys = new Int32Array(oldKeys.length * 2);
		this.vals = new Int32Array(oldVals.length * 2);
		this.mask = this.vals.length - 1;
		for (let j = 0; j < oldVals.length; j++) {
			const w1 = oldKeys[2 * j + 1]!;
			if (w1 === 0) continue;
			const w0 = oldKeys[2 * j]!;
			let i = (Math.imul(w0 ^ Math.imul(w1, 0x9e3779b1), 0x85ebca6b) >>> 7) & this.mask;
			while (this.keys[2 * i + 1] !== 0) i = (i + 1) & this.mask;
			this.keys[2 * i] = w0;
			this.keys[2 * i + 1] = w1;
			this.vals[i] = oldVals[j]!;
		}
		this.at = -1;
	}
}
