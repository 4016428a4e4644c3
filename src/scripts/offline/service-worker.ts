/// <reference lib="webworker" />
/**
 * The service worker (built to `sw.js` by src/integrations/service-worker.ts): pages read once work offline.
 *
 * - Pages: network first, so an online reader always gets the current deploy; the saved copy when offline;
 *   the site's offline page (listing what is saved) for a page never read.
 * - The shell (`/`, `/roadmap/`, `/progress/`, the offline page, icons, the web app manifest) is precached
 *   by Workbox with revisions, so a new deploy replaces exactly what changed.
 * - Scripts, styles and the sidebar's item file have content hashes in their names, so they never change:
 *   they are kept in their own cache, filled at install and as they are used, and are not dropped when a
 *   new deploy arrives. A page still open from the previous deploy (or saved by it) keeps its own assets,
 *   and a page of the new deploy names only new ones: no page ever runs with a mix.
 * - Search: Pagefind's files are cached as they are used, so a search that ran online runs offline too.
 *
 * A new version takes over at once (skipWaiting, clientsClaim); the reader sees it on the next page they
 * open, and nothing on the current page changes under them.
 */
import { clientsClaim } from 'workbox-core';
import type { WorkboxPlugin } from 'workbox-core/types';
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { warmStrategyCache } from 'workbox-recipes';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { CACHE_NAMES, OFFLINE_PATH, isHashedAsset } from '../../lib/offline/offline';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (PrecacheEntry | string)[] };

/** The site's base path, e.g. `/` or `/python-backend-roadmap/`: the worker's own scope. */
const base = new URL(self.registration.scope).pathname;
const url = (entry: PrecacheEntry | string) => (typeof entry === 'string' ? entry : entry.url);

const manifest = self.__WB_MANIFEST;
const assets = manifest.filter((entry) => isHashedAsset(url(entry)));
const shell = manifest.filter((entry) => !isHashedAsset(url(entry)));

self.skipWaiting();
clientsClaim();
cleanupOutdatedCaches();

/**
 * Pages, the shell's included: the network first (fresh online), then the copy saved when the page was last
 * read, then the shell's precached copy, then the offline page. Registered before the precache's route so
 * that online, `/` and `/roadmap/` are as fresh as every other page.
 */
const pageStrategy = new NetworkFirst({
	cacheName: CACHE_NAMES.pages,
	plugins: [new ExpirationPlugin({ maxEntries: 500, purgeOnQuotaError: true })],
});
registerRoute(
	new NavigationRoute(async (options) => {
		try {
			return await pageStrategy.handle(options);
		} catch {
			// Offline, and not read since it was last saved: the shell's copy, or the offline page.
			return (
				(await matchPrecache(options.url.pathname)) ??
				(await matchPrecache(`${base}${OFFLINE_PATH}`)) ??
				Response.error()
			);
		}
	}),
);
precacheAndRoute(shell);

/** Hashed files: once cached, always right. Capped so the previous deploys' files do not pile up. */
const assetStrategy = new CacheFirst({
	cacheName: CACHE_NAMES.assets,
	plugins: [new ExpirationPlugin({ maxEntries: 400, purgeOnQuotaError: true })],
});
warmStrategyCache({
	urls: assets.map((entry) => new URL(url(entry), self.location.href).href),
	strategy: assetStrategy,
});
registerRoute(({ url: { pathname } }) => isHashedAsset(pathname.slice(base.length)), assetStrategy);

/**
 * Pagefind asks for `pagefind-entry.json?ts=<now>` so that browsers never reuse a stale index; the network
 * still gets that, but the cache keeps one copy per file (query left out), which is what an offline search finds.
 */
const withoutQuery: WorkboxPlugin = {
	cacheKeyWillBeUsed: async ({ request }) => {
		const key = new URL(request.url);
		key.search = '';
		return key.href;
	},
};
registerRoute(
	({ url: { pathname } }) => pathname.startsWith(`${base}pagefind/`),
	new NetworkFirst({
		cacheName: CACHE_NAMES.search,
		plugins: [withoutQuery, new ExpirationPlugin({ maxEntries: 500 })],
	}),
);

/** Caches of earlier versions of this worker (other names), which nothing reads any more. */
self.addEventListener('activate', (event) => {
	const current = new Set<string>(Object.values(CACHE_NAMES));
	event.waitUntil(
		caches
			.keys()
			.then((names) =>
				Promise.all(
					names.filter((name) => name.startsWith('pbr-') && !current.has(name)).map((name) => caches.delete(name)),
				),
			),
	);
});
