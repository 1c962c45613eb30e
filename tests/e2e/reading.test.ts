/**
 * Reading the guideline and FAQ in a real browser: reading modes, their persistence without a
 * flash of the wrong layout, FAQ deep links. That every page loads with no console error, failed
 * or outside request is checked once, under the site's own headers, by the desktop accessibility
 * suite (tests/support/axe.ts) and, for the build under /kb/, by csp.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SOURCE_PAGES } from '../../src/lib/source-pages';
import type { Browser, Page } from 'playwright-core';
import { DESKTOP, PHONE, openPage } from '../support/browser';
import { serveAndLaunch, type Served } from '../support/e2e';
import { SITE_TITLES, siteTitleShown } from '../support/site-title';
import type { StaticSite } from '../support/server';

let site: StaticSite;
let browser: Browser;
let url: Served['url'];
let close: Served['close'] | undefined;
let reused: Served['reused'];

beforeAll(async () => {
	({ site, browser, url, close, reused } = await serveAndLaunch());
});
afterAll(() => close?.());

/** The desktop tests' one context (a context per test costs Chromium more than most tests), allowed the clipboard. */
const desktop = () => reused({ viewport: DESKTOP, permissions: ['clipboard-read', 'clipboard-write'] });

/** Where the two passages of the first paragraph pair sit, and which are shown. */
async function pairLayout(page: Page) {
	return page.$eval('.pair:not(h2)', (pair) => {
		const [first, second] = [...pair.querySelectorAll<HTMLElement>(':scope > .passage')];
		const box = (el: HTMLElement) => {
			const r = el.getBoundingClientRect();
			return { top: Math.round(r.top), left: Math.round(r.left), shown: r.height > 0 };
		};
		return { first: box(first), second: box(second), firstLang: first.lang, secondLang: second.lang };
	});
}

async function chooseMode(page: Page, label: string) {
	await page.getByRole('radio', { name: label }).check();
}

