/** Pagefind's default UI ships without types; this is the part src/scripts/search-ui.ts uses. */
declare module '@pagefind/default-ui/npm_dist/mjs/ui-core.mjs' {
	export class PagefindUI {
		constructor(options: Record<string, unknown>);
		triggerSearch(term: string): void;
		destroy(): void;
	}
}
