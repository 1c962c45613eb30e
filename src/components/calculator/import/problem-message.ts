/**
 * A report the import could not read, in words, for the alert next to the file picker: what is
 * wrong with the file and, where Seller Central can fix it, where to look there.
 */
import type { ReportProblem } from '../../../lib/orders-report';
import { element } from '../render';
import { listSeparator, type ImportContext } from './context';

/** Seller Central's own (English) names, shown as they appear there. */
const OPTION_NAME = 'Buyer Requested Cancel';
const COLUMNS_DIALOG = 'Add or remove order report columns';

/** "file.txt: what is wrong", as one paragraph. */
export function problemMessage(context: Pick<ImportContext, 'strings' | 'numbers' | 'lang'>, fileName: string, problem: ReportProblem, unshipped: boolean): HTMLElement {
	const { strings, lang } = context;
	const format = (n: number) => context.numbers.format(n);
	const english = (text: string) => {
		const span = element('span', '', text);
		span.lang = 'en';
		return span;
	};
	let message: (string | Node)[];
	switch (problem.kind) {
		case 'too-large': {
			const gigabytes = new Intl.NumberFormat(lang, { style: 'unit', unit: 'gigabyte', maximumFractionDigits: 2 });
			message = [strings.text('import.err.tooLarge', { size: gigabytes.format(problem.bytes / 1024 ** 3) })];
			break;
		}
		case 'missing-columns': {
			const columns = element('span', '');
			problem.columns.forEach((name, i) => columns.append(...(i ? [listSeparator(lang)] : []), element('code', '', name)));
			message = unshipped
				? strings.parts<Node>('import.err.missingUnshipped', { columns, option: english(OPTION_NAME), where: english(COLUMNS_DIALOG) })
				: strings.parts<Node>('import.err.missing', { columns });
			break;
		}
		case 'malformed':
			message = [strings.text('import.err.malformed', { line: format(problem.line) })];
			break;
		case 'line-too-long':
			message = [strings.text('import.err.lineTooLong', { line: format(problem.line), max: format(problem.maxChars) })];
			break;
		case 'no-orders':
			message = [
				strings.text('import.err.noOrders', {
					rows: format(problem.rows),
					fba: format(problem.fbaOrders),
					bad: format(problem.badDates.count),
					mismatched: format(problem.mismatchedRows.count),
				}),
			];
			break;
		case 'not-text':
			message = [strings.text('import.err.notText')];
			break;
		case 'empty':
			message = [strings.text('import.err.empty')];
			break;
		default:
			message = [strings.text('import.err.readFailed')];
	}
	return element('p', '', element('strong', '', fileName), lang === 'en' ? ': ' : '：', ...message);
}