describe('reading modes', () => {
	it('lays pairs side by side on a wide screen and interleaves them when chosen', async () => {
		const { page, problems } = await desktop().open(url('/en/guideline/'));
		let layout = await pairLayout(page);
		expect(layout.firstLang).toBe('en');
		expect(layout.second.top).toBe(layout.first.top);
		expect(layout.second.left).toBeGreaterThan(layout.first.left);

		await chooseMode(page, 'Interleaved');
		layout = await pairLayout(page);
		expect(layout.second.top).toBeGreaterThan(layout.first.top);
		expect(layout.second.left).toBe(layout.first.left);

		await chooseMode(page, 'Chinese only');
		layout = await pairLayout(page);
		expect(layout.first.shown).toBe(false);
		expect(layout.second.shown).toBe(true);

		await chooseMode(page, 'English only');
		layout = await pairLayout(page);
		expect(layout.first.shown).toBe(true);
		expect(layout.second.shown).toBe(false);
		expect(problems).toEqual([]);
	});

	it('interleaves on a phone, the page language first', async () => {
		const { page } = await reused({ viewport: PHONE }).open(url('/guideline/'));
		const layout = await pairLayout(page);
		expect(layout.firstLang).toBe('zh-CN');
		expect(layout.second.top).toBeGreaterThan(layout.first.top);
	});

	it('keeps the choice after a reload and on another page, applied before the first paint', async () => {
		const context = await browser.newContext({ viewport: DESKTOP });
		// Records the mode at the moment the first pair is parsed: if the stored mode were applied
		// later (after paint), this would see no mode and the layout would flash.
		await context.addInitScript(() => {
			new MutationObserver((_, observer) => {
				if (document.querySelector('.pair')) {
					(window as any).__modeAtFirstPair = document.documentElement.dataset.readingMode ?? 'none';
					observer.disconnect();
				}
			}).observe(document, { childList: true, subtree: true });
		});
		const { page, problems } = await openPage(context, site.url);
		await page.goto(url('/guideline/'));
		expect(await page.evaluate(() => (window as any).__modeAtFirstPair)).toBe('none');
		await chooseMode(page, '中英交替');

		await page.reload();
		expect(await page.evaluate(() => (window as any).__modeAtFirstPair)).toBe('interleaved');
		expect(await page.getByRole('radio', { name: '中英交替' }).isChecked()).toBe(true);

		await page.goto(url('/en/faq/'));
		expect(await page.evaluate(() => (window as any).__modeAtFirstPair)).toBe('interleaved');
		expect(await page.getByRole('radio', { name: 'Interleaved' }).isChecked()).toBe(true);
		expect(problems).toEqual([]);
		await context.close();
	});

	it('is operable by keyboard alone', async () => {
		const { page } = await desktop().open(url('/en/guideline/'));
		await page.getByRole('radio', { name: 'Side by side' }).focus();
		await page.keyboard.press('ArrowRight');
		expect(await page.evaluate(() => document.documentElement.dataset.readingMode)).toBe('interleaved');
		await page.keyboard.press('ArrowRight');
		expect(await page.evaluate(() => document.documentElement.dataset.readingMode)).toBe('zh');
		const outline = await page.evaluate(() => {
			const label = document.activeElement!.closest('label')!;
			return getComputedStyle(label).outlineStyle;
		});
		expect(outline).not.toBe('none');
	});

	it('shows every passage without JavaScript', async () => {
		const context = await browser.newContext({ viewport: DESKTOP, javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(url('/guideline/'));
		const heights = await page.$$eval('.passage', (els) => els.map((el) => el.getBoundingClientRect().height));
		expect(heights.length).toBeGreaterThan(10);
		expect(heights.filter((h) => h === 0)).toEqual([]);
		// The control is in the page, but hidden: it cannot work without JavaScript.
		expect(await page.locator('reading-mode-control').count()).toBe(1);
		expect(await page.isVisible('reading-mode-control')).toBe(false);
		await context.close();
	});

	it('prints both languages interleaved, without navigation', async () => {
		const { page } = await desktop().open(url('/guideline/'));
		await chooseMode(page, '仅中文');
		const parts = ['header.header', '.sidebar-content', 'starlight-toc nav', 'reading-mode-control'];
		// Each part is on screen before printing, so "not visible" below is about print.
		const shown = (selector: string) => page.locator(selector).filter({ visible: true }).count();
		for (const selector of parts) expect(await shown(selector), selector).toBeGreaterThan(0);
		await page.emulateMedia({ media: 'print' });
		const layout = await pairLayout(page);
		expect(layout.first.shown && layout.second.shown).toBe(true);
		expect(layout.second.top).toBeGreaterThan(layout.first.top);
		for (const selector of parts) {
			expect(await shown(selector), selector).toBe(0);
		}
		// The next test that opens this page sees it on screen again, not in print.
		const next = await desktop().open(url('/guideline/'));
		expect(await next.page.evaluate(() => matchMedia('print').matches)).toBe(false);
	});
});

describe('the site title', () => {
	// Starlight keeps the title on one line and clips what does not fit: the English one read
	// "Cancellation Guide for Amazon Se" on a phone, and beside the narrowest desktop sidebar. The
	// pages with a menu button leave the title the least room. Each page is loaded once and the
	// window resized, as a reader turning a tablet would.
	it('is shown whole in both languages at 320, 390, 481 and 800 px', async () => {
		for (const path of ['/guideline/', '/en/guideline/']) {
			const { page } = await reused({ viewport: PHONE }).open(url(path));
			try {
				for (const width of [320, 390, 481, 800]) {
					await page.setViewportSize({ width, height: PHONE.height });
					expect(await page.evaluate(siteTitleShown), `${path} at ${width} px`).toEqual({ text: path.startsWith('/en/') ? SITE_TITLES.en : SITE_TITLES.zh, cut: false });
				}
			} finally {
				await page.setViewportSize(PHONE);
			}
		}
	});
});

describe('Chinese typography', () => {
	it('gives Chinese text about 1.7 line height, a CJK system font and no slanted emphasis', async () => {
		const { page } = await desktop().open(url('/en/guideline/'));
		const style = await page.$eval('.passage[lang="zh-CN"] p', (p) => {
			const cs = getComputedStyle(p);
			const em = document.createElement('em');
			p.append(em);
			return { ratio: parseFloat(cs.lineHeight) / parseFloat(cs.fontSize), font: cs.fontFamily, em: getComputedStyle(em).fontStyle };
		});
		expect(style.ratio).toBeGreaterThanOrEqual(1.65);
		expect(style.ratio).toBeLessThanOrEqual(1.85);
		expect(style.font).toMatch(/Noto Sans CJK SC|PingFang SC|Microsoft YaHei/);
		expect(style.em).toBe('normal');
		const resources = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name));
		// The list holds the page's stylesheets, so an empty list would prove nothing.
		expect(resources.some((r) => /\.css$/.test(r))).toBe(true);
		expect(resources.filter((r) => /\.(woff2?|ttf|otf)$/.test(r))).toEqual([]);
	});

	it('sets English in the same font on a Chinese page as on an English one, Chinese in the CJK font on both', async () => {
		const fonts = async (path: string) => {
			const { page } = await desktop().open(url(path));
			return page.evaluate(() => {
				const font = (selector: string) => getComputedStyle(document.querySelector(selector)!).fontFamily;
				// An English name inside a Chinese sentence, too (the guideline names Amazon's pages in English).
				return { en: font('.passage[lang="en"] p'), zh: font('.passage[lang="zh-CN"] p'), enInZh: font('.passage[lang="zh-CN"] [lang="en"]') };
			});
		};
		const [onZh, onEn] = [await fonts('/cancellation-rate/'), await fonts('/en/cancellation-rate/')];
		expect(onZh.en).toBe(onEn.en);
		expect(onZh.en).not.toMatch(/PingFang SC|Noto Sans CJK/);
		expect(onZh.enInZh).toBe(onEn.en);
		expect(onZh.zh).toBe(onEn.zh);
		expect(onZh.zh).toMatch(/^"?PingFang SC/);
	});
});

describe('passage links', () => {
	it('copies the full link to a passage', async () => {
		const { page } = await desktop().open(url('/en/guideline/'));
		await page.locator('a.copy-link[href="#check-prices-zh"]').click();
		// The status says the clipboard is written; read before that, it may hold an earlier test's copy.
		await expect.poll(() => page.textContent('[data-copy-status]')).toBe('Link copied');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url('/en/guideline/') + '#check-prices-zh');
	});
});

