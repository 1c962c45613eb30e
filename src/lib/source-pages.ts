/**
 * The pages this site read Amazon's words on: one entry per page version, with the address it was
 * read at (its marketplace's domain and item id, as stored), its title and the version read (the
 * copyright years in its footer, where the part read showed them). A claim (src/lib/claims.ts)
 * names the page its quote was copied from, and facts (src/lib/facts.ts) name claims, so the
 * dependency runs one way: facts → claims → this catalogue, which imports nothing of theirs.
 *
 * An address is never built from a help id and a base: the same id on another marketplace's
 * domain is another page, which need not hold the words quoted (audit finding K1). A page whose
 * address was not stored has none, and the site says so instead of guessing one.
 */

/** Amazon marketplaces by the code Seller Central uses in its page addresses. */
export type Marketplace = 'US' | 'CA' | 'MX' | 'BR' | 'UK' | 'DE' | 'IT' | 'EU' | 'AU' | 'AE' | 'SA' | 'IN' | 'JP' | 'SG';

/** Marketplace names, for captions ("加拿大站页面", "Canada page") and comparisons. */
export const MARKETPLACE_NAMES: Record<Marketplace, { zh: string; en: string }> = {
	US: { zh: '美国站', en: 'US' },
	CA: { zh: '加拿大站', en: 'Canada' },
	MX: { zh: '墨西哥站', en: 'Mexico' },
	BR: { zh: '巴西站', en: 'Brazil' },
	UK: { zh: '英国站', en: 'UK' },
	DE: { zh: '德国站', en: 'Germany' },
	IT: { zh: '意大利站', en: 'Italy' },
	EU: { zh: '欧洲站', en: 'Europe' },
	AU: { zh: '澳大利亚站', en: 'Australia' },
	AE: { zh: '阿联酋站', en: 'UAE' },
	SA: { zh: '沙特阿拉伯站', en: 'Saudi Arabia' },
	IN: { zh: '印度站', en: 'India' },
	JP: { zh: '日本站', en: 'Japan' },
	SG: { zh: '新加坡站', en: 'Singapore' },
};

/**
 * The Seller Central hosts of each marketplace. The European marketplaces are also served from
 * the shared sellercentral-europe host, which is where some of their pages were read.
 */
export const MARKETPLACE_HOSTS: Record<Marketplace, readonly string[]> = {
	US: ['sellercentral.amazon.com'],
	CA: ['sellercentral.amazon.ca'],
	MX: ['sellercentral.amazon.com.mx'],
	BR: ['sellercentral.amazon.com.br'],
	UK: ['sellercentral.amazon.co.uk', 'sellercentral-europe.amazon.com'],
	DE: ['sellercentral.amazon.de', 'sellercentral-europe.amazon.com'],
	IT: ['sellercentral.amazon.it', 'sellercentral-europe.amazon.com'],
	EU: ['sellercentral-europe.amazon.com'],
	AU: ['sellercentral.amazon.com.au'],
	AE: ['sellercentral.amazon.ae'],
	SA: ['sellercentral.amazon.sa'],
	IN: ['sellercentral.amazon.in'],
	JP: ['sellercentral.amazon.co.jp'],
	SG: ['sellercentral.amazon.sg'],
};

/** Whether an address is on one of the marketplace's Seller Central hosts. */
export function isOnMarketplace(url: string, marketplace: Marketplace): boolean {
	let host: string;
	try {
		host = new URL(url).hostname;
	} catch {
		return false;
	}
	return MARKETPLACE_HOSTS[marketplace].includes(host);
}

export interface SourcePage {
	/** The marketplace whose version of the page was read; none for a document of no marketplace (a changelog). */
	marketplace?: Marketplace;
	/** Seller Central help id, when the page is a help page. */
	helpId?: string;
	/** The address the page was read at, exactly as stored; absent when it was not stored. */
	url?: string;
	/** The page's own title, as it was read (English). */
	title?: string;
	/** The copyright years in the page's footer ("1999-2022"), when the part read showed them. */
	version?: string;
	/** For pages that are not help pages (forum threads, a changelog): their name in each language. */
	name?: { zh: string; en: string };
	short?: { zh: string; en: string };
}

const help = (helpId: string, marketplace: Marketplace, title: string, url: string, version?: string): SourcePage => ({
	helpId,
	marketplace,
	title,
	url,
	...(version ? { version } : {}),
});

/**
 * Every page the site quotes or names. Read 2026-12 from the stored copies (the `search` tool's
 * pages corpus); the claims gathered 2026-11 were re-read there and tied to the page they came
 * from. Ids name the help page and the marketplace of the version read.
 */
