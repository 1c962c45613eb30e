/**
 * The calculator's report import: the All Orders report chosen or dropped on /calculator/ is
 * read by a Web Worker (report-import.ts), and its days are shown with the same rate lines,
 * chart and table as the day-by-day mode. Loaded by the calculator on first use only, so pages
 * and visitors that never import pay nothing for it. The file stays in memory (to read it again
 * in another time zone) and never leaves the browser; nothing here touches the network.
 */
import type { WindowResult } from '../lib/cancellation-rate';
import { dailyTableCsv } from '../lib/csv-export';
import { CR_TARGETS } from '../lib/facts';
import {
	applyExclusions,
	MAX_REPORT_BYTES,
	parseOrderIds,
	reportWindows,
	type OrdersReport,
	type ReportDay,
	type ReportProblem,
} from '../lib/orders-report';
import { chart, h, windowLines, type Vars, type WindowText } from './calc-render';
import { importReport, importUnshippedReport, type ImportHandle } from './report-import';

/** What the import needs from the <cr-calculator> element. */
interface Calculator extends HTMLElement {
	t(key: string, vars?: Vars): string;
	/** The strings, unfilled, keyed without 'kb.calc.'. */
	s: Record<string, string>;
	nf: Intl.NumberFormat;
	p: string;
	target: HTMLSelectElement;
}

/** Seller Central's own (English) names, shown as they appear there. */
const OPTION_NAME = 'Buyer Requested Cancel';
const COLUMNS_DIALOG = 'Add or remove order report columns';

export function attach(calc: Calculator) {
	return new ImportUi(calc);
}

class ImportUi {
	private readonly calc: Calculator;
	private readonly lang: string;
	private readonly tz: HTMLSelectElement;
	private readonly exclude: HTMLTextAreaElement;
	private readonly out: HTMLElement;
	private readonly live: HTMLElement;
	/** The file whose results are on screen, kept to read again in another time zone. */
	private file: File | null = null;
	private report: OrdersReport | null = null;
	private reading: ImportHandle<unknown> | null = null;
	private shown: { days: ReportDay[]; windows: WindowResult[] } | null = null;

	constructor(calc: Calculator) {
		this.calc = calc;
		this.lang = calc.dataset.lang!;
		this.tz = this.q<HTMLSelectElement>('[data-tz]');
		this.exclude = this.q<HTMLTextAreaElement>('[data-exclude]');
		this.out = this.q('[data-import-out]');
		this.live = h('div', 'calc-result');
		this.live.setAttribute('aria-live', 'polite');

		const own = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
		const zones = new Set<string>((Intl as { supportedValuesOf?: (k: string) => string[] }).supportedValuesOf?.('timeZone') ?? []);
		zones.add(own).add('UTC');
		this.tz.replaceChildren(...[...zones].sort().map((zone) => new Option(zone, zone, false, zone === own)));
		this.tz.addEventListener('change', () => {
			if (this.file) this.read(this.file);
		});
		this.exclude.addEventListener('input', () => this.render());
		// A file dropped just beside the drop zone would make the browser open it, leaving the page
		// and its results; while the import is open, such a drop does nothing instead.
		const zone = this.q('[data-drop]');
		for (const type of ['dragover', 'drop'] as const) {
			addEventListener(type, (e: DragEvent) => {
				if (zone.offsetParent === null || zone.contains(e.target as Node) || !e.dataTransfer?.types.includes('Files')) return;
				e.preventDefault();
				e.dataTransfer.dropEffect = 'none';
			});
		}
		this.q('[data-cancel]').addEventListener('click', () => {
			this.reading?.cancel();
			this.q('input[type="file"]').focus();
		});
	}

	private q<E extends HTMLElement = HTMLElement>(sel: string): E {
		return this.calc.querySelector<E>(sel)!;
	}

	private t(key: string, vars: Vars = {}) {
		return this.calc.t(key, vars);
	}

	/** A string with some {placeholders} filled by elements (column names, Seller Central labels). */
	private nodes(key: string, vars: Record<string, string | Node>): (string | Node)[] {
		return (this.calc.s[key] ?? '').split(/\{(\w+)\}/).map((part, i) => (i % 2 ? (vars[part] ?? '') : part));
	}

	private get sep() {
		return this.lang === 'en' ? ', ' : '、';
	}

	open(file: File, unshipped: boolean) {
		if (unshipped) void this.readUnshipped(file);
		else void this.read(file);
	}

