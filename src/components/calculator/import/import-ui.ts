/**
 * The calculator's report import: the All Orders report chosen or dropped on /calculator/ is
 * read by a Web Worker (report-import.ts), and its days are shown with the same rate lines,
 * chart and table as the day-by-day mode (report-view.ts). Loaded by the calculator with import()
 * on first use only. It gets what it needs in an ImportContext and works inside its own two
 * parts of the page (the form, the results). The file stays in memory (to read it again in
 * another time zone) and never leaves the browser; nothing here touches the network.
 */
import { parseOrderIds, type OrdersReport, type ReportProblem } from '../../../lib/orders-report';
import { element } from '../render';
import { listSeparator, type ImportContext } from './context';
import { problemMessage } from './problem-message';
import { importReport, importUnshippedReport, type ImportHandle } from './report-import';
import { renderReport } from './report-view';

/** What the calculator calls on the import. */
export interface ImportUi {
	/** Shows the report again with the current exclusions and target. */
	render(): void;
	/** Reads a file chosen or dropped (drop.ts); `unshipped` for an Unshipped Orders report. */
	open(file: File, unshipped: boolean): void;
}

export function attach(context: ImportContext): ImportUi {
	return new ReportImport(context);
}

class ReportImport implements ImportUi {
	private readonly timeZone: HTMLSelectElement;
	private readonly exclude: HTMLTextAreaElement;
	/** The rate lines' live region, kept across renders so screen readers hear each change. */
	private readonly live: HTMLElement;
	/** The file whose results are on screen, kept to read again in another time zone. */
	private file: File | null = null;
	private report: OrdersReport | null = null;
	private reading: ImportHandle<unknown> | null = null;
	/** Stops the results being built when a newer change takes over. */
	private rendering: AbortController | null = null;

	constructor(private readonly context: ImportContext) {
		this.timeZone = this.find<HTMLSelectElement>('[data-tz]');
		this.exclude = this.find<HTMLTextAreaElement>('[data-exclude]');
		this.live = element('div', 'calc-result');
		this.live.setAttribute('aria-live', 'polite');

		const own = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
		const zones = new Set<string>((Intl as { supportedValuesOf?: (k: string) => string[] }).supportedValuesOf?.('timeZone') ?? []);
		zones.add(own).add('UTC');
		this.timeZone.replaceChildren(...[...zones].sort().map((zone) => new Option(zone, zone, false, zone === own)));
		this.timeZone.addEventListener('change', () => {
			if (this.file) void this.read(this.file);
		});
		this.exclude.addEventListener('input', () => this.render());
		this.find('[data-cancel]').addEventListener('click', () => {
			this.reading?.cancel();
			this.find('input[type="file"]').focus();
		});
	}

	private find<E extends HTMLElement = HTMLElement>(selector: string): E {
		return this.context.form.querySelector<E>(selector)!;
	}

	private format(n: number) {
		return this.context.numbers.format(n);
	}

	open(file: File, unshipped: boolean) {
		if (unshipped) void this.readUnshipped(file);
		else void this.read(file);
	}

	private async read(file: File) {
		this.reading?.cancel();
		const alert = this.find('[data-alert]');
		const status = this.find('[data-read-status]');
		alert.replaceChildren();
		status.textContent = '';
		const box = this.find('[data-progress]');
		const bar = box.querySelector('progress')!;
		const label = box.querySelector('label')!;
		const show = (done: number, total: number) => {
			bar.max = total || 1;
			bar.value = done;
			label.textContent = this.context.strings.text('import.reading', { name: file.name, percent: this.format(total ? Math.floor((done * 100) / total) : 0) });
		};
		show(0, file.size);
		box.hidden = false;
		// A file refused before reading (too large) settles at once: the bar is gone before the next paint.
		const handle = importReport(file, { timeZone: this.timeZone.value }, (progress) => show(progress.bytesRead, progress.totalBytes));
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
		else if (outcome.status === 'unavailable') this.fail(alert, file, null, false);
		else status.textContent = this.context.strings.text('import.stopped');
	}

	private async readUnshipped(file: File) {
		const alert = this.find('[data-unshipped-alert]');
		const status = this.find('[data-unshipped-status]');
		alert.replaceChildren();
		status.textContent = '';
		const outcome = await importUnshippedReport(file).promise;
		if (outcome.status === 'error') return this.fail(alert, file, outcome.problem, true);
		if (outcome.status === 'unavailable') return this.fail(alert, file, null, true);
		if (outcome.status !== 'done') return;
		const known = new Set(parseOrderIds(this.exclude.value).ids);
		const added = outcome.result.buyerRequestedIds.filter((id) => !known.has(id));
		if (added.length > 0) this.exclude.value = (this.exclude.value.trimEnd() + '\n' + added.join('\n')).trimStart();
		status.textContent = this.context.strings.text('import.unshipped.done', { name: file.name, n: this.format(outcome.result.buyerRequestedIds.length) });
		this.render();
	}

	/**
	 * The problem in words in the alert next to the file input, or (null) that the reader's code did
	 * not arrive, which choosing the file again retries; results on screen stay.
	 */
	private fail(alert: HTMLElement, file: File, problem: ReportProblem | null, unshipped: boolean) {
		alert.replaceChildren(
			problem ? problemMessage(this.context, file.name, problem, unshipped) : element('p', '', this.context.strings.text('import.unavailable')),
		);
		if (!unshipped && this.report) alert.append(element('p', '', this.context.strings.text('import.err.kept')));
	}

	/** Shows the report with the current exclusions and target; called on every change. */
	render() {
		const { strings, lang } = this.context;
		const separator = listSeparator(lang);
		const ids = parseOrderIds(this.exclude.value);
		const error = this.find('[data-exclude-err]');
		const note = this.find('[data-exclude-note]');
		error.hidden = ids.invalidCount === 0;
		error.textContent = ids.invalidCount ? strings.text('import.exclude.invalid', { n: this.format(ids.invalidCount), list: ids.invalid.join(separator) }) : '';
		this.exclude.setAttribute('aria-describedby', [error.hidden ? '' : error.id, note.id].filter(Boolean).join(' '));
		if (ids.invalidCount) this.exclude.setAttribute('aria-invalid', 'true');
		else this.exclude.removeAttribute('aria-invalid');

		const report = this.report;
		if (!report) {
			note.textContent = '';
			return;
		}
		// A change while the results are being built (a key in the ids, say) starts them again.
		this.rendering?.abort();
		// Until the new results are in, the CSV buttons on screen would save the old ones.
		for (const button of this.context.results.querySelectorAll<HTMLButtonElement>('.calc-export')) button.disabled = true;
		this.rendering = new AbortController();
		const input = { fileName: this.file!.name, report, excludedIds: ids.ids, target: this.context.target() };
		void renderReport(input, this.context, this.live, this.rendering.signal).then((shown) => {
			if (!shown) return;
			const { unmatched } = shown.exclusion;
			note.textContent = unmatched.length
				? strings.text('import.exclude.unmatched', { n: this.format(unmatched.length), list: unmatched.slice(0, 10).join(separator) + (unmatched.length > 10 ? '…' : '') })
				: '';
		});
	}
}
