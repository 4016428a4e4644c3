import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium } from '../support/browser';
import { topicSources } from '../support/content';
import { useSite } from '../support/site-browser';
import { PROGRESS_KEY } from '../../src/lib/progress/progress';

const PAGE = 'foundations/python-basics/';
/** The page's checklist as contributors write it, in its frontmatter. */
const { checklist } = topicSources().find((topic) => topic.id === 'foundations/python-basics')!;

describe.skipIf(!hasChromium)('checklist island in Chromium', () => {
	const site = useSite();

	const open = async (): Promise<Page> => {
		const page = await site.open(PAGE);
		await page.waitForSelector('pbr-checklist input[type="checkbox"]');
		return page;
	};
	const status = (page: Page) => page.locator('.pbr-checklist__status').first().textContent();

	it('turns each item into a labelled checkbox with a live count', async () => {
		const page = await open();
		const boxes = page.getByRole('checkbox');
		const total = await boxes.count();
		expect(total).toBe(checklist.length);
		const firstName = await boxes
			.first()
			.evaluate((input) => (input as HTMLInputElement).labels?.[0]?.textContent?.trim());
		expect(firstName).toBe(checklist[0].text);
		expect(await status(page)).toBe(`0 of ${total} done`);
		expect(await page.locator('.pbr-checklist__status').first().getAttribute('role')).toBe('status');
	});

	it('keeps a tick after the page is reloaded and after the browser tab is closed', async () => {
		let page = await open();
		await page.getByRole('checkbox').nth(1).check();
		await page.reload();
		await page.waitForSelector('pbr-checklist input[type="checkbox"]');
		expect(await page.getByRole('checkbox').nth(1).isChecked()).toBe(true);
		await page.close();
		page = await open();
		expect(await page.getByRole('checkbox').nth(1).isChecked()).toBe(true);
		expect(await status(page)).toMatch(/^1 of \d+ done$/);
		const stored = await site.storedProgress(page);
		const id = await page.getByRole('checkbox').nth(1).getAttribute('value');
		expect(id).toBe(checklist[1].id);
		expect(stored?.version).toBe(1);
		expect(stored?.items[id!].done).toBe(true);
	});

	it('works by keyboard: Tab reaches a checkbox, Space ticks it', async () => {
		const page = await open();
		await page.getByRole('checkbox').first().focus();
		await page.keyboard.press('Space');
		expect(await page.getByRole('checkbox').first().isChecked()).toBe(true);
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).type)).toBe('checkbox');
		await page.keyboard.press('Space');
		expect(await status(page)).toMatch(/^2 of \d+ done$/);
	});

	it('syncs ticks between two open tabs and keeps ticks made in both', async () => {
		const [left, right] = [await open(), await open()];
		await left.getByRole('checkbox').nth(0).check();
		await expect.poll(() => right.getByRole('checkbox').nth(0).isChecked()).toBe(true);
		await right.getByRole('checkbox').nth(2).check();
		await expect.poll(() => left.getByRole('checkbox').nth(2).isChecked()).toBe(true);
		await left.reload();
		await left.waitForSelector('pbr-checklist input[type="checkbox"]');
		expect(await status(left)).toMatch(/^2 of \d+ done$/);
	});

	it('keeps unreadable stored progress aside, says so, and still works', async () => {
		await site.context.addInitScript((key) => {
			if (!sessionStorage.getItem('seeded')) {
				localStorage.setItem(key, '{"version": 1, "items": ');
				sessionStorage.setItem('seeded', 'yes');
			}
		}, PROGRESS_KEY);
		const page = await open();
		await expect.poll(() => page.locator('.pbr-checklist__notice:visible').first().isVisible()).toBe(true);
		expect(await page.locator('.pbr-checklist__notice:visible').first().textContent()).toMatch(/could not be read/);
		const keptAside = await page.evaluate(() =>
			Object.keys(localStorage)
				.filter((key) => key.includes('kept-aside'))
				.map((key) => localStorage.getItem(key)),
		);
		expect(keptAside).toEqual(['{"version": 1, "items": ']);
		await page.getByRole('checkbox').first().check();
		await page.reload();
		await page.waitForSelector('pbr-checklist input[type="checkbox"]');
		expect(await page.getByRole('checkbox').first().isChecked()).toBe(true);
	});

	it('keeps a future-version value aside instead of overwriting it', async () => {
		const future = JSON.stringify({ version: 2, items: { 'a-b': { done: true } } });
		await site.context.addInitScript(([key, value]) => localStorage.getItem(key) ?? localStorage.setItem(key, value), [
			PROGRESS_KEY,
			future,
		] as const);
		const page = await open();
		await page.getByRole('checkbox').first().check();
		const values = await page.evaluate(() => Object.keys(localStorage).map((key) => localStorage.getItem(key)));
		expect(values).toContain(future);
	});

	it('works in memory and says so when storage is disabled', async () => {
		await site.context.addInitScript(() => {
			Object.defineProperty(window, 'localStorage', {
				get() {
					throw new DOMException('The operation is insecure.', 'SecurityError');
				},
			});
		});
		const page = await open();
		// No error while the page loads either: Starlight's theme scripts are overridden to survive it.
		await page.getByRole('checkbox').first().check();
		expect(await status(page)).toMatch(/^1 of \d+ done$/);
		expect(await page.locator('.pbr-checklist__notice:visible').first().textContent()).toMatch(
			/not letting the site save progress/,
		);
		expect(site.errors).toEqual([]);
	});

	it('keeps working when storage is full', async () => {
		await site.context.addInitScript(() => {
			Storage.prototype.setItem = () => {
				throw new DOMException('Quota exceeded', 'QuotaExceededError');
			};
		});
		const page = await open();
		await page.getByRole('checkbox').first().check();
		expect(await status(page)).toMatch(/^1 of \d+ done$/);
		expect(await page.locator('.pbr-checklist__notice:visible').first().textContent()).toMatch(
			/not letting the site save progress/,
		);
	});

	it('fills the sidebar badges from the one items file once there is progress, and asks for nothing else', async () => {
		await site.seedProgress({ [checklist[0].id]: true });
		// The home page has no sidebar, so nothing to fetch; the topic page fetches the items file once.
		const home = await site.open('');
		await home.waitForLoadState('networkidle');
		const page = await site.open('core/testing/');
		const badge = page.locator(`.sidebar-content a[href$="/${PAGE}"] .pbr-count`);
		await expect.poll(() => badge.textContent()).toMatch(new RegExp(`^1/${checklist.length},`));
		expect(site.broken).toEqual([]);
		expect(site.requests.filter(({ url }) => /\/data\/items\.[0-9a-f]+\.json$/.test(url))).toHaveLength(1);
	});

	it('is a readable list with JavaScript off', async () => {
		await site.newContext({ javaScriptEnabled: false });
		const page = await site.open(PAGE);
		const items = page.locator('.pbr-checklist__item');
		expect(await items.count()).toBe(checklist.length);
		expect((await items.first().innerText()).trim()).toBe(checklist[0].text);
		expect(await page.getByRole('checkbox').count()).toBe(0);
		expect(await page.locator('.pbr-checklist__status').first().textContent()).toMatch(/^\d+ skills to check$/);
	});
});
