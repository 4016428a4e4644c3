// The offline page's list: every page the service worker has saved, by title, instead of the three the
// page names without JavaScript. Reads the caches directly; nothing goes to the network.
import { OFFLINE_PATH, pageTitle, savedPages, type SavedPage } from '../../lib/offline/offline';

const SITE_TITLE = 'Python Backend Roadmap';

/** Every saved page (a cached HTML response) in every cache of this origin, with its title. */
async function readSavedPages(): Promise<SavedPage[]> {
	const pages: SavedPage[] = [];
	for (const name of await caches.keys()) {
		const cache = await caches.open(name);
		for (const request of await cache.keys()) {
			const { pathname } = new URL(request.url);
			if (!pathname.endsWith('/')) continue;
			const response = await cache.match(request);
			const title = response && pageTitle(await response.text(), SITE_TITLE);
			if (title) pages.push({ url: pathname, title: pathname === import.meta.env.BASE_URL ? 'Home' : title });
		}
	}
	return pages;
}

async function showSavedPages(): Promise<void> {
	const list = document.querySelector<HTMLElement>('[data-pbr-saved-pages]');
	if (!list || !('caches' in window)) return;
	const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
	const pages = savedPages(await readSavedPages(), `${base}${OFFLINE_PATH}`);
	if (pages.length === 0) return;
	list.replaceChildren(
		...pages.map(({ url, title }) => {
			const item = document.createElement('li');
			const link = item.appendChild(document.createElement('a'));
			link.href = url;
			link.textContent = title;
			return item;
		}),
	);
	document.querySelector('[data-pbr-saved-count]')!.textContent =
		`${pages.length} page${pages.length === 1 ? '' : 's'} saved.`;
}

showSavedPages().catch(() => {
	// Caches unreadable (storage disabled): the three pages the HTML names stay.
});
