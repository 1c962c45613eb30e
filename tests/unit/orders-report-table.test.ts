import { describe, it, expect } from 'vitest';
import { createReportParser, type ReportProblem } from '../../src/lib/orders-report';
import { HEADER, problemOf, tsv } from '../support/orders-report';

describe('All Orders report: files that are not reports', () => {
	const run = (...pieces: string[]) => () => {
		const parser = createReportParser({ timeZone: 'UTC' });
		for (const piece of pieces) parser.push(piece);
		return parser.finish();
	};

	it('calls binary data not text', () => {
		expect(problemOf(run('PK\u0003\u0004\u0014\u0000\u0006\u0000[Content_Types].xml'))).toEqual({ kind: 'not-text' });
		expect(problemOf(run('\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR'))).toEqual({ kind: 'not-text' });
		// Binary without a NUL in it still has no report header and is full of control characters.
		expect(problemOf(run('\ufffd\ufffd\u0001\u0002garbage\u0007\n\u0003more'))).toEqual({ kind: 'not-text' });
	});

	it('calls a file with nothing but whitespace empty', () => {
		expect(problemOf(run(''))).toEqual({ kind: 'empty' });
		expect(problemOf(run('\ufeff'))).toEqual({ kind: 'empty' });
		expect(problemOf(run('\r\n', '  \n', '\t'))).toEqual({ kind: 'empty' });
	});

	it('names the required columns that are missing, as soon as the header is read', () => {
		const parser = createReportParser({ timeZone: 'UTC' });
		expect(problemOf(() => parser.push('amazon-order-id\tpurchase-date\torder-status\tsku\n'))).toEqual({
			kind: 'missing-columns',
			columns: ['fulfillment-channel'],
		});
		expect(problemOf(run('name,price\r\nmug,3\r\n'))).toEqual({
			kind: 'missing-columns',
			columns: ['amazon-order-id', 'purchase-date', 'order-status', 'fulfillment-channel'],
		});
		expect(problemOf(run('just one line without delimiters'))).toMatchObject({ kind: 'missing-columns' });
	});

	it('says there are no orders when there are no data rows, only FBA ones, or only bad dates', () => {
		expect(problemOf(run(HEADER + '\n'))).toEqual({
			kind: 'no-orders',
			rows: 0,
			fbaOrders: 0,
			otherChannelOrders: 0,
			badDates: { count: 0, lines: [] },
			mismatchedRows: { count: 0, lines: [] },
		});
		expect(problemOf(run(tsv([['1', '2024-04-19T10:00:00Z', 'Shipped', 'Amazon', '']])))).toMatchObject({ kind: 'no-orders', rows: 1, fbaOrders: 1 });
		expect(problemOf(run(tsv([['1', 'yesterday', 'Shipped', 'Merchant', '']])))).toMatchObject({
			kind: 'no-orders',
			badDates: { count: 1, lines: [2] },
		});
	});

	it('stops at a quote that never closes instead of holding the rest of the file', () => {
		const parser = createReportParser({ timeZone: 'UTC' });
		parser.push(HEADER + '\n111-0000000-0000001\t2024-04-19T10:00:00Z\tShipped\tMerchant\tx\n');
		parser.push('111-0000000-0000002\t2024-04-19T10:00:00Z\tShipped\tMerchant\t"never closed\n');
		const line = 'filler text without any quote in it\n'.repeat(1000);
		let problem: ReportProblem | null = null;
		for (let i = 0; i < 100 && problem === null; i++) problem = problemOf(() => parser.push(line));
		expect(problem).toEqual({ kind: 'malformed', line: 3 });
	});

	it('keeps failing after a problem instead of reading on', () => {
		const parser = createReportParser({ timeZone: 'UTC' });
		expect(problemOf(() => parser.push('a,b\n'))).toMatchObject({ kind: 'missing-columns' });
		expect(problemOf(() => parser.push(HEADER + '\n'))).toMatchObject({ kind: 'missing-columns' });
		expect(problemOf(() => parser.finish())).toMatchObject({ kind: 'missing-columns' });
	});
});
