/**
 * The calculator's words, written once: `{name}` templates filled (as text, or around elements),
 * a target as people write it, and the target a URL or select names. Pure (Intl, no DOM), so the
 * server render, the custom element and the import UI share it and unit tests reach it directly.
 */
import { CR_TARGETS, type RateTarget } from '../../lib/facts';

export type Vars = Record<string, string | number>;

/** Where the calculator's keys start among the site's UI strings; the browser gets them without it. */
export const STRING_PREFIX = 'kb.calc.';

const PLACEHOLDER = /\{(\w+)\}/g;

/** `template` with every `{name}` replaced by `vars[name]`; a name without a value becomes ''. */
export function fill(template: string, vars: Vars = {}): string {
	return template.replace(PLACEHOLDER, (_, name: string) => String(vars[name] ?? ''));
}

/**
 * `template` split around its placeholders, each replaced by `vars[name]`, which may be an element
 * (a column name in <code>, a Seller Central label in English); a name without a value becomes ''.
 */
export function fillParts<T>(template: string, vars: Record<string, T>): (string | T)[] {
	return template.split(/\{(\w+)\}/).map((part, i) => (i % 2 ? (vars[part] ?? '') : part));
}

/** A target in percent, for drawing (2.5); decisions use the fraction. */
export function targetPercent(target: RateTarget): number {
	return (target.numerator * 100) / target.denominator;
}

/** A target as people write it: 2.5, 2 (display only; decisions use the fraction). */
export function targetText(target: RateTarget, lang: string): string {
	return new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(targetPercent(target));
}

/** The target whose id is given (from the URL or the select); the default target otherwise. */
export function findTarget(id: string | null | undefined): RateTarget {
	return CR_TARGETS.find((target) => target.id === id) ?? CR_TARGETS[0];
}

/** One page's calculator strings, keyed without the prefix, as the browser receives them. */
export interface CalcStrings {
	/** The string, filled with `vars`; '' for a key the page does not carry. */
	text(key: string, vars?: Vars): string;
	/** The string split around its placeholders, filled with text or elements. */
	parts<T>(key: string, vars: Record<string, T>): (string | T)[];
}

export function calcStrings(table: Readonly<Record<string, string>>): CalcStrings {
	return {
		text: (key, vars) => fill(table[key] ?? '', vars),
		parts: (key, vars) => fillParts(table[key] ?? '', vars),
	};
}
