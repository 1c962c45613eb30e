import { describe, it, expect } from 'vitest';
import { parseReport } from '../../src/lib/orders-report';
import { parseInPieces, tsv } from '../support/orders-report';

const HEADER = 'amazon-order-id\tpurchase-date\torder-status\tfulfillment-channel\tproduct-name\tsku';
const A = '111-0000000-0000001';
const B = '111-0000000-0000002';
const C = '111-0000000-0000003';

describe('All Orders report: pieces cut inside rows, and values with spaces around them', () => {
	// Three seller-fulfilled orders on one day, B cancelled; B's second item is "Mug 8"" with a quote.
	const rows = [
		[A, '2024-04-19T10:00:00+00:00', 'Shipped', 'Merchant', 'Lamp', 'SKU-1'],
		[B, '2024-04-19T11:00:00+00:00', 'Cancelled', 'Merchant', 'Lamp', 'SKU-1'],
		[B, '2024-04-19T11:00:00+00:00', 'Cancelled', 'Merchant', 'Mug 8"', 'SKU-2'],
		[C, '2024-04-19T12:00:00+00:00', 'Shipped', 'Merchant', 'Mug 8"', 'SKU-2'],
	];
	const text = tsv(rows, HEADER);
	const whole = parseReport(text, { timeZone: 'UTC' });

	it('counts the report written by hand as it is', () => {
		expect(whole.days).toEqual([{ date: '2024-04-19', orders: 3, cancelled: 1, buyerRequested: 0 }]);
		expect(whole.cancelledOrders).toEqual([{ id: B, date: '2024-04-19' }]);
		expect(whole.causes.skus.map((s) => s.sku)).toEqual(['SKU-1', 'SKU-2']);
		expect(whole.causes.cancelled[0]!.skus).toEqual([0, 1]);
	});

	it('gives the same report when a piece ends inside a row, with or without a quote in that row', () => {
		// A cut inside each row: in rows without a quote the next piece's first line completes the
		// row (TableReader.push); a cut after the quote of "Mug 8"" takes the path that joins the
		// whole piece to the tail.
		for (let cut = HEADER.length + 1; cut < text.length; cut++) {
			expect(parseInPieces(text, [cut]), `cut at ${cut}`).toEqual(whole);
			expect(parseInPieces(text, [cut, cut + 3, cut + 40]), `cuts at ${cut}`).toEqual(whole);
		}
	});

	it('reads an order id, SKU, channel or status with spaces around it as the plain one', () => {
		const spaced = tsv(
			[
				[A, '2024-04-19T10:00:00+00:00', 'Shipped', 'Merchant', 'Lamp', 'SKU-1'],
				[` ${A}`, '2024-04-19T10:00:00+00:00', 'Shipped', 'Merchant', 'Mug', ' SKU-1\u00a0'],
				[` ${B} `, ' 2024-04-19T11:00:00+00:00 ', ' Cancelled ', ' Merchant ', 'Lamp', '\u3000SKU-2'],
				[B, '2024-04-19T11:00:00+00:00', 'Cancelled', 'Merchant', 'Lamp', 'SKU-2'],
			],
			HEADER,
		);
		const report = parseReport(spaced, { timeZone: 'UTC' });
		expect(report.orders).toBe(2);
		expect(report.days).toEqual([{ date: '2024-04-19', orders: 2, cancelled: 1, buyerRequested: 0 }]);
		expect(report.cancelledOrders).toEqual([{ id: B, date: '2024-04-19' }]);
		// The no-break space and the ideographic space are white space to trim(), so no new SKU.
		expect(report.causes.skus.map((s) => s.sku)).toEqual(['SKU-1', 'SKU-2']);
		expect(report.causes.cancelled[0]!.skus).toEqual([1]);
	});

	it('keeps SKUs apart that differ only past ASCII or by a word after them', () => {
		const skus = ['SKU-1', 'SKU-１', '中文SKU', 'SKU-1 x', ''];
		for (let i = 0; i < 3000; i++) skus.push(`S${i}`);
		const report = parseReport(
			tsv(
				skus.map((sku, i) => [`111-0000000-${String(i).padStart(7, '0')}`, '2024-04-19T10:00:00+00:00', 'Shipped', 'Merchant', 'x', sku]),
				HEADER,
			),
			{ timeZone: 'UTC' },
		);
		expect(report.causes.skus.map((s) => s.sku)).toEqual(skus);
	});

	it('gives the same names and SKUs when a piece ends inside a character', () => {
		const named = tsv(
			[
				[A, '2024-04-19T10:00:00+00:00', 'Cancelled', 'Merchant', '中文商品 蓝色 大号', 'SKU-中'],
				[B, '2024-04-19T11:00:00+00:00', 'Shipped', 'Merchant', 'Mug 😀 "8" set', 'SKU-😀'],
			],
			HEADER,
		);
		const report = parseReport(named, { timeZone: 'UTC' });
		expect(report.causes.skus).toEqual([
			{ sku: 'SKU-中', asin: '', name: '中文商品 蓝色 大号' },
			{ sku: 'SKU-😀', asin: '', name: 'Mug 😀 "8" set' },
		]);
		const bytes = new TextEncoder().encode(named).length;
		for (let cut = 1; cut < bytes; cut++) expect(parseInPieces(named, [cut, cut + 1]), `cut at ${cut}`).toEqual(report);
	});
});
