/**
 * Reading in two languages at once, in Chromium: sentence pairs light up together on hover, tap
 * and focus; term hints open on focus and close with Escape; "copy both languages" puts both
 * texts and the link on the clipboard; side-by-side headings fit a half column; axe finds nothing
 * with a hint open, in both themes; without JavaScript terms are plain links.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { alignedSentences } from '../support/aligned-sentences';
import { bothThemes } from '../support/axe';
import { DESKTOP, PHONE, whenReady } from '../support/browser';
import { serveAndLaunch, type Served } from '../support/e2e';

let browser: Browser;
let url: Served['url'];
let close: Served['close'] | undefined;
let reused: Served['reused'];

beforeAll(async () => {
	({ browser, url, close, reused } = await serveAndLaunch());
});
afterAll(() => close?.());

const lit = (page: Page) =>
	page.$$eval('.lit', (els) => els.map((el) => `${el.closest('.passage')!.id}:${el.getAttribute('data-s')}`).sort());

/**
 * What a reader sees lit: each lit sentence's passage and text, and whether it stands out from the
 * text around it (another background than an unlit sentence's). The texts are compared with the
 * aligned data's pairing, not with the ids the page gave its sentences.
 */
const seenLit = (page: Page) =>
	page.evaluate(() => {
		const unlit = getComputedStyle(document.querySelector('[data-s]:not(.lit)')!).backgroundColor;
		return [...document.querySelectorAll('[data-s].lit')]
			.map((el) => {
				const background = getComputedStyle(el).backgroundColor;
				return { passage: el.closest('.passage')!.id, text: el.textContent!.trim(), standsOut: background !== unlit && !/^(transparent|rgba\(0, 0, 0, 0\))$/.test(background) };
			})
			.sort((a, b) => a.passage.localeCompare(b.passage));
	});
const pairSeen = (id: string, { zh, en }: { zh: string; en: string }) => [
	{ passage: `${id}-en`, text: en, standsOut: true },
	{ passage: `${id}-zh`, text: zh, standsOut: true },
];

const WIDTHS = [
	['desktop', DESKTOP],
	['phone', PHONE],
] as const;

/**
 * One context per width for the tests at that width, the clipboard and axe's included: a context
 * of its own per test cost Chromium more than the test. Allowed to use the clipboard, in the light
 * theme without motion, as the axe checks want (the others do not depend on either).
 */
const atWidth = (viewport: { width: number; height: number }) =>
	reused({ viewport, permissions: ['clipboard-read', 'clipboard-write'], colorScheme: 'light', reducedMotion: 'reduce' });
const LOCALES = [
	['/guideline/', 'zh-CN'],
	['/en/guideline/', 'en'],
] as const;

