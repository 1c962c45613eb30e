/**
 * Page-weight budgets, gzip bytes, per page type (see pageType() in tests/support/weight.ts).
 *
 * The yardstick is Starlight's own CI (size-limit on its example site): index.html ≤ 7 kB, its
 * JavaScript ≤ 27 kB, its CSS ≤ 16.75 kB, compressed. No budget here is looser than the matching
 * one of Starlight's, except the HTML of pages whose text is long or Chinese (noted where it
 * applies). Each number is what the page weighed when the budget was set (noted as "was …"),
 * plus a little room, so a real regression fails and a typo fix does not. kB = 1000 bytes.
 *
 * - html: the page's HTML file, inline scripts and styles included.
 * - css: every stylesheet the page links (the print sheet too: browsers fetch it anyway).
 * - js: every script the page runs at load: external files with their static imports followed,
 *   plus inline scripts gzipped on their own.
 * - ours: the part of js that is this project's code rather than Starlight's (Starlight, Astro's
 *   prefetch and Pagefind's UI, i.e. code from node_modules). Content pages load no JavaScript of
 *   ours beyond two small pieces (the head script and, on aligned pages, AlignedDoc's script),
 *   each allowed for below; only the calculator page and the guideline, which embeds it, add the
 *   calculator's script.
 * - lazy: scripts imported dynamically, which the page fetches after load: Starlight's search
 *   fetches its UI as soon as the browser is idle, on every page (our search form,
 *   src/components/search/search-ui.ts, in its place). Not counted in js.
 *
 * About "no looser": Starlight's size-limit entries set `"gzip": true`, so its limits are gzip
 * bytes, as here. Pagefind's UI alone is over 27 kB gzip, which is why search got its own `lazy`
 * budget instead of counting against the at-load `js`; our form that replaced it is far smaller.
 *
 * Re-measured on the merged site (bilingual guideline with the embedded calculator, the reference
 * pages, the glossary, bilingual search); "was" below is that measurement, zh/en where they differ.
 */
import type { PageType } from '../support/weight';

export interface Budget {
	html: number;
	css: number;
	js: number;
	ours: number;
	lazy: number;
}

const kB = 1000;

/**
 * Our inline head script (src/lib/reading-mode.ts) applies the stored reading mode before the
 * first paint. Starlight's `head` option puts it on every page; was 158 bytes.
 */
const HEAD_SCRIPT = 0.2 * kB;

/**
 * The script that names the search button after what it shows (the shortcut keys too) once the
 * page is parsed (src/components/search/SearchButtonName.astro), on every page; was 0.3 kB. Inline
 * (Vite inlines scripts this small): a file of its own was one more request before the first
 * paint, and Astro 7's lighter HTML left room for it in the English home page's 7 kB.
 */
const SEARCH_BUTTON_SCRIPT = 0.35 * kB;

/**
 * The search form's deadline (src/components/search/Search.astro): Starlight's idle callback that
 * builds the form gets one of 2 s; about 0.13 kB gzip inline, on every page.
 */
const IDLE_DEADLINE_SCRIPT = 0.15 * kB;

/** What every page runs of ours. */
const EVERY_PAGE = HEAD_SCRIPT + SEARCH_BUTTON_SCRIPT + IDLE_DEADLINE_SCRIPT;

/**
 * AlignedDoc's inline script (reading-mode control, copy-link buttons, FAQ hash opening), on every
 * page rendered from aligned pairs: guideline, FAQ, and the reference pages cancellation-rate,
 * related-metrics and glossary; was 700 bytes.
 */
const ALIGNED_SCRIPT = 0.8 * kB;

/**
 * The script that loads the reading aids and the calculator once the page has painted
 * (src/components/after-paint/), one on each page that has either: 142 to 254 bytes. Theirs is the
 * only file of ours a page asks for before its first paint. 195 to 258 bytes since the twelfth
 * session, when each began to mark the page when the code it loads does not arrive (the
 * stylesheets then put a message in place of the calculator's form and hide the copy-both button).
 */
const LOADER = 0.3 * kB;

/**
 * The reading aids' script (src/components/reading/: sentence-pair highlight, term popovers, copy
 * both languages), on every aligned page; issue 13 allows these features 3 kB gzip at most, and
 * page-weight.test.ts holds the script to this budget by itself. Was 1.81 kB; 1.78 kB on Astro 7,
 * loaded after the first paint, so counted in `lazy`.
 */
export const READING_SCRIPT = 2.2 * kB;
export const READING_SCRIPT_LIMIT = 3 * kB;

/** The marketplace page's inline script: reads and stores the reader's pick (src/components/marketplaces/). */
const MARKETPLACE_SCRIPT = 0.4 * kB;

/**
 * The calculator's script (input parsing, rolling windows, chart and table), on the calculator page
 * and on the guideline, which embeds a compact copy; was 5.33 kB, then 6.07 kB with the import's
 * preload helper. 6.5 kB once it became a feature folder (src/components/calculator/): its members
 * are words rather than single letters (the minifier keeps property names), the URL state and the
 * strings are modules of their own, and the drop handling, which must run before the import has
 * loaded, moved in from the lazy import chunk.
 */
