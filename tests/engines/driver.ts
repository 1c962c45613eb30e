/**
 * One small page API over the three engines, so one suite runs in each: Chromium (Debian's, over
 * the DevTools protocol) and Firefox ESR (Debian's, over WebDriver BiDi, which Firefox speaks
 * itself: no geckodriver, which neither Debian nor the npm registry ships without a download)
 * through puppeteer-core; WebKitGTK's MiniBrowser through WebKitWebDriver (classic WebDriver, from
 * Debian's webkit2gtk-driver) and selenium-webdriver, on a private Xvfb display. Playwright cannot
 * drive Debian's Firefox or WebKit.
 *
 * Every action goes through the driver as a reader's input would (pointer moves, clicks, keys,
 * choosing a file); `eval` only reads the page, or does what no input device can (focus by script,
 * as the Chromium tests do with `page.focus`). Every browser runs in UTC, whatever the machine's zone.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser as PuppeteerBrowser, type ElementHandle, type KeyInput, type Page as PuppeteerPage } from 'puppeteer-core';
import { Builder, Key, type WebDriver, type WebElement } from 'selenium-webdriver';
import { chromePath } from '../support/browser';

export type Engine = 'chromium' | 'firefox' | 'webkit';
export const ENGINES: readonly Engine[] = ['chromium', 'firefox', 'webkit'];

/** An element as a reader finds it: a CSS selector, and optionally text it contains. */
export interface Target {
	css: string;
	text?: string;
}
const target = (t: Target | string): Target => (typeof t === 'string' ? { css: t } : t);

/** The keys the flows press; `Control+…` holds Control (Starlight opens search on Ctrl+K on Linux). */
export type KeyName = 'Tab' | 'ArrowRight' | 'Escape' | 'Enter' | 'Backspace' | 'Control+k' | 'Control+v' | 'Control+a';

export interface EnginePage {
	engine: Engine;
	/** Where downloads land. */
	downloads: string;
	/** Console errors and uncaught errors the driver heard (none where it cannot listen: WebKit). */
	logged: string[];
	/** Loads `url` and waits until it has loaded and its custom elements are upgraded. */
	goto(url: string): Promise<void>;
	url(): Promise<string>;
	eval<T, A extends unknown[]>(fn: (...args: A) => T | Promise<T>, ...args: A): Promise<T>;
	click(t: Target | string): Promise<void>;
	hover(t: Target | string): Promise<void>;
	/** Moves the pointer off the content, to the page's top left corner. */
	hoverNothing(): Promise<void>;
	/** Replaces the text of a field by typing, as a reader selects what is there and types over it. */
	type(t: Target | string, text: string): Promise<void>;
	press(key: KeyName): Promise<void>;
	upload(t: Target | string, path: string): Promise<void>;
	/** The size of the page's viewport (the window made to fit it). */
	setViewport(width: number, height: number): Promise<void>;
	close(): Promise<void>;
}

/** Runs in the page: the element, or null. A string, so each driver sends the same code. */
export const FIND = `(css, text) => [...document.querySelectorAll(css)].find((el) => text == null || (el.textContent ?? '').includes(text)) ?? null`;

export async function launch(engine: Engine, downloads = mkdtempSync(join(tmpdir(), `engines-${engine}-`))): Promise<EnginePage> {
	return engine === 'webkit' ? launchWebKit(downloads) : launchPuppeteer(engine, downloads);
}

const PUPPETEER_KEYS: Record<KeyName, KeyInput[]> = {
	Tab: ['Tab'],
	ArrowRight: ['ArrowRight'],
	Escape: ['Escape'],
	Enter: ['Enter'],
	Backspace: ['Backspace'],
	'Control+k': ['Control', 'k'],
	'Control+v': ['Control', 'v'],
	'Control+a': ['Control', 'a'],
};

