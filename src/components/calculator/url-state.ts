/**
 * The full calculator's state in its URL, so that a result can be shared, reloaded and walked
 * with back/forward. Pure (no DOM): the custom element reads the fields into a CalcState and
 * writes the query this module makes. What /calculator/?orders=100&cancelled=3 links rely on:
 *
 *   orders, cancelled, buyer   the single-period fields, exactly as typed (omitted when blank)
 *   target                     'default' (under 2.5%) or 'in' (India, under 2%); anything else → default
 *   mode                       'daily' (day by day) or 'import' (report import); anything else → one period
 *   dayOrders, dayCancelled, dayBuyer
 *                              repeated once per day row, oldest first, as typed (may be blank);
 *                              omitted when every day is blank
 */
import { MAX_DAYS } from '../../lib/cancellation-rate';
import type { RateTarget } from '../../lib/facts';
import { findTarget } from './strings';

export const FIELDS = ['orders', 'cancelled', 'buyer'] as const;
export type Field = (typeof FIELDS)[number];

export const MODES = ['single', 'daily', 'import'] as const;
export type Mode = (typeof MODES)[number];

/** One day row as typed: orders, cancelled, buyer-requested. */
export type DayRow = [orders: string, cancelled: string, buyer: string];

const DAY_PARAMS = ['dayOrders', 'dayCancelled', 'dayBuyer'] as const;

/** Day rows a fresh day-by-day mode starts with: one window. */
export const DEFAULT_DAY_ROWS = 7;

export interface CalcState {
	/** Each single-period field as typed; undefined when the URL does not carry it. */
	fields: Record<Field, string | undefined>;
	target: RateTarget['id'];
	mode: Mode;
	/** At least one row and at most MAX_DAYS. */
	days: DayRow[];
}

/** The state a query string describes; anything missing or unknown takes its default. */
export function parseState(search: string): CalcState {
	const query = new URLSearchParams(search);
	const fields = Object.fromEntries(FIELDS.map((name) => [name, query.get(name) ?? undefined])) as CalcState['fields'];
	const mode = query.get('mode');
	const columns = DAY_PARAMS.map((param) => query.getAll(param));
	const count = Math.min(MAX_DAYS, Math.max(...columns.map((column) => column.length))) || DEFAULT_DAY_ROWS;
	const days = Array.from({ length: count }, (_, i) => columns.map((column) => column[i] ?? '') as DayRow);
	return {
		fields,
		target: findTarget(query.get('target')).id,
		mode: MODES.includes(mode as Mode) ? (mode as Mode) : 'single',
		days,
	};
}

/** The query string (with its '?') for a state; the embedded calculator has no mode and no days. */
export function stateQuery(state: CalcState): string {
	const query = new URLSearchParams();
	for (const name of FIELDS) {
		const value = state.fields[name];
		if (value) query.set(name, value);
	}
	query.set('target', state.target);
	if (state.mode !== 'single') query.set('mode', state.mode);
	if (state.days.some((row) => row.some(Boolean))) {
		for (const row of state.days) row.forEach((value, j) => query.append(DAY_PARAMS[j]!, value));
	}
	return '?' + query;
}
