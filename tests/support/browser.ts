/**
 * Chromium for browser tests: Debian's package (or CHROME_PATH), driven by playwright-core,
 * which cannot download browsers on these machines.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type CDPSession, type Page } from 'playwright-core';

const BROWSERS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
/**
 * Chromium's headless shell: the same Blink and V8 without the browser's user interface, which is
 * what playwright itself launches for headless runs. On these machines the browser tests asked for
 * 244 CPU-s with it against 407 with the full browser, and took 125 s against 220 (docs/benchmarks.md,
 * "Test suite"). The full browser stays the reader's Chromium in the engines suite (tests/engines/).
 */
const SHELLS = ['/usr/bin/chromium-headless-shell', '/usr/lib/chromium/chromium-headless-shell'];

function firstFound(candidates: (string | undefined)[], install: string): string {
	const found = candidates.find((p): p is string => Boolean(p && existsSync(p)));
	if (!found) {
		throw new Error(
			`Chromium not found. Install it with "apt-get install -y ${install} fonts-noto-cjk" ` +
				'(Debian/Ubuntu), or set CHROME_PATH to a Chrome or Chromium binary.',
		);
	}
	return found;
}

/** The full Chromium browser, as a reader runs it. */
export function chromePath(): string {
	return firstFound([process.env.CHROME_PATH, ...BROWSERS], 'chromium');
}

/** What the browser tests launch: CHROME_PATH if set, else the headless shell. */
function testChromePath(): string {
	return firstFound([process.env.CHROME_PATH, ...SHELLS], 'chromium-headless-shell');
}

export async function launch(): Promise<Browser> {
	return chromium.launch({
		executablePath: testChromePath(),
		headless: true,
		// playwright gives every launch a fresh, temporary profile of its own.
		args: [
			'--no-sandbox',
			'--disable-gpu',
			// Without these Chromium keeps dialling out on a closed network.
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run',
			'--disable-quic',
			// The tests load hundreds of pages one after another in a few tabs. By default each load
			// leaves the last page frozen in the back-forward cache and moves to a new renderer
			// process (a fresh browsing instance, a new document host, a spare process started for the
			// next one): 28 renderer processes for calculator.test.ts, 10 with one reused process per
			// site (the CPU saved, 2–18% of the browser tests, is within this machine's noise; see
			// docs/benchmarks.md). Going back still works: it loads the page again from the history.
			'--disable-features=BackForwardCache,ProactivelySwapBrowsingInstance,RenderDocument,SpareRendererForSitePerProcess',
			'--disable-back-forward-cache',
			'--process-per-site',
			// V8 without background threads: it compiles (TurboFan) and collects garbage on the thread
			// that runs the script. Every document compiles its scripts afresh, axe's 0.65 MB among them,
			// and the renderer's thread pool took as much CPU as its main thread while axe ran; on two
			// busy cores the concurrent work costs more than it saves. The browser tests alone, A/B/A/B
			// on the same build: 264 and 290 CPU-s with the threads, 251 and 241 without, the renderers
			// 146–158 against 127–130 (docs/benchmarks.md). What the tests check does not depend on it.
			'--js-flags=--single-threaded',
		],
	});
}

let shared: Promise<Browser> | undefined;

/**
 * Chromium for one test file. vitest runs a worker's files one after another and, with
 * `isolate: false`, keeps this module between them, so the files of a worker share one Chromium
 * instead of each starting its own (about a second of CPU, and cold caches, per file).
 * `release` closes the contexts the file opened; Chromium ends with the worker.
 */
export async function borrowBrowser(): Promise<{ browser: Browser; release(): Promise<void> }> {
	if (!shared || !(await shared).isConnected()) shared = launch();
	const browser = await shared;
	const before = new Set(browser.contexts());
	return {
		browser,
		async release() {
			for (const context of browser.contexts()) if (!before.has(context)) await context.close();
		},
	};
}

export const DESKTOP = { width: 1400, height: 900 };
export const PHONE = { width: 390, height: 844 };

/**
 * A page that records console errors, failed requests and requests to other origins, so each
 * test can assert none happened.
 */
export async function openPage(
	context: BrowserContext,
	origin: string,
): Promise<{ page: Page; problems: string[] }> {
	const page = await context.newPage();
	const problems: string[] = [];
	page.on('console', (msg) => {
		if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
	});
	page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
	page.on('request', (req) => {
		const url = new URL(req.url());
		if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== new URL(origin).origin) {
			problems.push(`outside request: ${req.url()}`);
		}
	});
	page.on('requestfailed', (req) => {
		// A request still in flight when the test navigates away is aborted by the browser, not failed.
		if (req.failure()?.errorText === 'net::ERR_ABORTED') return;
		problems.push(`failed request: ${req.url()} ${req.failure()?.errorText}`);
	});
	return { page, problems };
}

/**
 * One page that many tests of a file open in turn: each `open` loads a new document in it, with
 * the site's storage cleared (the reading mode a test chose, Starlight's theme), the colour
 * scheme it was made with, screen media and its list of problems emptied, so each test starts as a first
 * visit. A new context and page per test took about as long as the test itself, and so does a
 * detour through about:blank: leaving the site and coming back starts a new renderer process.
 * What stays is the HTTP cache, the history and what the context was made with (`setUp`: init
 * scripts, routes).
 */
