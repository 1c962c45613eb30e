import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_PARAM, localeOfUrl, passageTitle, urlInLocale, withHighlightTerms } from '../../src/lib/search';

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

describe('highlight parameters', () => {
	it('replaces the highlight parameters and keeps the rest of the URL', () => {
		const url = `/en/guideline/?${HIGHLIGHT_PARAM}=%E7%BC%BA&${HIGHLIGHT_PARAM}=%E8%B4%A7&x=1#update-inventory-zh`;
		const out = new URL(withHighlightTerms(url, ['缺货']), 'http://h');
		expect(out.pathname).toBe('/en/guideline/');
		expect(out.searchParams.getAll(HIGHLIGHT_PARAM)).toEqual(['缺货']);
		expect(out.searchParams.get('x')).toBe('1');
		expect(out.hash).toBe('#update-inventory-zh');
	});
});
