/**
 * The accessible name that Pagefind's search field lacks (the button's is search-button.ts).
 *
 * - The field has only a `title` (axe: label-title-only): it gets the same text as `aria-label`,
 *   the translated "Search" that Starlight gives Pagefind as placeholder. Set when the search
 *   form is created (search-ui.ts), once the page is idle.
 */
export function labelSearch(container: Element | null): void {
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