const CALC_SCRIPT = 7.5 * kB; // 6.59 kB on Astro 7, 7.36 kB with its start-up in tasks under 50 ms; loaded after the first paint: counted in `lazy`.

/**
 * The search form and query layer (src/components/search/, src/lib/query/): was 7.49 kB, 9.96 kB with
 * the query layer that holds on strangers' questions (issue 25: Traditional Chinese, the nearest site
 * term, the asked aspect first, nearest passages, what it understood). It took the
 * place of Pagefind's Svelte UI with our wrapper (was 28.96 kB), which searched the query as typed.
 * Pagefind's own search script, WebAssembly and index load when the dialog opens, from /pagefind/
 * (measured by `npm run bench:search`, not here). In two files since the eleventh session: the form
 * (1.87 kB), which every page builds once it is idle, and the query layer (8.72 kB), loaded when
 * the dialog's field is first focused, so that a page nobody searches from does not parse it (its
 * idle start-up was one of the long tasks of the longest pages); 10.59 kB in all, 0.09 kB more
 * for what the two files import from each other. 10.86 kB since the twelfth session: the form holds
 * its one message for when search's files do not arrive, in both languages (0.18 kB), because it
 * cannot come with the files that did not arrive, and in the page's HTML it would weigh on every page.
 */
const LAZY = 10.9 * kB;

/**
 * CSS. Every page links Starlight's CSS with our global.css and AlignedDoc's styles in one file:
 * was 13.13 kB, under Starlight's limit with room. The calculator page and the guideline, which
 * embeds the calculator, also link the calculator's stylesheet (src/components/calculator/, with
 * the import's styles): was 15.01 kB, 40 bytes more than when it was global, for the `:where(.calc)`
 * that scopes each rule to the component. No other page links it (page-weight.test.ts checks):
 * AlignedDoc gets the embedded calculator through a slot from the guideline's page, so the FAQ and
 * the aligned reference pages no longer import it, and are held to CSS. The provenance labels,
 * the disclosure of Amazon's words and the site notice (issue 11) are in global.css.
 * Astro 7 (Vite 8, Lightning CSS) no longer inlines the components' small stylesheets into a
 * `<style>` in every page: AlignedDoc's styles (1.5 kB) became a file of their own, so the CSS
 * grew to 15.48 kB (16.03 kB with the calculator's) while each page's HTML lost about 2.5 kB.
 */
const CSS = 16 * kB;

/**
 * The report import, loaded on demand when the import mode opens: was 3.98 kB, 6.31 kB with the
 * causes under the rate (SKU tables, time to cancel, next steps, the cancelled-orders export).
 * 7.19 kB by the eleventh session; 7.24 kB since the twelfth, with what it says when its Web
 * Worker's script does not arrive (it said the file could not be read).
 */
const IMPORT_CHUNK = 7.3 * kB;
/**
 * The calculator's stylesheet is linked in the body, just before the calculator (Calculator.astro),
 * and the import's just before the import (ImportForm.astro): what comes before them paints without
 * waiting, which on the guideline is the heading and passage above the embedded calculator (its
 * largest contentful paint; bench:lighthouse). They add 1.52 kB and 1.06 kB: 17.03 kB on the
 * guideline, 16.57 kB on the calculator page, of which 14.47 kB / 13.99 kB block the first paint.
 */
const CSS_WITH_CALCULATOR = 17.25 * kB;

/**
 * What the first paint of any page waits for: the stylesheets linked in the head, the print sheet
 * aside. Held to Starlight's CSS limit on every page, the calculator's included; was 14.47 kB at
 * most (the aligned pages: Starlight's, global.css and AlignedDoc's).
 */
export const FIRST_PAINT_CSS = 15 * kB;

