import { describe, it, expect } from 'vitest';
import { createReportParser, createUnshippedParser, parseOrderIds, parseReport, sniffEncoding } from '../../src/lib/orders-report';
import { HEADER, problemOf, tsv } from '../support/orders-report';

describe('Unshipped Orders report', () => {
	it('gives the ids marked as buyer-requested cancellations', () => {
		const parser = createUnshippedParser();
		parser.push('order-id\torder-item-id\tis-buyer-requested-cancellation\tbuyer-requested-cancel-reason\r\n');
		parser.push('111-0000000-0000001\t1\ttrue\tChanged mind\r\n111-0000000-0000002\t2\tfalse\t\r\n');
		parser.push('111-0000000-0000003\t3\tTRUE\t\r\n111-0000000-0000003\t4\ttrue\t\r\n');
		expect(parser.finish()).toEqual({ buyerRequestedIds: ['111-0000000-0000001', '111-0000000-0000003'], rows: 4 });
	});

	it('names the column to enable when the report lacks it', () => {
		const parser = createUnshippedParser();
		expect(problemOf(() => parser.push('order-id\tsku\n'))).toEqual({ kind: 'missing-columns', columns: ['is-buyer-requested-cancellation'] });
	});
});

describe('pasted order ids', () => {
	it('takes ids separated by spaces, line breaks, commas and Chinese punctuation, each once', () => {
		expect(parseOrderIds('111-1234567-1234567, 222-1234567-1234567\n333-1234567-1234567、111-1234567-1234567；444-1234567-1234567').ids).toEqual([
			'111-1234567-1234567',
			'222-1234567-1234567',
			'333-1234567-1234567',
			'444-1234567-1234567',
		]);
	});

	it('folds full-width digits and dashes from Chinese input methods', () => {
		expect(parseOrderIds('１１１－１２３４５６７－１２３４５６７ 222–1234567–1234567').ids).toEqual(['111-1234567-1234567', '222-1234567-1234567']);
	});

	it('reports tokens that are not order ids', () => {
		const result = parseOrderIds('111-1234567-1234567 1111234567 abc 111-123456-1234567 abc');
		expect(result.ids).toEqual(['111-1234567-1234567']);
		expect(result.invalid).toEqual(['1111234567', 'abc', '111-123456-1234567']);
		expect(result.invalidCount).toBe(3);
	});

	it('gives nothing for blank input', () => {
		expect(parseOrderIds('  \n ')).toEqual({ ids: [], invalid: [], invalidCount: 0 });
	});
});

describe('file encodings', () => {
	it('reads UTF-16 with a byte order mark as UTF-16 and everything else as UTF-8', () => {
		expect(sniffEncoding(new Uint8Array([0xff, 0xfe, 0x61, 0]))).toBe('utf-16le');
		expect(sniffEncoding(new Uint8Array([0xfe, 0xff, 0, 0x61]))).toBe('utf-16be');
		expect(sniffEncoding(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toBe('utf-8');
		expect(sniffEncoding(new Uint8Array([]))).toBe('utf-8');
	});

	it('reads a UTF-16 report as its text, in pieces cut anywhere, the byte order mark included', () => {
		// With a sku column, so each product's name is kept and compared: one of them outside the
		// Basic Multilingual Plane (a surrogate pair in UTF-16).
		const text = tsv(
			[
				['111-0000000-0000001', '2024-04-19T10:00:00+00:00', 'Cancelled', 'Merchant', '中文商品 蓝色', 'SKU-中'],
				['111-0000000-0000002', '2024-04-19T11:00:00+00:00', 'Shipped', 'Merchant', 'Mug 😀', 'SKU-2'],
			],
			`${HEADER}\tsku`,
		);
		const whole = parseReport(text, { timeZone: 'UTC' });
		expect(whole.merchantOrders).toBe(2);
		expect(whole.causes.skus.map((s) => s.name)).toEqual(['中文商品 蓝色', 'Mug 😀']);
		const units = Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));
		for (const [bom, encode] of [
			[[0xff, 0xfe], (c: number) => [c & 0xff, c >> 8]],
			[[0xfe, 0xff], (c: number) => [c >> 8, c & 0xff]],
		] as const) {
			const bytes = Uint8Array.from([...bom, ...units.flatMap(encode)]);
			for (let cut = 1; cut < bytes.length; cut += 3) {
				const parser = createReportParser({ timeZone: 'UTC' });
				parser.push(bytes.subarray(0, cut));
				parser.push(bytes.subarray(cut));
				expect(parser.finish(), `cut at ${cut}`).toEqual(whole);
			}
		}
	});
});