export const SOURCE_PAGES = {
	'cr-help.ca': help('200285210', 'CA', 'Cancellation Rate', 'https://sellercentral.amazon.ca/gp/help/external/200285210?language=en_CA&ref=efph_200285210_cont_RXAS2XTAYEF77BG'),
	'cr-help.uk': help('200285210', 'UK', 'Cancellation Rate', 'https://sellercentral.amazon.co.uk/gp/help/external/help.html?itemID=200285210&language=en_GB&ref=efph_200285210_relt_44QSYRCU27EW4UK'),
	'cr-help.it': help('200285210', 'IT', 'Cancelation rate', 'https://sellercentral.amazon.it/gp/help/external/200285210?language=en_IT&ref=efph_200285210_cont_200205250'),
	'cr-help.au': help('200285210', 'AU', 'Cancellation rate', 'https://sellercentral.amazon.com.au/gp/help/external/help.html?itemID=200285210&language=en_AU&ref=efph_200285210_relt_G200285190'),
	'cr-help.ae': help('200285210', 'AE', 'Cancelation Rate', 'https://sellercentral.amazon.ae/gp/help/external/help.html?itemID=200285210&language=en_AE&ref=efph_200285210_cont_200205250', '1999-2022'),
	// Two versions of India's page are stored; this one words the window, the target and the charge as quoted.
	'cr-help.in': help('200285210', 'IN', 'Cancellation Rate', 'https://sellercentral.amazon.in/gp/help/external/help.html?itemID=200285210&language=en_IN&ref=efph_200285210_relt_201018250'),
	// …and this one gives the hours of the automatic cancellation and the "Buyer Cancelled" exclusion.
	'cr-help.in.b': help('200285210', 'IN', 'Cancellation Rate', 'https://sellercentral.amazon.in/gp/help/external/200285210?language=en_IN&ref=efph_200285210_cont_85AAVTD69D5BKLM'),
	'orders-help.us': help('G201722390', 'US', 'Order cancellations', 'https://sellercentral.amazon.com/gp/help/external/G201722390?language=en_US&ref=efph_G201722390_cont_G201817830'),
	'orders-help.ca': help('201722390', 'CA', 'Order cancelations', 'https://sellercentral.amazon.ca/gp/help/external/help.html?itemID=201722390&language=en_CA&ref=efph_201722390_cont_200200040'),
	'orders-help.it': help('201722390', 'IT', 'Order cancellations', 'https://sellercentral.amazon.it/gp/help/external/help.html?itemID=201722390&language=en_IT&ref=efph_201722390_cont_200200040'),
	'cancel-faq.uk': help('RXAS2XTAYEF77BG', 'UK', 'Cancellations FAQ', 'https://sellercentral.amazon.co.uk/gp/help/external/help.html?itemID=RXAS2XTAYEF77BG&language=en_GB&ref=efph_RXAS2XTAYEF77BG_cont_BN4AZVWUS29ZUJX'),
	'cancel-faq.it': help('RXAS2XTAYEF77BG', 'IT', 'Cancellations FAQ', 'https://sellercentral.amazon.it/gp/help/external/help.html?itemID=RXAS2XTAYEF77BG&language=en_IT&ref=efph_RXAS2XTAYEF77BG_relt_200198080', '1999-2020'),
	// Read on the shared European host; the page says it applies to selling in the United Kingdom.
	'cancel-faq.uk.eu-host': help('GRXAS2XTAYEF77BG', 'UK', 'Cancellations FAQ', 'https://sellercentral-europe.amazon.com/gp/help/external/GRXAS2XTAYEF77BG?language=en_GB&ref=efph_GRXAS2XTAYEF77BG_cont_201722390'),
	'buyer-cancel-help.uk': help('PNRJVBQMJRS942V', 'UK', 'Upcoming changes to the buyer-initiated order cancellation process', 'https://sellercentral.amazon.co.uk/gp/help/external/help.html?itemID=PNRJVBQMJRS942V&language=en_GB&ref=efph_PNRJVBQMJRS942V_cont_G201722390'),
	// Quoted in 2026-11; its address was not kept and the stored copies hold no Japan version of it.
	'buyer-cancel-help.jp': { helpId: 'PNRJVBQMJRS942V', marketplace: 'JP', title: 'Upcoming changes to the buyer-initiated order cancellation process' },
	'guideline.jp': help('202152070', 'JP', 'Avoid cancelling orders', 'https://sellercentral.amazon.co.jp/gp/help/external/202152070?language=en_JP&ref=efph_202152070_cont_201018250', '1999-2022'),
	'lsr-help.au': help('200285190', 'AU', 'Late shipment rate', 'https://sellercentral.amazon.com.au/gp/help/external/help.html?itemID=200285190&language=en_AU&ref=efph_200285190_relt_201623610', '1999-2022'),
	'vtr-help.eu': help('201817070', 'EU', 'Valid Tracking Rate', 'https://sellercentral-europe.amazon.com/gp/help/external/201817070?language=en_GB&ref=efph_201817070_cont_202182640'),
	'odr-help.sa': help('200285170', 'SA', 'Order Defect Rate', 'https://sellercentral.amazon.sa/gp/help/external/help.html?itemID=200285170&language=en_AE&ref=efph_200285170_relt_G201817070'),
	// Quoted in 2026-11 from the UAE version; its address was not kept.
	'ae-metrics-help': { helpId: 'G200205250', marketplace: 'AE', title: 'Account Health' },
	'staff-forum': {
		marketplace: 'US',
		url: 'https://sellercentral.amazon.com/seller-forums/discussions/t/3a9dc28cc3d08ae3e77a5aa2b23c5189',
		name: { zh: '卖家论坛中亚马逊员工的回答', en: 'an Amazon staff answer in the Seller Forums' },
		short: { zh: '卖家论坛（亚马逊员工）', en: 'Seller Forums (Amazon staff)' },
	},
	'jp-forum': {
		marketplace: 'JP',
		url: 'https://sellercentral.amazon.co.jp/seller-forums/discussions/t/ce5bcb4f5c48eb8891efb4fa2c1db1fc',
		name: { zh: '卖家论坛中亚马逊员工的回答', en: 'an Amazon staff answer in the Seller Forums' },
		short: { zh: '日本站卖家论坛（亚马逊员工）', en: 'Japanese Seller Forums (Amazon staff)' },
	},
	'uk-forum': {
		marketplace: 'UK',
		url: 'https://sellercentral.amazon.co.uk/seller-forums/discussions/t/afd88de8-6ee2-42ba-8c41-b43c337009d2',
		name: { zh: '卖家论坛中亚马逊员工的回答', en: 'an Amazon staff answer in the Seller Forums' },
		short: { zh: '英国站卖家论坛（亚马逊员工）', en: 'UK Seller Forums (Amazon staff)' },
	},
	'us-forum-faq': {
		marketplace: 'US',
		name: { zh: '卖家论坛中亚马逊员工发布的常见问题', en: 'an Amazon staff FAQ in the Seller Forums' },
		short: { zh: '美国站卖家论坛（亚马逊员工）', en: 'US Seller Forums (Amazon staff)' },
	},
	'sp-api-changelog': {
		name: {
			zh: '销售伙伴 API 更新日志“Changes to Orders API and Reports API for buyer cancellation requests”',
			en: 'the Selling Partner API changelog, "Changes to Orders API and Reports API for buyer cancellation requests"',
		},
		short: { zh: '销售伙伴 API 更新日志', en: 'SP-API changelog' },
	},
} as const satisfies Record<string, SourcePage>;

