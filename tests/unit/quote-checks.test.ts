/**
 * The checks the build tests run on every page's quotes (tests/support/quote-checks.ts), shown to
 * find what they are for: the figures below are the markup the site published before issue 22
 * (a Canada quote linked to sellercentral.amazon.com, the site's list of marketplaces captioned
 * under Amazon's words, a UK page's rule shown as not applying to the UK), copied from the old
 * src/lib/evidence.ts output, and the same quotes as the site renders them now.
 */
import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { captionProvenanceProblems, marketplacesCaptioned, quoteLinkProblems } from '../support/quote-checks';
import { CLAIMS } from '../../src/lib/claims';
import { quoteHtml } from '../../src/lib/evidence';

const tree = (html: string) => fromHtml(html, { fragment: true });

const OLD_CANADA_ZH =
	'<figure class="evidence-quote"><blockquote lang="en" cite="https://sellercentral.amazon.com/help/hub/reference/external/200285210"><p>The Cancellation Rate is all seller-cancelled orders represented as a percentage of total orders during a given seven-day time period.</p></blockquote>' +
	'<figcaption>— 卖家平台帮助 200285210（取消率），加拿大站页面；适用站点：美国站、加拿大站、英国站、欧洲站、澳大利亚站、阿联酋站</figcaption></figure>';
const OLD_CANADA_EN =
	'<figure class="evidence-quote"><blockquote lang="en" cite="https://sellercentral.amazon.com/help/hub/reference/external/200285210"><p>The Cancellation Rate is all seller-cancelled orders represented as a percentage of total orders during a given seven-day time period.</p></blockquote>' +
	'<figcaption>— Seller Central help 200285210 (Cancellation Rate), Canada page; stated for US, Canada, UK, Europe, Australia, UAE</figcaption></figure>';
const OLD_UK_MAY_2022 =
	'<figure class="evidence-quote"><blockquote lang="en" cite="https://sellercentral.amazon.com/help/hub/reference/external/PNRJVBQMJRS942V"><p>Effective May 23, 2022, we are changing the way sellers manage buyer-initiated order cancellations for seller-fulfilled orders.</p></blockquote>' +
	'<figcaption>— 卖家平台帮助 PNRJVBQMJRS942V（买家请求取消），英国站页面；适用站点：美国站、加拿大站、墨西哥站、巴西站</figcaption></figure>';

describe('quote checks on the wording published before issue 22', () => {
	it('finds the Canada quote linked to the US domain (K1)', () => {
		expect(quoteLinkProblems(tree(OLD_CANADA_ZH))).toContainEqual(expect.stringContaining('captioned as the CA page but linked to sellercentral.amazon.com'));
		expect(quoteLinkProblems(tree(OLD_CANADA_EN))).toContainEqual(expect.stringContaining('captioned as the CA page but linked to sellercentral.amazon.com'));
	});

	it("finds the site's comparison captioned under Amazon's words, in both languages (K7)", () => {
		for (const html of [OLD_CANADA_ZH, OLD_CANADA_EN]) {
			const found = captionProvenanceProblems(tree(html));
			expect(found).toContainEqual(expect.stringContaining('lists marketplaces'));
			expect(found).toContainEqual(expect.stringContaining("carries the site's comparison"));
		}
	});

	it('finds the UK page shown as not applying to the UK (K2, K7)', () => {
		expect(captionProvenanceProblems(tree(OLD_UK_MAY_2022))).toContainEqual(expect.stringContaining('read on the UK page, but the UK is not among'));
		expect(quoteLinkProblems(tree(OLD_UK_MAY_2022))).toContainEqual(expect.stringContaining('captioned as the UK page but linked to sellercentral.amazon.com'));
	});
});

describe('quote checks on the quotes as rendered now', () => {
	it.each(Object.keys(CLAIMS))('%s passes in both languages', (id) => {
		for (const lang of ['zh', 'en'] as const) {
			const html = quoteHtml(CLAIMS[id as keyof typeof CLAIMS], lang);
			expect(quoteLinkProblems(tree(html)), `${id} ${lang}`).toEqual([]);
			expect(captionProvenanceProblems(tree(html)), `${id} ${lang}`).toEqual([]);
		}
	});

	it('reads the marketplace a caption names as the page read, not the ones it merely mentions', () => {
		expect(marketplacesCaptioned('— 卖家平台帮助 200285210“Cancellation Rate”，印度站页面')).toEqual(['IN']);
		expect(marketplacesCaptioned('— Seller Central help 200285210 "Cancellation Rate", UK page')).toEqual(['UK']);
		expect(marketplacesCaptioned('本站所见相同规则的站点：加拿大站、英国站')).toEqual([]);
	});
});
