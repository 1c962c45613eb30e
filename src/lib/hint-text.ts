/**
 * A glossary definition as the term popover shows it: text in the page's language, with the
 * passages of the other language kept apart so the popover can give them their own `lang`
 * (`<span lang="en">Fulfilled by Amazon</span>` inside a Chinese definition). The definitions are
 * written in Markdown with such spans; the popover builds its nodes from this and never parses
 * HTML, so the spans neither show as text nor reach the page as markup.
 */
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import type { Element, Root, RootContent } from 'hast';

/** A piece in the page's language, or [text, lang] for a piece in another language. */
export type HintText = (string | [text: string, lang: string])[];

/** A locale's file of hints (src/pages/term-hints/): each term's two names and its definition, by id. */
export type TermHints = Record<string, [zh: string, en: string, definition: HintText]>;

export function hintText(html: string): HintText {
	const out: HintText = [];
	const push = (text: string, lang?: string) => {
		if (!text) return;
		const last = out[out.length - 1];
		if (!lang && typeof last === 'string') out[out.length - 1] = last + text;
		else out.push(lang ? [text, lang] : text);
	};
	const walk = (node: Root | RootContent) => {
		if (node.type === 'text') push(node.value);
		else if (node.type === 'element' && typeof (node as Element).properties.lang === 'string') push(toString(node), String(node.properties.lang));
		else if ('children' in node) node.children.forEach(walk);
	};
	walk(fromHtml(html, { fragment: true }));
	return out;
}
