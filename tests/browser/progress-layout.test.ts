import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { hasChromium, launchChromium } from '../support/browser';
import { DIST } from '../support/dist';
import { serveSite, type SiteServer } from '../support/static-server';

const KEY = 'pbr:progress:v1';
const AT = '2026-11-20T10:00:00.000Z';

/** Topics in learning order with their item ids, read from the printable checklist on /progress/. */
async function topicsInOrder(page: Page): Promise<{ title: string; ids: string[] }[]> {
	return page.$$eval('.pbr-progress__print-topic', (topics) =>
		topics.map((topic) => ({
			title: topic.querySelector('h4')!.textContent!.trim(),
			ids: [...topic.querySelectorAll<HTMLElement>('[data-item-id]')].map((item) => item.dataset.itemId!),
		})),
	);
}

/** Sum of layout-shift scores after load, with the elements that moved. */
function collectShifts(): void {
	const shifts: { value: number; nodes: string[] }[] = [];
	(window as unknown as { shifts: typeof shifts }).shifts = shifts;
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries() as (PerformanceEntry & {
			value: number;
			hadRecentInput: boolean;
			sources: { node?: Node }[];
		})[]) {
			if (entry.hadRecentInput) continue;
			const nodes = entry.sources.map((source) => {
				const element = source.node instanceof Element ? source.node : source.node?.parentElement;
				return element?.outerHTML.slice(0, 100) ?? '?';
			});
			shifts.push({ value: entry.value, nodes });
		}
	}).observe({ type: 'layout-shift', buffered: true });
}

describe.skipIf(!hasChromium)('progress on a phone, in dark mode, and by keyboard', () => {
	let server: SiteServer;
	let browser: Browser;
	let context: BrowserContext;
	let topics: { title: string; ids: string[] }[];
	/** Stored progress with every topic before the one with the longest title ticked, plus a removed item. */
	let seeded: string;

	beforeAll(async () => {
		server = await serveSite(DIST);
		browser = await launchChromium();
		context = await browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme: 'dark' });
		const page = await context.newPage();
		await page.goto(`${server.url}progress/`);
		topics = await topicsInOrder(page);
		await page.close();
		const longest = topics.reduce(
			(best, topic, index) => (topic.title.length > topics[best].title.length ? index : best),
			0,
		);
		const items: Record<string, { done: boolean; at: string }> = { 'removed-from-the-site': { done: true, at: AT } };
		for (const topic of topics.slice(0, longest)) for (const id of topic.ids) items[id] = { done: true, at: AT };
		seeded = JSON.stringify({ version: 1, items });
	});
	/** Stores the seeded progress from a page that shows none (404), before the page under test loads. */
	async function seedProgress(page: Page): Promise<void> {
		await page.goto(`${server.url}404.html`);
		await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, seeded]);
	}
	afterAll(async () => {
		await context?.close();
		await browser?.close();
		await server?.close();
	});

	it('finds the roadmap in the built site', () => {
		expect(topics.length).toBeGreaterThan(30);
		expect(topics.every((topic) => topic.ids.length > 0)).toBe(true);
	});

	it.each(['', 'roadmap/', 'progress/', 'core/testing/'])(
		'restores progress on /%s at 390px without any layout shift',
		async (path) => {
			const page = await context.newPage();
			// A first navigation settles the viewport and seeds storage; measuring starts with the second one.
			await seedProgress(page);
			await page.addInitScript(collectShifts);
			await page.goto(server.url + path);
			await page.waitForTimeout(500);
			const shifts = await page.evaluate(() => (window as unknown as { shifts: unknown[] }).shifts);
			expect(shifts).toEqual([]);
			if (path === '' || path === 'roadmap/') {
				const link = page.locator('a[data-pbr-continue]');
				expect(await link.textContent()).toMatch(/^Continue with .{30,}/);
				const box = await link.boundingBox();
				expect(box!.x + box!.width).toBeLessThanOrEqual(390);
			}
			await page.close();
		},
	);

	it('counts ticks for removed items separately on /progress/', async () => {
		const page = await context.newPage();
		await seedProgress(page);
		await page.goto(`${server.url}progress/`);
		await expect.poll(() => page.locator('[data-pbr-unknown]').textContent()).toBe('1');
		const ticked = Object.keys(JSON.parse(seeded).items).length - 1;
		const overall = await page.locator('.pbr-progress__overall .pbr-count').textContent();
		expect(overall).toMatch(new RegExp(`^${ticked}/\\d+, ${ticked} of \\d+ done$`));
		await page.close();
	});

	it('styles the bars for dark mode instead of leaving the bright native ones', async () => {
		const page = await context.newPage();
		await page.goto(`${server.url}progress/`);
		const track = await page
			.locator('.pbr-progress__overall progress')
			.evaluate((bar) => getComputedStyle(bar).backgroundColor);
		const page_ = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		const lightness = (rgb: string) =>
			rgb
				.match(/\d+/g)!
				.slice(0, 3)
				.map(Number)
				.reduce((a, b) => a + b, 0) / 3;
		expect(lightness(track)).toBeLessThan(128);
		expect(lightness(page_)).toBeLessThan(64);
		await page.close();
	});

	it('activates export and reset with Space as well as Enter', async () => {
		const page = await context.newPage();
		await seedProgress(page);
		await page.goto(`${server.url}progress/`);
		await page.getByRole('button', { name: 'Export progress' }).focus();
		const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Space')]);
		expect(download.suggestedFilename()).toMatch(/^python-backend-roadmap-progress-\d{4}-\d{2}-\d{2}\.json$/);

		await page.getByRole('button', { name: 'Reset progress…' }).focus();
		await page.keyboard.press('Space');
		await expect
			.poll(() => page.evaluate(() => (document.activeElement as HTMLElement).dataset.action))
			.toBe('confirm');
		await page.keyboard.press('Space');
		await expect.poll(() => page.locator('.pbr-progress__overall .pbr-count').textContent()).toMatch(/^0\//);
		await page.getByRole('button', { name: 'Undo reset' }).focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => page.locator('.pbr-progress__overall .pbr-count').textContent()).not.toMatch(/^0\//);
		await page.close();
	});
});
