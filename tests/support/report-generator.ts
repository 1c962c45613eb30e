/**
 * Writes synthetic Amazon All Orders reports together with the answer they should give. The
 * answer is kept while generating, from the generator's own choices, never by parsing: each
 * order is given a local day in a fixed-offset time zone first, and its purchase-date is then
 * written as that instant in some other offset, so the day is known without Intl.
 *
 * Self-contained (no imports from src/) so the benchmark can compile it on its own.
 */

/** Columns of the current All Orders report, as listed by Amazon. */
export const CURRENT_COLUMNS = [
	'amazon-order-id', 'merchant-order-id', 'purchase-date', 'last-updated-date', 'order-status',
	'fulfillment-channel', 'sales-channel', 'order-channel', 'ship-service-level', 'product-name',
	'sku', 'asin', 'item-status', 'quantity', 'currency', 'item-price', 'item-tax', 'shipping-price',
	'shipping-tax', 'gift-wrap-price', 'gift-wrap-tax', 'item-promotion-discount',
	'ship-promotion-discount', 'ship-city', 'ship-state', 'ship-postal-code', 'ship-country',
	'promotion-ids', 'cpf', 'is-business-order', 'purchase-order-number', 'price-designation',
];

/** The older 29-column layout: a `url` column after order-channel, none of the last four. */
export const OLDER_COLUMNS = [
	...CURRENT_COLUMNS.slice(0, 8),
	'url',
	...CURRENT_COLUMNS.slice(8, 28),
];

const EXTRA_COLUMNS = ['number-of-items', 'tax-collection-model', 'signature-confirmation-recommended'];

/** Product names that trip naive splitting: delimiters, quotes, line breaks, Chinese. */
const PRODUCT_NAMES = [
	'Stainless steel water bottle',
	'Mug, 12 oz, blue',
	'Ruler 12" steel',
	'"Best" coffee mug',
	'Say ""hi"" card',
	'Cable\twith a tab in its name',
	'Two-line\nproduct name',
	'CRLF\r\nproduct name',
	'Semi;colon; set',
	'中文商品 蓝色 大号，两件装',
	'=HYPERLINK("http://example.com")',
	'',
];

/** Product names as in Amazon's own file: no tabs or line breaks, a quote now and then. */
const AMAZON_PRODUCT_NAMES = [
	'Stainless Steel Insulated Water Bottle, 750 ml, Matte Black',
	'USB-C Charging Cable 2 m, Braided, Fast Charge (2-Pack)',
	'Ceramic Coffee Mug 350 ml - Dishwasher Safe, Blue',
	'LED Desk Lamp with Wireless Charger, Dimmable, 5 Colour Modes',
	'Silicone Baking Mat Set of 3, Non-Stick, BPA Free',
	'Yoga Mat 6 mm Thick with Carrying Strap, Purple',
	'Wireless Mouse, 2.4G, Silent Click, 18-Month Battery',
	'Kids Backpack for School, Lightweight, Dinosaur Print',
	'Phone Case for iPhone 15 Pro, Clear, Shockproof',
	'Bamboo Cutting Board Set with Juice Groove, 3 Pieces',
	'中文商品 蓝色 大号 两件装',
	'Picture Frame 8x10" Black, Set of 4',
];

const STATUSES_OPEN = ['Shipped', 'Pending', 'Unshipped', 'Shipping'];

export interface Zone {
	/** IANA name the parser is given. */
	name: string;
	/** Its fixed UTC offset in minutes (zones without DST in the years generated). */
	offsetMinutes: number;
}

export const ZONES: readonly Zone[] = [
	{ name: 'UTC', offsetMinutes: 0 },
	{ name: 'Asia/Shanghai', offsetMinutes: 480 },
	{ name: 'Asia/Kolkata', offsetMinutes: 330 },
	// POSIX sign convention: Etc/GMT+5 is five hours behind UTC.
	{ name: 'Etc/GMT+5', offsetMinutes: -300 },
];

/** Offsets purchase-date is written in (Amazon writes +00:00; other tools write their own). */
const WRITTEN_OFFSETS = [0, 0, 'Z', -420, 480, 330, -210, 345] as const;

