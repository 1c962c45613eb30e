/**
 * Numbers in aligned text come from the facts data, never typed into a language: a passage says
 * `under {{cr.target}}` and gets "under 2.5%" in English and "低于 2.5%" in Chinese from the same
 * fraction. Resolved before Markdown is rendered (see AlignedDoc).
 *
 * Syntax:
 * - `{{key}}`: a fact from FACTS, formatted for the language and wrapped in `<data>` (or `<time>`
 *   for dates) carrying `data-fact` and the machine value, so tests can tell data from prose.
 * - `{{key|percent}}`: a target's rate alone ("2.5%"), without "under".
 * - `{{key|raw}}`: a count as bare digits, for URLs.
 * - `{{source:id}}`: a page from SOURCE_PAGES (src/lib/source-pages.ts), as a Markdown link to the
 *   address it was read at when that was stored, else its name; `{{source:id|short}}` with its
 *   short name, for table cells.
 * - `{{cite:claim}}`: the page of a claim from CLAIMS (src/lib/claims.ts), rendered as
 *   `{{source:…}}` is; the passage then shows the claim's quote on demand (src/lib/evidence.ts).
 *   `{{cite:claim|also}}` renders nothing: a further quote from a source the passage already names.
 * An unknown key, format or source, or a stray `{{`/`}}`, throws: the build fails rather than
 * publish a hole.
 */
import { LANG_TAG, type Lang } from './aligned';
import { CLAIMS, type Claim } from './claims';
import { FACTS, type Fact, type Fraction } from './facts';
import { SOURCE_PAGES, pageName, pageShortName, type SourcePage } from './source-pages';

export type RenderMode = 'html' | 'plain';

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

const TARGET_WORDS: Record<Lang, Record<'<' | '>' | '>=', string>> = {
	zh: { '<': '低于', '>': '高于', '>=': '不低于' },
	en: { '<': 'under', '>': 'above', '>=': 'at least' },
};

export function formatRate(rate: Fraction, lang: Lang): string {
	return new Intl.NumberFormat(LANG_TAG[lang], { style: 'percent', maximumFractionDigits: 2 }).format(
		rate.numerator / rate.denominator,
	);
}

export function formatNumber(value: number, lang: Lang): string {
	return new Intl.NumberFormat(LANG_TAG[lang]).format(value);
}

/** "7 days", "7 and 30 days"; "7 天", "7 天和 30 天". */
export function formatDays(days: readonly number[], lang: Lang): string {
	if (days.length === 0) throw new Error('a window needs at least one length');
	const n = days.map((d) => formatNumber(d, lang));
	if (lang === 'zh') {
		const parts = n.map((d) => `${d} 天`);
		return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join('、')}和 ${parts.at(-1)}`;
	}
	const unit = days.length === 1 && days[0] === 1 ? 'day' : 'days';
	return n.length === 1 ? `${n[0]} ${unit}` : `${n.slice(0, -1).join(', ')} and ${n.at(-1)} ${unit}`;
}

/** "2026 年 11 月" (spaced like the site's other numbers in Chinese), "November 2026". */
export function formatMonth(iso: string, lang: Lang): string {
	const m = /^(\d{4})-(\d{2})$/.exec(iso);
	if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) throw new Error(`not a month: "${iso}"`);
	if (lang === 'zh') return `${m[1]} 年 ${Number(m[2])} 月`;
	return new Intl.DateTimeFormat(LANG_TAG[lang], { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${iso}-01T00:00:00Z`));
}

/** "2020–2024 年", "2020–2024". */
export function formatYears(from: number, to: number, lang: Lang): string {
	return lang === 'zh' ? `${from}–${to} 年` : `${from}–${to}`;
}

