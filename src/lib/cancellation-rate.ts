/**
 * The Cancellation Rate maths behind the calculator: seller-cancelled orders divided by all
 * orders, compared with a target. Every decision (under or over, how many more, the worst
 * window) is made on integers, because a float can put exactly 2.5% on the wrong side.
 */
import { CR_WINDOW_DAYS, type RateTarget } from './facts';

/** Counts for one period, each already a whole number (see parseCount). */
export interface CalcInput {
	/** All orders in the period. */
	total: number;
	/** All cancelled orders, whoever cancelled them. */
	cancelled: number;
	/**
	 * Of the cancelled orders, those the buyer requested through Amazon's cancel option (reason
	 * "Buyer Cancelled"): Amazon leaves them out of the numerator but they still count as orders.
	 */
	buyerRequested: number;
}

/** Why a combination of counts cannot be real. */
export type InputError = 'cancelled-exceeds-total' | 'buyer-exceeds-cancelled';

/** Errors keyed by the field the form should mark; empty when the counts are consistent. */
export type InputErrors = Partial<Record<keyof CalcInput, InputError>>;

/** Where a rate stands against its target; exactly on the target is 'over'. */
export type RateStatus = 'under' | 'over';

/** The outcome of `calculate`. */
export type CalcResult =
	| { kind: 'no-orders' }
	| {
			kind: 'rate';
			sellerCancelled: number;
			total: number;
			/** Percent with two decimals, rounded half up from the exact fraction. */
			percent: string;
			status: RateStatus;
			/** Further seller cancellations among these orders that still stay under; 0 when over. */
			headroom: number;
			/** Orders without a seller cancellation needed to get under; 0 when under. */
			recovery: number;
	  };

/** One day's counts for the rolling-window view; index 0 of the list is the oldest day. */
export interface DayCounts {
	orders: number;
	cancelled: number;
	buyerRequested: number;
}

/** The rate over the window of days ending at `dayIndex`. */
export interface WindowResult {
	/** The last (newest) day of the window. */
	dayIndex: number;
	/** The first day of the window; later than dayIndex − windowDays + 1 for partial windows. */
	firstDayIndex: number;
	/** True when the list starts inside this window, so it covers fewer days than Amazon's. */
	partial: boolean;
	orders: number;
	sellerCancelled: number;
	/** Null when the window holds no orders: there is no rate to show. */
	percent: string | null;
	status: RateStatus | 'no-orders';
}

/** What the daily table highlights. */
export interface WindowSummary {
	/** The window with the highest rate, the earliest on ties; null when no window has orders. */
	worst: WindowResult | null;
	/** Days whose window is at or over the target. */
	daysOver: number[];
	/** The newest window, null for an empty list. */
	latest: WindowResult | null;
}

/** A problem with a list of days, for the form to show. */
export type DaysError =
	| { kind: 'too-many-days'; max: number }
	| { kind: 'day'; dayIndex: number; field: 'cancelled' | 'buyerRequested'; error: InputError };

/** How many days the daily form takes: enough for India's 30-day view. */
export const MAX_DAYS = 30;

function assertCount(value: number, name: string): void {
	if (!Number.isSafeInteger(value) || value < 0) {
		throw new RangeError(`${name} must be a non-negative whole number, got ${value}`);
	}
}

function assertTarget(target: RateTarget): void {
	if (
		!Number.isSafeInteger(target.numerator) ||
		!Number.isSafeInteger(target.denominator) ||
		target.numerator < 1 ||
		target.denominator < 1
	) {
		throw new RangeError(`target must be a positive fraction, got ${target.numerator}/${target.denominator}`);
	}
}

/** Checks that the counts can describe real orders; each field is assumed to be a count already. */
export function validateInput(input: CalcInput): InputErrors {
	const errors: InputErrors = {};
	if (input.cancelled > input.total) errors.cancelled = 'cancelled-exceeds-total';
	if (input.buyerRequested > input.cancelled) errors.buyerRequested = 'buyer-exceeds-cancelled';
	return errors;
}

