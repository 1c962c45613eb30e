/**
 * Searching in a real browser: Starlight's dialog opened with Ctrl+K, questions typed as sellers
 * ask them, results followed to their passage on the reader's own locale page with the words
 * highlighted there, and the honest answers when nothing or only part matches.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DESKTOP, PHONE, borrowBrowser, openPage, reusedPage, stillSearchDialog } from '../support/browser';
import { serve, type StaticSite } from '../support/server';
import { DIST_KB } from '../support/site';
import { QUESTIONS, opens } from '../build/search-questions';

let site: StaticSite;
let kb: StaticSite;
let browser: Browser;
let release: (() => Promise<void>) | undefined;
/** Most tests need nothing but a desktop page: one reused page (see reusedPage). */
let desktop: ReturnType<typeof reusedPage>;

beforeAll(async () => {
	site = await serve();
	kb = await serve(DIST_KB, '/kb/');
	({ browser, release } = await borrowBrowser());
	// Every context here shows the search dialog without its moving parts: see stillSearchDialog.
	desktop = reusedPage(browser, site.url, { viewport: DESKTOP }, stillSearchDialog);
});
afterAll(async () => {
	await desktop?.close();
	await release?.();
	await site?.close();
	await kb?.close();
});

const DIALOG = 'dialog[open] #starlight__search';

/** Starlight builds the search form once the page is idle; the dialog focuses it on opening. */
async function uiReady(page: Page) {
	await page.waitForSelector('#starlight__search .pagefind-ui__search-input', { state: 'attached' });
}

/**
 * Opens the dialog with the shortcut and enters a query in one input event (as a paste or an IME
 * commit gives), then waits for the message about this query, not an earlier one.
 */
async function search(page: Page, query: string, shown = query.trim()) {
	await uiReady(page);
	if (!(await page.isVisible('dialog[open]'))) await page.keyboard.press('Control+k');
	await page.waitForSelector(`${DIALOG} .pagefind-ui__search-input`);
	expect(await page.evaluate(() => document.activeElement?.classList.contains('pagefind-ui__search-input'))).toBe(true);
	await page.locator(`${DIALOG} .pagefind-ui__search-input`).fill(query);
	await expect.poll(() => page.locator(`${DIALOG} .pagefind-ui__message`).textContent(), { timeout: 15_000 }).toContain(shown);
	return page.locator(`${DIALOG} a.pagefind-ui__result-link`);
}

