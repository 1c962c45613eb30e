/**
 * The dialog's answer on screen, in Pagefind UI's markup: a message saying what was found (or
 * honestly that no passage holds every word), the results, and, when the answer is partial or
 * empty, the FAQ and the glossary. Text goes in as text nodes only; Pagefind's excerpts are split
 * at its `<mark>` tags, never parsed as HTML.
 */
import { LANG_TAG, type Lang } from '../../lib/lang';
import type { SearchAnswer, SearchHit } from '../../lib/query/engine';
import { understood } from '../../lib/query/understood';
import type { Vocabulary } from '../../lib/query/vocabulary';

import { DIALOG_SCOPE } from './dialog-scope';

/** Our strings the dialog shows (src/content/i18n), published in search-data.json. */
export const SEARCH_STRING_KEYS = [
	'kb.search.language',
	'kb.search.page',
	'kb.search.partial',
	'kb.search.none',
	'kb.search.help',
	'kb.search.faq',
	'kb.search.glossary',
	'kb.search.capped',
	'kb.search.empty',
	'kb.search.understood',
	'kb.search.nearest',
	'kb.search.terms',
	'kb.lang.zh',
	'kb.lang.en',
] as const;

/** Pagefind's translated strings (Starlight's `pagefind.*`) and ours (SEARCH_STRING_KEYS). */
export type SearchStrings = Record<string, string | undefined>;

export interface RenderContext {
	strings: SearchStrings;
	lang: Lang;
	base: string;
	maxChars: number;
	/** What the query layer understands: for the names of the terms it recognised. */
	vocabulary?: Vocabulary;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	node.className = /^pagefind-ui__(?:result|results$|message)/.test(className) ? `${className} ${DIALOG_SCOPE}` : className;
	if (text !== undefined) node.textContent = text;
	return node;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };
const decode = (s: string) => s.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (e) => ENTITIES[e]);

/** Pagefind's excerpt as text with its matches in `<mark>`. */
function excerptNodes(excerpt: string): Node[] {
	return excerpt.split(/(<mark>[^<]*<\/mark>)/).flatMap((part): Node[] => {
		if (part === '') return [];
		const m = part.match(/^<mark>([^<]*)<\/mark>$/);
		if (!m) return [document.createTextNode(decode(part))];
		const mark = document.createElement('mark');
		mark.textContent = decode(m[1]);
		return [mark];
	});
}

function fill(template: string | undefined, values: Record<string, string>, fallback: string): string {
	return Object.entries(values).reduce((s, [key, value]) => s.split(`[${key}]`).join(value), template ?? fallback);
}

function resultItem(hit: SearchHit, ctx: RenderContext): HTMLLIElement {
	const { strings, lang } = ctx;
	const item = el('li', 'pagefind-ui__result');
	const inner = el('div', 'pagefind-ui__result-inner');
	const title = el('p', 'pagefind-ui__result-title');
	const link = el('a', 'pagefind-ui__result-link', hit.title);
	link.href = hit.url;
	title.append(link);
	const excerpt = el('p', 'pagefind-ui__result-excerpt');
	excerpt.append(...excerptNodes(hit.excerpt));
	// The words matched in the other language: read aloud and set in type as that language.
	if (hit.matchLang !== lang) excerpt.lang = LANG_TAG[hit.matchLang];
	const tags = el('ul', 'pagefind-ui__result-tags');
	const tag = (key: string | undefined, value: string) => tags.append(el('li', 'pagefind-ui__result-tag', `${key ?? ''}: ${value}`));
	if (hit.pageTitle && hit.pageTitle !== hit.title) tag(strings['kb.search.page'], hit.pageTitle);
	if (hit.matchLang !== lang) tag(strings['kb.search.language'], strings[`kb.lang.${hit.matchLang}`] ?? hit.matchLang);
	inner.append(title, excerpt);
	if (tags.childElementCount > 0) inner.append(tags);
	item.append(inner);
	return item;
}