export const BUDGETS: Record<PageType, Budget> = {
	// Starlight's index.html limit is about its example's home page, in English: our English home
	// page was 6.87 kB and stays within the same 7 kB (page-weight.test.ts checks it by itself).
	// The Chinese home page is the same page in Chinese (was 7.23 kB): CJK text takes 3 bytes a
	// character in UTF-8 and gzip finds fewer repeats in it, and Pagefind's dialog strings, which
	// Starlight leaves in English, are written in Chinese there (0.3 kB). JS was 4.53 kB, all
	// Starlight's but the head script; the search button's name (SEARCH_BUTTON_SCRIPT) came later.
	// On Astro 7: HTML 6.02 kB in English (Astro 7 writes less markup), JS 5.42 kB.
	home: { html: 7.4 * kB, css: CSS, js: 6 * kB, ours: EVERY_PAGE, lazy: LAZY },
	// The guideline holds its whole text twice (Chinese and English) plus the sidebar, the table of
	// contents and the embedded calculator with its strings: was 14.80/14.41 kB, 16.26/15.82 kB with
	// sentence pairs, term links and the copy-both buttons. On Astro 7 15.61/15.16 kB, AlignedDoc's
	// styles (1.5 kB) inline in it again. Its JS at load is Starlight's and three small pieces of ours:
	// 8.69 kB. The reading aids, the calculator and, on demand, the report import load later: the
	// embedded calculator never opens the import, but the chunk is reachable, so it is counted.
	// Without the term popovers' data in the page (a file per locale, after the first paint):
	// 15.82/15.42 kB.
	guideline: {
		html: 16.3 * kB,
		css: CSS_WITH_CALCULATOR,
		js: 9.5 * kB,
		ours: EVERY_PAGE + ALIGNED_SCRIPT + LOADER,
		lazy: LAZY + READING_SCRIPT + CALC_SCRIPT + IMPORT_CHUNK,
	},
	// The FAQ, questions and answers in both languages: was 12.33/12.13 kB, 13.31/13.09 kB with the
	// reading aids; 12.26/12.21 kB on Astro 7. JS at load 8.58 kB.
	faq: { html: 14 * kB, css: CSS, js: 9.5 * kB, ours: EVERY_PAGE + ALIGNED_SCRIPT + LOADER, lazy: LAZY + READING_SCRIPT },
	// Reference pages: About is a plain Starlight page (was 9.32 kB, no script of ours but the head
	// script); cancellation-rate and related-metrics are aligned pages whose tables hold both
	// languages. Each passage that states one of Amazon's rules carries Amazon's own words behind it,
	// on demand (issue 11). With the reading aids: cancellation-rate 18.30/18.07 kB; on Astro 7
	// 17.56/17.35 kB. JS at load 8.58 kB, as the FAQ's. Issue 22: each quote names and links the page
	// version it was read on, with the site's comparison set apart, and the reference pages quote the
	// pages they read one by one: cancellation-rate 19.72/19.48 kB, over this budget, until the term
	// popovers' data left the HTML for a file per locale fetched after the first paint
	// (src/pages/term-hints/): 18.55/18.22 kB; 18.77/18.54 kB after the eighth session's search round.
	reference: { html: 19 * kB, css: CSS, js: 9.5 * kB, ours: EVERY_PAGE + ALIGNED_SCRIPT + LOADER, lazy: LAZY + READING_SCRIPT },
	// The glossary, an aligned table of every term in both languages (was 14.15 kB with the other
	// reference pages' budget), then each term's other names ("又称 / also called": the aliases search
	// understands): 15.85 kB; on Astro 7 16.11/16.04 kB. Issue 25 asked for the seller words search
	// understands to be shown where they belong, beside each term ("卖家也说 / sellers also say"):
	// 20.02/19.78 kB; 20.48/20.38 kB with the eighth session's words (undo, other channels, cancel
	// early), which were cut to fit. It marks no terms of its own, so it carries no popover data.
	glossary: { html: 20.5 * kB, css: CSS, js: 9.5 * kB, ours: EVERY_PAGE + ALIGNED_SCRIPT + LOADER, lazy: LAZY + READING_SCRIPT },
	// Cancellation Rate by marketplace (issue 22): an aligned page whose table sets eight marketplaces
	// side by side, every filled cell with its quote and the address it was read at, in the page's
	// language, plus ten answers in both languages with their quotes; its own inline script keeps the
	// reader's marketplace (MARKETPLACE_SCRIPT). Was 30.45/29.70 kB HTML and 10.24 kB JS before
	// Astro 7 and the after-paint loader; 29.61/28.95 kB and 8.98 kB on them, the reading aids later;
	// 28.46/27.63 kB without the term popovers' data.
	marketplaces: {
		html: 29 * kB,
		css: CSS,
		js: 9.5 * kB,
		ours: EVERY_PAGE + ALIGNED_SCRIPT + LOADER + MARKETPLACE_SCRIPT,
		lazy: LAZY + READING_SCRIPT,
	},
	// The calculator page: the form, the day-by-day table template, the rule in plain text, the
	// strings its script needs, and the report import's form (14.30 kB with the causes' strings and the
	// guideline's sentences for their next steps; 13.50/12.41 kB on Astro 7). JS at load 7.97 kB,
	// Starlight's and the loader; the calculator and, on demand, the report import load later.
	calculator: { html: 15 * kB, css: CSS_WITH_CALCULATOR, js: 9 * kB, ours: EVERY_PAGE + LOADER, lazy: LAZY + CALC_SCRIPT + IMPORT_CHUNK },
	// The 404 page, one page in both languages with search and no sidebar: was 6.42 kB HTML,
	// 13.13 kB CSS, 4.73 kB JS (Starlight's but the head script), like the home page.
	'not-found': { html: 7 * kB, css: CSS, js: 6 * kB, ours: EVERY_PAGE, lazy: LAZY },
};

/** Starlight's index.html limit, which the English home page is held to unchanged. */
export const STARLIGHT_INDEX_HTML = 7 * kB;
