/**
 * What a page does once the reader has progress (on load, or right after their first tick), loaded on demand
 * by ./progress-display so that pages without progress, and the on-load budget, pay nothing for it:
 * the sidebar's item ids for its badges, and asking the browser to keep the site's storage.
 */

/** Fills the sidebar links' `data-pbr-items` from the one cached items file, then calls `render`. */
function loadSidebarItems(render: () => void): Promise<void> {
	const url = document.querySelector<HTMLElement>('[data-pbr-sidebar-items]')?.dataset.pbrSidebarItems;
	// Pages without a sidebar (the home page's splash layout) have no badges to fill.
	if (!url) return Promise.resolve();
	return (
		fetch(url)
			.then((response) => response.json() as Promise<Record<string, string[]>>)
			.then((pages) => {
				for (const link of document.querySelectorAll<HTMLElement>('.sidebar-content a')) {
					const ids = pages[link.getAttribute('href')!];
					if (ids) link.dataset.pbrItems = ids.join(' ');
				}
				render();
			})
			// Offline before the file was ever cached: the badges keep their "0/7" until a later page.
			.catch(() => {})
	);
}

/** Marks, for this tab's session, that the browser was asked; its value is never read, only its presence. */
const ASKED_KEY = 'pbr:persist-asked:v1';

/** Whether to ask now: once per tab session, so Firefox, which asks the reader, does not ask on every page. */
function shouldAsk(): boolean {
	try {
		if (sessionStorage.getItem(ASKED_KEY) !== null) return false;
		sessionStorage.setItem(ASKED_KEY, '1');
	} catch {
		// No session storage: ask, as a page without it cannot remember having asked.
	}
	return true;
}

/**
 * Asks the browser to keep this site's storage even when space runs low, unless it already does. Browsers
 * decide without asking (Chromium, Safari) or ask the reader (Firefox); a refusal or an error changes nothing.
 * Says on /progress/ (`[data-pbr-persist]`) whether the browser keeps it.
 */
async function keepStorage(): Promise<void> {
	const storage = navigator.storage;
	// A browser without the API (older Safari) promises nothing either, so it gets the same note as a refusal.
	let kept = false;
	try {
		if (storage?.persist && storage.persisted) {
			kept = await storage.persisted();
			if (!kept && shouldAsk()) kept = await storage.persist();
		}
	} catch {
		// A browser that throws here (some private modes) keeps nothing for long anyway; the note below says so.
	}
	const note = document.querySelector<HTMLElement>('[data-pbr-persist]');
	if (!note) return;
	for (const answer of note.querySelectorAll<HTMLElement>('[data-answer]')) {
		answer.hidden = answer.dataset.answer !== String(kept);
	}
}

/** Starts both; `render` redraws the page's progress. */
export function withProgress(render: () => void): Promise<unknown> {
	return Promise.all([loadSidebarItems(render), keepStorage()]);
}