/** `num/den` as a percent with two decimals, rounded half up from the exact fraction. */
export function formatPercent(num: number, den: number): string {
	assertCount(num, 'numerator');
	assertCount(den, 'denominator');
	if (den === 0) throw new RangeError('denominator must be positive');
	// In doubles while the quotient's floor is exact (dividend plus divisor under 2^53): the
	// import's tables format thousands of these at once, and BigInt is several times slower.
	if (20_000 * num + 3 * den <= Number.MAX_SAFE_INTEGER) {
		const hundredths = Math.floor((20_000 * num + den) / (2 * den));
		const frac = hundredths % 100;
		return `${(hundredths - frac) / 100}.${frac < 10 ? '0' : ''}${frac}`;
	}
	const d = BigInt(den);
	// Hundredths of a percent, rounded half up: floor(x + 1/2) with x = num·10000/den.
	const hundredths = (2n * 10_000n * BigInt(num) + d) / (2n * d);
	const whole = hundredths / 100n;
	const frac = hundredths % 100n;
	return `${whole}.${frac.toString().padStart(2, '0')}`;
}

/** True when `num/den` is strictly below the target; exactly on it is not under. */
export function isUnderTarget(num: number, den: number, target: RateTarget): boolean {
	assertCount(num, 'numerator');
	assertCount(den, 'denominator');
	assertTarget(target);
	if (den === 0) throw new RangeError('denominator must be positive: with no orders there is no rate');
	return BigInt(num) * BigInt(target.denominator) < BigInt(target.numerator) * BigInt(den);
}

/**
 * The Cancellation Rate of one period against a target, with how far it is from the line.
 * Throws a RangeError for counts that validateInput would reject: callers validate first.
 */
export function calculate(input: CalcInput, target: RateTarget): CalcResult {
	assertCount(input.total, 'total');
	assertCount(input.cancelled, 'cancelled');
	assertCount(input.buyerRequested, 'buyerRequested');
	assertTarget(target);
	const errors = validateInput(input);
	const firstError = Object.values(errors)[0];
	if (firstError) throw new RangeError(`inconsistent counts: ${firstError}`);
	if (input.total === 0) return { kind: 'no-orders' };

	const sellerCancelled = input.cancelled - input.buyerRequested;
	const s = BigInt(sellerCancelled);
	const t = BigInt(input.total);
	const n = BigInt(target.numerator);
	const d = BigInt(target.denominator);
	const under = s * d < n * t;

	let headroom = 0n;
	let recovery = 0n;
	if (under) {
		// The largest x with x·d < n·t is floor((n·t − 1)/d); n·t ≥ 1 here because s·d ≥ 0 is below it.
		const mostUnder = (n * t - 1n) / d;
		// Another seller cancellation has to hit an order that is not cancelled yet.
		const uncancelled = BigInt(input.total - input.cancelled);
		headroom = mostUnder - s < uncancelled ? mostUnder - s : uncancelled;
	} else {
		// The smallest total with s·d < n·total is floor(s·d/n) + 1.
		recovery = (s * d) / n + 1n - t;
	}

	return {
		kind: 'rate',
		sellerCancelled,
		total: input.total,
		percent: formatPercent(sellerCancelled, input.total),
		status: under ? 'under' : 'over',
		headroom: Number(headroom),
		recovery: Number(recovery),
	};
}

/**
 * Checks a list of days for the daily form: at most `maxDays` days, and each day's counts
 * consistent. Returns every problem found; an empty list means rollingWindows can run.
 */
