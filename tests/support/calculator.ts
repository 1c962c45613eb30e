/**
 * The calculator as the quality gates see it: which built pages show one, and how to put it into
 * the states a reader can reach (a result, an error, the day-by-day mode). Gates iterate over
 * what the build holds, so they cover every page with a calculator, the full one on
 * /calculator/ and /en/calculator/ and the compact copy the guideline embeds.
 */
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { DIST, pagePaths, readPage, select } from './site';

/** Every page with a calculator on it, full or embedded. */
export function calculatorPages(dir = DIST): string[] {
	return pagePaths(dir).filter((p) => select('cr-calculator', readPage(p, dir)) !== undefined);
}

/** The pages with the full calculator (day-by-day mode, state in the URL). */
export function fullCalculatorPages(dir = DIST): string[] {
	return calculatorPages(dir).filter((p) => /\/calculator\/$/.test(p));
}

/**
 * The query string for the day-by-day mode (see src/components/calculator/url-state.ts): three
 * days with a chart and its table, the second day over the target (5 of 100 cancelled).
 */
export const DAILY_WITH_CHART = '?mode=daily&dayOrders=100&dayCancelled=1&dayBuyer=0&dayOrders=100&dayCancelled=5&dayBuyer=1&dayOrders=80&dayCancelled=0&dayBuyer=0';

/** The first calculator on the page, or the page's main content if it has none. */
function calculator(page: Page): Locator {
	return page.locator('main cr-calculator, main').first();
}

const textInput = (root: Locator) => root.locator('input:not([type]), input[type=text], input[inputmode], textarea');

async function showsError(root: Locator, input: Locator) {
	return (
		(await input.getAttribute('aria-invalid')) === 'true' ||
		(await root.locator('[role=alert]').evaluateAll((els) => els.some((el) => el.textContent!.trim() !== '')))
	);
}

/**
 * Types "abc" into the calculator's first text input and waits for the page to flag it: the input
 * marked invalid, or an alert with text in the page. Returns with the error showing.
 */
export async function fillCalculatorWithError(page: Page): Promise<void> {
	const root = calculator(page);
	const input = textInput(root).first();
	await input.fill('abc');
	await input.press('Tab');
	if (!(await showsError(root, input))) {
		// A calculator that validates on submit rather than on leaving the field.
		const submit = root.locator('button[type=submit], input[type=submit]').first();
		if ((await submit.count()) > 0) await submit.click();
	}
	await expect.poll(() => showsError(root, input), { message: 'the calculator shows an error for "abc"' }).toBe(true);
	// Nothing the user typed is lost.
	expect(await input.inputValue()).toBe('abc');
}

/**
 * Types 200 orders and 3 cancelled into the first two fields and waits for the rate: 3 ÷ 200 =
 * 1.5 %, which the calculator writes with two decimals, "1.50%", in both locales.
 */
export async function fillCalculatorWithNumbers(page: Page): Promise<void> {
	const root = calculator(page);
	const inputs = textInput(root);
	await inputs.nth(0).fill('200');
	await inputs.nth(1).fill('3');
	await expect.poll(() => root.locator('[aria-live]').first().textContent(), { message: 'the calculator shows 1.50% for 3 of 200' }).toContain('1.50%');
}

/** Waits until the day-by-day mode opened from DAILY_WITH_CHART shows its chart and table. */
export async function waitForDailyChart(page: Page): Promise<void> {
	const root = calculator(page);
	await expect.poll(() => root.locator('svg[role=img]').count(), { message: 'the day-by-day chart appears' }).toBe(1);
	// One row per day in the table that repeats the chart's data (the one with a caption).
	await expect.poll(() => root.locator('table:has(caption) tbody tr').count()).toBe(3);
}

/** Types "abc" as the first day's orders in the day-by-day mode and waits until it is flagged. */
export async function enterDailyError(page: Page): Promise<void> {
	const root = calculator(page);
	const input = root.locator('tbody input').first();
	await input.fill('abc');
	await input.press('Tab');
	await expect.poll(() => showsError(root, input), { message: 'the day-by-day mode flags "abc"' }).toBe(true);
	expect(await input.inputValue()).toBe('abc');
}
