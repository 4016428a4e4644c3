import { createHash } from 'node:crypto';
import { pageUrl } from '../lib/content/urls';
import { itemIds } from '../lib/roadmap/roadmap';
import { getManifest } from './manifest';

/** The checklist ids of every topic page, by URL, and the fingerprinted URL they are served from. */
export interface SidebarItems {
	/** e.g. `/data/items.3f9a02c1d4.json`, with the base path; changes whenever the content does. */
	url: string;
	/** The file's name without `.json`, e.g. `items.3f9a02c1d4` (the endpoint's route parameter). */
	name: string;
	body: string;
}

let cached: Promise<SidebarItems> | undefined;

/**
 * One JSON file, `{ "/core/testing/": ["id", …], … }`, that the sidebar's progress badges read, instead of
 * every sidebar link on every page carrying its ids (which made each page grow with the size of the site).
 * Named by a hash of its content, so browsers and the service worker may keep it for good.
 */
export function getSidebarItems(): Promise<SidebarItems> {
	cached ??= getManifest().then((manifest) => {
		const base = import.meta.env.BASE_URL;
		const pages = Object.fromEntries(
			manifest.levels.flatMap((level) => level.topics).map((topic) => [pageUrl(base, topic.id), itemIds(topic)]),
		);
		const body = JSON.stringify(pages);
		const name = `items.${createHash('sha256').update(body).digest('hex').slice(0, 10)}`;
		return { url: `${pageUrl(base, 'data')}${name}.json`, name, body };
	});
	return cached;
}
