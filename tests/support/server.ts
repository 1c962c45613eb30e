/**
 * Serves a build the way a static host does, mounted at its base path, on a free loopback port.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { DIST, requireBuild } from './site';

export interface StaticSite {
	/** Origin plus base path, ending in `/`, e.g. `http://127.0.0.1:40123/kb/`. */
	url: string;
	close(): Promise<void>;
}

export async function serve(dir = DIST, base = '/'): Promise<StaticSite> {
	const files = sirv(requireBuild(dir), { dev: false, etag: true });
	const server: Server = createServer((req, res) => {
		const url = req.url ?? '/';
		if (!url.startsWith(base)) {
			res.statusCode = 404;
			res.end('outside the base path');
			return;
		}
		req.url = '/' + url.slice(base.length);
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
