/**
 * SKU → its number, looked up on every row of a seller-fulfilled order. A Map keyed by the SKU
 * would need a string sliced from the text per row and its hash computed afresh each time; here
 * the characters are hashed and compared where they lie in the text, and a string is made only
 * for a SKU not seen before (a few thousand in a report, against hundreds of thousands of rows).
 */
import { copyOf } from './text-slices';

export class SkuIndex {
	/** The SKUs, in the order first seen: a SKU's number is its index here. */
	readonly keys: string[] = [];
	/** Open addressing: per slot, a SKU's number + 1, or 0 when free. */
	private slots = new Int32Array(1 << 10);
	private hashes = new Int32Array(1 << 10);

	/** The number of the SKU text[start, end), given it when new. The text must be trimmed already. */
	numberOf(text: string, start: number, end: number): number {
		let h = 0x811c9dc5;
		for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
		const mask = this.slots.length - 1;
		let i = h & mask;
		for (let n = this.slots[i]!; n !== 0; n = this.slots[i]!) {
			if (this.hashes[i] === h) {
				const key = this.keys[n - 1]!;
				if (key.length === end - start && text.startsWith(key, start)) return n - 1;
			}
			i = (i + 1) & mask;
		}
		const number = this.keys.push(copyOf(text.slice(start, end))) - 1;
		this.slots[i] = number + 1;
		this.hashes[i] = h;
		if (this.keys.length * 2 > this.slots.length) this.grow();
		return number;
	}

	private grow(): void {
		const slots = this.slots;
		const hashes = this.hashes;
		this.slots = new Int32Array(slots.length * 2);
		this.hashes = new Int32Array(slots.length * 2);
		const mask = this.slots.length - 1;
		for (let j = 0; j < slots.length; j++) {
			if (slots[j] === 0) continue;
			let i = hashes[j]! & mask;
			while (this.slots[i] !== 0) i = (i + 1) & mask;
			this.slots[i] = slots[j]!;
			this.hashes[i] = hashes[j]!;
		}
	}
}
