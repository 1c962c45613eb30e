import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { CR_TARGET_DEFAULT } from '../../src/lib/facts';
import { csvCell, dailyTableCsv, toCsv, type DailyCsvLabels } from '../../src/lib/csv-export';
import { reportWindows, type ReportDay } from '../../src/lib/orders-report';

const ZH: DailyCsvLabels = {
	date: '日期',
	orders: '订单',
	cancelled: '已取消',
	buyerRequested: '买家申请取消',
	sellerCancelled: '卖家取消',
	windowOrders: '7 天订单',
	windowSellerCancelled: '7 天卖家取消',
	windowRate: '7 天取消率 (%)',
	status: '状态',
	statusUnder: '已达标',
	statusOver: '未达标',
	statusNoOrders: '无订单',
	partial: '(不足 7 天)',
};

/** A reference reader for one CSV line without line breaks in cells, to check round trips. */
function readLine(line: string): string[] {
	const cells: string[] = [];
	let i = 0;
	for (;;) {
		if (line[i] === '"') {
			let value = '';
			i++;
			for (;;) {
				const q = line.indexOf('"', i);
				value += line.slice(i, q);
				if (line[q + 1] === '"') {
					value += '"';
					i = q + 2;
				} else {
					i = q + 1;
					break;
				}
			}
			cells.push(value);
		} else {
			const comma = line.indexOf(',', i);
			cells.push(line.slice(i, comma === -1 ? line.length : comma));
			i = comma === -1 ? line.length : comma;
		}
		if (i >= line.length) return cells;
		i++;
	}
}

describe('CSV cells', () => {
	it('puts an apostrophe in front of cells a spreadsheet would run as a formula', () => {
		expect(csvCell('=1+2')).toBe("'=1+2");
		expect(csvCell('+31 6 1234')).toBe("'+31 6 1234");
		expect(csvCell('-2+3')).toBe("'-2+3");
		expect(csvCell('@SUM(A1:A9)')).toBe("'@SUM(A1:A9)");
		expect(csvCell('\t=1')).toBe("'\t=1");
		expect(csvCell('\r=1')).toBe(`"'\r=1"`);
		expect(csvCell('=HYPERLINK("http://x.example","click")')).toBe(`"'=HYPERLINK(""http://x.example"",""click"")"`);
	});

	it('leaves ordinary text and numbers as they are', () => {
		expect(csvCell('2024-04-19')).toBe('2024-04-19');
		expect(csvCell('日期')).toBe('日期');
		expect(csvCell(12)).toBe('12');
		expect(csvCell('2.50')).toBe('2.50');
		expect(csvCell('a=b')).toBe('a=b');
	});

	it('quotes cells with commas, quotes or line breaks', () => {
		expect(csvCell('a,b')).toBe('"a,b"');
		expect(csvCell('say "hi"')).toBe('"say ""hi"""');
		expect(csvCell('two\nlines')).toBe('"two\nlines"');
	});

	it('gives back every single-line cell unchanged or with one leading apostrophe, never a formula', () => {
		fc.assert(
			fc.property(fc.array(fc.string({ unit: fc.constantFrom('=', '+', '-', '@', '\t', ',', '"', 'a', '中', ' ', "'") }), { minLength: 1, maxLength: 6 }), (cells) => {
				const [line] = toCsv([cells]).slice(1).split('\r\n');
				const back = readLine(line!);
				expect(back).toHaveLength(cells.length);
				back.forEach((cell, i) => {
					expect(/^[=+\-@\t\r]/.test(cell)).toBe(false);
					expect(cell === cells[i] || cell === `'${cells[i]}`).toBe(true);
				});
			}),
		);
	});
});

describe('CSV files', () => {
	it('starts with a UTF-8 byte order mark and ends lines with CRLF', () => {
		const bytes = new TextEncoder().encode(toCsv([['日期'], ['2024-04-19']]));
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(new TextDecoder().decode(bytes.slice(3))).toBe('日期\r\n2024-04-19\r\n');
	});

	it('writes the daily table with headers in the page language', () => {
		const days: ReportDay[] = [
			{ date: '2024-04-01', orders: 40, cancelled: 2, buyerRequested: 1 },
			{ date: '2024-04-02', orders: 0, cancelled: 0, buyerRequested: 0 },
		];
		const { windows } = reportWindows(days, CR_TARGET_DEFAULT);
		expect(dailyTableCsv(days, windows, ZH)).toBe(
			'\ufeff日期,订单,已取消,买家申请取消,卖家取消,7 天订单,7 天卖家取消,7 天取消率 (%),状态\r\n' +
				'2024-04-01,40,2,1,1,40,1,2.50,未达标 (不足 7 天)\r\n' +
				'2024-04-02,0,0,0,0,40,1,2.50,未达标 (不足 7 天)\r\n',
		);
	});

	it('leaves the rate empty for a window without orders', () => {
		const days: ReportDay[] = [{ date: '2024-04-01', orders: 0, cancelled: 0, buyerRequested: 0 }];
		const { windows } = reportWindows(days, CR_TARGET_DEFAULT);
		const en = { ...ZH, statusNoOrders: 'no orders', partial: '(partial)' };
		expect(dailyTableCsv(days, windows, en).split('\r\n')[1]).toBe('2024-04-01,0,0,0,0,0,0,,no orders (partial)');
	});

	it('makes caller-supplied labels inert too', () => {
		const csv = dailyTableCsv([], [], { ...ZH, date: '=cmd|calc' });
		expect(csv.startsWith("\ufeff'=cmd|calc,")).toBe(true);
	});
});
