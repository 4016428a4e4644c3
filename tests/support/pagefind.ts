import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** One search result: the page URL (without the site origin) and its title. */
export interface SearchHit {
	url: string;
	title: string;
}

interface PagefindApi {
	options: (options: Record<string, unknown>) => Promise<void>;
	init: () => Promise<void>;
	search: (query: string) => Promise<{ results: { data: () => Promise<{ url: string; meta: { title: string } }> }[] }>;
}

/**
 * Loads the built Pagefind index in Node. Pagefind's browser module fetches its index files, so
 * `fetch` is shimmed to read `file:` URLs from disk; everything else goes to the real fetch.
 */
export async function loadPagefind(
	dist = process.env.DIST_DIR ?? 'dist',
): Promise<(query: string, limit?: number) => Promise<SearchHit[]>> {
	const root = resolve(dist, 'pagefind');
	const realFetch = globalThis.fetch;
	globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
		const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
		if (url.startsWith('file:')) {
			const body = await readFile(new URL(url));
			return new Response(body, {
				headers: { 'content-type': url.endsWith('.wasm') ? 'application/wasm' : 'application/octet-stream' },
			});
		}
		return realFetch(input, init);
	}) as typeof fetch;
	const moduleUrl = pathToFileURL(join(root, 'pagefind.js')).href;
	const pagefind = (await import(/* @vite-ignore */ moduleUrl)) as PagefindApi;
	await pagefind.options({ basePath: `${pathToFileURL(root).href}/`, baseUrl: '/' });
	await pagefind.init();
	return async (query, limit = 3) => {
		const { results } = await pagefind.search(query);
		const top = await Promise.all(results.slice(0, limit).map((result) => result.data()));
		return top.map((data) => ({ url: data.url, title: data.meta.title }));
	};
}
