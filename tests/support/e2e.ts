/**
 * What every browser test file starts with: the built site served locally, Chromium (the
 * worker's, see borrowBrowser) and pages its tests reuse (see reusedPage).
 */
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { borrowBrowser, reusedPages, type reusedPage } from './browser';
import { serve, type StaticSite } from './server';
import { DIST } from './site';

export interface Served {
	site: StaticSite;
	browser: Browser;
	/** The absolute URL of a path of the site, e.g. `/en/faq/`, under its base. */
	url(path: string): string;
	/** The file's reused page for these context options, made on first use. */
	reused(options: BrowserContextOptions): ReturnType<typeof reusedPage>;
	/** Closes every context the file opened (reused pages' too) and the server. */
	close(): Promise<void>;
}

export async function serveAndLaunch(dir = DIST, base = '/'): Promise<Served> {
	const site = await serve(dir, base);
	const { browser, release } = await borrowBrowser();
	const pages = reusedPages(browser, site.url);
	return {
		site,
		browser,
		url: (path) => site.url + path.replace(/^\//, ''),
		reused: (options) => pages.for(options),
		close: async () => {
			await release();
			await site.close();
		},
	};
}
