import type { Page } from 'playwright-core';

/** The role Chromium's accessibility tree gives the first element matching `selector`. */
export async function roleOf(page: Page, selector: string): Promise<string | undefined> {
	const cdp = await page.context().newCDPSession(page);
	try {
		const { result } = await cdp.send('Runtime.evaluate', { expression: `document.querySelector(${JSON.stringify(selector)})` });
		const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { objectId: result.objectId, fetchRelatives: false });
		return nodes[0]?.role?.value as string | undefined;
	} finally {
		await cdp.detach();
	}
}
