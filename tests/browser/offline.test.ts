import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium } from '../support/browser';
import { useSite } from '../support/site-browser';
import { CACHE_NAMES } from '../../src/lib/offline/offline';

/** Waits until the service worker controls `page` (it claims open pages as soon as it is active). */
async function controlled(page: Page): Promise<void> {
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 15_000 });
}

/** Opens search with the keyboard, types `query`, and returns the result links' hrefs. */
async function search(page: Page, query: string): Promise<string[]> {
	await page.waitForFunction(() => !document.querySelector('button[data-open-modal]')?.hasAttribute('disabled'));
	await page.keyboard.press('Control+k');
	const dialog = page.getByRole('dialog', { name: 'Search' });
	const input = dialog.locator('.pagefind-ui__search-input');
	await input.waitFor({ timeout: 15_000 });
	await input.fill(query);
	const links = dialog.locator('.pagefind-ui__result-link');
	await links.first().waitFor({ timeout: 15_000 });
	const hrefs = await links.evaluateAll((elements) => elements.map((element) => element.getAttribute('href') ?? ''));
	await page.keyboard.press('Escape');
	return hrefs;
}

describe.skipIf(!hasChromium)('offline reading (service worker)', () => {
	const site = useSite({}, { contextPer: 'test' });

	it('keeps pages, progress and searches that were used online, and shows its own offline page for the rest', async () => {
		const context = await site.newContext({ serviceWorkers: 'allow' });
		const page = await site.open('');
		await controlled(page);
		// Read a topic page and search once, online.
		await site.open('core/testing/', page);
		expect(await search(page, 'fixture')).toContain(`${new URL(site.server.url).pathname}core/testing/`);
		const cacheNames = await page.evaluate(() => caches.keys());
		expect(cacheNames).toEqual(expect.arrayContaining(Object.values(CACHE_NAMES)));

		await context.setOffline(true);
		// A page read before: served from the cache, with its styles and scripts.
		await page.reload();
		expect(await page.locator('h1').first().textContent()).toBe('Testing with pytest');
		expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).not.toBe('');
		expect(await page.getByRole('checkbox').count()).toBeGreaterThan(0);

		// Ticks made offline are kept (they are local anyway), and nothing alarming is said.
		const box = page.getByRole('checkbox').first();
		await box.check();
		await page.reload();
		expect(await page.getByRole('checkbox').first().isChecked()).toBe(true);
		expect(await page.locator('[role=alert]').count()).toBe(0);

		// The shell was precached: /progress/ opens offline although it was never read, and counts the tick.
		await site.open('progress/', page);
		expect(await page.locator('h1').first().textContent()).toBe('My progress');
		await expect.poll(() => page.locator('.pbr-progress__overall .pbr-count').first().textContent()).toMatch(/^1\//);

		// A page never read: the site's own offline page, listing the saved pages (not a browser error).
		const response = await page.goto(`${site.server.url}advanced/kubernetes/`);
		expect(response?.status()).toBe(200);
		expect(await page.locator('h1').first().textContent()).toBe('You are offline');
		expect(page.url()).toBe(`${site.server.url}advanced/kubernetes/`);
		const saved = page.locator('[data-pbr-saved-pages] a');
		await expect.poll(() => saved.allTextContents()).toContain('Testing with pytest');
		expect(await saved.allTextContents()).toEqual(expect.arrayContaining(['Home', 'My progress']));
		expect(await saved.allTextContents()).not.toContain('You are offline');

		// The search that ran online runs offline too, over the index files it fetched.
		await site.open('core/testing/', page);
		expect(await search(page, 'fixture')).toContain(`${new URL(site.server.url).pathname}core/testing/`);

		expect(site.errors.filter((error) => !/ERR_INTERNET_DISCONNECTED/.test(error))).toEqual([]);
		// Nothing left the origin, the worker's own requests included.
		const origin = new URL(site.server.url).origin;
		expect(site.requests.map(({ url }) => url).filter((url) => !url.startsWith(`${origin}/`))).toEqual([]);
	}, 120_000);
});
