/**
 * Highlights a sentence and its counterpart in the other language (the spans the build gave the
 * same `data-s` inside one pair), on pointer hover, tap and keyboard focus.
 *
 * Keyboard: making every sentence a tab stop would put some thirty stops between a reader and the
 * next link on the guideline alone. Instead each passage with sentences is one tab stop (its
 * first sentence, or the one last visited), and the arrow keys, Home and End move between its
 * sentences: the roving-tabindex pattern of toolbars and grids. Tab always leaves, so nothing
 * traps focus. The spans get no role or label: a screen reader reads the passage as the prose it
 * is, and only a reader who arrows through sentences hears them one at a time.
 */
const SENTENCE = '[data-s]';
let lit: Element[] = [];

function partners(sentence: Element): Element[] {
	const pair = sentence.closest('.pair');
	const id = sentence.getAttribute('data-s');
	return pair ? [...pair.querySelectorAll(`:scope > .passage [data-s="${id}"]`)] : [sentence];
}

function light(sentence: Element | null | undefined) {
	for (const el of lit) el.classList.remove('lit');
	lit = sentence ? partners(sentence) : [];
	for (const el of lit) el.classList.add('lit');
}

const sentenceOf = (target: EventTarget | null) => (target instanceof Element ? target.closest(SENTENCE) : null);
const sentencesOf = (passage: Element | null) => [...(passage?.querySelectorAll<HTMLElement>(SENTENCE) ?? [])];

function move(from: HTMLElement, key: string): HTMLElement | undefined {
	const all = sentencesOf(from.closest('.passage'));
	const at = all.indexOf(from);
	const to = { ArrowRight: at + 1, ArrowDown: at + 1, ArrowLeft: at - 1, ArrowUp: at - 1, Home: 0, End: all.length - 1 }[key];
	return to === undefined ? undefined : all[Math.max(0, Math.min(all.length - 1, to))];
}

export function sentenceHighlight(root: HTMLElement) {
	for (const passage of root.querySelectorAll('.passage')) {
		sentencesOf(passage).forEach((s, i) => (s.tabIndex = i === 0 ? 0 : -1));
	}
	const focused = () => sentenceOf(document.activeElement);
	root.addEventListener('mouseover', (e) => light(sentenceOf(e.target) ?? focused()));
	root.addEventListener('mouseleave', () => light(focused()));
	// A tap on a touch screen: also a way to keep a pair lit while reading it.
	root.addEventListener('click', (e) => sentenceOf(e.target) && light(sentenceOf(e.target)));
	root.addEventListener('focusin', (e) => light(sentenceOf(e.target)));
	root.addEventListener('focusout', (e) => !sentenceOf(e.relatedTarget) && light(null));
	root.addEventListener('keydown', (e) => {
		const from = e.target instanceof HTMLElement && e.target.matches(SENTENCE) ? e.target : null;
		const to = from && !e.altKey && !e.ctrlKey && !e.metaKey ? move(from, e.key) : undefined;
		if (!from || !to) return;
		e.preventDefault();
		from.tabIndex = -1;
		to.tabIndex = 0;
		to.focus();
	});
}
