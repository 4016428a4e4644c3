import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BROWSER_NAME, hasChromium } from '../support/browser';
import { useSite } from '../support/site-browser';

/** Topics in learning order with their item ids, read from the printable checklist on /progress/. */
async function topicsInOrder(page: Page): Promise<{ title: string; ids: string[] }[]> {
	return page.$$eval('.pbr-progress__print-topic', (topics) =>
		topics.map((topic) => ({
			title: topic.querySelector('h4')!.textContent!.trim(),
			ids: [...topic.querySelectorAll<HTMLElement>('[data-item-id]')].map((item) => item.dataset.itemId!),
		})),
	);
}

describe.skipIf(!hasChromium)('progress on a phone, in dark mode, and by keyboard', () => {
	const site = useSite({ viewport: { width: 390, height: 844 }, colorScheme: 'dark' });
	let topics: { title: string; ids: string[] }[];
	/** Progress with every topic before the one with the longest title ticked, plus an item the site no longer has. */
	let seeded: Record<string, boolean>;
	/** That longest title: the topic the reader continues with, in the widest "Continue with" link. */
	let longestTitle: string;

	beforeAll(async () => {
		await site.newContext();
		const page = await site.open('progress/');
		topics = await topicsInOrder(page);
		await page.close();
		const longest = topics.reduce(
			(best, topic, index) => (topic.title.length > topics[best].title.length ? index : best),
			0,
		);
		longestTitle = topics[longest].title;
		seeded = { 'removed-from-the-site': true };
		for (const topic of topics.slice(0, longest)) for (const id of topic.ids) seeded[id] = true;
	});

	it('finds the roadmap in the built site', () => {
		expect(topics.length).toBeGreaterThan(30);
		expect(topics.every((topic) => topic.ids.length > 0)).toBe(true);
	});

	it.each(['', 'roadmap/', 'progress/', 'core/testing/'])(
		'restores progress on /%s at 390px without any layout shift',
		async (path) => {
			await site.seedProgress(seeded);
			// A first navigation settles the viewport; measuring starts with the second one.
			const page = await site.open('404.html');
			await site.observeLayoutShifts(page);
			await site.open(path, page);
			await page.waitForTimeout(500);
			const shifts = await site.layoutShifts(page);
			if (shifts) expect(shifts).toEqual([]);
			else console.warn(`Layout shift on /${path} not measured: ${BROWSER_NAME} has no layout-shift API.`);
			if (path === '' || path === 'roadmap/') {
				const link = page.locator('a[data-pbr-continue]');
				expect(await link.textContent()).toBe(`Continue with ${longestTitle}`);
				const box = await link.boundingBox();
				expect(box!.x + box!.width).toBeLessThanOrEqual(390);
			}
			await page.close();
		},
	);

	it('counts ticks for removed items separately on /progress/', async () => {
		await site.seedProgress(seeded);
		const page = await site.open('progress/');
		await expect.poll(() => page.locator('[data-pbr-unknown]').textContent()).toBe('1');
		const ticked = Object.keys(seeded).length - 1;
		const overall = await page.locator('.pbr-progress__overall .pbr-count').textContent();
		expect(overall).toMatch(new RegExp(`^${ticked}/\\d+, ${ticked} of \\d+ done$`));
		await page.close();
	});

	it('styles the bars for dark mode instead of leaving the bright native ones', async () => {
		const page = await site.open('progress/');
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
		await site.seedProgress(seeded);
		const page = await site.open('progress/');
		await page.getByRole('button', { name: 'Export progress' }).focus();
		const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Space')]);
		expect(download.suggestedFilename()).toMatch(/^python-backend-roadmap-progress-\d{4}-\d{2}-\d{2}\.json$/);

		await page.getByRole('button', { name: 'Reset progress…' }).focus();
		await page.keyboard.press('Space');
		await expect.poll(() => page.evaluate(() => document.activeElement?.matches('[data-confirm-yes]'))).toBe(true);
		await page.keyboard.press('Space');
		await expect.poll(() => page.locator('.pbr-progress__overall .pbr-count').textContent()).toMatch(/^0\//);
		await page.getByRole('button', { name: 'Undo reset' }).focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => page.locator('.pbr-progress__overall .pbr-count').textContent()).not.toMatch(/^0\//);
		await page.close();
	});
});
