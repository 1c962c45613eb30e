/**
 * Amazon's own words behind a passage, shown on demand: every claim a passage rests on (each
 * `{{cite:claim}}` and the claim of each `{{fact}}` it states) becomes a quotation in a closed
 * disclosure after the passage, in the page's language, with a link to the address of the page
 * version it was read on and that version. Under it, set apart and labelled as the site's, the
 * marketplaces whose pages this site saw state the same rule: the site's comparison, never
 * captioned as Amazon's words. The labels live here rather than in the i18n files because they
 * follow the passage's language, not the page's (both passages of a pair are on every page).
 */
import { LANG_TAG, type Lang } from './lang';
import type { Claim } from './claims';
import { MARKETPLACE_NAMES, pageName, pageVersion } from './source-pages';
import { SITE_DATA, markQuotedEnglish, placeholdersIn, type FactData } from './placeholders';

export const EVIDENCE_LABELS = {
	summary: { zh: '亚马逊的原话', en: "Amazon's own words" },
	version: { zh: (v: string) => `所读版本：${v}`, en: (v: string) => `version read: ${v}` },
	noVersion: { zh: '所读部分未显示版权年份', en: 'copyright year not shown in the part read' },
	noAddress: { zh: '页面地址未存，无法链接', en: 'address not stored, so no link' },
	seenOn: { zh: '本站所见相同规则的站点：', en: 'Same rule seen on: ' },
	seenOnAfter: { zh: '', en: " (this site's comparison)" },
	translation: { zh: '本站翻译：', en: "This site's translation: " },
	list: { zh: '、', en: ', ' },
	sep: { zh: '；', en: '; ' },
	open: { zh: '（', en: ' (' },
	close: { zh: '）', en: ')' },
} as const;

const escapeHtml = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The claims a passage's Markdown rests on, in order of first mention, without repeats. */
export function claimsIn(markdown: string, data: FactData = SITE_DATA): string[] {
	const ids: string[] = [];
	for (const p of placeholdersIn(markdown)) {
		let id: string | undefined;
		if ('cite' in p) id = p.cite;
		else if ('key' in p) {
			const fact = data.facts[p.key];
			id = fact && 'claim' in fact ? fact.claim : undefined;
		}
		if (id && !ids.includes(id)) ids.push(id);
	}
	return ids;
}

/** One quotation: Amazon's words, the page they were read on (linked), and the site's comparison. */
export function quoteHtml(claim: Claim, lang: Lang, data: FactData = SITE_DATA): string {
	const L = EVIDENCE_LABELS;
	const page = data.sources[claim.page];
	if (!page) throw new Error(`unknown source page "${claim.page}"`);
	const url = page.url;
	const cite = url ? ` cite="${escapeHtml(url)}"` : '';
	const lines = claim.quote.split('\n').map((line) => `<p>${escapeHtml(line)}</p>`).join('');
	// The page's English title inside a Chinese caption is marked as English (see markQuotedEnglish).
	const name = lang === 'zh' ? markQuotedEnglish(pageName(page, lang), lang) : escapeHtml(pageName(page, lang));
	const version = pageVersion(page);
	const about = [version ? L.version[lang](version) : L.noVersion[lang], ...(url ? [] : [L.noAddress[lang]])].join(L.sep[lang]);
	const source = url ? `<a href="${escapeHtml(url)}" hreflang="${claim.lang}">${name}</a>` : name;
	const translation = claim.translation
		? `<p class="evidence-translation" data-provenance="translation" lang="${LANG_TAG[lang]}">${L.translation[lang]}${escapeHtml(claim.translation[lang])}</p>`
		: '';
	const seen = claim.seenOn.map((m) => MARKETPLACE_NAMES[m][lang]).join(L.list[lang]);
	// The comparison stands outside the figure: a figure's caption ends it, and the comparison is not
	// part of what Amazon's words are credited to.
	return (
		`<div class="evidence-item"><figure class="evidence-quote"><blockquote lang="${claim.lang}"${cite}>${lines}</blockquote>${translation}` +
		`<figcaption>— ${source}${L.open[lang]}${escapeHtml(about)}${L.close[lang]}</figcaption></figure>` +
		`<p class="evidence-seen" data-provenance="site">${L.seenOn[lang]}${escapeHtml(seen)}${L.seenOnAfter[lang]}</p></div>`
	);
}

/**
 * The disclosure with the quotes of a passage written in `lang`, or '' when it rests on no claim.
 * Kept out of the search index: the quotes are English or Japanese inside passages of either
 * language, and the passage itself already says what they say.
 */
export function evidenceHtml(markdown: string, lang: Lang, data: FactData = SITE_DATA): string {
	const ids = claimsIn(markdown, data);
	if (ids.length === 0) return '';
	const quotes = ids.map((id) => {
		const claim = data.claims[id];
		if (!claim) throw new Error(`unknown claim "${id}"`);
		return quoteHtml(claim, lang, data);
	});
	return (
		`<details class="evidence not-content" data-pagefind-ignore="all"><summary lang="${LANG_TAG[lang]}">${EVIDENCE_LABELS.summary[lang]}</summary>` +
		`${quotes.join('')}</details>`
	);
}
