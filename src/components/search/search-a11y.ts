/**
 * Accessible names that Starlight's search button and Pagefind's search field lack, set when
 * the search form is created (search-ui.ts), so no script of ours runs before the page
 * is idle.
 *
 * - The field has only a `title` (axe: label-title-only): it gets the same text as `aria-label`,
 *   the translated "Search" that Starlight gives Pagefind as placeholder.
 * - The button is named "Search" but also shows the shortcut keys (axe:
 *   label-content-name-mismatch, WCAG 2.5.3 Label in Name): its name becomes "Search Ctrl K", which
 *   starts with what is shown and tells screen-reader users the shortcut, which
 *   `aria-keyshortcuts` alone announces poorly. A space goes between the key caps in the DOM so
 *   that their text reads "Ctrl K" as shown, not "CtrlK"; the caps are flex items, so it does
 *   not render.
 */
export function labelSearch(container: Element | null, doc: Document = document): void {
	labelButton(doc);
	if (!container) return;
	// Pagefind renders its field a moment after being constructed.
	if (labelInput(container)) return;
	const observer = new MutationObserver(() => {
		if (labelInput(container)) observer.disconnect();
	});
	observer.observe(container, { childList: true, subtree: true, attributes: true });
}

function labelInput(container: Element): boolean {
	const input = container.querySelector<HTMLInputElement>('input[type="text"], input:not([type])');
	if (input?.hasAttribute('aria-label')) return true;
	// Pagefind may create the field before it has its translated placeholder.
	const label = input?.placeholder || input?.title;
	if (!input || !label) return false;
	input.setAttribute('aria-label', label);
	return true;
}

function labelButton(doc: Document): void {
	const button = doc.querySelector<HTMLButtonElement>('site-search button[data-open-modal]');
	const label = button?.getAttribute('aria-label');
	const caps = [...(button?.querySelectorAll('kbd > kbd') ?? [])];
	if (!button || !label || caps.length === 0) return;
	for (const cap of caps.slice(0, -1)) {
		if (cap.nextSibling?.nodeType !== Node.TEXT_NODE) cap.after(doc.createTextNode(' '));
	}
	const keys = caps.map((cap) => cap.textContent?.trim()).join(' ');
	if (!label.endsWith(keys)) button.setAttribute('aria-label', `${label} ${keys}`);
}
