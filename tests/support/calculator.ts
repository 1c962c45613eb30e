/**
 * The calculator as the quality gates see it: which built pages are calculator pages, and how to
 * put one into its error state. Gates iterate over what the build holds, so they cover the
 * calculator as soon as /calculator/ and /en/calculator/ exist.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { DIST, pagePaths } from './site';

export function calculatorPages(dir = DIST): string[] {
	return pagePaths(dir).filter((p) => /^\/(en\/)?calculator\/$/.test(p));
}

/**
 * Types "abc" into the calculator's first text input and waits for the page to flag it: the input
 * marked invalid, or an alert with text in the page. Returns with the error showing.
 */
export async function fillCalculatorWithError(page: Page): Promise<void> {
	const main = page.locator('main');
	const input = main.locator('input:not([type]), input[type=text], input[type=search], input[inputmode], textarea').first();
	await input.fill('abc');
	await input.press('Tab');
	const showsError = async () =>
		(await input.getAttribute('aria-invalid')) === 'true' ||
		(await main.locator('[role=alert]').evaluateAll((els) => els.some((el) => el.textContent!.trim() !== '')));
	if (!(await showsError())) {
		// A calculator that validates on submit rather than on leaving the field.
		const submit = main.locator('button[type=submit], input[type=submit]').first();
		if ((await submit.count()) > 0) await submit.click();
	}
	await expect.poll(showsError, { message: 'the calculator shows an error for "abc"' }).toBe(true);
	// Nothing the user typed is lost.
	expect(await input.inputValue()).toBe('abc');
}