/** Where to look when search finds nothing or only part: the FAQ and the glossary, in the reader's locale. */
function help(ctx: RenderContext): HTMLElement {
	const { strings, lang } = ctx;
	const root = ctx.base.replace(/\/?$/, '/') + (lang === 'en' ? 'en/' : '');
	const p = el('p', 'kb-search-help', `${strings['kb.search.help'] ?? ''} `);
	const link = (path: string, label: string | undefined) => {
		const a = el('a', '', label ?? path);
		a.href = root + path;
		return a;
	};
	p.append(link('faq/', strings['kb.search.faq']), lang === 'zh' ? '、' : ', ', link('glossary/', strings['kb.search.glossary']));
	return p;
}

/** What the query was read as, when that differs from what was typed: 按“目标”搜索 / Searching for “target”. */
function understoodNote(answer: SearchAnswer, ctx: RenderContext): HTMLElement | undefined {
	const { names } = understood(answer, ctx.vocabulary ?? [], ctx.lang);
	if (names.length === 0) return undefined;
	const quoted = names.map((n) => `“${n}”`).join(ctx.lang === 'zh' ? '' : ', ');
	return el('p', 'kb-search-understood', fill(ctx.strings['kb.search.understood'], { TERMS: quoted }, `Searching for ${quoted}`));
}

/** The glossary terms the query named, linked to their rows: where to read on when the answer is partial. */
function termsNote(answer: SearchAnswer, ctx: RenderContext): HTMLElement | undefined {
	const { terms } = understood(answer, ctx.vocabulary ?? [], ctx.lang);
	if (terms.length === 0) return undefined;
	const root = ctx.base.replace(/\/?$/, '/') + (ctx.lang === 'en' ? 'en/' : '');
	const p = el('p', 'kb-search-terms', `${ctx.strings['kb.search.terms'] ?? ''} `);
	terms.forEach((term, i) => {
		const a = el('a', '', term.name);
		a.href = `${root}${term.path}`;
		if (i > 0) p.append(ctx.lang === 'zh' ? '、' : ', ');
		p.append(a);
	});
	return p;
}

export function renderAnswer(area: HTMLElement, answer: SearchAnswer, typed: string, ctx: RenderContext): void {
	const { strings } = ctx;
	// The query as typed; a long paste is named by its start.
	const trimmed = typed.trim();
	const shown = [...trimmed].length > 40 ? `${[...trimmed].slice(0, 40).join('')}…` : trimmed;
	// The live region built with the form (search-ui.ts) stays; what follows it is replaced.
	const message = area.querySelector<HTMLElement>('.pagefind-ui__message') ?? el('p', 'pagefind-ui__message');
	const nodes: Node[] = [message];
	if (answer.plan.truncated) {
		const max = new Intl.NumberFormat(LANG_TAG[ctx.lang]).format(ctx.maxChars);
		nodes.push(el('p', 'kb-search-note', fill(strings['kb.search.capped'], { MAX: max }, `Only the first ${max} characters were searched.`)));
	}
	const note = understoodNote(answer, ctx);
	if (note) nodes.push(note);
	if (answer.plan.terms.length === 0) {
		message.textContent = strings['kb.search.empty'] ?? '';
	} else if (answer.hits.length === 0) {
		message.textContent = fill(strings['kb.search.none'], { QUERY: shown }, `No results for ${shown}`);
		const terms = termsNote(answer, ctx);
		if (terms) nodes.push(terms);
		nodes.push(help(ctx));
	} else {
		if (answer.nearest) {
			message.textContent = fill(strings['kb.search.nearest'], { QUERY: shown }, shown);
		} else if (answer.complete) {
			const count = String(answer.hits.length);
			const template = answer.hits.length === 1 ? strings.one_result : strings.many_results;
			message.textContent = fill(template, { COUNT: count, SEARCH_TERM: shown }, `${count} results for ${shown}`);
		} else {
			message.textContent = fill(strings['kb.search.partial'], { QUERY: shown }, shown);
		}
		const list = el('ol', 'pagefind-ui__results');
		list.append(...answer.hits.map((hit) => resultItem(hit, ctx)));
		nodes.push(list);
		if (!answer.complete) {
			const terms = termsNote(answer, ctx);
			if (terms) nodes.push(terms);
			nodes.push(help(ctx));
		}
	}
	area.replaceChildren(...nodes);
}
