/**
 * The day-by-day table: rows added from the markup's <template>, removed, and numbered so that
 * each day's ids and labels follow its position, also after a removal.
 */
import { MAX_DAYS } from '../../lib/cancellation-rate';
import type { CalcStrings } from './strings';
import type { DayRow } from './url-state';

/** The cells of a row, as marked in the template (`data-cell`): orders, cancelled, buyer-requested. */
const CELLS = ['o', 'c', 'b'] as const;

export class DayRows {
	private readonly body: HTMLTableSectionElement;
	private readonly template: HTMLTemplateElement;
	private readonly status: HTMLElement;

	constructor(
		/** The day-by-day part of the form (`.calc-daily`). */
		private readonly root: HTMLElement,
		private readonly strings: CalcStrings,
		/** Prefix of the ids made here, so the full and embedded calculators never share one. */
		private readonly idPrefix: string,
	) {
		this.body = root.querySelector('.calc-days tbody')!;
		this.template = root.querySelector('template[data-row]')!;
		this.status = root.querySelector('[data-add-status]')!;
	}

	get rows(): HTMLTableRowElement[] {
		return [...this.body.rows];
	}

	/** Each row's inputs, in CELLS order. */
	inputs(): HTMLInputElement[][] {
		return this.rows.map((row) => CELLS.map((cell) => row.querySelector<HTMLInputElement>(`[data-cell="${cell}"]`)!));
	}

	/** What each row holds, as typed. */
	values(): DayRow[] {
		return this.inputs().map((cells) => cells.map((input) => input.value) as DayRow);
	}

	/**
	 * Replaces every row with `days`, numbered once at the end: numbering after each row was most
	 * of the full calculator's start-up on a phone's CPU.
	 */
	fill(days: DayRow[]) {
		this.body.replaceChildren();
		for (const day of days) {
			const row = this.add(false);
			if (!row) break;
			CELLS.forEach((cell, j) => (row.querySelector<HTMLInputElement>(`[data-cell="${cell}"]`)!.value = day[j]));
		}
		this.number();
	}

	/** A new blank row at the end, numbered unless `fill` numbers them all; null (with a message) when the table is full. */
	add(numbered = true): HTMLTableRowElement | null {
		if (this.rows.length >= MAX_DAYS) {
			this.status.textContent = this.strings.text('daily.max', { max: MAX_DAYS });
			return null;
		}
		const row = (this.template.content.firstElementChild as HTMLTableRowElement).cloneNode(true) as HTMLTableRowElement;
		this.body.append(row);
		if (numbered) this.number();
		return row;
	}

	/** Removes a row and moves focus to the next one's remove button (or to "add a day"). */
	remove(row: HTMLTableRowElement) {
		const next = row.nextElementSibling ?? row.previousElementSibling;
		row.remove();
		this.status.textContent = '';
		this.number();
		(next?.querySelector<HTMLElement>('[data-remove]') ?? this.root.querySelector<HTMLElement>('[data-add]'))!.focus();
	}

	/** Day numbers, ids and labels follow the row's position, so they stay right after a removal. */
	private number() {
		this.rows.forEach((row, i) => {
			const th = row.querySelector('th')!;
			th.id = `${this.idPrefix}-d${i}`;
			th.textContent = this.strings.text('daily.day', { n: i + 1 });
			for (const cell of CELLS) {
				const input = row.querySelector<HTMLInputElement>(`[data-cell="${cell}"]`)!;
				input.id = `${this.idPrefix}-d${i}-${cell}`;
				input.setAttribute('aria-labelledby', `${th.id} ${this.idPrefix}-col-${cell}`);
				input.nextElementSibling!.id = `${input.id}-err`;
			}
			row.querySelector('[data-remove] .sr-only')!.textContent = this.strings.text('daily.remove', { n: i + 1 });
		});
	}
}
