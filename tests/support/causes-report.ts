/**
 * Generated All Orders reports whose causes are known: every order's SKUs, status, channel, local
 * purchase day and purchase→last-update gap are chosen first and kept, and the file is written from
 * them. Tests compute the expected tables from these records with their own plain arithmetic.
 */
import { CURRENT_COLUMNS, rng } from './report-generator';

/** Product names that must be shown and exported as text: quotes, a tab, emoji, Chinese, formulas. */
export const TRICKY_NAMES = [
	'Mug "Classic" 350 ml, blue',
	'"Best" coffee mug',
	'Cable\twith a tab in its name',
	'🎉 Party balloons 🎈 x20 👨‍👩‍👧',
	'中文商品 蓝色 大号，两件装',
	'=HYPERLINK("http://example.com","click")',
	'+1 spare part; -2 dummy',
	'@home organiser',
	'Two-line\nproduct name',
	'Stainless Steel Insulated Water Bottle, 750 ml, Matte Black, Leak-Proof Lid, Keeps Drinks Cold for 24 Hours',
	'',
];

export interface GeneratedOrder {
	id: string;
	merchant: boolean;
	cancelled: boolean;
	/** 'YYYY-MM-DD' in the report's zone. */
	day: string;
	purchased: number;
	/** What last-updated-date says, or null when it is missing, unreadable or before the purchase. */
	updated: number | null;
	/** Distinct SKUs of the order, in the order first written. */
	skus: string[];
}

export interface CausesReport {
	text: string;
	orders: GeneratedOrder[];
	/** SKU → the ASIN and product name written for it. */
	catalogue: Map<string, { asin: string; name: string }>;
	/** The zone's fixed offset in minutes, for local days. */
	offsetMinutes: number;
}

export interface CausesOptions {
	seed: number;
	orders: number;
	skus: number;
	delimiter: '\t' | ',';
	eol: '\n' | '\r\n';
	quoteAll: boolean;
	spanDays: number;
	/** Fixed offset of the zone the parser is given (Etc/GMT-8 is +480). */
	offsetMinutes: number;
	/** Leave out the last-updated-date column. */
	noLastUpdated: boolean;
}

export const CAUSES_DEFAULTS: CausesOptions = {
	seed: 1,
	orders: 120,
	skus: 8,
	delimiter: '\t',
	eol: '\n',
	quoteAll: false,
	spanDays: 21,
	offsetMinutes: 0,
	noLastUpdated: false,
};

/** The IANA name of a whole-hour fixed offset (POSIX sign: Etc/GMT-8 is eight hours ahead). */
export function zoneName(offsetMinutes: number): string {
	if (offsetMinutes === 0) return 'UTC';
	const hours = offsetMinutes / 60;
	return `Etc/GMT${hours > 0 ? '-' : '+'}${Math.abs(hours)}`;
}


const DAY = 86_400_000;
const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const HOUR = 3_600_000;

