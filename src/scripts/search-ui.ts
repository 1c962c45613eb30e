/**
 * Starlight's search dialog imports `@pagefind/default-ui` once a page is idle and constructs
 * `PagefindUI` with its options; astro.config.mjs points that one import here, so the dialog
 * stays Starlight's own and only gains the accessible names it lacks (see search-a11y.ts).
 */
// The package itself, by file: the alias in astro.config.mjs covers only the bare specifier.
import { PagefindUI as DefaultUI } from '@pagefind/default-ui/npm_dist/mjs/ui-core.mjs';
import { labelSearch } from './search-a11y';

export class PagefindUI extends DefaultUI {
	constructor(options: { element: string } & Record<string, unknown>) {
		// Pagefind deletes the options it consumes, `element` among them.
		const { element } = options;
		super(options);
		labelSearch(document.querySelector(element));
	}
}