	private async read(file: File) {
		this.reading?.cancel();
		const alert = this.q('[data-alert]');
		const status = this.q('[data-read-status]');
		alert.replaceChildren();
		status.textContent = '';
		if (file.size > MAX_REPORT_BYTES) {
			this.fail(alert, file, { kind: 'too-large', bytes: file.size, maxBytes: MAX_REPORT_BYTES }, false);
			return;
		}
		const box = this.q('[data-progress]');
		const bar = box.querySelector('progress')!;
		const label = box.querySelector('label')!;
		const show = (done: number, total: number) => {
			bar.max = total || 1;
			bar.value = done;
			label.textContent = this.t('import.reading', { name: file.name, percent: this.nf(total ? Math.floor((done * 100) / total) : 0) });
		};
		show(0, file.size);
		box.hidden = false;
		const handle = importReport(file, { timeZone: this.tz.value }, (p) => show(p.bytesRead, p.totalBytes));
		this.reading = handle;
		const outcome = await handle.promise;
		// A newer file (or time zone) took over; its own read shows the outcome.
		if (this.reading !== handle) return;
		this.reading = null;
		box.hidden = true;
		if (outcome.status === 'done') {
			this.file = file;
			this.report = outcome.result;
			this.render();
		} else if (outcome.status === 'error') this.fail(alert, file, outcome.problem, false);
		else status.textContent = this.t('import.stopped');
	}

	private async readUnshipped(file: File) {
		const alert = this.q('[data-unshipped-alert]');
		const status = this.q('[data-unshipped-status]');
		alert.replaceChildren();
		status.textContent = '';
		const outcome = await importUnshippedReport(file).promise;
		if (outcome.status === 'error') return this.fail(alert, file, outcome.problem, true);
		if (outcome.status !== 'done') return;
		const { ids } = parseOrderIds(this.exclude.value);
		const known = new Set(ids);
		const added = outcome.result.buyerRequestedIds.filter((id) => !known.has(id));
		if (added.length > 0) this.exclude.value = (this.exclude.value.trimEnd() + '\n' + added.join('\n')).trimStart();
		status.textContent = this.t('import.unshipped.done', { name: file.name, n: this.nf(outcome.result.buyerRequestedIds.length) });
		this.render();
	}

	private nf(n: number) {
		return this.calc.nf.format(n);
	}

	/** The problem in words in the alert next to the file input; results on screen stay. */
	private fail(alert: HTMLElement, file: File, problem: ReportProblem, unshipped: boolean) {
		const code = (name: string) => h('code', '', name);
		const en = (text: string) => {
			const span = h('span', '', text);
			span.lang = 'en';
			return span;
		};
		let message: (string | Node)[];
		switch (problem.kind) {
			case 'too-large': {
				const gb = new Intl.NumberFormat(this.lang, { style: 'unit', unit: 'gigabyte', maximumFractionDigits: 2 });
				message = [this.t('import.err.tooLarge', { size: gb.format(problem.bytes / 1024 ** 3) })];
				break;
			}
			case 'missing-columns': {
				const columns = h('span', '');
				problem.columns.forEach((c, i) => columns.append(...(i ? [this.sep] : []), code(c)));
				message = unshipped
					? this.nodes('import.err.missingUnshipped', { columns, option: en(OPTION_NAME), where: en(COLUMNS_DIALOG) })
					: this.nodes('import.err.missing', { columns });
				break;
			}
			case 'malformed':
				message = [this.t('import.err.malformed', { line: this.nf(problem.line) })];
				break;
			case 'no-orders':
				message = [this.t('import.err.noOrders', { rows: this.nf(problem.rows), fba: this.nf(problem.fbaOrders), bad: this.nf(problem.badDates.count) })];
				break;
			case 'not-text':
				message = [this.t('import.err.notText')];
				break;
			case 'empty':
				message = [this.t('import.err.empty')];
				break;
			default:
				message = [this.t('import.err.readFailed')];
		}
		const line = h('p', '', h('strong', '', file.name), this.lang === 'en' ? ': ' : '：', ...message);
		alert.replaceChildren(line);
		if (!unshipped && this.report) alert.append(h('p', '', this.t('import.err.kept')));
	}