describe.each(WIDTHS.flatMap(([name, viewport]) => LOCALES.map(([path, lang]) => [path, name, viewport, lang] as const)))(
	'%s, %s',
	(path, _name, viewport) => {
		it('lights a sentence and its counterpart on hover, and on keyboard focus, moving with the arrow keys', async () => {
			const { page, problems } = await atWidth(viewport).open(url(path));
			expect(await lit(page)).toEqual([]);
			await page.hover('#cancel-early-zh [data-s="2"]');
			expect(await lit(page)).toEqual(['cancel-early-en:2', 'cancel-early-zh:2']);
			expect(await seenLit(page)).toEqual(pairSeen('cancel-early', alignedSentences('guideline', 'cancel-early')[1]!));
			await page.hover('#check-prices-en [data-s="3"]');
			expect(await lit(page)).toEqual(['check-prices-en:3', 'check-prices-zh:3']);
			expect(await seenLit(page)).toEqual(pairSeen('check-prices', alignedSentences('guideline', 'check-prices')[2]!));
			// From the English side, the first sentence: its own translation, not the last one's.
			await page.hover('#check-prices-en [data-s="1"]');
			expect(await seenLit(page)).toEqual(pairSeen('check-prices', alignedSentences('guideline', 'check-prices')[0]!));

			// One tab stop per passage: its first sentence; the others are reached with the arrows.
			const tabbable = await page.$$eval('#cancel-only-on-buyer-request-en [data-s]', (els) => els.map((el) => (el as HTMLElement).tabIndex));
			expect(tabbable).toEqual([0, -1, -1, -1]);
			await page.mouse.move(0, 0);
			await page.focus('#cancel-only-on-buyer-request-en [data-s="1"]');
			expect(await lit(page)).toEqual(['cancel-only-on-buyer-request-en:1', 'cancel-only-on-buyer-request-zh:1']);
			await page.keyboard.press('ArrowRight');
			await page.keyboard.press('ArrowRight');
			expect(await page.evaluate(() => document.activeElement?.getAttribute('data-s'))).toBe('3');
			expect(await lit(page)).toEqual(['cancel-only-on-buyer-request-en:3', 'cancel-only-on-buyer-request-zh:3']);
			expect(await seenLit(page)).toEqual(pairSeen('cancel-only-on-buyer-request', alignedSentences('guideline', 'cancel-only-on-buyer-request')[2]!));
			const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
			expect(outline).not.toBe('none');
			// Tab leaves the passage (after the term links inside it): no trap.
			const inPassage = () => page.evaluate(() => Boolean(document.activeElement?.closest('#cancel-only-on-buyer-request-en')));
			for (let i = 0; i < 5 && (await inPassage()); i++) await page.keyboard.press('Tab');
			expect(await inPassage()).toBe(false);
			expect(problems).toEqual([]);
		});

		it('opens a term hint on focus with the other language’s term, and closes it with Escape', async () => {
			const { page } = await atWidth(viewport).open(url(path));
			const term = page.locator('#buy-box-stock-en a.term', { hasText: 'Buy Box' });
			const hint = page.locator('#term-hint');
			// Before it first shows, its link already leads somewhere: the glossary in the page's language.
			expect(await hint.locator('a').getAttribute('href')).toBe(path.replace('guideline/', 'glossary/'));
			await term.focus();
			await expect.poll(() => hint.isVisible()).toBe(true);
			expect(await hint.locator('strong').textContent()).toBe('购买按钮');
			expect(await hint.locator('strong').getAttribute('lang')).toBe('zh-CN');
			// The definition, from the locale's file of hints, in the page's language.
			expect(await hint.locator('span').first().getAttribute('lang')).toBe(path.startsWith('/en/') ? 'en' : 'zh-CN');
			expect(await hint.locator('span').first().textContent()).toMatch(path.startsWith("/en/") ? /^The box on a product detail page/ : /^商品详情页上/);
			expect(await term.getAttribute('aria-describedby')).toBe('term-hint');
			expect(await hint.getAttribute('role')).toBe('tooltip');
			// Right under the term, within the screen.
			const [t, h] = [await term.boundingBox(), await hint.boundingBox()];
			expect(h!.y - (t!.y + t!.height)).toBeGreaterThanOrEqual(0);
			expect(h!.y - (t!.y + t!.height)).toBeLessThan(12);
			expect(h!.x).toBeGreaterThanOrEqual(0);
			expect(h!.x + h!.width).toBeLessThanOrEqual(viewport.width);
			expect(await hint.locator('a').getAttribute('href')).toMatch(/glossary\/#buy-box$/);
			await page.keyboard.press('Escape');
			expect(await hint.isVisible()).toBe(false);
			expect(await term.getAttribute('aria-describedby')).toBeNull();
			// And the other way: a Chinese term shows its English name.
			await page.locator('#buy-box-stock-zh a.term', { hasText: '购买按钮' }).focus();
			await expect.poll(() => hint.locator('strong').textContent()).toBe('Buy Box');
		});

		it('copies both languages and the passage link to the clipboard', async () => {
			const { page } = await atWidth(viewport).open(url(path));
			await page.locator('#check-prices-zh button.copy-both').click();
			// The clipboard is written asynchronously; the status says when it is done. Read before
			// that, it may still hold what an earlier test copied.
			const status = path.startsWith('/en/') ? 'Both languages and the link copied' : '已复制中英文及链接';
			await expect.poll(() => page.textContent('[data-copy-status]')).toBe(status);
			const copied = await page.evaluate(() => navigator.clipboard.readText());
			expect(copied).toContain('反复检查提交的商品价格。商品价格错误会导致订单取消量增多。');
			expect(copied).toContain('Check and re-check price submissions. Price errors can lead to increased order cancellations.');
			expect(copied).toContain(url(path) + '#check-prices-zh');
			// Only the passages' text: no button labels, no hint text.
			expect(copied).not.toMatch(/复制|Copy/);
			const html = await page.evaluate(async () => {
				const [item] = await navigator.clipboard.read();
				return (await item.getType('text/html')).text();
			});
			expect(html).toMatch(/<blockquote lang="zh-CN">反复检查/);
			expect(html).toMatch(/<blockquote lang="en">Check and re-check/);
		});
	},
);

describe('on a touch screen', () => {
	it('shows a term’s hint on the first tap and follows its link on the second', async () => {
		const { page } = await reused({ viewport: PHONE, hasTouch: true, isMobile: true }).open(url('/guideline/'));
		const term = page.locator('#buy-box-stock-zh a.term', { hasText: '购买按钮' });
		await term.tap();
		await expect.poll(() => page.locator('#term-hint').isVisible()).toBe(true);
		expect(new URL(page.url()).pathname).toBe('/guideline/');
		await term.tap();
		await page.waitForURL(/\/glossary\/#buy-box$/);
	});

	it('lights a sentence pair on tap', async () => {
		const { page } = await reused({ viewport: PHONE, hasTouch: true, isMobile: true }).open(url('/en/faq/#rate-above-average'));
		await page.locator('#rate-above-average-zh [data-s="2"]').tap();
		expect(await lit(page)).toEqual(['rate-above-average-en:2', 'rate-above-average-zh:2']);
	});
});

describe('side-by-side layout at 1280 px', () => {
	it.each(['/faq/', '/en/faq/', '/guideline/', '/en/guideline/', '/cancellation-rate/', '/en/related-metrics/'])(
		'%s: no heading is taller than four lines, and a pair’s first lines align',
		async (path) => {
			const { page } = await reused({ viewport: { width: 1280, height: 900 } }).open(url(path));
			const headings = await page.$$eval('.pair-heading :is(h2, h3) .passage', (els) =>
				els.map((el) => {
					const cs = getComputedStyle(el);
					return { text: el.textContent, lines: el.getBoundingClientRect().height / parseFloat(cs.lineHeight), left: el.getBoundingClientRect().left };
				}),
			);
			expect(headings.length).toBeGreaterThan(1);
			// Side by side: the two languages of a heading sit in two columns.
			expect(new Set(headings.map((h) => Math.round(h.left))).size).toBeGreaterThan(1);
			for (const h of headings) expect(h.lines, h.text ?? '').toBeLessThanOrEqual(4.05);
			const tops = await page.$$eval('.pair-heading .pair', (pairs) =>
				pairs.map((pair) => [...pair.querySelectorAll(':scope > .passage')].map((p) => Math.round(p.getBoundingClientRect().top))),
			);
			for (const [a, b] of tops) expect(a).toBe(b);
			// clreq basics on Chinese text: strict line breaking (no line-initial closing marks), ~1.7 leading.
			const zh = await page.$eval('div.passage[lang="zh-CN"] p', (p) => {
				const cs = getComputedStyle(p);
				return { lineBreak: cs.lineBreak, leading: parseFloat(cs.lineHeight) / parseFloat(cs.fontSize) };
			});
			expect(zh.lineBreak).toBe('strict');
			expect(zh.leading).toBeGreaterThanOrEqual(1.65);
		},
	);
});

describe('without JavaScript', () => {
	it('keeps terms as plain links to the glossary entry and hides what needs a script', async () => {
		const context = await browser.newContext({ viewport: DESKTOP, javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(url('/en/guideline/'));
		expect(await page.locator('#check-prices-en button.copy-both').count()).toBe(1);
		expect(await page.locator('#check-prices-en button.copy-both').isVisible()).toBe(false);
		expect(await page.locator('#check-prices-en a.copy-link').isVisible()).toBe(true);
		await page.locator('#buy-box-stock-en a.term', { hasText: 'Buy Box' }).click();
		await page.waitForURL(/\/en\/glossary\/#buy-box$/);
		expect(await page.locator('#buy-box').isVisible()).toBe(true);
		await context.close();
	});
});

describe('when the aids’ code did not arrive', () => {
	// One page of each loader that brings the aids (src/components/after-paint/).
	it.each([
		['/en/guideline/', '#check-prices-en'],
		['/faq/', '.passage'],
	])('%s hides the copy-both button, which would do nothing, and keeps the rest', async (path, passageCss) => {
		const context = await browser.newContext({ viewport: DESKTOP });
		try {
			const page = await context.newPage();
			const errors: string[] = [];
			page.on('pageerror', (e) => errors.push(e.message));
			await page.route(/\/_astro\/aids\.[^/]+\.js$/, (route) => route.abort());
			await page.goto(url(path));
			await page.waitForFunction(() => document.documentElement.hasAttribute('data-aids-missing'));
			const passage = page.locator(passageCss).first();
			expect(await passage.locator('button.copy-both').isVisible()).toBe(false);
			expect(await passage.locator('a.copy-link').isVisible()).toBe(true);
			expect(errors, 'uncaught errors').toEqual([]);
		} finally {
			await context.close();
		}
	});
});

// Every rule in the light theme, then the colour rules in the dark one, with the hint still open.
describe('accessibility', () => {
	it.each([
		['/guideline/', DESKTOP],
		['/en/faq/', PHONE],
	] as const)('%s has no axe violations with a term hint open and a sentence pair lit, in either theme', async (path, viewport) => {
		const { page } = await atWidth(viewport).open(url(path + (path.includes('faq') ? '#lower-rate-raise-satisfaction' : '')));
		await whenReady(page);
		const passage = path.includes('faq') ? '#lower-rate-raise-satisfaction-en' : '#check-prices-en';
		await page.hover(`${passage} [data-s="1"]`);
		await page.locator(`${passage} a.term`).first().focus();
		await expect.poll(() => page.locator('#term-hint').isVisible()).toBe(true);
		expect((await lit(page)).length).toBe(2);
		expect(await bothThemes(page)).toEqual({ light: [], dark: [] });
		// Switching the theme left the hint and the lit pair as they were.
		expect(await page.locator('#term-hint').isVisible()).toBe(true);
		expect((await lit(page)).length).toBe(2);
	});
});