export function reusedPage(
	browser: Browser,
	origin: string,
	options: BrowserContextOptions,
	/** Sets up the context once, before its page exists. */
	setUp: (context: BrowserContext) => Promise<unknown> = async () => {},
) {
	let made: Promise<{ context: BrowserContext; page: Page; problems: string[]; cdp: CDPSession }> | undefined;
	return {
		/**
		 * `watch` runs before the load, to listen to the page (listeners stay: a few per file) or
		 * route its requests (a test that routes undoes it).
		 */
		async open(url: string, watch?: (page: Page) => unknown): Promise<{ page: Page; problems: string[] }> {
			made ??= browser.newContext(options).then(async (context) => {
				await setUp(context);
				const opened = await openPage(context, origin);
				return { context, ...opened, cdp: await context.newCDPSession(opened.page) };
			});
			const { page, problems, cdp } = await made;
			await cdp.send('Storage.clearDataForOrigin', { origin: new URL(origin).origin, storageTypes: 'all' });
			// A test may have emulated the dark theme (tests/support/axe.ts) or print (reading.test.ts);
			// left as they were, the next test on this page would run in that theme or in print. They
			// are set again only then: setting them costs 15–20 ms of CPU on a large page even when
			// nothing changes, and asking costs 3 ms; most tests change nothing.
			const scheme = options.colorScheme ?? 'light';
			// (A page the last test left while it navigated cannot be asked: its media are set again.)
			const asMade =
				(scheme === 'light' || scheme === 'dark') &&
				(await page
					.evaluate((dark) => !matchMedia('print').matches && matchMedia('(prefers-color-scheme: dark)').matches === dark, scheme === 'dark')
					.catch(() => false));
			if (!asMade) await page.emulateMedia({ colorScheme: scheme, media: null });
			problems.length = 0;
			await watch?.(page);
			const withoutHash = (href: string) => href.replace(/#.*$/, '');
			const sameDocument = withoutHash(page.url()) === withoutHash(url) && url.includes('#');
			await page.goto(url);
			// Going to the same URL with only a #hash is a jump within the document, not a new one.
			if (sameDocument) await page.reload();
			return { page, problems };
		},
		async close(): Promise<void> {
			if (made) await (await made).context.close();
		},
	};
}

/**
 * Starlight's search dialog without its moving parts, for tests that read what the dialog says
 * and where its results lead, not how it looks: the caret does not blink (CSS `caret-animation:
 * manual`) and the backdrop is not blurred (`backdrop-filter: none`), in a style sheet constructed
 * in every document of the context (no element is added to the page). In software, every frame
 * the dialog draws (each blink of the caret in its focused input, each update of its results)
 * has Chromium's GPU process blur the whole viewport behind it: six searches cost it 7.8 CPU-s
 * with both, 4.2 with a steady caret, 0.4 with neither (docs/benchmarks.md); the blur took 16 of
 * the 46 CPU-s of search.test.ts. The accessibility suite keeps the dialog as readers see it.
 */
export async function stillSearchDialog(context: BrowserContext): Promise<void> {
	await context.addInitScript(() => {
		const sheet = new CSSStyleSheet();
		sheet.replaceSync('* { caret-animation: manual !important; } ::backdrop { backdrop-filter: none !important; }');
		document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
	});
}

/** Reused pages by context options: one per distinct set, made on first use. */
export function reusedPages(browser: Browser, origin: string) {
	const made = new Map<string, ReturnType<typeof reusedPage>>();
	return {
		for(options: BrowserContextOptions) {
			const key = JSON.stringify(options);
			if (!made.has(key)) made.set(key, reusedPage(browser, origin, options));
			return made.get(key)!;
		},
	};
}

/** Custom elements Starlight writes as markers for its inline sidebar script; nothing defines them. */
const MARKERS = ['sl-sidebar-state-persist', 'sl-sidebar-restore'];

/**
 * Opens a page and waits until it is ready to use: loaded, and every custom element on it (search,
 * theme and language pickers, table of contents, reading modes, calculator) upgraded by its
 * script. A specific condition rather than `networkidle`, which waits half a second after the
 * last request on every page.
 */
export async function gotoReady(page: Page, url: string): Promise<void> {
	await page.goto(url, { waitUntil: 'load' });
	await whenReady(page);
}

/**
 * Waits until every custom element on the loaded page is upgraded (see gotoReady), and the reading
 * aids, loaded after the first paint, listen on the aligned document (`data-aids`).
 */
export async function whenReady(page: Page): Promise<void> {
	await page.waitForFunction(
		(markers) =>
			[...document.querySelectorAll('*')].every(
				(el) => !el.localName.includes('-') || markers.includes(el.localName) || customElements.get(el.localName) !== undefined,
			) && [...document.querySelectorAll('aligned-doc')].every((doc) => doc.hasAttribute('data-aids')),
		MARKERS,
	);
}
