/**
 * The security headers the build ships in `_headers`: a Content-Security-Policy that lets only the
 * site's own scripts run (files from its origin, and inline scripts by hash), and the other
 * headers a static host should send, and how long browsers may keep the bundled files. The browser check of the same policy is tests/e2e/csp.test.ts.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { headersForPath, parseHeaders } from '../../integrations/headers-file.mjs';
import { DIST, DIST_KB, pagePaths, readPage, requireBuild, selectAll } from '../support/site';

function headersFor(dir: string, path: string): Map<string, string> {
	const rules = parseHeaders(readFileSync(join(requireBuild(dir), '_headers'), 'utf8'));
	return new Map(headersForPath(rules, path).map(([k, v]) => [k.toLowerCase(), v] as const));
}

function directives(policy: string): Map<string, string[]> {
	return new Map(
		policy
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter((d) => d[0])
			.map(([name, ...values]) => [name.toLowerCase(), values]),
	);
}

/** Hashes of the inline scripts a browser would run, read with an HTML parser. */
function inlineScriptHashes(dir: string): Set<string> {
	const hashes = new Set<string>();
	for (const file of readdirSync(dir, { recursive: true }) as string[]) {
		if (!file.endsWith('.html')) continue;
		for (const script of selectAll('script:not([src])', fromHtml(readFileSync(join(dir, file), 'utf8')))) {
			const type = String(script.properties.type ?? '');
			if (type && type !== 'module') continue;
			hashes.add(`'sha256-${createHash('sha256').update(toString(script)).digest('base64')}'`);
		}
	}
	return hashes;
}

describe.each([
	['dist', DIST],
	['dist-kb', DIST_KB],
])('%s/_headers', (_name, dir) => {
	const headers = headersFor(dir, '/faq/');
	const csp = directives(headers.get('content-security-policy') ?? '');

	it('runs scripts only from the site itself and by hash, plus WebAssembly for Pagefind', () => {
		const scriptSrc = csp.get('script-src') ?? [];
		const hashes = scriptSrc.filter((s) => s.startsWith("'sha256-"));
		expect(scriptSrc.filter((s) => !s.startsWith("'sha256-")).sort()).toEqual(["'self'", "'wasm-unsafe-eval'"]);
		expect(new Set(hashes)).toEqual(inlineScriptHashes(dir));
		expect(csp.get('default-src')).toEqual(["'self'"]);
		expect(csp.get('object-src')).toEqual(["'none'"]);
		// The report import's module worker is a bundled file of the site; nothing else may start one.
		expect(csp.get('worker-src')).toEqual(["'self'"]);
	});

	it('forbids framing, MIME sniffing and leaking the address in the Referer', () => {
		expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
		expect(headers.get('x-content-type-options')).toBe('nosniff');
		expect(['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin']).toContain(headers.get('referrer-policy'));
	});

	it('lets browsers keep the files of /_astro/, each named after its content, without asking again', () => {
		const files = readdirSync(join(dir, '_astro'));
		expect(files.length).toBeGreaterThan(0);
		// Vite and Expressive Code end each name with a hash of the content: a token with a digit or
		// a capital letter (a name such as report-worker.js would keep its name when it changes).
		for (const file of files) expect(file).toMatch(/[.-](?=[\w-]*[0-9A-Z])[\w-]{5,}\.(js|css)$/);
		for (const file of files) expect(headersFor(dir, `/_astro/${file}`).get('cache-control'), file).toBe('public, max-age=31536000, immutable');
		// A page is asked for again, so readers see a new build at once.
		expect(headers.has('cache-control')).toBe(false);
	});

	it('sends the same headers on every page, and a browsing context group of its own where a reader chooses a file', () => {
		expect(headersFor(dir, '/')).toEqual(headers);
		expect(headersFor(dir, '/en/guideline/')).toEqual(headers);
		const pages = pagePaths(dir);
		const withFiles = pages.filter((path) => selectAll('input[type="file"]', readPage(path, dir)).length > 0);
		expect(withFiles).toEqual(['/calculator/', '/en/calculator/']);
		for (const path of pages) {
			const own = headersFor(dir, path);
			expect(own.get('cross-origin-opener-policy'), path).toBe(withFiles.includes(path) ? 'same-origin' : undefined);
			own.delete('cross-origin-opener-policy');
			expect(own, path).toEqual(headers);
		}
	});
});

describe('the _headers format', () => {
	it('matches splats and placeholders and keeps headers with their rule', () => {
		const rules = parseHeaders('# comment\n/*\n  A: 1\n/en/:page/\n  B: two: parts\n');
		expect(rules.map((r) => r.headers)).toEqual([[['A', '1']], [['B', 'two: parts']]]);
		expect(rules[0].pattern.test('/any/path/')).toBe(true);
		expect(rules[1].pattern.test('/en/faq/')).toBe(true);
		expect(rules[1].pattern.test('/en/faq/x/')).toBe(false);
		expect(rules[1].pattern.test('/faq/')).toBe(false);
		// Every rule that matches a path adds its headers, in the file's order.
		expect(headersForPath(rules, '/en/faq/')).toEqual([['A', '1'], ['B', 'two: parts']]);
		expect(headersForPath(rules, '/faq/')).toEqual([['A', '1']]);
	});
});
