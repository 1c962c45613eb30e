/** Calendar days of purchase instants in the seller's chosen time zone. */

/** True when the browser knows `timeZone` as an IANA zone. */
export function isValidTimeZone(timeZone: string): boolean {
	try {
		new Intl.DateTimeFormat('en-US', { timeZone });
		return true;
	} catch {
		return false;
	}
}

const DAY_MS = 86_400_000;
const QUARTER_MS = 900_000;

/**
 * Calendar days of instants in one time zone. Intl is slow (microseconds a call, 300,000 rows),
 * so it is asked for the zone's offset at both ends of each UTC day seen: when they agree, the
 * offset holds all day and the local day is plain arithmetic. A UTC day with a change of offset
 * in it is looked up per quarter hour, as every current zone's changes fall on quarter hours;
 * a quarter hour whose two ends disagree (old local mean times) is looked up per instant.
 */
export class DayFinder {
	private readonly format: Intl.DateTimeFormat;
	readonly timeZone: string;
	/** UTC day number → the zone's offset in ms that whole day, or null when it changes. */
	private readonly offsets = new Map<number, number | null>();
	/** Local day number → 'YYYY-MM-DD'. */
	private readonly names = new Map<number, string>();
	/** Quarter-hour number → day, for UTC days with an offset change. */
	private readonly quarters = new Map<number, string | null>();

	constructor(timeZone: string) {
		this.format = new Intl.DateTimeFormat('en-US', {
			timeZone,
			year: 'numeric',
			month: 'numeric',
			day: 'numeric',
			hour: 'numeric',
			minute: 'numeric',
			second: 'numeric',
			hourCycle: 'h23',
			calendar: 'gregory',
			numberingSystem: 'latn',
		});
		// As given: resolvedOptions() turns Asia/Kolkata into the old name Asia/Calcutta.
		this.timeZone = timeZone;
	}

	dayOf(ms: number): string {
		const utcDay = Math.floor(ms / DAY_MS);
		let offset = this.offsets.get(utcDay);
		if (offset === undefined) {
			const first = this.offsetAt(utcDay * DAY_MS);
			offset = first === this.offsetAt(utcDay * DAY_MS + DAY_MS - 1) ? first : null;
			this.offsets.set(utcDay, offset);
		}
		if (offset !== null) return this.name(Math.floor((ms + offset) / DAY_MS));
		const quarter = Math.floor(ms / QUARTER_MS);
		let day = this.quarters.get(quarter);
		if (day === undefined) {
			const first = this.exact(quarter * QUARTER_MS);
			day = first === this.exact(quarter * QUARTER_MS + QUARTER_MS - 1) ? first : null;
			this.quarters.set(quarter, day);
		}
		return day ?? this.exact(ms);
	}

	/** The local wall-clock time at `ms`, read as if it were UTC. */
	private wallClock(ms: number): number {
		let y = 0;
		let mo = 0;
		let d = 0;
		let h = 0;
		let mi = 0;
		let sec = 0;
		for (const part of this.format.formatToParts(ms)) {
			const v = +part.value;
			if (part.type === 'year') y = v;
			else if (part.type === 'month') mo = v;
			else if (part.type === 'day') d = v;
			else if (part.type === 'hour') h = v;
			else if (part.type === 'minute') mi = v;
			else if (part.type === 'second') sec = v;
		}
		return Date.UTC(y, mo - 1, d, h, mi, sec);
	}

	private offsetAt(ms: number): number {
		return this.wallClock(ms) - (ms - (((ms % 1000) + 1000) % 1000));
	}

	private exact(ms: number): string {
		return this.name(Math.floor(this.wallClock(ms) / DAY_MS));
	}

	private name(localDay: number): string {
		let name = this.names.get(localDay);
		if (name === undefined) {
			name = new Date(localDay * DAY_MS).toISOString().slice(0, 10);
			this.names.set(localDay, name);
		}
		return name;
	}
}

/** Adds `n` days to a 'YYYY-MM-DD' date. */
export function addDays(date: string, n: number): string {
	const t = Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10) + n);
	return new Date(t).toISOString().slice(0, 10);
}
