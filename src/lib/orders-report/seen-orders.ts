/**
 * The set of order ids an All Orders report has shown, each with a number the parser gives it.
 * A report of 300,000 rows has about 200,000 orders and looks one up on every row, so Amazon's
 * 3-7-7 digit ids are read from the file's bytes into two 32-bit integers and kept in an
 * open-addressing table: no string is made per row to serve as a key. Any other id goes to a Map.
 */
import { utf8 } from './bytes';

export const NOT_SEEN = -2;
/** From getBytes: the id is not Amazon's 3-7-7 digits, ask `get` with its text. */
export const NOT_AMAZON = -3;

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
	/** The id `get` was last given when it is not Amazon's 3-7-7 digits; null when it is. */
	private lastOther: string | null = null;
	private asked = false;

	/** The number given to `id` with `set`, or NOT_SEEN. */
	get(id: string): number {
		const bytes = utf8(id);
		if (this.pack(bytes, 0, bytes.length)) return this.find();
		this.at = -1;
		this.lastOther = id;
		this.asked = true;
		return this.others.get(id) ?? NOT_SEEN;
	}

	/**
	 * The number given to the id in bytes [start, end) when it is Amazon's 3-7-7 digits (the
	 * parser's fast path: no string is made), NOT_SEEN when not seen yet, or NOT_AMAZON for any
	 * other id, which the caller then asks about with `get` as text.
	 */
	getBytes(bytes: Uint8Array, start: number, end: number): number {
		return this.pack(bytes, start, end) ? this.find() : NOT_AMAZON;
	}

	private find(): number {
		this.lastOther = null;
		this.asked = true;
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

	/** Gives the id the last `get` or `getBytes` was asked about, and did not find, the number `value`. */
	set(value: number): void {
		if (!this.asked) throw new Error('SeenOrders.set needs a get before it');
		this.asked = false;
		if (this.lastOther !== null) {
			this.others.set(this.lastOther, value);
			return;
		}
		this.keys[2 * this.at] = this.w0;
		this.keys[2 * this.at + 1] = this.w1;
		this.vals[this.at] = value;
		if (++this.count * 2 > this.vals.length) this.grow();
	}

	/** Splits a 3-7-7 digit id in bytes [start, end) into this.w0 and this.w1; false for any other id. */
	private pack(bytes: Uint8Array, start: number, end: number): boolean {
		if (end - start !== 19 || bytes[start + 3] !== 0x2d || bytes[start + 11] !== 0x2d) return false;
		let hi = 0;
		let lo = 0;
		for (let i = 0; i < 19; i++) {
			if (i === 3 || i === 11) continue;
			const digit = bytes[start + i]! - 48;
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