export function validateDays(days: readonly DayCounts[], maxDays: number = MAX_DAYS): DaysError[] {
	const problems: DaysError[] = [];
	if (days.length > maxDays) problems.push({ kind: 'too-many-days', max: maxDays });
	days.forEach((day, dayIndex) => {
		const errors = validateInput({ total: day.orders, cancelled: day.cancelled, buyerRequested: day.buyerRequested });
		if (errors.cancelled) problems.push({ kind: 'day', dayIndex, field: 'cancelled', error: errors.cancelled });
		if (errors.buyerRequested) {
			problems.push({ kind: 'day', dayIndex, field: 'buyerRequested', error: errors.buyerRequested });
		}
	});
	return problems;
}

/**
 * The rate over the window of up to `windowDays` days ending at each day. The first windows are
 * partial because the days before the list are unknown, not zero. `maxDays` is a guard for the
 * form; a report importer with longer histories passes its own (Infinity for none).
 * Throws a RangeError for more than `maxDays` days or inconsistent counts: callers validate first.
 */
export function rollingWindows(
	days: readonly DayCounts[],
	target: RateTarget,
	windowDays: number = CR_WINDOW_DAYS,
	maxDays: number = MAX_DAYS,
): WindowResult[] {
	assertTarget(target);
	if (!Number.isSafeInteger(windowDays) || windowDays < 1) {
		throw new RangeError(`windowDays must be a positive whole number, got ${windowDays}`);
	}
	if (days.length > maxDays) throw new RangeError(`at most ${maxDays} days, got ${days.length}`);
	days.forEach((day, i) => {
		assertCount(day.orders, `days[${i}].orders`);
		assertCount(day.cancelled, `days[${i}].cancelled`);
		assertCount(day.buyerRequested, `days[${i}].buyerRequested`);
	});
	const problem = validateDays(days, Infinity)[0];
	if (problem) throw new RangeError(`inconsistent counts on day ${problem.kind === 'day' ? problem.dayIndex : '?'}`);

	// Prefix sums in BigInt: a long import of large days must not drift past 2^53 unnoticed.
	const orderSums: bigint[] = [0n];
	const sellerSums: bigint[] = [0n];
	for (const day of days) {
		orderSums.push(orderSums[orderSums.length - 1]! + BigInt(day.orders));
		sellerSums.push(sellerSums[sellerSums.length - 1]! + BigInt(day.cancelled - day.buyerRequested));
	}

	return days.map((_, dayIndex): WindowResult => {
		const firstDayIndex = Math.max(0, dayIndex - windowDays + 1);
		const orders = toSafeNumber(orderSums[dayIndex + 1]! - orderSums[firstDayIndex]!);
		const sellerCancelled = toSafeNumber(sellerSums[dayIndex + 1]! - sellerSums[firstDayIndex]!);
		const partial = dayIndex - windowDays + 1 < 0;
		if (orders === 0) {
			return { dayIndex, firstDayIndex, partial, orders, sellerCancelled, percent: null, status: 'no-orders' };
		}
		return {
			dayIndex,
			firstDayIndex,
			partial,
			orders,
			sellerCancelled,
			percent: formatPercent(sellerCancelled, orders),
			status: isUnderTarget(sellerCancelled, orders, target) ? 'under' : 'over',
		};
	});
}

function toSafeNumber(value: bigint): number {
	if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError('window sum exceeds 2^53');
	return Number(value);
}

/** The worst window, the days over the target and the newest window of a rollingWindows list. */
export function summarizeWindows(windows: readonly WindowResult[]): WindowSummary {
	let worst: WindowResult | null = null;
	for (const w of windows) {
		if (w.orders === 0) continue;
		// a/b > c/d ⇔ a·d > c·b for positive b, d; strict, so the earliest of equal rates stays.
		if (worst === null || BigInt(w.sellerCancelled) * BigInt(worst.orders) > BigInt(worst.sellerCancelled) * BigInt(w.orders)) {
			worst = w;
		}
	}
	return {
		worst,
		daysOver: windows.filter((w) => w.status === 'over').map((w) => w.dayIndex),
		latest: windows.length > 0 ? windows[windows.length - 1]! : null,
	};
}
