/**
 * The build served as a static host serves it (Netlify, Cloudflare Pages, GitHub Pages): text
 * files compressed (brotli, or gzip for browsers without it) from copies compressed ahead of time,
 * with the headers of the build's `_headers`. Shared by the benchmarks, so what they measure as
 * "fetched" is what a reader's browser downloads.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import sirv from 'sirv';
import { headersForPath, parseHeaders } from '../integrations/headers-file.mjs';

/**
 * A copy of the build with `.br` and `.gz` next to every text file, as hosts precompress.
 * @param {string} dist
 */
export function precompressed(dist) {
	const dir = mkdtempSync(join(tmpdir(), 'kb-bench-'));
	cpSync(dist, dir, { recursive: true });
	for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
		if (!/\.(html|css|js|mjs|json|svg|xml|txt)$/.test(file)) continue;
		const content = readFileSync(join(dir, file));
		writeFileSync(join(dir, `${file}.br`), brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
		writeFileSync(join(dir, `${file}.gz`), gzipSync(content, { level: 9 }));
	}
	return dir;
}

/**
 * The rules of the build's `_headers`, none for a build without one (the bare Starlight yardstick,
 * bench/bare-starlight.mjs).
 * @param {string} dir
 */
function siteHeaders(dir) {
	return existsSync(join(dir, '_headers')) ? parseHeaders(readFileSync(join(dir, '_headers'), 'utf8')) : [];
}

/** @param {string} dir */
export async function serveStatic(dir) {
	// Caching as the build's `_headers` says (a year for the hashed files in /_astro/); any other
	// file is revalidated on each use, as Netlify and Cloudflare Pages serve a page by default.
	const files = sirv(dir, { dev: false, etag: true, brotli: true, gzip: true });
	const rules = siteHeaders(dir);
	const server = createServer((req, res) => {
		const path = decodeURIComponent((req.url ?? '/').replace(/[?#].*$/, ''));
		const headers = headersForPath(rules, path);
		for (const [name, value] of headers) res.appendHeader(name, value);
		if (!headers.some(([name]) => name.toLowerCase() === 'cache-control')) res.setHeader('Cache-Control', 'public,max-age=0,must-revalidate');
		files(req, res, () => {
			res.statusCode = 404;
			res.end('not found');
		});
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
	const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
	return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) };
}

