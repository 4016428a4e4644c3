/** What the service worker (src/scripts/offline/service-worker.ts) and the offline page agree on. */

/** The worker's caches, besides Workbox's precache. Any other `pbr-` cache is from an older worker and is deleted. */
export const CACHE_NAMES = {
	/** Pages as they were read, newest copy. */
	pages: 'pbr-pages-v1',
	/** Files whose names carry a content hash (scripts, styles, the sidebar's item file). */
	assets: 'pbr-assets-v1',
	/** Pagefind's files, as searches used them. */
	search: 'pbr-search-v1',
} as const;

/** The colour of Starlight's top bar in each scheme (`--sl-color-bg-nav`), for the browser's own chrome. */
export const THEME_COLORS = { light: '#f6f7f9', dark: '#23262f' } as const;

/** The offline page, relative to the base path. */
export const OFFLINE_PATH = 'offline/';

/**
 * Whether a path (relative to the base path) names a file whose content never changes: Astro's `_astro/`
 * bundles and the sidebar's `data/items.<hash>.json`.
 */
export function isHashedAsset(path: string): boolean {
	return path.startsWith('_astro/') || /^data\/items\.[0-9a-f]+\.json$/.test(path);
}

/** A saved page for the offline page's list. */
export interface SavedPage {
	url: string;
	title: string;
}

/** The page title without the site's name: "Testing with pytest | Python Backend Roadmap" → "Testing with pytest". */
export function pageTitle(html: string, siteTitle: string): string | undefined {
	const title = /<title>([^<]*)<\/title>/.exec(html)?.[1]?.trim();
	if (!title) return undefined;
	const decoded = title.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ENTITIES[name]);
	return decoded.endsWith(` | ${siteTitle}`) ? decoded.slice(0, -` | ${siteTitle}`.length) : decoded;
}
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

/** Saved pages once each (the same page may be in the precache and the page cache), sorted by title, offline page left out. */
export function savedPages(pages: readonly SavedPage[], offlineUrl: string): SavedPage[] {
	const byUrl = new Map(pages.filter((page) => page.url !== offlineUrl).map((page) => [page.url, page]));
	return [...byUrl.values()].sort((a, b) => a.title.localeCompare(b.title));
}