export interface ReportOptions {
	seed: number;
	/** Orders to write, seller-fulfilled and FBA, bad-date orders not included. */
	orders: number;
	delimiter: '\t' | ',' | ';';
	/** '\r' alone is Excel for Mac's "CSV (Macintosh)". */
	eol: '\n' | '\r\n' | '\r';
	bom: boolean;
	/** current: Amazon's order; older: 29 columns; shuffled: current + unknown extras, any order. */
	layout: 'current' | 'older' | 'shuffled';
	zone: Zone;
	/** Seller-fulfilled single-item orders whose purchase-date cannot be read. */
	badDates: number;
	/** Quote every field, as some spreadsheet exports do. */
	quoteAll: boolean;
	/** Days the orders spread over. */
	spanDays: number;
	/** End the file with a line break (and sometimes blank lines). */
	trailingNewline: boolean;
	/**
	 * Write as Amazon does (purchase-date always like 2024-04-19T16:29:58+00:00, product names
	 * without tabs or line breaks) rather than every spelling a parser must survive: for the
	 * benchmark, whose speed should be that of real files.
	 */
	amazonLike: boolean;
}

export const DEFAULT_OPTIONS: ReportOptions = {
	seed: 1,
	orders: 200,
	delimiter: '\t',
	eol: '\n',
	bom: false,
	layout: 'current',
	zone: ZONES[0]!,
	badDates: 0,
	quoteAll: false,
	spanDays: 30,
	trailingNewline: true,
	amazonLike: false,
};

export interface ExpectedDay {
	date: string;
	orders: number;
	cancelled: number;
}

/** What the parser must find in the generated report. */
export interface ExpectedReport {
	rows: number;
	/** Distinct orders counted (bad-date orders are skipped entirely). */
	orders: number;
	merchantOrders: number;
	fbaOrders: number;
	badDates: { count: number; lines: number[] };
	/** Every day from the first to the last seller-fulfilled order, gaps as zeros. */
	days: ExpectedDay[];
	/** Ids of the cancelled seller-fulfilled orders. */
	cancelledIds: string[];
	/** Ids of cancelled FBA orders (excluding them must change nothing). */
	cancelledFbaIds: string[];
}

/** mulberry32: small, seedable, good enough to vary test data. */
export function rng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** `ms` shifted by `offset` and written as ISO 8601 in one of the styles seen in reports. */
function writeDate(ms: number, offset: (typeof WRITTEN_OFFSETS)[number], style: number): string {
	const minutes = offset === 'Z' ? 0 : offset;
	const local = new Date(ms + minutes * 60_000);
	const date = `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
	let time = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
	if (style !== 1) time += `:${pad(local.getUTCSeconds())}`;
	if (style === 2) time += `.${pad(local.getUTCMilliseconds(), 3)}`;
	let suffix: string;
	if (offset === 'Z') suffix = 'Z';
	else {
		const abs = Math.abs(offset);
		suffix = `${offset < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
	}
	return `${date}T${time}${suffix}`;
}

const BAD_DATES = ['2024-13-01T10:00:00+00:00', '19/04/2024 16:29', '', 'not a date', '2024-04-19T16:29:58', '2024-02-30T10:00:00Z'];

interface Item {
	id: string;
	date: string;
	status: string;
	channel: string;
	product: string;
	/** Its number in the catalogue: SKU and ASIN follow from it, as one product keeps both. */
	sku: number;
}

/**
 * A report as lines (each ending with its line break) plus its expected answer, which is
 * complete once every line has been taken.
 */
