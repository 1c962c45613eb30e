/**
 * <cr-calculator>: wires the markup of Calculator.astro to the calculator's parts. Every change
 * recomputes the result (results.ts) from the fields (fields.ts) and day rows (day-rows.ts); the
 * full calculator keeps its state in the URL (url-state.ts) and opens the report import (import/)
 * the first time its mode is chosen, so pages and visitors that never import pay nothing for it.
 */
import type { ImportContext } from './import/context';
import type { ImportUi } from './import/import-ui';
import { DayRows } from './day-rows';
import { watchFiles } from './drop';
import { FieldReader } from './fields';
import { dailyResult, singleResult, type ResultContext } from './results';
import { calcStrings, findTarget, targetText, type CalcStrings } from './strings';
import { MARKETPLACE_TARGETS, storedMarketplace } from '../../lib/marketplace-choice';
import { nextTask } from '../next-task';
import { FIELDS, MODES, parseState, stateQuery, type CalcState, type DayRow, type Field, type Mode } from './url-state';

/** The parts each mode shows (the embedded calculator has only the first). */
const MODE_PARTS: [selector: string, mode: Mode][] = [
	['.calc-single', 'single'],
	['.calc-daily', 'daily'],
	['[data-import]', 'import'],
	['[data-import-out]', 'import'],
];

class CalculatorElement extends HTMLElement {
	private strings!: CalcStrings;
	private made?: { numbers: Intl.NumberFormat; plural: Intl.PluralRules };
	private reader!: FieldReader;
	private inputs!: Record<Field, HTMLInputElement>;
	private targetSelect!: HTMLSelectElement;
	/** The day-by-day table; the embedded calculator has none. */
	private days: DayRows | null = null;
	/**
	 * The blank day rows the URL asks for, made in a task after the start-up unless the daily mode
	 * shows them first: with them, the full calculator's start-up took over 50 ms on a phone's CPU.
	 */
	private blankDays?: DayRow[];
	/** The compact copy inside the guideline: no modes, no URL state. */
	private embedded = false;
	/** Prefix of every id inside, so the full and embedded calculators never share one. */
	private idPrefix = '';
	/** The next edit starts a new history entry; typing within one edit replaces it. */
	private fresh = true;
	private importUi?: Promise<ImportUi>;

	/**
	 * The page's number formats, made on first use. The first Intl.NumberFormat a page makes loads
	 * the browser's locale data: 150–350 ms in one task on a phone-speed CPU (4× slowed, see
	 * docs/benchmarks.md, "Lighthouse"), which cannot be split. The empty calculator formats no
	 * number, so its start-up does not pay it: the first result does, or, beforehand, the reader's
	 * first move into the form (connectedCallback).
	 */
	private formats() {
		const lang = this.dataset.lang;
		return (this.made ??= { numbers: new Intl.NumberFormat(lang), plural: new Intl.PluralRules(lang) });
	}

	connectedCallback() {
		this.strings = calcStrings(JSON.parse(this.querySelector('script[data-strings]')!.textContent!));
		this.reader = new FieldReader(this.strings, () => this.formats().numbers);
		this.embedded = this.dataset.embedded != null;
		this.idPrefix = this.dataset.idPrefix!;
		this.inputs = Object.fromEntries(FIELDS.map((name) => [name, this.querySelector(`#${this.idPrefix}-${name}`)])) as Record<Field, HTMLInputElement>;
		this.targetSelect = this.querySelector('select[name="target"]')!;
		const daily = this.querySelector<HTMLElement>('.calc-daily');
		if (daily) this.days = new DayRows(daily, this.strings, this.idPrefix);

		const form = this.querySelector('.calc-form')!;
		form.addEventListener('input', (e) => {
			const field = e.target as HTMLInputElement;
			// The import section handles its own fields.
			if (field.closest('[data-import]')) return;
			if (field.id) this.reader.touched.add(field.id);
			this.update();
		});
		form.addEventListener('change', () => (this.fresh = true));
		form.addEventListener('focusout', (e) => {
			const field = e.target as HTMLInputElement;
			if (field.name && field.type === 'text' && !this.reader.touched.has(field.id)) {
				this.reader.touched.add(field.id);
				this.update(false);
			}
		});
		this.addEventListener('click', (e) => {
			const button = (e.target as Element).closest('button');
			if (button?.hasAttribute('data-add')) this.addDay();
			else if (button?.hasAttribute('data-remove')) {
				this.days!.remove(button.closest('tr')!);
				this.update();
			}
		});
		if (!this.embedded) {
			watchFiles(this.querySelector<HTMLElement>('[data-import]')!, (file, unshipped) => this.withImport((ui) => ui.open(file, unshipped)));
			addEventListener('popstate', () => {
				this.load();
				this.update(false);
			});
			this.load();
		}
		this.applyMarketplace();
		this.update(false);
		// The number formats, made in a task after the one that moved focus into the form has
		// painted: while the reader reaches a field or starts typing, not in the keystroke that
		// completes the first result.
		this.addEventListener('focusin', () => requestAnimationFrame(() => setTimeout(() => this.formats(), 0)), { once: true });
	}

