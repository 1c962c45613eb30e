/** Which columns of a report's header line are the wanted ones. */
import { looksBinary } from './delimiters';
import { ReportError } from './problems';

export interface HeaderSlots {
	/** For each column of the file, which wanted value it is, or -1. */
	slots: Int32Array;
	/** Per wanted value (required ones, then optional): whether the header has it. */
	present: boolean[];
	/** The last column of the file that is a wanted one. */
	lastWanted: number;
	/** The last column of the file that is a required one: a row ending before it is short. */
	lastRequired: number;
}

/**
 * Matches the header's field names (case, spaces and a byte order mark aside) to the wanted
 * columns; throws 'missing-columns' when a required one is not there, or 'not-text' when the
 * line looks like binary data rather than a header.
 */
export function readHeader(fields: readonly string[], rawLine: string, columns: readonly string[], optional: readonly string[]): HeaderSlots {
	const names = fields.map((f) => f.replace(/^\ufeff/, '').trim().toLowerCase());
	const header: HeaderSlots = { slots: new Int32Array(names.length).fill(-1), present: [], lastWanted: -1, lastRequired: -1 };
	const missing: string[] = [];
	[...columns, ...optional].forEach((column, slot) => {
		const col = names.indexOf(column);
		header.present.push(col !== -1);
		if (col === -1) {
			if (slot < columns.length) missing.push(column);
			return;
		}
		header.slots[col] = slot;
		header.lastWanted = Math.max(header.lastWanted, col);
		if (slot < columns.length) header.lastRequired = Math.max(header.lastRequired, col);
	});
	if (missing.length > 0) {
		throw new ReportError(looksBinary(rawLine) ? { kind: 'not-text' } : { kind: 'missing-columns', columns: missing });
	}
	return header;
}
