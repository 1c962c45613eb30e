/**
 * Starlight's search dialog (Ctrl/Cmd+K, its markup, styles and translations) imports
 * `@pagefind/default-ui` once a page is idle and constructs `PagefindUI` with its options.
 * astro.config.mjs points that one import here. This class keeps Pagefind's index and its UI's
 * markup and class names (so Starlight's styles apply), but runs each query through the site's
 * query layer (src/lib/query/): Pagefind's own UI searches the query as typed, and a seller's
 * question ("买家自己取消的订单算不算") then finds nothing. What it adds:
 *
 * - both language indexes searched, every term on its own, passages ranked by the terms they hold;
 * - every result opens on the reader's own locale page (an aligned passage at its twin), titled
 *   in the reader's language; a match in the other language says so;
 * - an honest message when no passage holds every word, with the FAQ and the glossary;
 * - result links carry the words to highlight, and a page opened from one marks them;
 * - a message in the page's language when search's files do not arrive, and another try at the
 *   next keystroke. The message asks for a reload, which works in every engine: Chromium and
 *   WebKit fetch a module that failed again when it is imported again, but Firefox keeps the
 *   failure for the page's life (tests/engines/flows.ts).
 */
import { toLang, type Lang } from '../../lib/lang';
import { HIGHLIGHT_PARAM } from '../../lib/search';
import { DIALOG_SCOPE } from './dialog-scope';
import type { SearchAnswer } from '../../lib/query/engine';
import type { SearchStrings } from './search-results';
import { labelSearch } from './search-a11y';
import type { SearchSession, StarlightOptions } from './search-session';

/**
 * The wait after the last keystroke before searching. The index is small and warm searches take
 * a few milliseconds, so a short pause is enough to skip the letters of a word typed quickly.
 */
const DEBOUNCE_MS = 40;

/**
 * How long a first search may wait for search's files before the reader is told they did not
 * arrive. Some failures never settle: when Pagefind's script has loaded but its index entry or
 * WebAssembly does not, merging the other language's index waits for them forever. The first
 * query fetches about 190 kB (docs/benchmarks.md, "Search"), some seconds on a slow 3G
 * connection; an answer that comes after the message still replaces it.
 */
const GIVE_UP_MS = 20_000;

/** `kb.search.unavailable` of src/content/i18n, in both languages, put here by the build (astro.config.mjs). */
declare const __KB_SEARCH_UNAVAILABLE__: Record<Lang, string>;

export class PagefindUI {
	private readonly lang: Lang;
	private session?: Promise<SearchSession>;
	private timer?: ReturnType<typeof setTimeout>;
	private searchId = 0;

	constructor(private readonly options: StarlightOptions) {
		this.lang = toLang(document.documentElement.lang);
		const root = document.querySelector(options.element);
		if (!root) return;
		const { form, input, clear, area } = buildForm(options.translations ?? {});
		root.replaceChildren(form);
		// A load that fails here is tried again, and said to have failed, at the first keystroke.
		input.addEventListener('focus', () => void this.load().catch(() => {}), { once: true });
		input.addEventListener('input', () => this.schedule(input, clear, area));
		input.addEventListener('keydown', (e) => {
			// Enter would submit the form and reload the page.
			if (e.key === 'Enter') e.preventDefault();
		});
		clear.addEventListener('click', () => {
			input.value = '';
			this.schedule(input, clear, area);
			input.focus();
		});
		form.addEventListener('submit', (e) => e.preventDefault());
		labelSearch(root);
		void highlightLanding(options.bundlePath);
	}

	/**
	 * Pagefind with both indexes, the vocabulary and the query layer, loaded once, on focus (the
	 * dialog opening): the form is built on every page once it is idle, and most readers of a page
	 * never search, so the query layer's code is not parsed until one does.
	 */
	private load() {
		this.session ??= import('./search-session')
			.then(({ openSession }) => openSession(this.options, this.lang))
			.catch((error: unknown) => {
				// A file that did not arrive (the network dropped, or a new deploy renamed it) is asked
				// for again at the next keystroke, not remembered as failed for the page's life (where the
				// browser fetches it again: see the message above).
				this.session = undefined;
				throw error;
			});
		return this.session;
	}

