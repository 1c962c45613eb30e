/**
 * Content-Security-Policy violations as a page reports them (`securitypolicyviolation` events),
 * recorded from before its first script runs, for the browser tests that serve a build with its
 * `_headers`.
 */
import type { BrowserContext, Page } from 'playwright-core';

/** Records every CSP violation each page of the context reports. */
export async function watchViolations(context: BrowserContext): Promise<void> {
	await context.addInitScript(() => {
		const seen: string[] = ((window as unknown as { __cspViolations: string[] }).__cspViolations = []);
		document.addEventListener('securitypolicyviolation', (e) => {
			seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber} (${e.sample})`);
		});
	});
}

/**
 * The violations the current document of `page` has reported. A document nobody listened to says
 * so, rather than passing as one without violations.
 */
export const violations = (page: Page): Promise<string[]> =>
	page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? ['no watchViolations in this context']);
