import { describe, expect, it } from 'vitest';
import {
	HIGHLIGHT_PARAM,
	TWIN_META,
	highlightTerms,
	localeOfUrl,
	localizeResult,
	passageTitle,
	urlInLocale,
	withHighlightTerms,
	type ResultLike,
	type SearchContext,
} from '../../src/lib/search';

describe('locale of a URL', () => {
	it.each([
		['/guideline/', '/', 'zh'],
		['/en/guideline/#check-prices-en', '/', 'en'],
		['/en/', '/', 'en'],
		['/', '/', 'zh'],
		['/kb/en/faq/?pagefind-highlight=x#rate-above-average', '/kb/', 'en'],
		['/kb/faq/', '/kb/', 'zh'],
		['/kb/english-tips/', '/kb/', 'zh'],
		['http://127.0.0.1:4321/kb/en/', '/kb/', 'en'],
	])('%s under %s is %s', (url, base, lang) => {
		expect(localeOfUrl(url, base)).toBe(lang);
	});

	it('knows nothing of URLs outside the base', () => {
		expect(localeOfUrl('/other/page/', '/kb/')).toBeUndefined();
	});
});

describe('the same URL in the other locale', () => {
	it.each([
		['/guideline/#check-prices-zh', '/', 'en', '/en/guideline/#check-prices-zh'],
		['/en/guideline/#check-prices-en', '/', 'zh', '/guideline/#check-prices-en'],
		['/kb/faq/?pagefind-highlight=%E7%BC%BA#rate-above-average', '/kb/', 'en', '/kb/en/faq/?pagefind-highlight=%E7%BC%BA#rate-above-average'],
		['/kb/en/?a=b', '/kb/', 'zh', '/kb/?a=b'],
		['/kb/en/', '/kb/', 'en', '/kb/en/'],
	])('%s (base %s) in %s is %s', (url, base, lang, expected) => {
		expect(urlInLocale(url, base, lang as 'zh' | 'en')).toBe(expected);
	});
});

describe('passage titles', () => {
	it('uses the first sentence', () => {
		expect(passageTitle('反复检查提交的商品价格。商品价格错误会导致订单取消量增多。', 'zh')).toBe('反复检查提交的商品价格。');
		expect(passageTitle('Check and re-check price submissions. Price errors can lead to more.', 'en')).toBe(
			'Check and re-check price submissions.',
		);
	});

	it('cuts a long sentence, English at a word boundary', () => {
		const zh = passageTitle('定期更新您的亚马逊库存，避免接受您在预计配送时间之前无法发货（缺货）的商品订单。', 'zh');
		expect(zh.endsWith('…')).toBe(true);
		expect([...zh].length).toBeLessThanOrEqual(28);
		const en = passageTitle(
			'Update your Amazon inventory regularly to avoid receiving orders for items that you cannot ship by the expected date.',
			'en',
		);
		expect(en).toBe('Update your Amazon inventory regularly to avoid receiving orders for…');
	});

	it('drops Markdown and a trailing colon', () => {
		expect(passageTitle('Here are **some steps**:', 'en')).toBe('Here are some steps');
		expect(passageTitle('[链接](/x/)说明：', 'zh')).toBe('链接说明');
	});
});

describe('highlight terms', () => {
	it('keeps words as typed, without surrounding quotes or punctuation', () => {
		expect(highlightTerms(' 缺货  "Buy Box" 取消率？')).toEqual(['缺货', 'Buy', 'Box', '取消率']);
		expect(highlightTerms('   ')).toEqual([]);
	});

	it('replaces the highlight parameters and keeps the rest of the URL', () => {
		const url = `/en/guideline/?${HIGHLIGHT_PARAM}=%E7%BC%BA&${HIGHLIGHT_PARAM}=%E8%B4%A7&x=1#update-inventory-zh`;
		const out = new URL(withHighlightTerms(url, ['缺货']), 'http://h');
		expect(out.pathname).toBe('/en/guideline/');
		expect(out.searchParams.getAll(HIGHLIGHT_PARAM)).toEqual(['缺货']);
		expect(out.searchParams.get('x')).toBe('1');
		expect(out.hash).toBe('#update-inventory-zh');
	});
});

describe('results adjusted for the page the dialog is on', () => {
	const ctx = (lang: 'zh' | 'en', base = '/'): SearchContext => ({
		lang,
		base,
		languageLabel: lang === 'zh' ? '语言' : 'Language',
		languageNames: lang === 'zh' ? { zh: '中文', en: '英文' } : { zh: 'Chinese', en: 'English' },
	});
	const aligned = (url: string): ResultLike => ({
		url,
		meta: { title: 'Avoid cancelling orders', [TWIN_META]: '1' },
		sub_results: [{ url }, { url: `${url}#check-prices-en` }],
	});

	it('opens an aligned page in the reader’s locale, at the same passage, and names its language', () => {
		const result = aligned('/kb/en/guideline/');
		expect(localizeResult(result, ctx('zh', '/kb/'))).toBe('en');
		expect(result.url).toBe('/kb/guideline/');
		expect(result.sub_results?.map((s) => s.url)).toEqual(['/kb/guideline/', '/kb/guideline/#check-prices-en']);
		expect(result.meta).toEqual({ title: 'Avoid cancelling orders', 语言: '英文' });
	});

	it('leaves a page in the reader’s language as it is, without a language tag', () => {
		const result = aligned('/en/guideline/');
		expect(localizeResult(result, ctx('en'))).toBe('en');
		expect(result.url).toBe('/en/guideline/');
		expect(result.meta).toEqual({ title: 'Avoid cancelling orders' });
	});

	it('links other pages in the other language where they are, labelled', () => {
		const result: ResultLike = { url: '/about/', meta: { title: '关于与出处' }, sub_results: [{ url: '/about/#x' }] };
		localizeResult(result, ctx('en'));
		expect(result.url).toBe('/about/');
		expect(result.sub_results?.[0].url).toBe('/about/#x');
		expect(result.meta.Language).toBe('Chinese');
	});

	it('gives the same answer when Pagefind hands out the same result object again', () => {
		const result = aligned('/en/faq/');
		localizeResult(result, ctx('zh'));
		// Pagefind's cache: same object, URLs recomputed for the new query.
		result.url = '/en/faq/';
		result.sub_results = [{ url: '/en/faq/#rate-above-average' }];
		localizeResult(result, ctx('zh'));
		expect(result.sub_results[0].url).toBe('/faq/#rate-above-average');
		expect(Object.keys(result.meta)).toEqual(['title', '语言']);
	});

	it('carries the typed words to highlight', () => {
		const result = aligned(`/guideline/?${HIGHLIGHT_PARAM}=%E7%BC%BA&${HIGHLIGHT_PARAM}=%E8%B4%A7`);
		localizeResult(result, { ...ctx('en'), highlight: ['缺货'] });
		const url = new URL(result.url, 'http://h');
		expect(url.pathname).toBe('/en/guideline/');
		expect(url.searchParams.getAll(HIGHLIGHT_PARAM)).toEqual(['缺货']);
	});
});
