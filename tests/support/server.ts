/**
 * Serves a build the way a static host does, mounted at its base path, on a free loopback port.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';
import { headersForPath, parseHeaders, type HeaderRule } from '../../integrations/headers-file.mjs';
import { DIST, requireBuild } from './site';

export interface StaticSite {
	/** Origin plus base path, ending in `/`, e.g. `http://127.0.0.1:40123/kb/`. */
	url: string;
	close(): Promise<void>;
}

export interface ServeOptions {
	/**
	 * Send the headers the build's `_headers` file asks for, as Netlify and Cloudflare Pages do:
	 * `true` requires the file; by default they are sent when the served folder has one.
	 */
	headers?: boolean;
	/** Serve `.br` / `.gz` files next to the originals when the browser accepts them. */
	precompressed?: boolean;
	/**
	 * A script served at `path` (under the base) and loaded first in every page's `<head>`: a
	 * same-origin file, so the site's script policy allows it. For browsers whose driver cannot
	 * add a script to each page itself (classic WebDriver).
	 */
	inject?: { path: string; source: string };
	/** Answers 503 for the paths (under the base) it returns true for: a file that did not arrive. */
	refuse?: (path: string) => boolean;
}

/** Answers `path` with the injected script, or with its page with the script added; false for any other file. */
function injected(dir: string, base: string, path: string, inject: { path: string; source: string }, res: ServerResponse): boolean {
	if (path === '/' + inject.path) {
		res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
		res.end(inject.source);
		return true;
	}
	const file = join(dir, path.endsWith('/') ? path + 'index.html' : path);
	if (path.includes('..') || !file.endsWith('.html') || !existsSync(file)) return false;
	const html = readFileSync(file, 'utf8').replace(/<head[^>]*>/, (head) => `${head}<script src="${base}${inject.path}"></script>`);
	res.setHeader('Content-Type', 'text/html; charset=utf-8');
	res.end(html);
	return true;
}

export async function serve(dir = DIST, base = '/', options: ServeOptions = {}): Promise<StaticSite> {
	requireBuild(dir);
	const files = sirv(dir, { dev: false, etag: true, gzip: options.precompressed, brotli: options.precompressed });
	let rules: HeaderRule[] = [];
	const file = join(dir, '_headers');
	if (options.headers && !existsSync(file)) throw new Error(`${file} is missing: the build writes it from public/_headers.`);
	if (options.headers !== false && existsSync(file)) rules = parseHeaders(readFileSync(file, 'utf8'));
	const server: Server = createServer((req, res) => {
		const url = req.url ?? '/';
		if (!url.startsWith(base)) {
			res.statusCode = 404;
			res.end('outside the base path');
			return;
		}
		// `_headers` paths are relative to the deployment, which is mounted at the base path.
		req.url = '/' + url.slice(base.length);
		const path = decodeURIComponent(req.url.replace(/[?#].*$/, ''));
		if (options.refuse?.(path)) {
			res.statusCode = 503;
			res.end('refused for the test');
			return;
		}
		for (const [name, value] of headersForPath(rules, path)) res.appendHeader(name, value);
		if (options.inject && injected(dir, base, path, options.inject, res)) return;
		files(req, res, () => {
			res.statusCode = 404;
			res.end('not found');
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}${base}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
