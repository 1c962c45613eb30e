/**
 * Page-weight budgets, gzip bytes, per page type (see pageType() in tests/support/weight.ts).
 *
 * The yardstick is Starlight's own CI (size-limit on its example site): index.html ≤ 7 kB, its
 * JavaScript ≤ 27 kB, its CSS ≤ 16.75 kB, compressed. No budget here is looser than the matching
 * one of Starlight's, except the HTML of pages whose text is long (noted where it applies). Each
 * number is what the page weighed when the budget was set (noted as "was …"), plus a little
 * room, so a real regression fails and a typo fix does not. kB = 1000 bytes.
 *
 * - html: the page's HTML file, inline scripts and styles included.
 * - css: every stylesheet the page links (the print sheet too: browsers fetch it anyway).
 * - js: every script the page runs at load: external files with their static imports followed,
 *   plus inline scripts gzipped on their own.
 * - ours: the part of js that is this project's code rather than Starlight's (Starlight, Astro's
 *   prefetch and Pagefind's UI, i.e. code from node_modules). Content pages load no JavaScript of
 *   ours beyond two small pieces, each allowed for below.
 * - lazy: scripts imported dynamically, which the page fetches after load: Starlight's search
 *   fetches Pagefind's UI as soon as the browser is idle, on every page (was 27.7 kB, together with
 *   our small wrapper, src/scripts/search-ui.ts, bundled into the same file). Not counted in js.
 *
 * About "no looser": size-limit, which Starlight's CI uses, measures brotli unless told otherwise,
 * and brotli output is some 15 % smaller than gzip; holding gzip bytes to the same numbers is the
 * stricter reading. Pagefind's UI alone is over 27 kB gzip (21.7 kB brotli), which is why it gets
 * its own `lazy` budget instead of counting against the at-load `js`.
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

/** Pagefind's UI and our wrapper of it: was 27.7 kB. */
const LAZY = 30 * kB;

/** Starlight's CSS limit: our styles (global.css, component styles) must fit under it too; was 13.06 kB on every page. */
const CSS = 14 * kB;

export const BUDGETS: Record<PageType, Budget> = {
	// The home page is the page Starlight's index.html limit is about: same 7 kB (was 6.34 kB).
	// JS was 4.53 kB, all Starlight's but the head script.
	home: { html: 7 * kB, css: CSS, js: 6 * kB, ours: HEAD_SCRIPT, lazy: LAZY },
	// Aligned pages hold the whole text twice (Chinese and English) plus the sidebar and table of
	// contents, so their HTML cannot be held to an empty page's 7 kB: was 11.2 kB, of which about
	// 7.3 kB is Starlight's frame. Their JS adds the table-of-contents scripts (was 7.60 kB) and
	// ours: the head script plus AlignedDoc's reading-mode control, copy-link buttons and FAQ
	// hash opening (was 710 bytes), together 868 bytes.
	guideline: { html: 13 * kB, css: CSS, js: 9 * kB, ours: HEAD_SCRIPT + 0.8 * kB, lazy: LAZY },
	faq: { html: 13 * kB, css: CSS, js: 9 * kB, ours: HEAD_SCRIPT + 0.8 * kB, lazy: LAZY },
	// Reference pages (about, metrics, glossary, …) are plain Starlight pages: no JavaScript of
	// ours but the head script. HTML was 8.86 kB for About; longer reference text gets some room.
	reference: { html: 12 * kB, css: CSS, js: 8 * kB, ours: HEAD_SCRIPT, lazy: LAZY },
	// The calculator did not exist when these were set: it may use all of Starlight's CSS and JS
	// limits, and its own script (input parsing, rolling windows, CSV) may take up to 10 kB of that;
	// what it loads on demand (e.g. a report parser) may add 5 kB to Pagefind's.
	calculator: { html: 10 * kB, css: 16.75 * kB, js: 27 * kB, ours: 10 * kB, lazy: LAZY + 5 * kB },
};
