/**
 * What every browser test starts with: the built site served locally and Chromium (the worker's, see borrowBrowser).
 */
import type { Browser } from 'playwright-core';
import { borrowBrowser } from './browser';
import { serve, type StaticSite } from './server';
import { DIST } from './site';

export interface Served {
	site: StaticSite;
	browser: Browser;
	/** The absolute URL of a path of the site, e.g. `/en/faq/`, under its base. */
	url(path: string): string;
	close(): Promise<void>;
}

export async function serveAndLaunch(dir = DIST, base = '/'): Promise<Served> {
	const site = await serve(dir, base);
	const { browser, release } = await borrowBrowser();
	return {
		site,
		browser,
		url: (path) => site.url + path.replace(/^\//, ''),
		close: async () => {
			await release();
			await site.close();
		},
	};
}