/** "2022 年 5 月 23 日" (spaced like the month, house style), "May 23, 2022". */
export function formatDate(iso: string, lang: Lang): string {
	const date = new Date(`${iso}T00:00:00Z`);
	if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || Number.isNaN(date.getTime())) throw new Error(`not a date: "${iso}"`);
	if (lang === 'zh') return `${date.getUTCFullYear()} 年 ${date.getUTCMonth() + 1} 月 ${date.getUTCDate()} 日`;
	return new Intl.DateTimeFormat(LANG_TAG[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** A fact as the reader sees it. */
export function formatFact(fact: Fact, lang: Lang, format?: string): string {
	if (format === 'percent' && (fact.kind === 'target' || fact.kind === 'rate')) return formatRate(fact.rate, lang);
	if (format === 'raw' && fact.kind === 'count') return String(fact.value);
	if (format !== undefined) throw new Error(`format "${format}" does not apply to a ${fact.kind} fact`);
	switch (fact.kind) {
		case 'target':
			return `${TARGET_WORDS[lang][fact.op]} ${formatRate(fact.rate, lang)}`;
		case 'rate':
			return formatRate(fact.rate, lang);
		case 'days':
			return formatDays(fact.days, lang);
		case 'count':
			return formatNumber(fact.value, lang);
		case 'date':
			return formatDate(fact.date, lang);
		case 'month':
			return formatMonth(fact.month, lang);
		case 'years':
			return formatYears(fact.from, fact.to, lang);
	}
}

/** The value a machine reads from `<data value>`: a decimal rate, day counts, a number. */
export function factValue(fact: Fact): string {
	switch (fact.kind) {
		case 'target':
		case 'rate':
			return String(fact.rate.numerator / fact.rate.denominator);
		case 'days':
			return fact.days.join(' ');
		case 'count':
			return String(fact.value);
		case 'date':
			return fact.date;
		case 'month':
			return fact.month;
		case 'years':
			return `${fact.from}/${fact.to}`;
	}
}

const escapeHtml = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A Chinese source name quotes an English page title as published (“Total Cancellation Rate”):
 * the title is English text and says so, for screen readers and for search, which indexes it
 * from the English page rather than unsegmented in the Chinese index (src/astro-content/markdown.ts).
 */
export function markQuotedEnglish(name: string, lang: Lang): string {
	if (lang !== 'zh') return name;
	return name.replace(/“([^”\p{Script=Han}]+)”/gu, (_, title: string) => `“<span lang="${LANG_TAG.en}">${escapeHtml(title)}</span>”`);
}

function renderSource(source: SourcePage, lang: Lang, mode: RenderMode, format?: string): string {
	if (format !== undefined && format !== 'short') throw new Error(`format "${format}" does not apply to a source`);
	const plain = format === 'short' ? pageShortName(source, lang) : pageName(source, lang);
	const name = mode === 'html' ? markQuotedEnglish(plain, lang) : plain;
	return mode === 'html' && source.url ? `[${name}](${source.url})` : name;
}

function renderFact(key: string, fact: Fact, lang: Lang, mode: RenderMode, format?: string): string {
	const shown = formatFact(fact, lang, format);
	if (mode === 'plain' || format === 'raw') return shown;
	const attrs = `class="fact" data-fact="${escapeHtml(key)}"`;
	if (fact.kind === 'date' || fact.kind === 'month') return `<time ${attrs} datetime="${factValue(fact)}">${escapeHtml(shown)}</time>`;
	return `<data ${attrs} value="${escapeHtml(factValue(fact))}">${escapeHtml(shown)}</data>`;
}

export interface FactData {
	facts: Readonly<Record<string, Fact>>;
	sources: Readonly<Record<string, SourcePage>>;
	claims: Readonly<Record<string, Claim>>;
}

export const SITE_DATA: FactData = { facts: FACTS, sources: SOURCE_PAGES, claims: CLAIMS };

/** One placeholder, parsed: `{ source }`, `{ cite }` or `{ key, format }`. */
export type Placeholder = { source: string; format?: string } | { cite: string; format?: string } | { key: string; format?: string };

export function parsePlaceholder(body: string): Placeholder {
	const named = body.match(/^(source|cite):\s*(.+)$/);
	const [key, format, extra] = (named ? named[2] : body).split('|').map((s) => s.trim());
	if (!key || extra !== undefined || format === '') throw new Error(`malformed placeholder "{{${body}}}"`);
	const p = named ? (named[1] === 'source' ? { source: key } : { cite: key }) : { key };
	return format ? { ...p, format } : p;
}

/** The placeholders of a text, in order. */
export function placeholdersIn(text: string): Placeholder[] {
	return [...text.matchAll(PLACEHOLDER)].map((m) => parsePlaceholder(m[1]));
}

/** Replaces every placeholder of a Markdown text in one language; throws on anything unknown. */
export function resolvePlaceholders(text: string, lang: Lang, mode: RenderMode = 'html', data: FactData = SITE_DATA): string {
	const out = text.replace(PLACEHOLDER, (_, body: string) => {
		const p = parsePlaceholder(body);
		if ('source' in p || 'cite' in p) {
			const claim = 'cite' in p ? data.claims[p.cite] : undefined;
			if ('cite' in p && !claim) throw new Error(`unknown claim "${p.cite}" in "{{${body}}}"`);
			// `|also`: a second claim of a source the passage already names; only its quote is added.
			if (claim && p.format === 'also') return '';
			const id = claim ? claim.page : (p as { source: string }).source;
			const source = data.sources[id];
			if (!source) throw new Error(`unknown source "${id}" in "{{${body}}}"`);
			return renderSource(source, lang, mode, p.format);
		}
		const fact = data.facts[p.key];
		if (!fact) throw new Error(`unknown fact "${p.key}" in "{{${body}}}"`);
		return renderFact(p.key, fact, lang, mode, p.format);
	});
	if (/\{\{|\}\}/.test(out)) throw new Error(`unbalanced placeholder braces in "${text}"`);
	return out;
}
