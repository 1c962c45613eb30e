/**
 * Traditional Chinese read as Simplified, before anything else is done to a query: sellers in
 * Taiwan and Hong Kong type 訂單, 帳號, 標準, and the site and its vocabulary are Simplified.
 * The table is OpenCC's Traditional→Simplified character data (opencc-js), cut at build time to
 * the characters whose Simplified form the site's text or vocabulary holds (src/pages/
 * search-data.json.ts): a Traditional character whose Simplified form is nowhere on the site
 * could match nothing either way, and the whole table would be hundreds of kilobytes.
 */

/** Pairs of characters, Traditional then Simplified, as one string (compact in JSON). */
export type T2sPairs = string;

export function t2sMap(pairs: unknown): ReadonlyMap<string, string> {
	const map = new Map<string, string>();
	if (typeof pairs !== 'string') return map;
	const chars = [...pairs];
	for (let i = 0; i + 1 < chars.length; i += 2) map.set(chars[i], chars[i + 1]);
	return map;
}

export function toSimplified(text: string, map: ReadonlyMap<string, string> | undefined): string {
	if (!map || map.size === 0) return text;
	let out = '';
	for (const ch of text) out += map.get(ch) ?? ch;
	return out;
}

/**
 * The table for a site: every character of `range` that `convert` (OpenCC, Traditional to
 * Simplified, one character at a time) turns into a single other character the site holds.
 */
export function buildT2sPairs(siteChars: ReadonlySet<string>, convert: (ch: string) => string, range: [number, number][] = [[0x3400, 0x4dbf], [0x4e00, 0x9fff]]): T2sPairs {
	let out = '';
	for (const [from, to] of range) {
		for (let cp = from; cp <= to; cp++) {
			const ch = String.fromCodePoint(cp);
			const simplified = convert(ch);
			if (simplified !== ch && [...simplified].length === 1 && siteChars.has(simplified)) out += ch + simplified;
		}
	}
	return out;
}
