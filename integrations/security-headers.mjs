/**
 * Fills the Content-Security-Policy in `_headers` (copied from public/) with the hashes of the
 * inline scripts this build actually emitted. Hashes written by hand go stale the moment Starlight
 * or one of our head scripts changes a character; computed here they cannot.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PLACEHOLDER = 'INLINE_SCRIPT_HASHES';

/** `type` values the browser executes; anything else (e.g. application/ld+json) is data. */
const EXECUTABLE = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/**
 * The CSP source expressions for every executable inline script in an HTML document. The hash is
 * over the exact text between the tags, as the browser computes it. Script text cannot contain
 * `</script`, so the pattern cannot end a script early.
 * @param {string} html
 */
export function inlineScriptHashes(html) {
	const hashes = [];
	for (const [, attrs, body] of html.matchAll(SCRIPT)) {
		const type = inlineScriptType(attrs);
		// JSON-LD and other data blocks never run, and CSP does not apply to them: hashing them
		// would only suggest they are code.
		if (type === null || !EXECUTABLE.has(type)) continue;
		hashes.push(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
	}
	return hashes;
}

/** A `<script>` element: its attributes, its text and its end tag (groups 1, 2 and 3). */
export const SCRIPT = /<script\b([^>]*)>([\s\S]*?)(<\/script\s*>)/gi;

/**
 * The `type` of an inline script in lower case (`''` when it has none); null for a script with a
 * `src`, whose text is not what runs.
 * @param {string} attrs the attributes of its start tag
 */
export function inlineScriptType(attrs) {
	if (/\bsrc\s*=/i.test(attrs)) return null;
	return attrs.match(/\btype\s*=\s*["']?([^"'\s>]*)/i)?.[1].toLowerCase() ?? '';
}

/** @param {string} dir */
export function htmlFiles(dir) {
	return /** @type {string[]} */ (readdirSync(dir, { recursive: true }))
		.filter((f) => f.endsWith('.html'))
		.map((f) => join(dir, f));
}

/** @returns {import('astro').AstroIntegration} */
export function securityHeaders() {
	return {
		name: 'kb:security-headers',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				const file = join(out, '_headers');
				if (!existsSync(file)) throw new Error('public/_headers is missing: it holds the security headers.');
				const template = readFileSync(file, 'utf8');
				if (!template.includes(PLACEHOLDER)) {
					throw new Error(`_headers has no ${PLACEHOLDER}: the policy would not allow this build's inline scripts.`);
				}
				const hashes = [...new Set(htmlFiles(out).flatMap((f) => inlineScriptHashes(readFileSync(f, 'utf8'))))].sort();
				// Only the policy line carries the placeholder; the comments above it explain it.
				const filled = template
					.split('\n')
					.map((line) => (/^\s+Content-Security-Policy:/i.test(line) ? line.replace(PLACEHOLDER, hashes.join(' ')) : line))
					.join('\n');
				writeFileSync(file, filled);
				logger.info(`${hashes.length} inline script hashes written to the Content-Security-Policy in _headers`);
			},
		},
	};
}