async function launchPuppeteer(engine: 'chromium' | 'firefox', downloads: string): Promise<EnginePage> {
	// In headless Firefox the page never has focus (document.hasFocus() is false), so it gets no
	// focus events, which the reading aids answer: Firefox runs in a window of its own on a
	// private X display instead, where a click gives the page the focus (see below).
	const xvfb = engine === 'firefox' ? await startXvfb() : undefined;
	const common = { headless: !xvfb, env: { ...process.env, TZ: 'UTC', ...(xvfb && { DISPLAY: xvfb.display }) }, downloadBehavior: { policy: 'allow' as const, downloadPath: downloads }, defaultViewport: { width: 1280, height: 900 } };
	const browser: PuppeteerBrowser =
		engine === 'chromium'
			? await puppeteer.launch({
					...common,
					executablePath: chromePath(),
					args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
				})
			: await puppeteer.launch({
					...common,
					browser: 'firefox',
					executablePath: firefoxPath(),
					extraPrefsFirefox: {
						// Downloads go to the test's folder, without asking.
						'browser.download.folderList': 2,
						'browser.download.dir': downloads,
						'browser.download.useDownloadDir': true,
						'browser.download.always_ask_before_handling_new_types': false,
					},
				});
	const page: PuppeteerPage = (await browser.pages())[0] ?? (await browser.newPage());
	if (xvfb) {
		// A new Firefox window has its address bar focused, and the driver's input goes to the page
		// without moving that focus: one real click into the page, as a reader's first, moves it there.
		await page.setViewport({ width: 1280, height: 900 });
		// Then the system's pointer goes off the page: Firefox would otherwise send the page hover
		// events for wherever it sits whenever the page scrolls under it, besides the driver's.
		execFileSync('xdotool', ['mousemove', '400', '400', 'click', '1', 'mousemove', '1599', '1199'], { env: { ...process.env, DISPLAY: xvfb.display } });
		if (!(await page.evaluate(() => document.hasFocus()))) throw new Error('firefox: the page did not get the focus');
	}
	const logged: string[] = [];
	page.on('console', (message) => message.type() === 'error' && logged.push(`console error: ${message.text()}`));
	page.on('pageerror', (error) => logged.push(`page error: ${error instanceof Error ? error.message : String(error)}`));
	const element = async (t: Target | string): Promise<ElementHandle<Element>> => {
		const { css, text } = target(t);
		const handle = await page.evaluateHandle(`(${FIND})(${JSON.stringify(css)}, ${JSON.stringify(text ?? null)})`);
		const el = handle.asElement() as ElementHandle<Element> | null;
		if (!el) throw new Error(`${engine}: no element ${css}${text ? ` with "${text}"` : ''} on ${page.url()}`);
		return el;
	};
	const press = async (key: KeyName) => {
		const keys = PUPPETEER_KEYS[key];
		for (const k of keys.slice(0, -1)) await page.keyboard.down(k);
		// Chromium carries out editing shortcuts only when told which command they are.
		const command = engine === 'chromium' ? { 'Control+v': ['paste'], 'Control+a': ['selectAll'] }[key as string] : undefined;
		await page.keyboard.press(keys.at(-1)!, command ? { commands: command } : undefined);
		for (const k of keys.slice(0, -1).reverse()) await page.keyboard.up(k);
	};
	return {
		engine,
		downloads,
		logged,
		async goto(url) {
			await page.goto(url, { waitUntil: 'load' });
			await ready((fn, ...args) => page.evaluate(fn as never, ...args) as never);
		},
		url: async () => page.url(),
		eval: (fn, ...args) => page.evaluate(fn as never, ...args) as never,
		click: async (t) => (await element(t)).click(),
		hover: async (t) => (await element(t)).hover(),
		hoverNothing: () => page.mouse.move(0, 0),
		async type(t, text) {
			const el = await element(t);
			await el.focus();
			await el.evaluate((input) => (input as HTMLInputElement).select());
			if (text === '') await press('Backspace');
			else await page.keyboard.type(text);
		},
		press,
		upload: async (t, path) => (await element(t) as ElementHandle<HTMLInputElement>).uploadFile(path),
		setViewport: (width, height) => page.setViewport({ width, height }),
		async close() {
			await browser.close();
			xvfb?.process.kill();
			rmSync(downloads, { recursive: true, force: true });
		},
	};
}

function firefoxPath(): string {
	return process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
}

const WEBKIT_KEYS: Record<KeyName, string[]> = {
	Tab: [Key.TAB],
	ArrowRight: [Key.ARROW_RIGHT],
	Escape: [Key.ESCAPE],
	Enter: [Key.ENTER],
	Backspace: [Key.BACK_SPACE],
	'Control+k': [Key.CONTROL, 'k'],
	'Control+v': [Key.CONTROL, 'v'],
	'Control+a': [Key.CONTROL, 'a'],
};

async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer().listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
		server.on('error', reject);
	});
}

/** Starts Xvfb on a display it picks itself (`-displayfd`), so runs side by side never collide. */
async function startXvfb(): Promise<{ display: string; process: ChildProcess }> {
	const xvfb = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1600x1200x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'pipe', 'ignore'] });
	const display = await new Promise<string>((resolve, reject) => {
		xvfb.on('error', (e) => reject(new Error(`Xvfb did not start (apt-get install -y xvfb): ${e.message}`)));
		xvfb.stdout!.once('data', (d: Buffer) => resolve(`:${d.toString().trim()}`));
	});
	return { display, process: xvfb };
}

