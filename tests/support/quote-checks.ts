/**
 * Checks on Amazon's quotes as the built site shows them (figure.evidence-quote): a quote's link
 * and `cite` go to the domain of the marketplace its caption names, and nothing the site concluded
 * (its comparison of page versions) sits in the caption under Amazon's words. Each check returns
 * what it found wrong, so a test can show it failing on wording that has the fault
 * (tests/unit/quote-checks.test.ts) and passing on every built page (tests/build/provenance.test.ts).
 */
import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { MARKETPLACE_HOSTS, MARKETPLACE_NAMES, type Marketplace } from '../../src/lib/source-pages';

const MARKETS = Object.keys(MARKETPLACE_NAMES) as Marketplace[];

/** The marketplaces a caption names as the page read: "加拿大站页面", "Canada page". */
export function marketplacesCaptioned(caption: string): Marketplace[] {
	return MARKETS.filter((m) => caption.includes(`${MARKETPLACE_NAMES[m].zh}页面`) || caption.includes(`${MARKETPLACE_NAMES[m].en} page`));
}

/** Every marketplace name a text mentions, in either language. */
function marketplacesMentioned(text: string): Marketplace[] {
	return MARKETS.filter((m) => text.includes(MARKETPLACE_NAMES[m].zh) || new RegExp(`\\b${MARKETPLACE_NAMES[m].en}\\b`).test(text));
}

const hostOf = (url: string) => {
	try {
		return new URL(url).hostname;
	} catch {
		return '';
	}
};

/** Problems with where a quote links: each names the quote's first words. */
export function quoteLinkProblems(tree: Root | Element): string[] {
	const problems: string[] = [];
	for (const figure of selectAll('figure.evidence-quote', tree)) {
		const quote = select('blockquote', figure);
		const caption = select('figcaption', figure);
		const what = quote ? toString(quote).slice(0, 50) : '(no quote)';
		if (!quote || !caption) {
			problems.push(`${what}: a quote without its blockquote or caption`);
			continue;
		}
		const named = marketplacesCaptioned(toString(caption));
		const cite = typeof quote.properties.cite === 'string' ? quote.properties.cite : undefined;
		// Links out of the site; the reading aids may link a glossary term inside a caption.
		const links = selectAll('a[href^="http"]', caption).map((a) => String(a.properties.href));
		if (named.length !== 1) problems.push(`${what}: the caption names ${named.length} marketplace pages (${named.join(', ')})`);
		for (const url of [...(cite ? [cite] : []), ...links]) {
			for (const m of named) {
				if (!MARKETPLACE_HOSTS[m].includes(hostOf(url))) problems.push(`${what}: captioned as the ${m} page but linked to ${hostOf(url)}`);
			}
		}
		if (cite && !links.includes(cite)) problems.push(`${what}: its cite (${cite}) is not the link shown under it`);
		if (!cite && links.length > 0) problems.push(`${what}: a link under a quote without a cite`);
	}
	return problems;
}

/**
 * Problems with whose words a caption carries: the caption under Amazon's words names the page
 * and its version only; the site's comparison of versions stands apart, labelled as the site's.
 */
export function captionProvenanceProblems(tree: Root | Element): string[] {
	const problems: string[] = [];
	// The site's comparison stands beside the figure, in the item that holds both.
	const besides = new Map<Element, Element[]>();
	for (const item of selectAll('.evidence-item', tree)) {
		const figure = select('figure.evidence-quote', item);
		if (figure) besides.set(figure, selectAll(':scope > p', item));
	}
	for (const figure of selectAll('figure.evidence-quote', tree)) {
		const beside = besides.get(figure) ?? [];
		const what = toString(select('blockquote', figure) ?? figure).slice(0, 50);
		const caption = toString(select('figcaption', figure) ?? figure);
		// The page read is one marketplace; a list of them is a comparison, which is the site's.
		if (marketplacesMentioned(caption).length > 1) problems.push(`${what}: the caption under Amazon's words lists marketplaces (${caption})`);
		if (/适用|stated for|seen on|所见/i.test(caption)) problems.push(`${what}: the caption under Amazon's words carries the site's comparison (${caption})`);
		for (const el of [...selectAll('[data-provenance]', figure), ...beside.filter((p) => p.properties.dataProvenance !== undefined)]) {
			const kind = String(el.properties.dataProvenance);
			const said = toString(el);
			if (kind === 'site' && !/^本站所见|\(this site's comparison\)$/.test(said.trim())) problems.push(`${what}: a comparison not labelled as the site's (${said})`);
			if (kind === 'translation' && !/^(本站翻译：|This site's translation: )/.test(said)) problems.push(`${what}: a translation not labelled as the site's (${said})`);
			if (kind === 'amazon' || kind === 'author') problems.push(`${what}: text beside Amazon's quote credited to ${kind}`);
		}
		// The comparison, wherever it stands, includes the page read: a UK page's rule is seen on the UK (K7).
		const seen = [...beside, ...selectAll('p', figure)].find((p) => (p.properties.className as string[] | undefined)?.includes('evidence-seen'));
		const comparison = seen ? toString(seen) : (/(?:适用站点：|stated for )(.*)$/.exec(caption)?.[1] ?? '');
		const page = marketplacesCaptioned(caption);
		if (comparison && page.length === 1 && !marketplacesMentioned(comparison).includes(page[0])) {
			problems.push(`${what}: read on the ${page[0]} page, but the ${page[0]} is not among the marketplaces it is shown for (${comparison})`);
		}
		// Whatever lists other marketplaces must say it is the site's comparison.
		for (const p of [...selectAll('p:not(blockquote p)', figure), ...beside]) {
			const said = toString(p);
			if (marketplacesMentioned(said).length > 1 && p.properties.dataProvenance !== 'site') problems.push(`${what}: a list of marketplaces not marked as the site's (${said})`);
		}
	}
	return problems;
}

/**
 * Problems with links to Seller Central in the text around the quotes (a passage's "Source:" link,
 * a table's source cell, the calculator's source line): each names the marketplace of the page it
 * opens, and goes to that marketplace's domain. Only the provenance label of Amazon's own text
 * links without naming one (the About page names it).
 */
export function sourceLinkProblems(tree: Root | Element): string[] {
	const problems: string[] = [];
	for (const a of selectAll('a[href^="https://sellercentral"]', tree)) {
		const href = String(a.properties.href);
		const said = toString(a);
		const named = marketplacesMentioned(said);
		if (named.length === 0) continue;
		if (named.length > 1) problems.push(`"${said}": a link naming ${named.length} marketplaces`);
		else if (!MARKETPLACE_HOSTS[named[0]].includes(hostOf(href))) problems.push(`"${said}": names the ${named[0]} page but links ${hostOf(href)}`);
	}
	return problems;
}
