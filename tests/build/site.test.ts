/**
 * The shape of the built site: both locales complete, no fallback pages, alternates, sitemap,
 * FAQ structured data, links that resolve, and a subpath build that stays inside its base.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { DIST, DIST_KB, allPages, pagePaths, readPage, readRaw, select, selectAll, text } from '../support/site';

const pages = pagePaths();
const zhPages = pages.filter((p) => !p.startsWith('/en/'));
const enPages = pages.filter((p) => p.startsWith('/en/'));
const counterpart = (p: string) => (p.startsWith('/en/') ? p.slice(3) : `/en${p}`);
const STARLIGHT_UNTRANSLATED = [
	'This content is not available in your language yet.',
	// Starlight's own zh-CN string for a fallback page.
	'此页内容尚未翻译',
];

describe('locales', () => {
	it('builds the pages this issue asks for', () => {
		for (const p of ['/', '/guideline/', '/faq/', '/about/']) {
			expect(zhPages).toContain(p);
			expect(enPages).toContain(counterpart(p));
		}
	});

	it('has every page in both languages', () => {
		expect(zhPages.map(counterpart).sort()).toEqual(enPages);
	});

	it.each(pages)('%s declares the language of its locale and is no fallback', (p) => {
		const html = readRaw(p);
		const lang = select('html', readPage(p))!.properties.lang;
		expect(lang).toBe(p.startsWith('/en/') ? 'en' : 'zh-CN');
		for (const notice of STARLIGHT_UNTRANSLATED) expect(html).not.toContain(notice);
	});

	it.each(pages)('%s links its other-language version (hreflang and language picker)', (p) => {
		const tree = readPage(p);
		const alternates = Object.fromEntries(
			selectAll('link[rel="alternate"][hreflang]', tree).map((l) => [l.properties.hrefLang, new URL(String(l.properties.href)).pathname]),
		);
		const zh = p.startsWith('/en/') ? counterpart(p) : p;
		// x-default, for a reader whose language is neither, is the Chinese page: the site is made for
		// Chinese-speaking sellers, and its Chinese pages carry the English beside every passage.
		expect(alternates).toEqual({ 'zh-CN': zh, en: counterpart(zh), 'x-default': zh });
		const options = selectAll('starlight-lang-select option', tree).map((o) => String(o.properties.value));
		expect(options).toContain(counterpart(p));
	});

	it('serves one 404 page that speaks both languages', () => {
		const tree = fromHtml(readFileSync(join(DIST, '404.html'), 'utf8'));
		expect(selectAll('[lang="en"]', tree).map(text).join(' ')).toMatch(/Page not found[\s\S]*English home page/);
		expect(text(select('main', tree)!)).toContain('页面未找到');
		expect(existsSync(join(DIST, 'en/404/index.html'))).toBe(false);
	});

	it('lists every page in the sitemap', () => {
		const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
		const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname).sort();
		expect(locs).toEqual(pages);
		expect(existsSync(join(DIST, 'sitemap-index.xml'))).toBe(true);
	});
});

describe('FAQ structured data', () => {
	it.each([
		['/faq/', 'zh-CN'],
		['/en/faq/', 'en'],
	])('%s carries FAQPage JSON-LD in its language that matches the visible questions', (p, lang) => {
		const tree = readPage(p);
		const scripts = selectAll('script[type="application/ld+json"]', tree);
		expect(scripts).toHaveLength(1);
		const data = JSON.parse(text(scripts[0]));
		expect(data['@type']).toBe('FAQPage');
		expect(data.inLanguage).toBe(lang);
		const visible = selectAll('details.faq-item', tree).map((d) => ({
			q: text(select(`summary [lang="${lang}"]`, d)!),
			a: text(select(`:scope > .pair > [lang="${lang}"] > p`, d)!),
		}));
		expect(visible).toHaveLength(3);
		expect(data.mainEntity.map((e: any) => ({ q: e.name, a: e.acceptedAnswer.text }))).toEqual(visible);
	});

	it.each(['/faq/', '/en/faq/'])('%s gives every question a stable id', (p) => {
		const ids = selectAll('details.faq-item', readPage(p)).map((d) => d.properties.id);
		expect(ids).toEqual(['why-cancellation-rate-affects-performance', 'rate-above-average', 'lower-rate-raise-satisfaction']);
	});
});

describe('aligned passages', () => {
	it.each(['/guideline/', '/en/guideline/', '/faq/', '/en/faq/'])(
		'%s: every passage has a language, an id and a link to itself, page language first',
		(p) => {
			const tree = readPage(p);
			const pageLang = p.startsWith('/en/') ? 'en' : 'zh-CN';
			const pairs = selectAll('.pair', tree);
			expect(pairs.length).toBeGreaterThan(3);
			for (const pair of pairs) {
				const passages = selectAll(':scope > .passage', pair);
				expect(passages.map((x) => x.properties.lang)).toEqual([pageLang, pageLang === 'en' ? 'zh-CN' : 'en']);
			}
			for (const passage of selectAll('div.passage', tree)) {
				const id = String(passage.properties.id);
				expect(id).toMatch(/-(zh|en)$/);
				expect(select(`a.copy-link[href="#${id}"]`, passage), id).toBeTruthy();
			}
		},
	);

	it('shows the guideline headings in the table of contents, in the page language', () => {
		const toc = (p: string) => selectAll('starlight-toc a', readPage(p)).map((a) => [String(a.properties.href), text(a)]);
		expect(toc('/guideline/')).toContainEqual(['#avoid-cancelling-orders', '避免取消订单']);
		expect(toc('/en/guideline/')).toContainEqual(['#avoid-cancelling-orders', 'Avoid cancelling orders']);
	});
});

describe('tables of contents', () => {
	// A page without headings (the glossary, the calculator) would get an "On this page" box, and on
	// a phone a bar under the header, whose one entry is the top of the page: it leads nowhere.
	it.each(allPages())('%s has a table of contents only if it lists a heading', (p) => {
		const tree = readPage(p);
		const entries = selectAll('starlight-toc a', tree).map((a) => String(a.properties.href));
		if (entries.length === 0) expect(selectAll('starlight-toc, mobile-starlight-toc', tree)).toEqual([]);
		else expect(entries.filter((href) => href !== '#_top').length, entries.join(' ')).toBeGreaterThan(0);
	});
});

/** Every internal link and asset of a build points at a file that exists, and at an id that exists. */
function brokenLinks(dir: string, base: string): string[] {
	const problems: string[] = [];
	for (const p of allPages(dir)) {
		const tree = readPage(p, dir);
		const refs = [
			...selectAll('a[href]', tree).map((a) => String(a.properties.href)),
			...selectAll('link[href]:not([rel="alternate"]):not([rel="canonical"]):not([rel="sitemap"])', tree).map((l) => String(l.properties.href)),
			...selectAll('script[src], img[src]', tree).map((s) => String(s.properties.src)),
		];
		for (const ref of refs) {
			if (/^[a-z]+:/i.test(ref) || ref.startsWith('//')) continue;
			const url = new URL(ref, `http://site${base}${p.slice(1)}`);
			if (!url.pathname.startsWith(base)) {
				problems.push(`${p}: ${ref} leaves ${base}`);
				continue;
			}
			const local = join(dir, url.pathname.slice(base.length));
			const file = existsSync(local) && !local.endsWith('/') && !readdirSafe(local) ? local : join(local, 'index.html');
			if (!existsSync(file)) {
				problems.push(`${p}: ${ref} does not exist`);
				continue;
			}
			const id = decodeURIComponent(url.hash.slice(1));
			if (id && file.endsWith('.html') && !readFileSync(file, 'utf8').includes(`id="${id}"`)) {
				problems.push(`${p}: ${ref} has no #${id}`);
			}
		}
	}
	return problems;
}
const readdirSafe = (p: string) => {
	try {
		return readdirSync(p);
	} catch {
		return undefined;
	}
};

describe('links', () => {
	it('all resolve, with their #anchors', () => {
		expect(brokenLinks(DIST, '/')).toEqual([]);
	});

	it('stay inside /kb/ in a build with BASE_PATH=/kb/', () => {
		expect(brokenLinks(DIST_KB, '/kb/')).toEqual([]);
		const html = readRaw('/en/guideline/', DIST_KB);
		for (const m of html.matchAll(/(?:href|src|content)="(\/[^"]*)"/g)) expect(m[1]).toMatch(/^\/kb\//);
	});
});
