/**
 * The Cancellation Rate worked out apart from src/lib, for the unit tests of the single-period
 * calculator (tests/unit/cancellation-rate.test.ts) and of the day-by-day windows
 * (tests/unit/rolling-windows.test.ts): exact integer arithmetic on the target as a fraction, so
 * that a float or an off-by-one in the code cannot agree with it by the same slip.
 */
import fc from 'fast-check';
import { CR_TARGET_DEFAULT, CR_TARGET_INDIA, type RateTarget } from '../../src/lib/facts';

function gcd(a: bigint, b: bigint): bigint {
	return b === 0n ? a : gcd(b, a % b);
}

/** s/t < target, decided on the target reduced to lowest terms (1/40, 1/50) rather than as given. */
export function refUnder(s: number | bigint, t: number | bigint, target: RateTarget): boolean {
	const g = gcd(BigInt(target.numerator), BigInt(target.denominator));
	const n = BigInt(target.numerator) / g;
	const d = BigInt(target.denominator) / g;
	return BigInt(s) * d < n * BigInt(t);
}

/**
 * The percent by schoolbook long division to three decimals, then rounding on the third digit.
 * Looking at one more digit is exact for half-up: the digits after it can never add up to a
 * whole unit of the third decimal.
 */
export function refPercent(num: number, den: number): string {
	const n = BigInt(num) * 100n;
	const d = BigInt(den);
	let digits = (n / d).toString();
	let rest = n % d;
	for (let i = 0; i < 3; i++) {
		rest *= 10n;
		digits += (rest / d).toString();
		rest %= d;
	}
	const third = Number(digits[digits.length - 1]);
	let hundredths = BigInt(digits.slice(0, -1));
	if (third >= 5) hundredths += 1n;
	const text = hundredths.toString().padStart(3, '0');
	return `${text.slice(0, -2)}.${text.slice(-2)}`;
}

/** Either target the site knows: 2.5%, and India's 2%. */
export const target = fc.constantFrom(CR_TARGET_DEFAULT, CR_TARGET_INDIA);
