/**
 * The accessible name of Starlight's search button, set by Search.astro as soon as the page is parsed.
 *
 * The button is named "Search" but also shows the shortcut keys (axe:
 * label-content-name-mismatch, WCAG 2.5.3 Label in Name): its name becomes "Search Ctrl K", which
 * starts with what is shown and tells screen-reader users the shortcut, which
 * `aria-keyshortcuts` alone announces poorly. A space goes between the key caps in the DOM so
 * that their text reads "Ctrl K" as shown, not "CtrlK"; the caps are flex items, so it does
 * not render. Set as soon as the page is parsed, because Starlight shows the
 * keys while parsing: waiting for the idle search script left the name wrong until then.
 */
export function labelSearchButton(doc: Document): void {
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