async function hrefs(page: Page): Promise<string[]> {
	return page.locator(`${DIALOG} a.pagefind-ui__result-link`).evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

const withoutQuery = (href: string) => href.replace(/\?[^#]*/, '');

/** Follows the result that links to `#id` and waits for the page to mark the terms. */
async function follow(page: Page, id: string) {
	const link = page.locator(`${DIALOG} a.pagefind-ui__result-link[href$="#${id}"]`).first();
	await link.waitFor();
	await Promise.all([page.waitForURL(`**#${id}`), link.click()]);
	// Attached, not visible: terms can also be marked in questions that stay closed.
	await page.waitForSelector('mark.pagefind-highlight', { state: 'attached' });
}

/** What was marked in a passage, and whether the target is on screen. */
async function landing(page: Page, id: string, markedIn = id) {
	return page.evaluate(
		([target, marked]) => {
			const el = document.getElementById(target)!;
			const box = el.getBoundingClientRect();
			const marks = [...document.querySelectorAll('mark.pagefind-highlight')];
			return {
				marked: marks.filter((m) => document.getElementById(marked)!.contains(m)).map((m) => m.textContent),
				inChrome: marks.filter((m) => m.closest('.copy-link, reading-mode-control, [data-pagefind-ignore]:not([lang])')).length,
				onScreen: box.height > 0 && box.top >= 0 && box.top < innerHeight,
				open: el instanceof HTMLDetailsElement ? el.open : null,
			};
		},
		[id, markedIn],
	);
}

describe('the search button', () => {
	// Starlight shows the shortcut keys while the page is parsed; the name must say what is shown
	// (WCAG 2.5.3) without waiting for the search form, which is built once the page is idle: here
	// the form's script is kept from loading at all.
	it.each([
		['/', '搜索 Ctrl K'],
		['/en/faq/', 'Search Ctrl K'],
	])('on %s is named after what it shows, keys included, before the search form exists', async (path, name) => {
		const searchForm = /\/_astro\/search-ui\.[^/]+\.js$/;
		const { page, problems } = await desktop.open(site.url + path.slice(1), (page) => page.route(searchForm, (route) => route.abort()));
		const button = page.locator('site-search button[data-open-modal]');
		const input = page.locator('#starlight__search .pagefind-ui__search-input');
		try {
			expect(await button.evaluate((b) => b.textContent?.replace(/\s+/g, ' ').trim())).toBe(name);
			expect(await button.getAttribute('aria-label')).toBe(name);
			expect(await input.count()).toBe(0);
		} finally {
			// The page is the next test's too.
			await page.unroute(searchForm);
		}
		// With the form loaded, the name stays the same, and the form (the selector above) is there.
		problems.length = 0;
		await page.reload();
		await uiReady(page);
		expect(await input.count()).toBe(1);
		expect(await button.getAttribute('aria-label')).toBe(name);
		expect(problems).toEqual([]);
	});
});

describe('a sample of the sellers’ questions, through the real dialog', () => {
	const SAMPLE = [
		['/', '订单被取消了会影响什么'],
		['/', '买家要求取消订单会影响取消率吗'],
		['/', 'how do I avoid stock-outs'],
		['/', 'ＬＳＲ是多少？'],
		['/en/', 'LSR 是多少'],
		['/en/', 'VTR target'],
		['/en/', 'Buy Box'],
		['/en/', '取消率太高会封号吗'],
		['/en/', 'FBA 取消率'],
	] as const;

	/**
	 * The questions of one page are asked one after the other in its open dialog, as a seller
	 * would: the page (and Pagefind's index) loads once per locale, not once per question.
	 */
	let asking: { path: string; page: Page; problems: string[] } | undefined;
	async function pageFor(path: string) {
		if (asking?.path !== path) asking = { path, ...(await desktop.open(`${site.url}${path.slice(1)}`)) };
		else asking.problems.length = 0;
		return asking;
	}

	it.each(SAMPLE)('from %s, "%s" lists an answering passage among the first three, on the reader’s locale', async (path, q) => {
		const ui = path === '/en/' ? 'en' : 'zh';
		const { answers } = QUESTIONS.find((x) => x.q === q)!;
		const { page, problems } = await pageFor(path);
		await search(page, q);
		const top = (await hrefs(page)).slice(0, 3).map(withoutQuery);
		expect(top.length).toBeGreaterThan(0);
		expect({ q, top, answered: top.some((url) => answers.some((a) => opens(url, a, ui))) }).toMatchObject({ answered: true });
		for (const href of await hrefs(page)) expect(ui === 'en' ? href.startsWith('/en/') : !href.startsWith('/en/')).toBe(true);
		const titles = await page.locator(`${DIALOG} a.pagefind-ui__result-link`).allTextContents();
		for (const title of titles) expect(title).not.toMatch(/\{\{|\}\}/);
		if (ui === 'en') for (const title of titles) expect(title).not.toMatch(/\p{Script=Han}/u);
		expect(problems).toEqual([]);
	});
});

describe('from an English page, Chinese words', () => {
	it('open the English twin of the Chinese passage, say where they matched, and highlight it', async () => {
		const { page, problems } = await desktop.open(`${site.url}en/guideline/`);
		await search(page, '反复检查');
		const result = page.locator(`${DIALOG} .pagefind-ui__result`, { has: page.locator('a[href$="#check-prices-en"]') });
		expect((await result.locator('.pagefind-ui__result-link').textContent())?.trim()).toBe('Check and re-check price submissions.');
		expect((await result.locator('.pagefind-ui__result-tag').allTextContents()).map((t) => t.trim())).toContain('Language: Chinese');
		expect(await result.locator('.pagefind-ui__result-excerpt').getAttribute('lang')).toBe('zh-CN');

		await follow(page, 'check-prices-en');
		expect(new URL(page.url()).pathname).toBe('/en/guideline/');
		const at = await landing(page, 'check-prices-en', 'check-prices-zh');
		expect(at.marked).toEqual(['反复检查']);
		expect(at.inChrome).toBe(0);
		expect(at.onScreen).toBe(true);
		expect(problems).toEqual([]);
	});

	it('show the passage found even when the reader reads English only', async () => {
		const { page, problems } = await desktop.open(`${site.url}en/guideline/`);
		// As the reading-mode picker stores it; the page applies it as it loads.
		await page.evaluate(() => localStorage.setItem('kb:reading-mode', 'en'));
		await page.reload();
		expect(await page.isVisible('#update-inventory-en')).toBe(true);
		expect(await page.isVisible('#update-inventory-zh')).toBe(false);
		await search(page, '断货');
		await follow(page, 'update-inventory-en');
		// 断货 is another name for 缺货 (the glossary's alias): the page marks the guideline's word.
		await expect.poll(() => landing(page, 'update-inventory-en', 'update-inventory-zh')).toMatchObject({ marked: ['缺货'], onScreen: true });
		expect(await page.isVisible('#update-inventory-zh')).toBe(true);
		// Passages without the terms stay as the reader chose.
		expect(await page.isVisible('#check-prices-zh')).toBe(false);
		expect(problems).toEqual([]);
	});
});

describe('from a Chinese page, an English query', () => {
	it('finds the FAQ question, opens it on the Chinese page with the terms highlighted', async () => {
		const { page, problems } = await desktop.open(`${site.url}guideline/`);
		await search(page, 'reputation');
		// The dialog speaks the page's language.
		expect(await page.locator(`${DIALOG} .pagefind-ui__message`).textContent()).toMatch(/^找到 \d+ 条与“reputation”相关的结果$/);
		expect(await page.getAttribute(`${DIALOG} .pagefind-ui__search-input`, 'placeholder')).toBe('搜索');

		const result = page.locator(`${DIALOG} .pagefind-ui__result`, { has: page.locator('a[href$="#why-cancellation-rate-affects-performance"]') });
		expect((await result.locator('.pagefind-ui__result-link').textContent())?.trim()).toBe('订单取消率为何会影响亚马逊卖家的绩效？');
		expect((await result.locator('.pagefind-ui__result-tag').allTextContents()).map((t) => t.trim())).toContain('语言: 英文');
		expect(await result.locator('.pagefind-ui__result-excerpt').getAttribute('lang')).toBe('en');

		await follow(page, 'why-cancellation-rate-affects-performance');
		expect(new URL(page.url()).pathname).toBe('/faq/');
		const at = await landing(page, 'why-cancellation-rate-affects-performance');
		expect(at.open).toBe(true);
		expect(at.marked).toEqual(['reputation']);
		expect(at.onScreen).toBe(true);
		expect(problems).toEqual([]);
	});

	it('finds a passage in the page’s own language without a language tag', async () => {
		const { page } = await desktop.open(`${site.url}guideline/`);
		await search(page, '购买按钮');
		const result = page.locator(`${DIALOG} .pagefind-ui__result`, { has: page.locator('a[href$="#buy-box-stock-zh"]') });
		expect(await result.count()).toBe(1);
		// toContain compares with ===, so a negated asymmetric matcher inside it could never fail.
		const tags = await result.locator('.pagefind-ui__result-tag').allTextContents();
		expect(tags.filter((t) => t.includes('语言'))).toEqual([]);
		expect(await result.locator('.pagefind-ui__result-excerpt').getAttribute('lang')).toBeNull();
		await follow(page, 'buy-box-stock-zh');
		expect((await landing(page, 'buy-box-stock-zh')).marked).toEqual(['购买按钮']);
	});
});

describe('honest answers', () => {
	it('say when no passage holds every word, show those holding some, and point to the FAQ and the glossary', async () => {
		const { page, problems } = await desktop.open(`${site.url}en/faq/`);
		await search(page, 'Buy Box banana');
		expect(await page.locator(`${DIALOG} .pagefind-ui__message`).textContent()).toBe('No passage contains every word of “Buy Box banana”. These passages contain some of them:');
		expect((await hrefs(page)).map(withoutQuery)).toContain('/en/guideline/#buy-box-stock-en');
		const help = page.locator(`${DIALOG} .kb-search-help a`);
		expect(await help.evaluateAll((links) => links.map((a) => [a.textContent, a.getAttribute('href')]))).toEqual([
			['the FAQ', '/en/faq/'],
			['the Glossary', '/en/glossary/'],
		]);
		// The glossary term it recognised, linked to its row.
		const terms = page.locator(`${DIALOG} .kb-search-terms a`);
		expect(await terms.evaluateAll((links) => links.map((a) => [a.textContent, a.getAttribute('href')]))).toEqual([['Buy Box', '/en/glossary/#buy-box']]);
		expect(problems).toEqual([]);
	});

	it.each([
		['/', '取消率警戒线是多少', '按“目标”搜索', '/cancellation-rate/#target-zh'],
		['/en/', '取小率多少', 'Searching for “Cancellation Rate”', '/en/cancellation-rate/#formula-en'],
		['/en/', '訂單取消率的標準', 'Searching for “target”', '/en/cancellation-rate/#target-en'],
		['/', 'what is the limit', '按“目标”“取消率”搜索', '/cancellation-rate/#target-zh'],
	])('from %s, read "%s" as the site’s terms, say so in the page’s language, and never say first that nothing matched', async (path, q, said, first) => {
		const { page, problems } = await desktop.open(`${site.url}${path.slice(1)}`);
		await uiReady(page);
		await page.keyboard.press('Control+k');
		await page.waitForSelector(`${DIALOG} .pagefind-ui__search-input`);
		// Every text the dialog's message and notes show while the answer comes.
		await page.evaluate(() => {
			const seen: string[] = [];
			(window as unknown as { seen: string[] }).seen = seen;
			const root = document.querySelector('#starlight__search')!;
			new MutationObserver(() => seen.push(root.querySelector('.pagefind-ui__message')?.textContent ?? '')).observe(root, { childList: true, subtree: true, characterData: true });
		});
		await page.locator(`${DIALOG} .pagefind-ui__search-input`).fill(q);
		await expect.poll(() => page.locator(`${DIALOG} .kb-search-understood`).textContent(), { timeout: 15_000 }).toBe(said);
		expect((await hrefs(page)).map(withoutQuery)[0]).toBe(first);
		const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
		expect(seen.filter((m) => /本站没有|Nothing on this site/.test(m))).toEqual([]);
		expect(problems).toEqual([]);
	});

	it('say when nothing matches, in Chinese on a Chinese page', async () => {
		const { page } = await desktop.open(`${site.url}faq/`);
		// The results list is there for a query that matches…
		await search(page, '缺货');
		expect(await page.locator(`${DIALOG} .pagefind-ui__results`).count()).toBe(1);
		// …and gone for one that does not.
		await search(page, '龘龘龘');
		expect(await page.locator(`${DIALOG} .pagefind-ui__message`).textContent()).toBe('本站没有与“龘龘龘”相关的内容。');
		expect(await page.locator(`${DIALOG} .pagefind-ui__results`).count()).toBe(0);
		expect(await page.locator(`${DIALOG} .kb-search-help a`).evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(['/faq/', '/glossary/']);
	});

	it('ask for words when a query has only punctuation or question words', async () => {
		const { page } = await desktop.open(`${site.url}en/`);
		await search(page, 'Buy Box');
		expect(await page.locator(`${DIALOG} .pagefind-ui__results`).count()).toBe(1);
		await search(page, '？？ what is it?', 'Type a word or a question to search for.');
		expect(await page.locator(`${DIALOG} .pagefind-ui__results`).count()).toBe(0);
	});

	it('search the first 2,000 characters of a long paste, say so, and keep the whole text in the field', async () => {
		const { page, problems } = await desktop.open(`${site.url}guideline/`);
		const paste = `买家要求取消订单会影响取消率吗？${'我们的库存同步出了问题，'.repeat(200)}`;
		expect(paste.length).toBeGreaterThan(2000);
		await search(page, paste, `${paste.slice(0, 40)}…`);
		expect(await page.locator(`${DIALOG} .kb-search-note`).textContent()).toBe('输入内容过长：只搜索了前 2,000 个字符。');
		expect((await hrefs(page)).length).toBeGreaterThan(0);
		expect(await page.inputValue(`${DIALOG} .pagefind-ui__search-input`)).toBe(paste);
		expect(problems).toEqual([]);
	});
});

describe('on a phone', () => {
	it('opens the dialog from its button and follows a result', async () => {
		const context = await browser.newContext({ viewport: PHONE, hasTouch: true });
		await stillSearchDialog(context);
		const { page, problems } = await openPage(context, site.url);
		await page.goto(`${site.url}faq/`);
		await uiReady(page);
		await page.getByRole('button', { name: '搜索' }).first().click();
		await page.locator(`${DIALOG} .pagefind-ui__search-input`).fill('customer satisfaction');
		await follow(page, 'lower-rate-raise-satisfaction');
		const at = await landing(page, 'lower-rate-raise-satisfaction');
		expect(at.open).toBe(true);
		expect(at.marked).toEqual(expect.arrayContaining(['customer', 'satisfaction']));
		expect(problems).toEqual([]);
		await context.close();
	});
});

describe('under a base path', () => {
	it('searches both languages and lands inside /kb/', async () => {
		const context = await browser.newContext({ viewport: DESKTOP });
		await stillSearchDialog(context);
		const { page, problems } = await openPage(context, kb.url);
		await page.goto(`${kb.url}en/faq/`);
		await search(page, '信誉度');
		await follow(page, 'why-cancellation-rate-affects-performance');
		expect(new URL(page.url()).pathname).toBe('/kb/en/faq/');
		const at = await landing(page, 'why-cancellation-rate-affects-performance');
		expect(at.open).toBe(true);
		expect(at.marked).toEqual(['信誉度']);
		expect(problems).toEqual([]);
		await context.close();
	});
});
