/**
 * What lies behind a report's cancellations, gathered while the file streams: which products
 * (sku, asin, product-name) the seller-fulfilled orders held, and for each cancelled one when the
 * report last updated it. Kept compact, because it grows with the file: one pair of integers per
 * product of an order, one SKU record per distinct SKU, and a record per cancelled order (few).
 * Which cancellations count as the seller's is decided later, on the page, with the exclusions the
 * seller gives (causes-summary.ts), so the file is never read again for them.
 */
/** Columns read for the causes when the report has them; a report without them still gives its rate. */
export const CAUSE_COLUMNS = ['sku', 'asin', 'product-name', 'last-updated-date'] as const;

/** The cause columns of the current row other than sku, read only when needed (most rows need none). */
export interface CauseFields {
	asin(): string;
	name(): string;
	lastUpdated(): string;
}

/** One product as the report names it. Its first non-empty asin and product-name are kept. */
export interface SkuInfo {
	sku: string;
	asin: string;
	name: string;
}

/** A cancelled seller-fulfilled order with what the report says about its products and timing. */
export interface CancelledDetail {
	id: string;
	/** Index into the report's days (its purchase day in the chosen time zone). */
	day: number;
	/** purchase-date, ms since the epoch. */
	purchased: number;
	/**
	 * The latest last-updated-date of its rows, ms since the epoch: the report's closest record of
	 * when it was cancelled. Null when missing, unreadable or earlier than the purchase.
	 */
	updated: number | null;
	/** Calendar days from the purchase day to the last-update day, in the chosen time zone; null with updated. */
	dayGap: number | null;
	/** Indexes into ReportCauses.skus, each once. */
	skus: number[];
}

/** Plain data, so it crosses from the Web Worker intact. */
export interface ReportCauses {
	/** Whether the file had a sku column (without one, every order is one unknown product). */
	hasSku: boolean;
	/** Whether the file had a last-updated-date column. */
	hasLastUpdated: boolean;
	skus: SkuInfo[];
	/**
	 * One entry per distinct (seller-fulfilled order, SKU): the SKU's index and the order's day
	 * index. Orders per SKU in any span of days are counted from these.
	 */
	pairSku: Int32Array;
	pairDay: Int32Array;
	/** Cancelled seller-fulfilled orders, in file order. */
	cancelled: CancelledDetail[];
}

/** A growable list of 32-bit integers: no object per entry. */
class IntList {
	a = new Int32Array(1024);
	n = 0;
	push(v: number): number {
		if (this.n === this.a.length) {
			const b = new Int32Array(this.a.length * 2);
			b.set(this.a);
			this.a = b;
		}
		this.a[this.n] = v;
		return this.n++;
	}
	slice(): Int32Array {
		return this.a.slice(0, this.n);
	}
}


const DAY_MS = 86_400_000;

export interface CauseCollectorOptions {
	/** The report's date reader (purchase-date's rules apply to last-updated-date). */
	parseDate: (text: string) => number | null;
	/** 'YYYY-MM-DD' of an instant in the report's time zone. */
	dayOf: (ms: number) => string;
}

/**
 * Gathers causes row by row. The parser calls `order` once for each new seller-fulfilled order
 * and `item` for each of its rows, the first included, in any order of rows.
 */
export class CauseCollector {
	private readonly o: CauseCollectorOptions;
	private readonly skuIndex = new Map<string, number>();
	private readonly skus: SkuInfo[] = [];
	/** Per order: its day's number (see dayNumber), and its index in `cancelled` or -1. */
	private readonly orderDay = new IntList();
	private readonly orderCancel = new IntList();
	/** Per order: its newest pair, -1 for none; pairs of one order are linked through pairNext. */
	private readonly orderHead = new IntList();
	private readonly pairSku = new IntList();
	private readonly pairNext = new IntList();
	/** Per pair: its order's day number, made a day index at finish without walking the orders. */
	private readonly pairDayNumber = new IntList();
	/** In file order; `skus` and `day` are filled in at finish. */
	private readonly cancelled: CancelledDetail[] = [];
	/** Per cancelled order: its order number and purchase date. */
	private readonly cancelledOrder = new IntList();
	private readonly cancelledDate: string[] = [];
	/** Day names in the order first seen; their numbers become day indexes at finish. */
	private readonly dayNumbers = new Map<string, number>();
	private readonly dayNames: string[] = [];
	private lastDate = '';
	private lastNumber = -1;

