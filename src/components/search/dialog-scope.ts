/**
 * The class the dialog's own stylesheet (search-dialog.css) scopes Pagefind UI's rules to, set on
 * the elements Pagefind's Svelte components would have scoped: the form's parts and the results.
 * A module of its own: the form (search-ui.ts, built on every page once it is idle) and the
 * results (search-results.ts, loaded when the dialog opens) both set it.
 */
export const DIALOG_SCOPE = 'kb-search';