	/**
	 * The target of the marketplace the reader picked on the marketplace page, unless the URL names
	 * one (a shared result keeps its own): India's, or 2.5% where that marketplace's page states it.
	 * For a marketplace whose page, as read, states none, the default stays and the note says so.
	 */
	private applyMarketplace() {
		let storage: Storage | undefined;
		try {
			storage = localStorage;
		} catch {
			return;
		}
		const market = storedMarketplace(storage);
		if (!market || new URLSearchParams(location.search).has('target')) return;
		const target = MARKETPLACE_TARGETS[market];
		this.targetSelect.value = target ?? 'default';
		const note = this.querySelector<HTMLElement>('[data-target-note]')!;
		note.textContent = this.strings.text(target ? 'target.picked' : 'target.unknown', {
			market: this.strings.text(`market.${market}`),
			rate: targetText(findTarget('default'), this.dataset.lang!),
		});
		note.hidden = false;
		this.targetSelect.addEventListener('change', () => (note.hidden = true), { once: true });
	}

	private get mode(): Mode {
		const checked = this.querySelector<HTMLInputElement>('input[name="mode"]:checked')?.value;
		return MODES.find((mode) => mode === checked) ?? 'single';
	}

	/** What the fields hold now, as the URL carries it. */
	private get state(): CalcState {
		return {
			fields: Object.fromEntries(FIELDS.map((name) => [name, this.inputs[name].value])) as CalcState['fields'],
			target: findTarget(this.targetSelect.value).id,
			mode: this.mode,
			days: this.days?.values() ?? [],
		};
	}

	/** Restores every field from the URL (first load, reload, back/forward). */
	private load() {
		const state = parseState(location.search);
		for (const name of FIELDS) {
			const input = this.inputs[name];
			input.value = state.fields[name] ?? '';
			if (state.fields[name] !== undefined) this.reader.touched.add(input.id);
		}
		this.targetSelect.value = state.target;
		this.querySelector<HTMLInputElement>(`input[name="mode"][value="${state.mode}"]`)!.checked = true;
		this.blankDays = undefined;
		if (state.mode === 'daily' || state.days.some((row) => row.some(Boolean))) this.days?.fill(state.days);
		else if (this.days) {
			this.blankDays = state.days;
			void nextTask().then(() => this.fillBlankDays());
		}
		this.fresh = true;
	}

	private fillBlankDays() {
		if (this.blankDays) this.days!.fill(this.blankDays);
		this.blankDays = undefined;
	}

	/** The state into the URL, or, embedded, into the link that opens the full calculator. */
	private save() {
		const search = stateQuery(this.state);
		if (this.embedded) {
			this.querySelector<HTMLAnchorElement>('[data-open-full]')!.href = this.dataset.full + search;
			return;
		}
		if (search === location.search) return;
		if (this.fresh) history.pushState(null, '', search);
		else history.replaceState(null, '', search);
		this.fresh = false;
	}

	private addDay() {
		const row = this.days!.add();
		if (!row) return;
		row.querySelector('input')!.focus();
		this.update();
	}

	update(save = true) {
		const mode = this.mode;
		for (const [selector, shownIn] of MODE_PARTS) {
			const part = this.querySelector<HTMLElement>(selector);
			if (part) part.hidden = mode !== shownIn;
		}
		const target = findTarget(this.targetSelect.value);
		const lang = this.dataset.lang!;
		// Getters: the formats are made when a result first formats a number (see `formats`).
		const formats = () => this.formats();
		const context: ResultContext = {
			strings: this.strings,
			get numbers() {
				return formats().numbers;
			},
			get plural() {
				return formats().plural;
			},
			reader: this.reader,
			target,
			get rate() {
				return targetText(target, lang);
			},
		};
		const out = this.querySelector<HTMLElement>('[data-result]')!;
		const chart = this.querySelector<HTMLElement>('[data-daily-out]');
		chart?.replaceChildren();
		out.hidden = mode === 'import';
		if (mode === 'import') this.withImport((ui) => ui.render());
		else if (mode === 'daily') {
			this.fillBlankDays();
			out.replaceChildren(...dailyResult(this.days!.inputs(), chart!, this.idPrefix, context));
		}
		else out.replaceChildren(...singleResult(this.inputs, context));
		if (save) this.save();
	}

	/** The report import, loaded on first use so that the calculator alone stays small. */
	private withImport(then: (ui: ImportUi) => void) {
		const context: ImportContext = {
			strings: this.strings,
			numbers: this.formats().numbers,
			lang: this.dataset.lang!,
			idPrefix: this.idPrefix,
			target: () => findTarget(this.targetSelect.value),
			form: this.querySelector<HTMLElement>('[data-import]')!,
			results: this.querySelector<HTMLElement>('[data-import-out]')!,
		};
		this.importUi ??= import('./import/import-ui').then((module) => module.attach(context));
		this.importUi.then(then, () => {
			// Its code did not arrive (offline, or a new deploy renamed the file): said next to the file
			// field, and asked for again next time, where the browser fetches a failed module again
			// (Firefox does not: hence the reload the message asks for).
			this.importUi = undefined;
			context.form.querySelector('[data-alert]')!.textContent = this.strings.text('import.unavailable');
		});
	}
}

// Defined, so started (connectedCallback: strings, fields, the URL's state, the first result), in
// a task after this module's evaluation: the two in one task took over 50 ms on a phone's CPU
// (docs/benchmarks.md, "Lighthouse"). The element is defined only once it has started, so whoever
// waits for the definition (the browser tests) finds it working.
void nextTask().then(() => customElements.define('cr-calculator', CalculatorElement));