/** An instant written with a given offset in minutes, as Amazon (+00:00) or other tools do. */
function iso(ms: number, offset: number): string {
	const d = new Date(ms + offset * 60_000);
	const abs = Math.abs(offset);
	const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
	const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
	return `${date}T${time}${offset < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Gaps from purchase to last update, spread over the bands (same day, 1–2 days, later). */
const GAP_HOURS = [[0, 3], [5, 20], [20, 30], [30, 60], [70, 300]] as const;

export function generateCausesReport(partial: Partial<CausesOptions>): CausesReport {
	const o = { ...CAUSES_DEFAULTS, ...partial };
	const random = rng(o.seed);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
	const catalogue = new Map<string, { asin: string; name: string }>();
	const skuNames: string[] = [];
	for (let i = 0; i < o.skus; i++) {
		const sku = i % 5 === 4 ? `=SKU-${i}` : `SKU-${pad(i, 3)}`;
		skuNames.push(sku);
		catalogue.set(sku, { asin: `B0${pad(i, 8)}`, name: TRICKY_NAMES[i % TRICKY_NAMES.length]! });
	}
	const columns = o.noLastUpdated ? CURRENT_COLUMNS.filter((c) => c !== 'last-updated-date') : CURRENT_COLUMNS;
	const field = (v: string) =>
		o.quoteAll || v.includes(o.delimiter) || /[\r\n]/.test(v) || (o.delimiter !== '\t' && v.includes('"')) ? `"${v.replaceAll('"', '""')}"` : v;

	const start = Date.UTC(2024, 4, 1);
	const orders: GeneratedOrder[] = [];
	const lines: string[] = [columns.join(o.delimiter) + o.eol];
	let deferred: string[] = [];
	for (let k = 0; k < o.orders; k++) {
		const id = `${pad(100 + (k % 900), 3)}-${pad(k + 1, 7)}-${pad(Math.floor(random() * 1e7), 7)}`;
		const merchant = random() < 0.8;
		// Low-numbered SKUs are cancelled more often, so the ranking is not flat.
		const skuCount = random() < 0.7 ? 1 : 2 + Math.floor(random() * 2);
		const skus: string[] = [];
		while (skus.length < skuCount) {
			const sku = skuNames[Math.floor(random() ** 2 * skuNames.length)]!;
			if (!skus.includes(sku)) skus.push(sku);
			else if (random() < 0.3) break;
		}
		const cancelled = random() < (skus[0] === skuNames[0] ? 0.5 : 0.15);
		const localMs = start + Math.floor(random() * o.spanDays) * 86_400_000 + Math.floor(random() * 86_400) * 1000;
		const purchased = localMs - o.offsetMinutes * 60_000;
		const day = new Date(localMs).toISOString().slice(0, 10);
		const [lo, hi] = pick(GAP_HOURS);
		// Whole seconds, as the report writes them.
		let updatedMs: number | null = purchased + Math.floor(((lo + random() * (hi - lo)) * HOUR) / 1000) * 1000;
		let updatedText = iso(updatedMs, pick([0, 0, 480, -420]));
		const oddity = random();
		if (oddity < 0.05) [updatedMs, updatedText] = [null, ''];
		else if (oddity < 0.08) [updatedMs, updatedText] = [null, 'not a date'];
		else if (oddity < 0.1) [updatedMs, updatedText] = [null, iso(purchased - 2 * HOUR, 0)];
		orders.push({ id, merchant, cancelled, day, purchased, updated: o.noLastUpdated ? null : updatedMs, skus });

		const status = cancelled ? 'Cancelled' : pick(['Shipped', 'Pending', 'Unshipped']);
		// One row per item; a SKU now and then twice (two items of one product), which counts once.
		const items = [...skus, ...(random() < 0.15 ? [skus[0]!] : [])];
		items.forEach((sku, i) => {
			const values = columns.map((c) => {
				switch (c) {
					case 'amazon-order-id': return id;
					case 'purchase-date': return iso(purchased, pick([0, 0, 480, -300]));
					case 'last-updated-date': return updatedText;
					case 'order-status': return status;
					case 'fulfillment-channel': return merchant ? 'Merchant' : 'Amazon';
					case 'product-name': return catalogue.get(sku)!.name;
					case 'sku': return sku;
					case 'asin': return catalogue.get(sku)!.asin;
					case 'item-status': return status;
					case 'quantity': return '1';
					case 'currency': return 'USD';
					case 'item-price': return '9.99';
					default: return '';
				}
			});
			const line = values.map(field).join(o.delimiter) + o.eol;
			// Later items of an order are sometimes written a few orders later.
			if (i > 0 && random() < 0.3) deferred.push(line);
			else lines.push(line);
		});
		if (deferred.length > 0 && random() < 0.4) {
			lines.push(...deferred);
			deferred = [];
		}
	}
	lines.push(...deferred);
	return { text: lines.join(''), orders, catalogue, offsetMinutes: o.offsetMinutes };
}

// ---- The answer, from the generator's records --------------------------------------------------

/** Percent with two decimals, rounded half up, in plain integer arithmetic (small counts). */
export const pct = (n: number, d: number) => {
	const hundredths = Math.floor((20_000 * n + d) / (2 * d));
	return `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}`;
};

/** The table a span should give, keyed by SKU, from the generator's own records. */
export function expectedTable(r: CausesReport, excluded: Set<string>, span: { first: number; last: number } | null) {
	const merchant = r.orders.filter((o) => o.merchant);
	const first = Math.min(...merchant.map((o) => Date.parse(o.day)));
	const index = (o: GeneratedOrder) => (Date.parse(o.day) - first) / DAY;
	const inSpan = (o: GeneratedOrder) => span === null || (index(o) >= span.first && index(o) <= span.last);
	const counted = merchant.filter((o) => o.cancelled && !excluded.has(o.id) && inSpan(o));
	const rows: Record<string, { cancelled: number; orders: number; share: string; rate: string; asin: string; name: string }> = {};
	for (const o of counted) {
		for (const sku of o.skus) {
			const orders = merchant.filter((m) => inSpan(m) && m.skus.includes(sku)).length;
			const cancelled = counted.filter((c) => c.skus.includes(sku)).length;
			rows[sku] = { cancelled, orders, share: pct(cancelled, counted.length), rate: pct(cancelled, orders), ...r.catalogue.get(sku)! };
		}
	}
	return { sellerCancelled: counted.length, multiSku: counted.filter((o) => o.skus.length > 1).length, rows };
}

export function expectedTiming(r: CausesReport, excluded: Set<string>) {
	const counted = r.orders.filter((o) => o.merchant && o.cancelled && !excluded.has(o.id));
	const known = counted.filter((o) => o.updated !== null);
	const offset = r.offsetMinutes * 60_000;
	const gapDays = (o: GeneratedOrder) => Math.floor((o.updated! + offset) / DAY) - Math.floor((o.purchased + offset) / DAY);
	const hours = known.map((o) => (o.updated! - o.purchased) / HOUR).sort((a, b) => a - b);
	const mid = Math.floor(hours.length / 2);
	return {
		counted: counted.length,
		known: known.length,
		medianHours: hours.length === 0 ? null : hours.length % 2 ? hours[mid] : (hours[mid - 1]! + hours[mid]!) / 2,
		sameDay: known.filter((o) => gapDays(o) === 0).length,
		oneToTwoDays: known.filter((o) => gapDays(o) >= 1 && gapDays(o) <= 2).length,
		later: known.filter((o) => gapDays(o) > 2).length,
		unknown: counted.length - known.length,
	};
}
