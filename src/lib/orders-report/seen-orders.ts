/**
 * The set of order ids an All Orders report has shown, each with a number the parser gives it.
 * A report of 300,000 rows has about 200,000 orders and looks one up on every row, so Amazon's
 * 3-7-7 digit ids are kept as two 32-bit integers in an open-addressing table: no string is made
 * per row to serve as a key, and nothing sliced from the text (which would keep the whole piece
 * of text alive, V8 sliced strings) is held. Any other id goes to a Map, as a fresh copy.
 */
import { copyOf } from './text-slices';

export const NOT_SEEN = -2;
/** What `getAt` gives for text that is not a 3-7-7 digit id. */
export const NOT_PACKED = -3;

export class SeenOrders {
	/**
	 * Per slot three words: the id's two, [low 31 bits of the first 10 digits, the rest + 1] (0 as
	 * the second marks a free slot), then its number. Side by side, so that a lookup in a table
	 * far bigger than the CPU's caches costs one cache miss, not two.
	 */
	private keys = new Int32Array(3 << 14);
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
		if (!this.pack(id, 0, id.length)) {
			this.at = -1;
			return this.others.get(id) ?? NOT_SEEN;
		}
		return this.find();
	}

	/**
	 * Like `get` for the id at text[start, end), read in place, when it is a 3-7-7 digit id (no
	 * string is made for it); NOT_PACKED for any other text, which the caller reads as a string.
	 */
	getAt(text: string, start: number, end: number): number {
		this.lastId = '';
		if (!this.pack(text, start, end)) {
			this.at = -1;
			return NOT_PACKED;
		}
		return this.find();
	}

	/** Looks up the id packed into w0 and w1. */
	private find(): number {
		const keys = this.keys;
		const w0 = this.w0;
		const w1 = this.w1;
		let i = (Math.imul(w0 ^ Math.imul(w1, 0x9e3779b1), 0x85ebca6b) >>> 7) & this.mask;
		for (;;) {
			const k1 = keys[3 * i + 1]!;
			if (k1 === 0) {
				this.at = i;
				return NOT_SEEN;
			}
			if (k1 === w1 && keys[3 * i] === w0) return keys[3 * i + 2]!;
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
		this.store(value);
	}

	/** Gives the id the last `getAt` read and did not find the number `value`. */
	setAt(value: number): void {
		if (this.at === -1 || this.lastId !== '') throw new Error('SeenOrders.setAt needs a getAt that read an id');
		this.store(value);
	}

	private store(value: number): void {
		const k = 3 * this.at;
		this.keys[k] = this.w0;
		this.keys[k + 1] = this.w1;
		this.keys[k + 2] = value;
		this.at = -1;
		if (++this.count * 2 > this.mask + 1) this.grow();
	}

	/** Splits a 3-7-7 digit id into this.w0 and this.w1; false for any other id. */
	private pack(id: string, start: number, end: number): boolean {
		if (end - start !== 19 || id.charCodeAt(start + 3) !== 0x2d || id.charCodeAt(start + 11) !== 0x2d) return false;
		let hi = 0;
		let lo = 0;
		for (let i = 0; i < 19; i++) {
			if (i === 3 || i === 11) continue;
			const digit = id.charCodeAt(start + i) - 48;
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
		const old = this.keys;
		this.keys = new Int32Array(old.length * 2);
		this.mask = this.mask * 2 + 1;
		for (let j = 0; j < old.length; j += 3) {
			const w1 = old[j + 1]!;
			if (w1 === 0) continue;
			const w0 = old[j]!;
			let i = (Math.imul(w0 ^ Math.imul(w1, 0x9e3779b1), 0x85ebca6b) >>> 7) & this.mask;
			while (this.keys[3 * i + 1] !== 0) i = (i + 1) & this.mask;
			this.keys[3 * i] = w0;
			this.keys[3 * i + 1] = w1;
			this.keys[3 * i + 2] = old[j + 2]!;
		}
		this.at = -1;
	}
}
