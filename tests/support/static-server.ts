import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml',
	'.wasm': 'application/wasm',
	'.webmanifest': 'application/manifest+json',
	'.woff2': 'font/woff2',
};

/** A running static server for the built site. */
export interface SiteServer {
	/** Origin plus base path, with a trailing slash, e.g. `http://127.0.0.1:43210/`. */
	url: string;
	close: () => Promise<void>;
}

/** What a suite may add to the served site (tests/engines/ uses both). */
export interface ServeHooks {
	/** Markup put first in every page's `<head>`, e.g. a script that must run before the page's own. */
	headStart?: string;
	/** Answers a request before the files do; returns true when it has. */
	handle?: (request: IncomingMessage, response: ServerResponse, pathname: string) => boolean;
}

/** Serves `root` (default `dist/`) on 127.0.0.1 at a free port, under `base` (default `/`). */
export async function serveSite(root = 'dist', base = '/', hooks: ServeHooks = {}): Promise<SiteServer> {
	const server: Server = createServer(async (request, response) => {
		const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
		if (hooks.handle?.(request, response, pathname)) return;
		if (!pathname.startsWith(base)) {
			response.writeHead(404).end('Not under base');
			return;
		}
		let file = normalize(join(root, pathname.slice(base.length)));
		if (!file.startsWith(normalize(root))) {
			response.writeHead(403).end();
			return;
		}
		try {
			if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
			let body = await readFile(file);
			if (hooks.headStart && extname(file) === '.html') {
				body = Buffer.from(body.toString('utf8').replace(/<head>/i, (head) => head + hooks.headStart));
			}
			const type = TYPES[extname(file)] ?? 'application/octet-stream';
			// Compress text the way static hosts (GitHub Pages, Netlify, Cloudflare) do, so performance figures are realistic.
			if (/text|javascript|json|svg|xml/.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
				response.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' });
				response.end(gzipSync(body));
				return;
			}
			response.writeHead(200, { 'content-type': type });
			response.end(body);
		} catch {
			const notFound = await readFile(join(root, '404.html')).catch(() => Buffer.from('Not found'));
			response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(notFound);
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return {
		url: `http://127.0.0.1:${port}${base}`,
		// Also ends keep-alive and unfinished requests of pages still open, which would hold close() up.
		close: () =>
			new Promise((resolve) => {
				server.close(() => resolve());
				server.closeAllConnections();
			}),
	};
}