	/** Shows the report on screen with the current exclusions and target; called on every change. */
	render() {
		const ids = parseOrderIds(this.exclude.value);
		const err = this.q('[data-exclude-err]');
		err.hidden = ids.invalidCount === 0;
		err.textContent = ids.invalidCount ? this.t('import.exclude.invalid', { n: this.nf(ids.invalidCount), list: ids.invalid.join(this.sep) }) : '';
		const describedBy = [err.hidden ? '' : err.id, this.q('[data-exclude-note]').id].filter(Boolean).join(' ');
		this.exclude.setAttribute('aria-describedby', describedBy);
		if (ids.invalidCount) this.exclude.setAttribute('aria-invalid', 'true');
		else this.exclude.removeAttribute('aria-invalid');

		const note = this.q('[data-exclude-note]');
		const report = this.report;
		if (!report) {
			note.textContent = '';
			return;
		}
		const target = CR_TARGETS.find((x) => x.id === this.calc.target.value) ?? CR_TARGETS[0];
		const rate = new Intl.NumberFormat(this.lang, { maximumFractionDigits: 2 }).format((target.numerator * 100) / target.denominator);
		const exclusion = applyExclusions(report, ids.ids);
		const { days } = exclusion;
		const { windows } = reportWindows(days, target);
		this.shown = { days, windows };
		note.textContent = exclusion.unmatched.length
			? this.t('import.exclude.unmatched', { n: this.nf(exclusion.unmatched.length), list: exclusion.unmatched.slice(0, 10).join(this.sep) + (exclusion.unmatched.length > 10 ? '…' : '') })
			: '';

		const range = (from: number, to: number) => (from === to ? days[from]!.date : this.t('import.range', { from: days[from]!.date, to: days[to]!.date }));
		const text: WindowText = {
			t: (k, v) => this.t(k, v),
			nf: this.calc.nf,
			rate,
			day: (i) => days[i]!.date,
			tick: (i) => days[i]!.date.slice(5),
			range: (w) => range(w.firstDayIndex, w.dayIndex),
			dayHead: this.t('import.date'),
			id: `${this.calc.p}-import-chart-desc`,
		};

		const list = h('dl', 'calc-summary');
		const item = (key: string, value: string) => list.append(h('div', '', h('dt', '', this.t(key)), h('dd', '', value)));
		const lines = (sample: { count: number; lines: number[] }) =>
			this.t('import.sum.lines', { n: this.nf(sample.count), lines: sample.lines.map((l) => this.nf(l)).join(this.sep) });
		item('import.sum.rows', this.nf(report.rows));
		item('import.sum.orders', this.nf(report.orders));
		item('import.sum.merchant', this.nf(report.merchantOrders));
		item('import.sum.fba', this.nf(report.fbaOrders));
		if (report.otherChannelOrders) item('import.sum.other', this.nf(report.otherChannelOrders));
		if (report.badDates.count) item('import.sum.badDates', lines(report.badDates));
		if (report.missingIds.count) item('import.sum.missingIds', lines(report.missingIds));
		item('import.sum.excluded', this.nf(exclusion.excluded));
		item('import.sum.period', range(0, days.length - 1));
		item('import.sum.timeZone', report.timeZone);

		const { nodes, daysOver } = windowLines(windows, text);
		if (daysOver.length) nodes.push(h('p', 'calc-over-days', this.t('import.overDays', { dates: this.runs(daysOver, range) })));
		this.live.replaceChildren(...nodes);

		const graph = h('div', 'calc-chart');
		const download = h('button', 'calc-export', this.t('import.export'));
		download.type = 'button';
		download.addEventListener('click', () => this.download());
		this.out.replaceChildren(h('h3', 'calc-import-title', this.t('import.results', { name: this.file!.name })), list, this.live, graph, download);
		chart(graph, windows, target, text);
	}

	/** Day indexes as runs of consecutive days: "04-03 to 04-09, 04-12". */
	private runs(indexes: number[], range: (from: number, to: number) => string) {
		const parts: string[] = [];
		for (let i = 0; i < indexes.length; ) {
			let j = i;
			while (j + 1 < indexes.length && indexes[j + 1] === indexes[j]! + 1) j++;
			parts.push(range(indexes[i]!, indexes[j]!));
			i = j + 1;
		}
		return parts.join(this.sep);
	}

	/** The daily table as a CSV file, made in the page and saved through a blob: link. */
	private download() {
		if (!this.shown) return;
		const { days, windows } = this.shown;
		const csv = dailyTableCsv(days, windows, {
			date: this.t('import.date'),
			orders: this.t('import.csv.orders'),
			cancelled: this.t('import.csv.cancelled'),
			buyerRequested: this.t('import.csv.buyer'),
			sellerCancelled: this.t('daily.sellerCancelled'),
			windowOrders: this.t('import.csv.windowOrders'),
			windowSellerCancelled: this.t('import.csv.windowSellerCancelled'),
			windowRate: this.t('import.csv.windowRate'),
			status: this.t('daily.status'),
			statusUnder: this.t('daily.statusUnder'),
			statusOver: this.t('daily.statusOver'),
			statusNoOrders: this.t('daily.noOrders'),
			partial: this.t('daily.partial'),
		});
		const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
		const link = h('a');
		link.href = url;
		link.download = `cancellation-rate_${days[0]!.date}_${days[days.length - 1]!.date}.csv`;
		document.body.append(link);
		link.click();
		link.remove();
		setTimeout(() => URL.revokeObjectURL(url), 10_000);
	}
}