async function waitForDriver(url: string, driver: ChildProcess): Promise<void> {
	for (let i = 0; i < 100; i++) {
		if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited with ${driver.exitCode}`);
		try {
			if ((await fetch(`${url}/status`)).ok) return;
		} catch {
			// Not listening yet.
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error('WebKitWebDriver did not answer in 10 s');
}

export const MINIBROWSER = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

async function launchWebKit(downloads: string): Promise<EnginePage> {
	const xvfb = await startXvfb();
	const port = await freePort();
	// MiniBrowser saves downloads in the user's download folder, which GLib reads from user-dirs.dirs.
	const config = mkdtempSync(join(tmpdir(), 'engines-webkit-config-'));
	writeFileSync(join(config, 'user-dirs.dirs'), `XDG_DOWNLOAD_DIR="${downloads}"\n`);
	const env = { ...process.env, TZ: 'UTC', DISPLAY: xvfb.display, XDG_CONFIG_HOME: config, NO_AT_BRIDGE: '1' };
	const service = spawn('WebKitWebDriver', [`--port=${port}`], { env, stdio: 'ignore' });
	service.on('error', () => {});
	const url = `http://127.0.0.1:${port}`;
	let driver: WebDriver;
	try {
		await waitForDriver(url, service);
		driver = await new Builder()
			.usingServer(url)
			.withCapabilities({ browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] } })
			.build();
	} catch (e) {
		service.kill();
		xvfb.process.kill();
		throw e;
	}
	await driver.manage().setTimeouts({ script: 30_000, pageLoad: 60_000 });
	const element = async (t: Target | string): Promise<WebElement> => {
		const { css, text } = target(t);
		const el = (await driver.executeScript(`return (${FIND})(arguments[0], arguments[1])`, css, text ?? null)) as WebElement | null;
		if (!el) throw new Error(`webkit: no element ${css}${text ? ` with "${text}"` : ''} on ${await driver.getCurrentUrl()}`);
		return el;
	};
	const evaluate = <T, A extends unknown[]>(fn: (...args: A) => T | Promise<T>, ...args: A): Promise<T> =>
		driver.executeScript(`return (${fn.toString()}).apply(null, arguments)`, ...args) as Promise<T>;
	const press = async (key: KeyName) => {
		const keys = WEBKIT_KEYS[key];
		let actions = driver.actions({ async: true });
		for (const k of keys.slice(0, -1)) actions = actions.keyDown(k);
		actions = actions.sendKeys(keys.at(-1)!);
		for (const k of keys.slice(0, -1).reverse()) actions = actions.keyUp(k);
		await actions.perform();
	};
	return {
		engine: 'webkit',
		downloads,
		logged: [],
		async goto(to) {
			await driver.get(to);
			await ready(evaluate);
		},
		url: () => driver.getCurrentUrl(),
		eval: evaluate,
		click: async (t) => (await element(t)).click(),
		async hover(t) {
			// A pointer move does not scroll (a click does): the reader scrolls the element into view first.
			const el = await element(t);
			await driver.executeScript("arguments[0].scrollIntoView({ block: 'center' })", el);
			await driver.actions({ async: true }).move({ origin: el }).perform();
		},
		hoverNothing: () => driver.actions({ async: true }).move({ x: 0, y: 0 }).perform(),
		async type(t, text) {
			const el = await element(t);
			await driver.executeScript('arguments[0].focus(); arguments[0].select()', el);
			await driver.actions({ async: true }).sendKeys(text === '' ? Key.BACK_SPACE : text).perform();
		},
		press,
		upload: async (t, path) => (await element(t)).sendKeys(path),
		async setViewport(width, height) {
			// The window holds the viewport and MiniBrowser's toolbar: grow it by the difference.
			await driver.manage().window().setRect({ width, height });
			const [w, h] = (await driver.executeScript('return [innerWidth, innerHeight]')) as [number, number];
			await driver.manage().window().setRect({ width: width + (width - w), height: height + (height - h) });
		},
		async close() {
			await driver.quit().catch(() => {});
			service.kill();
			xvfb.process.kill();
			rmSync(downloads, { recursive: true, force: true });
			rmSync(config, { recursive: true, force: true });
		},
	};
}

/** Custom elements Starlight writes as markers for its inline sidebar script; nothing defines them. */
const MARKERS = ['sl-sidebar-state-persist', 'sl-sidebar-restore'];

/** Waits until the page has loaded and every custom element on it is upgraded by its script. */
async function ready(evaluate: <T, A extends unknown[]>(fn: (...args: A) => T | Promise<T>, ...args: A) => Promise<T>): Promise<void> {
	const done = (markers: string[]) =>
		document.readyState === 'complete' &&
		[...document.querySelectorAll('*')].every((el) => !el.localName.includes('-') || markers.includes(el.localName) || customElements.get(el.localName) !== undefined);
	for (let i = 0; i < 200; i++) {
		if (await evaluate(done, MARKERS)) return;
		await new Promise((r) => setTimeout(r, 50));
	}
	throw new Error('the page did not get ready in 10 s');
}

/**
 * Polls `read` until `ok` holds for what it returns, and returns that; throws with the last value
 * after `timeout` ms. A read that throws is tried again: while a link is followed, the page being
 * left can vanish under a read.
 */
export async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string, timeout = 10_000): Promise<T> {
	const end = Date.now() + timeout;
	let last: T | undefined;
	let error: unknown;
	do {
		try {
			last = await read();
			error = undefined;
			if (ok(last)) return last;
		} catch (e) {
			error = e;
		}
		await new Promise((r) => setTimeout(r, 50));
	} while (Date.now() < end);
	throw new Error(`${what}: still ${error ? String(error) : JSON.stringify(last)} after ${timeout} ms`);
}