describe('FAQ', () => {
	it.each(['/faq/', '/en/faq/'])('%s: a link to a question opens it', async (path) => {
		const { page } = await reused({ viewport: PHONE }).open(url(path) + '#rate-above-average');
		await expect.poll(() => page.$eval('#rate-above-average', (d) => (d as HTMLDetailsElement).open)).toBe(true);
		expect(await page.$eval('#lower-rate-raise-satisfaction', (d) => (d as HTMLDetailsElement).open)).toBe(false);
		// Following an in-page link to another question opens that one too.
		await page.evaluate(() => (location.hash = '#lower-rate-raise-satisfaction-en'));
		await expect.poll(() => page.$eval('#lower-rate-raise-satisfaction', (d) => (d as HTMLDetailsElement).open)).toBe(true);
	});
});

describe('whose words', () => {
	it.each([
		['/faq/', '文章作者', '本站翻译'],
		['/en/faq/', "Article's author", "This site's translation"],
	])("%s: a link to a question shows, in the page's language, that the answers are the author's and this site's translation", async (path, author, translation) => {
		const { page } = await reused({ viewport: PHONE }).open(url(path) + '#rate-above-average');
		const zh = page.locator('#rate-above-average-zh > .provenance');
		const en = page.locator('#rate-above-average-en > .provenance');
		await expect.poll(() => zh.isVisible()).toBe(true);
		expect(await zh.innerText()).toContain(author);
		expect(await zh.innerText()).toContain('暖三岁');
		expect(await en.isVisible()).toBe(true);
		expect(await en.innerText()).toBe(translation);
		// Closed questions hide their labels with their answers: the selector finds those too.
		expect(await page.locator('#lower-rate-raise-satisfaction-en > .provenance').count()).toBe(1);
		expect(await page.locator('#lower-rate-raise-satisfaction-en > .provenance').isVisible()).toBe(false);
	});

	it.each(['/guideline/', '/en/faq/'])('%s: side by side, each label is a small tag on one line above its text, not a box the size of the buttons beside it', async (path) => {
		const { page } = await reused({ viewport: { width: 1280, height: 900 } }).open(url(path));
		const labels = page.locator('.pair > .passage > .provenance');
		await expect.poll(() => labels.count()).toBeGreaterThan(3);
		const boxes = await labels.evaluateAll((all) =>
			all
				.filter((el) => (el as HTMLElement).offsetParent !== null)
				.map((el) => {
					const label = el.getBoundingClientRect();
					const words = document.createRange();
					words.selectNodeContents(el);
					const style = getComputedStyle(el);
					return { height: label.height, lineHeight: parseFloat(style.lineHeight), width: label.width, words: words.getBoundingClientRect().width, em: parseFloat(style.fontSize) };
				}),
		);
		expect(boxes.length).toBeGreaterThan(3);
		for (const box of boxes) {
			expect(box.height).toBeLessThan(box.lineHeight * 1.6);
			// As wide as its words and padding, not stretched across the column.
			expect(box.width).toBeLessThan(box.words + 2 * box.em);
		}
	});

	it("opens Amazon's own words behind a rule from the keyboard, as an English quotation with its source", async () => {
		const { page } = await desktop().open(url('/cancellation-rate/') + '#exactly-on-target-zh');
		const passage = page.locator('#exactly-on-target-zh');
		expect(await passage.locator('> .provenance').innerText()).toBe('本站解读');
		const quote = passage.locator('.evidence blockquote');
		expect(await quote.count()).toBe(1);
		expect(await quote.isVisible()).toBe(false);
		await passage.locator('.evidence summary').focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => quote.isVisible()).toBe(true);
		expect(await quote.getAttribute('lang')).toBe('en');
		expect(await quote.innerText()).toContain('under 2.5%');
		// The address of the page it was read on (Canada's help 200285210), shown as the caption's link too.
		expect(await quote.getAttribute('cite')).toBe(SOURCE_PAGES['cr-help.ca'].url);
		expect(await passage.locator('.evidence figcaption a').getAttribute('href')).toBe(SOURCE_PAGES['cr-help.ca'].url);
	});
});