	private schedule(input: HTMLInputElement, clear: HTMLElement, area: HTMLElement) {
		clearTimeout(this.timer);
		const query = input.value;
		// Pagefind's stylesheet sets the button's display, which would override `hidden`.
		clear.style.display = query === '' ? 'none' : '';
		const id = ++this.searchId;
		if (query.trim() === '') {
			area.replaceChildren(area.firstElementChild!);
			area.firstElementChild!.textContent = '';
			return;
		}
		this.timer = setTimeout(async () => {
			let session: SearchSession;
			let answer: SearchAnswer;
			// The query layer, Pagefind or a part of the index did not arrive (offline, or a new deploy
			// renamed a file): said where the results would be, and the reader's text is kept.
			const stalled = setTimeout(() => id === this.searchId && unavailable(area, this.lang), GIVE_UP_MS);
			try {
				session = await this.load();
				answer = await session.ask(query);
			} catch {
				if (id === this.searchId) unavailable(area, this.lang);
				return;
			} finally {
				clearTimeout(stalled);
			}
			// A later keystroke has started another search: its results win.
			if (id !== this.searchId) return;
			for (const hit of answer.hits) {
				const result = { url: hit.url, sub_results: [] };
				this.options.processResult?.(result);
				hit.url = result.url;
			}
			session.render(area, answer, query);
		}, DEBOUNCE_MS);
	}

	/** Pagefind's UI API, which Starlight does not call; kept for its shape. */
	triggerSearch(term: string) {
		const input = document.querySelector<HTMLInputElement>(`${this.options.element} .pagefind-ui__search-input`);
		if (!input) return;
		input.value = term;
		input.dispatchEvent(new Event('input'));
	}

	destroy() {
		clearTimeout(this.timer);
		document.querySelector(this.options.element)?.replaceChildren();
	}
}

/** Says in the results area, in its live region, that search could not load; earlier results go. */
function unavailable(area: HTMLElement, lang: Lang) {
	const message = area.firstElementChild!;
	area.replaceChildren(message);
	message.textContent = __KB_SEARCH_UNAVAILABLE__[lang];
}

/** The form in Pagefind's UI markup, so that Starlight's dialog styles and ours (search-dialog.css) apply. */
function buildForm(strings: SearchStrings) {
	const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string) => {
		const node = document.createElement(tag);
		node.className = `${className} ${DIALOG_SCOPE}`;
		return node;
	};
	const wrapper = document.createElement('div');
	wrapper.className = 'pagefind-ui pagefind-ui--reset';
	const form = el('form', 'pagefind-ui__form');
	form.setAttribute('role', 'search');
	form.setAttribute('aria-label', strings.search_label ?? strings.placeholder ?? 'Search');
	const input = el('input', 'pagefind-ui__search-input');
	input.type = 'text';
	input.placeholder = strings.placeholder ?? '';
	input.title = strings.placeholder ?? '';
	input.setAttribute('aria-label', strings.placeholder ?? 'Search');
	input.autocomplete = 'off';
	input.setAttribute('autocapitalize', 'none');
	input.setAttribute('enterkeyhint', 'search');
	const clear = el('button', 'pagefind-ui__search-clear');
	clear.type = 'button';
	clear.textContent = strings.clear_search ?? 'Clear';
	clear.style.display = 'none';
	const drawer = el('div', 'pagefind-ui__drawer');
	const area = el('div', 'pagefind-ui__results-area');
	// One live region for the whole life of the dialog, so that each new message is announced.
	const message = el('p', 'pagefind-ui__message');
	message.setAttribute('role', 'status');
	area.append(message);
	drawer.append(area);
	form.append(input, clear, drawer);
	wrapper.append(form);
	return { form: wrapper, input, clear, area };
}

/**
 * On a page opened from a result, marks the matched terms, in both languages' passages: the
 * other language's passages are kept out of this page's index (`data-pagefind-ignore`), but the
 * reader landed here to see them, so only interface chrome (ignored and without `lang`) is
 * skipped. Marking can reveal a passage the reading mode hides (see Search.astro), so the target
 * is scrolled to again.
 */
async function highlightLanding(bundlePath: string) {
	if (!new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) return;
	const chrome = '[data-pagefind-ignore]:not([lang])';
	const { default: PagefindHighlight } = await import(/* @vite-ignore */ `${bundlePath}pagefind-highlight.js`);
	new PagefindHighlight({
		highlightParam: HIGHLIGHT_PARAM,
		// Terms come longest first (反复检查, then 反复): text already marked is not marked again inside.
		markOptions: { className: 'pagefind-highlight', exclude: [chrome, `${chrome} *`, 'mark.pagefind-highlight'] },
		addStyles: false,
	});
	const id = decodeURIComponent(location.hash.slice(1));
	if (id) document.getElementById(id)?.scrollIntoView();
}
