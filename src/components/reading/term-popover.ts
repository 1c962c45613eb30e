/**
 * The popover of a marked glossary term: the term in the other language, its one-line
 * definition and a link to its entry. The term itself stays the real control (a link to the
 * entry, which is all it is without JavaScript); while the popover shows, the link is described
 * by it (aria-describedby), so a screen reader announces the hint with the link. Escape closes it
 * (WCAG 1.4.13); the pointer can move onto it without it closing.
 *
 * The popover is made by this script at the end of the aligned document (inside <main>, so it is
 * in a landmark), outside every passage: it is never part of a passage's text, its copied text or
 * the search index, which is built from the HTML before any script runs. Its link is for pointer and touch readers; keyboard
 * readers are already on a link to the same entry, so it takes no tab stop.
 *
 * What it shows comes from the locale's file of hints, asked for when the reading aids start
 * (after the first paint). A term met before the file arrives opens when it does, if the reader is
 * still on it; without the file the term is what it is without JavaScript, a link to its entry.
 */
import type { TermHints } from '../../lib/hint-text';

export interface TermData {
	glossary: string;
	/** The glossary page in the page's language. */
	glossaryHref: string;
	/** The locale's hints (src/pages/term-hints/); absent where no term is marked. */
	hintsHref?: string;
}

const HAN = /\p{Script=Han}/u;

export function termPopover(root: HTMLElement, data: TermData) {
	if (!data.hintsHref) return;
	const hints: Promise<TermHints> = fetch(data.hintsHref)
		.then((response) => (response.ok ? response.json() : {}))
		.catch(() => ({}));
	const box = document.createElement('div');
	box.id = 'term-hint';
	box.className = 'term-hint not-content';
	box.setAttribute('role', 'tooltip');
	box.dataset.pagefindIgnore = '';
	box.hidden = true;
	const name = box.appendChild(document.createElement('strong'));
	const definition = box.appendChild(document.createElement('span'));
	const entry = box.appendChild(document.createElement('a'));
	// Pointed at the term's entry when shown; a link is never without a target (crawlers and
	// assistive software take an <a> without href for no link at all).
	entry.href = data.glossaryHref;
	entry.tabIndex = -1;
	entry.textContent = data.glossary;
	definition.lang = document.documentElement.lang;
	root.append(box);

	let owner: HTMLAnchorElement | null = null;
	/** The term last asked for, while its hints may still be on their way. */
	let wanted: HTMLAnchorElement | null = null;
	let closing: ReturnType<typeof setTimeout> | undefined;
	let touch = false;
	let tapped: HTMLAnchorElement | null = null;

	const termOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLAnchorElement>('a.term') : null);

	async function open(link: HTMLAnchorElement) {
		clearTimeout(closing);
		wanted = link;
		const term = (await hints)[new URL(link.href).hash.slice(1)];
		if (!term || wanted !== link) return;
		if (owner && owner !== link) owner.removeAttribute('aria-describedby');
		owner = link;
		// The hint gives the term in the language the reader is not reading it in.
		const other = HAN.test(link.textContent ?? '') ? 1 : 0;
		name.textContent = term[other];
		name.lang = other ? 'en' : 'zh-CN';
		definition.replaceChildren(
			...term[2].map((piece) => {
				if (typeof piece === 'string') return piece;
				const span = document.createElement('span');
				span.lang = piece[1];
				span.textContent = piece[0];
				return span;
			}),
		);
		entry.href = link.href;
		link.setAttribute('aria-describedby', box.id);
		box.hidden = false;
		// The document is the popover's containing block (its container query makes it one).
		const r = link.getBoundingClientRect();
		const frame = root.getBoundingClientRect();
		const left = Math.max(0, Math.min(r.left - frame.left, frame.width - box.offsetWidth));
		box.style.left = `${left}px`;
		box.style.top = `${r.bottom - frame.top + 4}px`;
	}
	function close() {
		clearTimeout(closing);
		wanted = null;
		box.hidden = true;
		owner?.removeAttribute('aria-describedby');
		owner = tapped = null;
	}
	// A moment's grace, so the pointer can cross from the term to the popover.
	const closeSoon = () => {
		clearTimeout(closing);
		closing = setTimeout(close, 300);
	};

	root.addEventListener('pointerdown', (e) => (touch = e.pointerType !== 'mouse'));
	root.addEventListener('mouseover', (e) => !touch && termOf(e.target) && open(termOf(e.target)!));
	root.addEventListener('mouseout', (e) => termOf(e.target) && closeSoon());
	root.addEventListener('focusin', (e) => (termOf(e.target) ? open(termOf(e.target)!) : close()));
	root.addEventListener('focusout', (e) => termOf(e.target) && !termOf(e.relatedTarget) && close());
	// A first tap shows the hint; a second tap on the same term follows the link.
	root.addEventListener('click', (e) => {
		const link = termOf(e.target);
		if (link && touch && tapped !== link) {
			e.preventDefault();
			open(link);
			tapped = link;
		}
	});
	box.addEventListener('mouseover', () => clearTimeout(closing));
	box.addEventListener('mouseout', closeSoon);
	document.addEventListener('keydown', (e) => e.key === 'Escape' && !box.hidden && close());
	document.addEventListener('pointerdown', (e) => !box.hidden && !termOf(e.target) && !box.contains(e.target as Node) && close());
}
