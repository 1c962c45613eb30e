import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { parseReport, skippedRows, type OrdersReport } from '../../src/lib/orders-report';
import { LineEnds } from '../../src/lib/orders-report/line-ends';
import { MAX_HEADER_CHARS, MAX_ROW_CHARS } from '../../src/lib/orders-report/table-reader';
import { generateReport } from '../support/report-generator';
import { LONG_LINE_CHARS, longLineReport, pastedReports } from '../support/awkward-reports';
import { HEADER, optionsArb, parseInPieces, problemOf } from '../support/orders-report';

/** Cut positions into a text of `length` characters, for feeding it in pieces. */
const cutsArb = fc.array(fc.nat(), { maxLength: 30 });
const within = (cuts: number[], length: number) => cuts.map((c) => c % (length + 1));

describe('files saved with CR-only line ends (Excel for Mac, "CSV (Macintosh)")', () => {
	it('reads them as the same report with LF line ends, however the text is cut', () => {
		fc.assert(
			fc.property(optionsArb, cutsArb, (options, cuts) => {
				const lf = generateReport({ ...options, eol: '\n' });
				const cr = generateReport({ ...options, eol: '\r' });
				// The header ends with a CR alone (product names may hold other line breaks, quoted).
				expect(cr.text).toMatch(/^[^\r\n]*\r(?!\n)/);
				fc.pre(lf.expected.merchantOrders > 0);
				const zone = options.zone!.name;
				const fromCr = parseInPieces(cr.text, within(cuts, cr.text.length), zone);
				expect(fromCr.crLineEnds).toBe(true);
				expect(fromCr.days).toEqual(parseInPieces(lf.text, [], zone).days);
				expect(fromCr.rows).toBe(lf.expected.rows);
				expect(fromCr.badDates.count).toBe(cr.expected.badDates.count);
			}),
			{ numRuns: 40 },
		);
	}, 30_000);

	it('decides the line ends by the first line break, even when a piece ends between CR and LF', () => {
		const through = (ends: LineEnds, ...pieces: string[]) =>
			pieces.map((p) => new TextDecoder().decode(ends.push(new TextEncoder().encode(p)))).join('') + new TextDecoder().decode(ends.finish());
		const crlf = new LineEnds();
		expect(through(crlf, 'a,b\r', '\nc,d\r\n')).toBe('a,b\r\nc,d\r\n');
		expect(crlf.crOnly).toBe(false);
		const cr = new LineEnds();
		const piece = new TextEncoder().encode('c,d\r');
		expect(through(cr, 'a,b\r') + new TextDecoder().decode(cr.push(piece)) + through(cr, 'e')).toBe('a,b\nc,d\ne');
		expect(cr.crOnly).toBe(true);
		// The caller's bytes are left as they were.
		expect(new TextDecoder().decode(piece)).toBe('c,d\r');
		const lastCr = new LineEnds();
		expect(through(lastCr, 'a,b\r')).toBe('a,b\n');
	});
});

describe('a file whose delimiter changes halfway', () => {
	const delimiters = fc.constantFrom('\t' as const, ',' as const, ';' as const);

	it('counts only the rows that split into the header columns, and names the others from the line they start', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 100_000 }), delimiters, delimiters, fc.integer({ min: 1, max: 60 }), cutsArb, (seed, first, second, orders, cuts) => {
				fc.pre(first !== second);
				const { text, first: a, second: b, firstLines } = pastedReports(seed, first, second, orders);
				fc.pre(a.merchantOrders > 0);
				const report = parseInPieces(text, within(cuts, text.length));
				expect(report.days).toEqual(a.days.map((d) => ({ ...d, buyerRequested: 0 })));
				// The second export's header line is a row that does not split, like its data rows.
				expect(report.mismatchedRows.count).toBe(b.rows + 1);
				expect(report.mismatchedRows.lines[0]).toBe(firstLines + 1);
				expect(report.rows).toBe(a.rows + b.rows + 1);
				const skipped = skippedRows(report);
				expect(skipped.rateDoubtful).toBe(true);
				expect(skipped.reasons[0]!.reason).toBe(b.rows + 1 >= a.badDates.count ? 'mismatched' : 'bad-date');
			}),
			{ numRuns: 60 },
		);
	}, 30_000);

	it('skips a row that ends before the columns the rate needs, rather than reading it as an order of no channel', () => {
		const text = `${HEADER}\n111-0000000-0000001\t2024-04-19T10:00:00Z\tShipped\tMerchant\tx\n111-0000000-0000002\t2024-04-19T11:00:00Z\n\t\n"111-0000000-0000003"\t"2024-04-19T11:00:00Z"\n`;
		const report = parseReport(text, { timeZone: 'UTC' });
		expect(report.mismatchedRows).toEqual({ count: 2, lines: [3, 5] });
		expect(report.otherChannelOrders).toBe(0);
		expect(report.merchantOrders).toBe(1);
		expect(report.rows).toBe(3);
	});

	it('calls the rate doubtful only when more than 1% of the rows were skipped', () => {
		const sample = (count: number) => ({ count, lines: count ? [2] : [] });
		const report = (rows: number, mismatched: number, badDates = 0, missingIds = 0): Pick<OrdersReport, 'rows' | 'badDates' | 'missingIds' | 'mismatchedRows'> => ({
			rows,
			mismatchedRows: sample(mismatched),
			badDates: sample(badDates),
			missingIds: sample(missingIds),
		});
		expect(skippedRows(report(1000, 10))).toMatchObject({ count: 10, share: 0.01, rateDoubtful: false });
		expect(skippedRows(report(1000, 5, 3, 3))).toMatchObject({ count: 11, rateDoubtful: true });
		expect(skippedRows(report(1000, 5, 3, 3)).reasons.map((r) => r.reason)).toEqual(['mismatched', 'bad-date', 'missing-id']);
		expect(skippedRows(report(0, 0))).toMatchObject({ count: 0, share: 0, rateDoubtful: false, reasons: [] });
	});
});

