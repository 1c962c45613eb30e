/**
 * The `_headers` file format of Netlify and Cloudflare Pages, read the way those hosts read it:
 * a path pattern on its own line, then its headers indented as `Name: value`; `#` starts a
 * comment. In a pattern `*` matches anything (including `/`) and `:name` one path segment. Every
 * rule whose pattern matches a path adds its headers. Shared by the tests' server
 * (tests/support/server.ts) and the benchmarks' (bench/static-host.mjs), so both serve the build
 * as a host would.
 */

/** @typedef {{ pattern: RegExp, headers: [string, string][] }} HeaderRule */

/**
 * @param {string} source the text of a `_headers` file
 * @returns {HeaderRule[]}
 */
export function parseHeaders(source) {
	/** @type {HeaderRule[]} */
	const rules = [];
	for (const raw of source.split(/\r?\n/)) {
		if (!raw.trim() || raw.trim().startsWith('#')) continue;
		if (!/^\s/.test(raw)) {
			const pattern = raw
				.trim()
				.split(/(\*|:[A-Za-z]\w*)/)
				.map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
				.join('');
			rules.push({ pattern: new RegExp(`^${pattern}$`), headers: [] });
			continue;
		}
		const rule = rules.at(-1);
		const colon = raw.indexOf(':');
		if (!rule || colon < 0) throw new Error(`_headers: header line outside a path rule or without a colon: ${raw}`);
		rule.headers.push([raw.slice(0, colon).trim(), raw.slice(colon + 1).trim()]);
	}
	return rules;
}

/**
 * The headers every matching rule gives `path` (relative to where the build is mounted), in order.
 * @param {HeaderRule[]} rules
 * @param {string} path
 * @returns {[string, string][]}
 */
export function headersForPath(rules, path) {
	return rules.filter((rule) => rule.pattern.test(path)).flatMap((rule) => rule.headers);
}
