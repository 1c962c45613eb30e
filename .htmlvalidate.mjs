/**
 * html-validate for every built page (tests/build/html-validity.test.ts). The recommended preset,
 * with only these rules relaxed, each for markup Starlight or Astro emit that is valid HTML:
 */
export default {
	extends: ['html-validate:recommended'],
	rules: {
		// A style preference, not validity: Astro writes `<meta/>` and `<link/>`, Starlight and
		// MDX write `<input>` and `<br>`; both spellings are valid HTML, and the mix is not ours.
		'void-style': 'off',
		// Starlight's skip link targets `id="_top"`. HTML5 allows any id without spaces; only the
		// rule's default (ids that start with a letter) is stricter.
		'valid-id': ['error', { relaxed: true }],
		// Page titles such as "About & sources" carry a bare `&`, which HTML5 allows wherever it
		// cannot start a character reference; relaxed mode still rejects ambiguous ones.
		'no-raw-characters': ['error', { relaxed: true }],
		// Advice against accidental form submission: Starlight's menu, search and table-of-contents
		// buttons have no `type` but sit in no form, so they cannot submit anything.
		'no-implicit-button-type': 'off',
		// Starlight sets inline `style` attributes (e.g. the sidebar's scroll state); the CSP
		// allows inline styles for that reason (public/_headers).
		'no-inline-style': 'off',
		// Starlight renders the table of contents twice (the phone one and the desktop one), each a
		// <nav> labelled "On this page"; CSS shows exactly one at any width.
		'unique-landmark': 'off',
		// A table laid out as blocks on a phone names the roles its elements already have: CSS display
		// other than table's makes WebKit drop them. The related metrics' get theirs in the build
		// (src/astro-content/markdown.ts); the calculator's, which its script writes, never reach here.
		'no-redundant-role': ['error', { exclude: ['table', 'rowgroup', 'row', 'columnheader', 'rowheader', 'cell'] }],
	},
};