describe('a line far too long to be a row', () => {
	const good = '111-0000000-0000001\t2024-04-19T10:00:00Z\tShipped\tMerchant\tx\n';

	it('says line N is too long, not that a quote never ends, when the line has no quote', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1 << 12, max: 1 << 18 }), (goodRows, piece) => {
				const { text, longLine } = longLineReport(goodRows);
				expect(LONG_LINE_CHARS).toBeGreaterThan(MAX_ROW_CHARS);
				const cuts = Array.from({ length: Math.ceil(text.length / piece) }, (_, i) => i * piece);
				expect(problemOf(() => parseInPieces(text, cuts))).toEqual({ kind: 'line-too-long', line: longLine, maxChars: MAX_ROW_CHARS });
			}),
			{ numRuns: 8 },
		);
	}, 30_000);

	it('says the same of a first line too long to be a header, unless it looks binary', () => {
		expect(problemOf(() => parseReport('abc,'.repeat(MAX_HEADER_CHARS), { timeZone: 'UTC' }))).toEqual({
			kind: 'line-too-long',
			line: 1,
			maxChars: MAX_HEADER_CHARS,
		});
		expect(problemOf(() => parseReport('\u0001\u0002ab'.repeat(MAX_HEADER_CHARS), { timeZone: 'UTC' }))).toEqual({ kind: 'not-text' });
	});

	it('still says a quoted field never ends when one does not', () => {
		const text = HEADER + '\n' + good + '111-0000000-0000002\t2024-04-19T10:00:00Z\tShipped\tMerchant\t"never closed\n' + 'filler\n'.repeat(200_000);
		expect(problemOf(() => parseInPieces(text, [1000, 70_000, 500_000]))).toEqual({ kind: 'malformed', line: 3 });
	});
});

describe('a file cut off in the middle of its last line', () => {
	it('names the last line as incomplete, wherever before its last delimiter the cut falls', () => {
		fc.assert(
			fc.property(optionsArb, fc.nat(), cutsArb, (options, at, cuts) => {
				// Amazon-like names and no bad-date rows: no line breaks inside fields, so the last line is easy to find.
				const { text } = generateReport({ ...options, amazonLike: true, badDates: 0, trailingNewline: true });
				const eol = options.eol!;
				const body = text.replace(/[\r\n]+$/, '');
				const start = Math.max(body.lastIndexOf('\n'), body.lastIndexOf('\r')) + 1;
				const lastDelimiter = body.lastIndexOf(options.delimiter!);
				fc.pre(lastDelimiter > start);
				const cut = body.slice(0, start + 1 + (at % (lastDelimiter - start)));
				// A line cut down to delimiters alone (a lone tab, where the shuffled layout starts with an
				// empty column) reads as an empty row, which spreadsheets write too: no reader can call it cut.
				fc.pre(cut.slice(start).split(options.delimiter!).some((field) => field.trim() !== ''));
				const line = 1 + (eol === '\r' ? (body.slice(0, start).match(/\r/g)?.length ?? 0) : body.slice(0, start).split('\n').length - 1);
				let report: OrdersReport | undefined;
				const problem = problemOf(() => (report = parseInPieces(cut, within(cuts, cut.length), options.zone!.name)));
				// Too little left to be a report (every order was on the cut line): nothing to check. Any
				// other problem fails the property, and so does an error that is no ReportError (a crash),
				// which problemOf throws on.
				if (problem?.kind === 'no-orders') return fc.pre(false);
				expect(problem).toBeNull();
				expect(report!.incompleteLastLine).toBe(line);
			}),
			{ numRuns: 100 },
		);
	}, 30_000);

	it('says nothing of a whole last line that only lacks its line break', () => {
		const { text } = generateReport({ seed: 5, orders: 30, trailingNewline: false, quoteAll: true });
		expect(parseReport(text, { timeZone: 'UTC' }).incompleteLastLine).toBeNull();
	});
});
