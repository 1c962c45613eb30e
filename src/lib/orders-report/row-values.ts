/**
 * The values of the row a TableReader is handing out, as its row callback reads them: sliced
 * into strings, or read in place in the text (most rows are only compared or counted, and a
 * string per row and column would be made for nothing).
 */
export class RowValues {
	/** The text being read; the fast path's values lie in it. */
	protected buf = '';
	/** Per wanted value: the string, for eager values and for every value of a slowRead row. */
	protected readonly values: string[];
	/** Per wanted value: 1 when it is read lazily, from `starts` and `ends` in buf. */
	protected readonly lazy: Uint8Array;
	protected readonly starts: Int32Array;
	protected readonly ends: Int32Array;
	/** Whether the row being handed out was read by slowRow, which fills `values` for every slot. */
	protected slowRead = false;

	constructor(wanted: readonly string[], lazyColumns: readonly string[]) {
		this.values = wanted.map(() => '');
		this.lazy = Uint8Array.from(wanted, (c) => (lazyColumns.includes(c) ? 1 : 0));
		this.starts = new Int32Array(wanted.length);
		this.ends = new Int32Array(wanted.length);
	}

	/** The value of wanted column `slot` in the row `onRow` is being given; only valid during that call. */
	field(slot: number): string {
		if (this.slowRead || this.lazy[slot] === 0) return this.values[slot]!;
		return this.buf.slice(this.starts[slot]!, this.ends[slot]!);
	}

	/** The same value without making a string: it is text(slot)[start(slot), end(slot)). */
	text(slot: number): string {
		return this.slowRead || this.lazy[slot] === 0 ? this.values[slot]! : this.buf;
	}

	start(slot: number): number {
		return this.slowRead || this.lazy[slot] === 0 ? 0 : this.starts[slot]!;
	}

	end(slot: number): number {
		return this.slowRead || this.lazy[slot] === 0 ? this.values[slot]!.length : this.ends[slot]!;
	}
}
