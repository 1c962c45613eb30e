/**
 * JSON-LD that says whose words a page's passages are, as its labels do (src/lib/aligned.ts
 * `Provenance`): the article author's text carries `author`; a translation the article published
 * without naming its translator (the guideline's Chinese) carries no author, only the article it is
 * part of; this site's translation carries the original's author, with `translator` and
 * `translationOfWork` pointing at the original in its language.
 */
import { LANG_TAG, type Lang, type Provenance, type ProvenancePair } from './aligned';

export interface Credits {
	/** The article's author (a person), for `author` and `article` passages. */
	author?: string;
	/** The article's title (in Chinese, as published), for `article` passages. */
	article?: string;
	/** This site's name in the page's language, for what this site wrote or translated. */
	site: string;
}

type Json = Record<string, unknown>;
const person = (name: string): Json => ({ '@type': 'Person', name });
const organization = (name: string): Json => ({ '@type': 'Organization', name });
const AMAZON = organization('Amazon');

function needAuthor(kind: Provenance, credits: Credits): string {
	if (!credits.author) throw new Error(`an "${kind}" passage needs the article author`);
	return credits.author;
}

/**
 * Who a passage's words are credited to: their author, or, for what the article published without
 * naming who wrote it, the article they are part of (its author published them, nothing says
 * they wrote or translated them).
 */
function creditOf(kind: Provenance, credits: Credits): Json {
	if (kind === 'amazon') return { author: AMAZON };
	if (kind === 'author') return { author: person(needAuthor(kind, credits)) };
	if (kind === 'article') {
		const article: Json = { '@type': 'Article', inLanguage: LANG_TAG.zh, author: person(needAuthor(kind, credits)) };
		if (credits.article) article.name = credits.article;
		return { isPartOf: article };
	}
	return { author: organization(credits.site) };
}

/**
 * Who to credit for one item in `lang`, given the item's text in both languages. A translation
 * credits the original's creator, this site as translator, and names the original.
 */
export function credit(type: string, text: Record<Lang, string>, lang: Lang, provenance: ProvenancePair, credits: Credits): Json {
	const kind = provenance[lang];
	if (kind !== 'translation') return creditOf(kind, credits);
	const other: Lang = lang === 'zh' ? 'en' : 'zh';
	const original = creditOf(provenance[other], credits);
	return {
		...original,
		translator: organization(credits.site),
		translationOfWork: { '@type': type, inLanguage: LANG_TAG[other], text: text[other], ...original },
	};
}

/**
 * The main text of a published document (the guideline): who wrote it in the page's language,
 * and how it relates to its other language — Amazon's original and the translation the article
 * published of it.
 */
export function documentJsonLd(title: Record<Lang, string>, pageLang: Lang, provenance: ProvenancePair, credits: Credits): string {
	const other: Lang = pageLang === 'zh' ? 'en' : 'zh';
	const work = (lang: Lang): Json => ({ '@type': 'CreativeWork', name: title[lang], inLanguage: LANG_TAG[lang], ...creditOf(provenance[lang], credits) });
	const doc: Json = { '@context': 'https://schema.org', ...work(pageLang), ...credit('CreativeWork', title, pageLang, provenance, credits) };
	if (provenance[other] === 'amazon' && provenance[pageLang] !== 'translation') doc.translationOfWork = work(other);
	if (provenance[pageLang] === 'amazon') doc.workTranslation = work(other);
	return JSON.stringify(doc).replace(/</g, '\\u003c');
}

export interface FaqEntry {
	question: Record<Lang, string>;
	answer: Record<Lang, string>;
	provenance: ProvenancePair;
}

/** A FAQPage in the page's language, every question and answer credited. Plain text in, JSON out. */
export function faqPageJsonLd(entries: FaqEntry[], pageLang: Lang, credits: Credits): string {
	return JSON.stringify({
		'@context': 'https://schema.org',
		'@type': 'FAQPage',
		inLanguage: LANG_TAG[pageLang],
		mainEntity: entries.map((e) => ({
			'@type': 'Question',
			name: e.question[pageLang],
			...credit('Question', e.question, pageLang, e.provenance, credits),
			acceptedAnswer: {
				'@type': 'Answer',
				text: e.answer[pageLang],
				...credit('Answer', e.answer, pageLang, e.provenance, credits),
			},
		})),
	}).replace(/</g, '\\u003c');
}
