/**
 * Amazon's own words behind a passage, shown on demand: every claim a passage rests on (each
 * `{{cite:claim}}` and the claim of each `{{fact}}` it states) becomes a quotation in a closed
 * disclosure after the passage, in the source's language, with where it was copied from and the
 * marketplaces it is stated for. The labels live here rather than in the i18n files because they
 * follow the passage's language, not the page's (both passages of a pair are on every page).
 */
import { LANG_TAG, type Lang } from './lang';
import { MARKETPLACE_NAMES, type Claim } from './claims';
import { sourceUrl } from './facts';
import { SITE_DATA, placeholdersIn, type FactData } from './placeholders';

const LABELS = {
	summary: { zh: '亚马逊的原话', en: "Amazon's own words" },
	page: { zh: (m: string) => `${m}页面`, en: (m: string) => `${m} page` },
	holdsFor: { zh: '适用站点：', en: 'stated for ' },
	list: { zh: '、', en: ', ' },
	sep: { zh: '；', en: '; ' },
	comma: { zh: '，', en: ', ' },
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

function quoteHtml(claim: Claim, lang: Lang, data: FactData): string {
	const source = data.sources[claim.source];
	if (!source) throw new Error(`unknown source "${claim.source}"`);
	const url = sourceUrl(source);
	const cite = url ? ` cite="${escapeHtml(url)}"` : '';
	const where = [source.name[lang], LABELS.page[lang](MARKETPLACE_NAMES[claim.page][lang])].join(LABELS.comma[lang]);
	const holds = LABELS.holdsFor[lang] + claim.holdsFor.map((m) => MARKETPLACE_NAMES[m][lang]).join(LABELS.list[lang]);
	return (
		`<figure class="evidence-quote"><blockquote lang="${claim.lang}"${cite}><p>${escapeHtml(claim.quote)}</p></blockquote>` +
		`<figcaption>— ${escapeHtml(where)}${LABELS.sep[lang]}${escapeHtml(holds)}</figcaption></figure>`
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
		`<details class="evidence not-content" data-pagefind-ignore="all"><summary lang="${LANG_TAG[lang]}">${LABELS.summary[lang]}</summary>` +
		`${quotes.join('')}</details>`
	);
}