export function createReport(partial: Partial<ReportOptions>): { lines: () => Generator<string>; expected: ExpectedReport } {
	const o: ReportOptions = { ...DEFAULT_OPTIONS, ...partial };
	const random = rng(o.seed);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

	let columns: string[];
	let headerNames: string[];
	if (o.layout === 'older') columns = [...OLDER_COLUMNS];
	else columns = [...CURRENT_COLUMNS];
	if (o.layout === 'shuffled') {
		columns.push(...EXTRA_COLUMNS);
		for (let i = columns.length - 1; i > 0; i--) {
			const j = Math.floor(random() * (i + 1));
			[columns[i], columns[j]] = [columns[j]!, columns[i]!];
		}
		// Names are matched case-insensitively and trimmed.
		headerNames = columns.map((c) => (c === 'order-status' ? ' Order-Status ' : c === 'purchase-date' ? 'PURCHASE-DATE' : c));
	} else {
		headerNames = columns;
	}

	const expected: ExpectedReport = {
		rows: 0,
		orders: 0,
		merchantOrders: 0,
		fbaOrders: 0,
		badDates: { count: 0, lines: [] },
		days: [],
		cancelledIds: [],
		cancelledFbaIds: [],
	};
	const perDay = new Map<string, ExpectedDay>();

	// Amazon's own tab-separated file does not quote (`"Best" coffee mug` stays as it is); a
	// field with a tab or line break in it has to be quoted, as spreadsheets do.
	const needsQuotes = (value: string) =>
		value.includes(o.delimiter) || value.includes('\n') || value.includes('\r') || (o.delimiter !== '\t' && value.includes('"'));
	const field = (value: string) => (o.quoteAll || needsQuotes(value) ? `"${value.replaceAll('"', '""')}"` : value);

	function row(item: Item): string {
		const values = columns.map((column) => {
			switch (column) {
				case 'amazon-order-id': return item.id;
				case 'purchase-date': return item.date;
				case 'last-updated-date': return item.date;
				case 'order-status': return item.status;
				case 'fulfillment-channel': return item.channel;
				case 'product-name': return item.product;
				case 'merchant-order-id': return random() < 0.5 ? '' : `MO-${Math.floor(random() * 1e8)}`;
				case 'sales-channel': return 'Amazon.com';
				case 'order-channel': return '';
				case 'url': return '';
				case 'ship-service-level': return pick(['Standard', 'Expedited', 'SecondDay']);
				case 'sku': return `SKU-${item.sku}`;
				case 'asin': return `B0${(item.sku * 7919).toString(36).toUpperCase().padStart(8, '0')}`;
				case 'item-status': return item.status === 'Cancelled' ? 'Cancelled' : 'Unshipped';
				case 'quantity': return String(1 + Math.floor(random() * 3));
				case 'currency': return 'USD';
				case 'item-price': return (random() * 100).toFixed(2);
				case 'item-tax':
				case 'shipping-price':
				case 'shipping-tax': return (random() * 10).toFixed(2);
				case 'gift-wrap-price':
				case 'gift-wrap-tax':
				case 'item-promotion-discount':
				case 'ship-promotion-discount': return random() < 0.8 ? '0.00' : `-${(random() * 5).toFixed(2)}`;
				case 'ship-city': return pick(['SEATTLE', 'Washington, D.C.', 'San Francisco', 'NEW YORK']);
				case 'ship-state': return pick(['WA', 'DC', 'CA', 'NY']);
				case 'ship-postal-code': return `${10000 + Math.floor(random() * 89999)}-${1000 + Math.floor(random() * 8999)}`;
				case 'ship-country': return 'US';
				case 'promotion-ids': return random() < 0.7 ? '' : 'US Core Free Shipping Promotion A1B2C3D4E5F6G7,Spring deal 20% off';
				case 'is-business-order': return random() < 0.9 ? 'false' : 'true';
				case 'price-designation': return '';
				default:
					return '';
			}
		});
		return values.map(field).join(o.delimiter) + o.eol;
	}

	const start = Date.UTC(2024, 3, 1);
	let serial = 0;
	const nextId = () => {
		serial++;
		return `${pad(100 + (serial % 900), 3)}-${pad(serial, 7)}-${pad(Math.floor(random() * 1e7), 7)}`;
	};

	function* lines(): Generator<string> {
		let line = 1;
		const emit = (text: string) => {
			// With CR-only line ends every CR and LF ends a line, as the parser reads them.
			line += o.eol === '\r' ? (text.match(/[\r\n]/g)?.length ?? 0) : text.split('\n').length - 1;
			return text;
		};
		yield emit((o.bom ? '\ufeff' : '') + headerNames.map(field).join(o.delimiter) + o.eol);

		const badAt = new Set<number>();
		while (badAt.size < Math.min(o.badDates, o.orders + o.badDates)) badAt.add(Math.floor(random() * (o.orders + o.badDates)));
		/** Later items of multi-item orders, written a few orders later. */
		let deferred: Item[] = [];

		for (let k = 0; k < o.orders + o.badDates; k++) {
			if (badAt.has(k)) {
				const id = nextId();
				expected.rows++;
				expected.badDates.count++;
				if (expected.badDates.lines.length < 5) expected.badDates.lines.push(line);
				yield emit(row({ id, date: BAD_DATES[k % BAD_DATES.length]!, status: 'Shipped', channel: 'Merchant', product: pick(PRODUCT_NAMES), sku: 0 }));
				continue;
			}
			const id = nextId();
			const merchant = random() < 0.7;
			const cancelled = random() < 0.08;
			const day = Math.floor(random() * o.spanDays);
			const secondOfDay = Math.floor(random() * 86_400);
			// The local wall-clock time in the zone, as if it were UTC: its date is the expected day.
			const localMs = start + day * 86_400_000 + secondOfDay * 1000 + Math.floor(random() * 1000);
			const instant = localMs - o.zone.offsetMinutes * 60_000;
			const localDate = new Date(localMs).toISOString().slice(0, 10);
			const date = o.amazonLike ? writeDate(instant, 0, 0) : writeDate(instant, pick(WRITTEN_OFFSETS), Math.floor(random() * 3));
			let status = cancelled ? pick(['Cancelled', 'Cancelled', 'Canceled', 'cancelled']) : pick(STATUSES_OPEN);
			let channel = merchant ? pick(['Merchant', 'Merchant', 'Merchant', 'merchant', 'MFN']) : pick(['Amazon', 'Amazon', 'AFN']);
			if (o.amazonLike) {
				status = cancelled ? 'Cancelled' : status;
				channel = merchant ? 'Merchant' : 'Amazon';
			}

			expected.orders++;
			if (merchant) {
				expected.merchantOrders++;
				let totals = perDay.get(localDate);
				if (!totals) perDay.set(localDate, (totals = { date: localDate, orders: 0, cancelled: 0 }));
				totals.orders++;
				if (cancelled) {
					totals.cancelled++;
					expected.cancelledIds.push(id);
				}
			} else {
				expected.fbaOrders++;
				if (cancelled) expected.cancelledFbaIds.push(id);
			}

			const items = 1 + (random() < 0.25 ? 1 + Math.floor(random() * 3) : 0);
			for (let i = 0; i < items; i++) {
				// A catalogue of 2,000 SKUs, a few of them sold far more often than the rest.
				const sku = Math.floor(random() ** 2 * 2000);
				const product = o.amazonLike ? AMAZON_PRODUCT_NAMES[sku % AMAZON_PRODUCT_NAMES.length]! : pick(PRODUCT_NAMES);
				const item = { id, date, status, channel, product, sku };
				if (i > 0 && random() < 0.3) deferred.push(item);
				else {
					expected.rows++;
					yield emit(row(item));
				}
			}
			if (deferred.length > 0 && random() < 0.3) {
				for (const item of deferred) {
					expected.rows++;
					yield emit(row(item));
				}
				deferred = [];
			}
		}
		for (const item of deferred) {
			expected.rows++;
			yield emit(row(item));
		}
		// Spreadsheets leave blank lines at the end.
		if (o.trailingNewline && o.seed % 3 === 0) yield o.eol + o.eol;

		const dates = [...perDay.keys()].sort();
		if (dates.length > 0) {
			const first = Date.parse(dates[0]! + 'T00:00:00Z');
			const lastDay = Date.parse(dates[dates.length - 1]! + 'T00:00:00Z');
			for (let t = first; t <= lastDay; t += 86_400_000) {
				const date = new Date(t).toISOString().slice(0, 10);
				expected.days.push(perDay.get(date) ?? { date, orders: 0, cancelled: 0 });
			}
		}
	}

	return {
		lines: function* () {
			let pending: string | null = null;
			for (const piece of lines()) {
				if (pending !== null) yield pending;
				pending = piece;
			}
			// Without a final line break the file ends in the middle of its last row.
			if (pending !== null) yield o.trailingNewline ? pending : pending.slice(0, -o.eol.length);
		},
		expected,
	};
}

/** The whole report as one string, with its expected answer. */
export function generateReport(options: Partial<ReportOptions>): { text: string; expected: ExpectedReport } {
	const report = createReport(options);
	let text = '';
	for (const piece of report.lines()) text += piece;
	return { text, expected: report.expected };
}