	constructor(options: CauseCollectorOptions) {
		this.o = options;
	}

	/** A new seller-fulfilled order bought on `date`, with its id when cancelled; returns the number `item` wants. */
	order(date: string, purchased: number, cancelledId: string | null): number {
		// Reports are mostly in date order: the same day as the last order needs no lookup.
		if (date !== this.lastDate) {
			let n = this.dayNumbers.get(date);
			if (n === undefined) {
				n = this.dayNames.push(date) - 1;
				this.dayNumbers.set(date, n);
			}
			this.lastDate = date;
			this.lastNumber = n;
		}
		this.orderDay.push(this.lastNumber);
		this.orderHead.push(-1);
		if (cancelledId === null) return this.orderCancel.push(-1);
		const index = this.cancelled.push({ id: cancelledId, day: -1, purchased, updated: null, dayGap: null, skus: [] }) - 1;
		this.cancelledDate.push(date);
		const order = this.orderCancel.push(index);
		this.cancelledOrder.push(order);
		return order;
	}

	/** One row of order `order`: its product and, for a cancelled order, its last update. */
	item(order: number, sku: string, row: CauseFields): void {
		const trimmed = sku.trim();
		let index = this.skuIndex.get(trimmed);
		if (index === undefined) {
			index = this.skus.push({ sku: trimmed, asin: '', name: '' }) - 1;
			this.skuIndex.set(trimmed, index);
		}
		const info = this.skus[index]!;
		if (info.asin === '') {
			const asin = row.asin();
			if (asin !== '') info.asin = asin.trim();
		}
		if (info.name === '') {
			const name = row.name();
			if (name !== '') info.name = name.trim();
		}

		const heads = this.orderHead.a;
		let known = false;
		for (let p = heads[order]!; p !== -1; p = this.pairNext.a[p]!) {
			if (this.pairSku.a[p] === index) {
				known = true;
				break;
			}
		}
		if (!known) {
			this.pairSku.push(index);
			this.pairDayNumber.push(this.orderDay.a[order]!);
			heads[order] = this.pairNext.push(heads[order]!);
		}

		const c = this.orderCancel.a[order]!;
		if (c === -1) return;
		const lastUpdated = row.lastUpdated();
		if (lastUpdated === '') return;
		const detail = this.cancelled[c]!;
		const ms = this.o.parseDate(lastUpdated);
		if (ms !== null && ms >= detail.purchased && (detail.updated === null || ms > detail.updated)) detail.updated = ms;
	}

	/**
	 * The causes, with days as indexes into the report's day list, which starts on `firstDate`.
	 * `hasSku` and `hasLastUpdated` say whether the file had those columns.
	 */
	finish(firstDate: string, hasSku: boolean, hasLastUpdated: boolean): ReportCauses {
		const first = Date.parse(firstDate);
		const dayIndex = Int32Array.from(this.dayNames, (date) => Math.round((Date.parse(date) - first) / DAY_MS));
		// Runs once, in code not yet optimized: plain loops over the pairs and the cancelled
		// orders, not over every order (walking the pairs of 140,000 orders took tens of ms in Chromium).
		const pairDay = this.pairDayNumber.slice();
		for (let p = 0; p < pairDay.length; p++) pairDay[p] = dayIndex[pairDay[p]!]!;
		const heads = this.orderHead.a;
		const cancelled = this.cancelled;
		for (let c = 0; c < cancelled.length; c++) {
			const detail = cancelled[c]!;
			const order = this.cancelledOrder.a[c]!;
			detail.day = dayIndex[this.orderDay.a[order]!]!;
			for (let p = heads[order]!; p !== -1; p = this.pairNext.a[p]!) detail.skus.push(this.pairSku.a[p]!);
			detail.skus.reverse();
			if (detail.updated !== null) detail.dayGap = Math.round((Date.parse(this.o.dayOf(detail.updated)) - Date.parse(this.cancelledDate[c]!)) / DAY_MS);
		}
		return {
			hasSku,
			hasLastUpdated,
			skus: this.skus,
			pairSku: this.pairSku.slice(),
			pairDay,
			cancelled,
		};
	}
}
