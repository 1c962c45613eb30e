/**
 * What goes wrong in a page, recorded by the page itself: classic WebDriver (WebKit) cannot listen
 * to a page's console, so the test server loads this script first in every page's `<head>` (a
 * same-origin file, allowed by the site's script policy, which stays on). It records console
 * errors, uncaught errors and rejections, resources that failed to load and policy violations,
 * and keeps them in sessionStorage, so a problem on a page the reader left by a link still counts.
 * Where the driver can listen to the console too (puppeteer), what it hears is added.
 */
import type { EnginePage } from './driver';

export const WATCH_PATH = '__engines-watch.js';
const KEY = 'engines:problems';

export const WATCH_SOURCE = `(() => {
	const key = ${JSON.stringify(KEY)};
	// Leaving a page, WebKit rejects the fetches still under way (search results' excerpts when a
	// result is followed: "Load failed"); nobody is left to see that page.
	let leaving = false;
	addEventListener('beforeunload', () => (leaving = true));
	addEventListener('pagehide', () => (leaving = true));
	const add = (what) => {
		try {
			const list = JSON.parse(sessionStorage.getItem(key) || '[]');
			list.push(what + ' (' + location.pathname + ')');
			sessionStorage.setItem(key, JSON.stringify(list));
		} catch (e) {}
	};
	const error = console.error;
	console.error = function (...args) {
		add('console error: ' + args.map((a) => (a instanceof Error ? a.message : String(a))).join(' '));
		return error.apply(this, args);
	};
	addEventListener('error', (e) => {
		const el = e.target;
		// Preloads and prefetches are hints: Firefox reports an error on Vite's <link rel=modulepreload>
		// for a module it has loaded already, and on a prefetch it dropped. A module that really failed
		// fails its import(), recorded below; a page that really failed fails its navigation.
		if (el instanceof HTMLLinkElement && /^(module)?preload$|^prefetch$/.test(el.rel)) return;
		add(el instanceof Element ? 'failed to load: ' + el.outerHTML.slice(0, 200) : 'page error: ' + e.message);
	}, true);
	addEventListener('unhandledrejection', (e) => leaving || add('unhandled rejection: ' + (e.reason && e.reason.message ? e.reason.message : String(e.reason))));
	document.addEventListener('securitypolicyviolation', (e) => add('policy violation: ' + e.violatedDirective + ' ' + e.blockedURI));
})();`;

/** What went wrong since the last `clearProblems`, on this page and the ones before it in this tab. */
export async function problems(page: EnginePage): Promise<string[]> {
	const recorded = await page.eval((key: string) => JSON.parse(sessionStorage.getItem(key) || '[]') as string[], KEY);
	return [...recorded, ...page.logged];
}

export async function clearProblems(page: EnginePage): Promise<void> {
	page.logged.length = 0;
	await page.eval((key: string) => sessionStorage.removeItem(key), KEY);
}