export type PageId = keyof typeof SOURCE_PAGES;

type Lang = 'zh' | 'en';

/** "卖家平台帮助 200285210“Cancellation Rate”，加拿大站页面"; a forum thread by its name and marketplace page. */
export function pageName(page: SourcePage, lang: Lang): string {
	const market = page.marketplace ? MARKETPLACE_NAMES[page.marketplace][lang] : undefined;
	// A forum thread is named by what it is, then by the marketplace it was read on, as help pages are.
	if (page.name) return page.name[lang] + (market ? (lang === 'zh' ? `，${market}页面` : `, ${market} page`) : '');
	if (lang === 'zh') return `卖家平台帮助 ${page.helpId}“${page.title}”${market ? `，${market}页面` : ''}`;
	return `Seller Central help ${page.helpId} "${page.title}"${market ? `, ${market} page` : ''}`;
}

/** A shorter name for table cells: "帮助 200285190（澳大利亚站）", "Help 200285190 (Australia)". */
export function pageShortName(page: SourcePage, lang: Lang): string {
	if (page.short) return page.short[lang];
	const market = page.marketplace ? MARKETPLACE_NAMES[page.marketplace][lang] : undefined;
	if (lang === 'zh') return `帮助 ${page.helpId}${market ? `（${market}）` : ''}`;
	return `Help ${page.helpId}${market ? ` (${market})` : ''}`;
}

/** The version read, as shown: "© 1999-2022"; undefined when the part read did not show it. */
export function pageVersion(page: SourcePage): string | undefined {
	return page.version ? `© ${page.version}` : undefined;
}
