/**
 * The build step that prints the pages' inline classic scripts without indentation and comments
 * (integrations/inline-scripts.mjs), on HTML shaped as Astro writes it.
 */
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { minifiedInlineScripts } from '../../integrations/inline-scripts.mjs';

/** Starlight's theme script as its ThemeProvider writes it, tabs and all. */
const THEME = `
	window.StarlightThemeProvider = (() => {
		// The stored choice wins over the system's.
		const storedTheme =
			typeof localStorage !== 'undefined' && localStorage.getItem('starlight-theme');
		const theme = storedTheme || 'dark';
		document.documentElement.dataset.theme = theme === 'light' ? 'light' : 'dark';
		return { updatePickers() {} };
	})();
`;

describe('minifiedInlineScripts', () => {
	it('prints a classic script without its indentation and comments, and it still does the same', () => {
		const { html, originals } = minifiedInlineScripts(`<head><script>${THEME}</script></head>`);
		const code = html.match(/<script>([\s\S]*)<\/script>/)![1];
		expect(code.length).toBeLessThan(THEME.trim().length * 0.85);
		expect(code).not.toMatch(/\n|\t|stored choice/);
		expect(originals.get(code)).toBe(THEME);
		// The same global, the same theme on the document, for a stored choice and for none.
		for (const stored of ['light', null]) {
			const dataset: Record<string, string> = {};
			const window: Record<string, unknown> = {};
			const context = { window, localStorage: { getItem: () => stored }, document: { documentElement: { dataset } } };
			runInNewContext(code, context);
			expect(dataset.theme).toBe(stored ?? 'dark');
			expect(typeof (window.StarlightThemeProvider as { updatePickers: unknown }).updatePickers).toBe('function');
		}
	});

	it('keeps top-level names, which other scripts on the page use as globals', () => {
		const { html } = minifiedInlineScripts('<script>\n\tfunction startReading(mode) {\n\t\treturn mode;\n\t}\n\tvar readingMode = startReading("side");\n</script>');
		expect(html).toContain('function startReading(mode)');
		expect(html).toContain('var readingMode=startReading(');
	});

	it('leaves module scripts, scripts with a source, data blocks and empty scripts as they are', () => {
		const page = [
			'<script type="module">\n\tconst a = 1;\n\tconsole.log(a);\n</script>',
			'<script src="/_astro/page.js">\n</script>',
			'<script type="application/ld+json">\n\t{ "@type": "Article" }\n</script>',
			'<script type="application/json" data-reading-aids>\n\t{ "a": 1 }\n</script>',
			'<script>  </script>',
		].join('');
		expect(minifiedInlineScripts(page)).toEqual({ html: page, originals: new Map() });
	});

	it('keeps a script as written where printing it would spell its end tag', () => {
		const page = '<script>\n\tdocument.write("<\\/script>");\n</script>';
		expect(minifiedInlineScripts(page).html).toBe(page);
	});

	it('stops the build on a script that does not parse', () => {
		expect(() => minifiedInlineScripts('<script>\n\tconst = ;\n</script>')).toThrow(/does not parse/);
	});
});
