import { describe, expect, it } from 'vitest';
import { hasChromium } from '../support/browser';
import { readPage } from '../support/dist';
import { useSite } from '../support/site-browser';

/** A topic's hours, item ids and title, read from the built level page's plan (the data the script reads). */
function partsOf(page: string, path: string): { hours: [number, number]; ids: string[]; title: string } {
	const html = readPage(page);
	const row = html.match(new RegExp(`data-pbr-parts="([^"]+)"[^>]*><th scope="row"><a href="${path}">([^<]+)<`));
	if (!row) throw new Error(`no plan row for ${path} in ${page}`);
	const [fewest, most, ids] = JSON.parse(row[1].replaceAll('&quot;', '"'))[0];
	return { hours: [fewest, most], ids: ids.split(' '), title: row[2] };
}

describe.skipIf(!hasChromium)('study plans in Chromium', () => {
	const site = useSite();

	it('shows what is left of each topic after ticks, and when the reader would finish', async () => {
		const {
			hours: [fewest, most],
			ids,
			title,
		} = partsOf('core/index.html', '/core/testing/');
		// Tick every item of the topic: nothing is left of it.
		await site.seedProgress(Object.fromEntries(ids.map((id) => [id, true])));
		const page = await site.open('core/');
		// The plan's code loads only when the plan is about to scroll into view.
		await page.waitForLoadState('networkidle');
		expect(site.requests.filter((request) => /\/study-plan\.[\w-]+\.js$/.test(request.url))).toEqual([]);
		await page.locator('pbr-study-plan').scrollIntoViewIfNeeded();
		const row = page.locator('pbr-study-plan tbody tr', { hasText: title });
		expect(await row.locator('td').first().textContent()).toBe(`about ${fewest}–${most} hours`);
		await expect.poll(() => row.locator('[data-pbr-left]').textContent()).toBe('nothing left');

		const estimate = await page.locator('pbr-study-plan tfoot td').first().textContent();
		const left = await page.locator('pbr-study-plan tfoot [data-pbr-left]').textContent();
		const [, a, b] = estimate!.match(/(\d+)–(\d+)/)!.map(Number);
		const [, c, d] = left!.match(/(\d+)–(\d+)/)!.map(Number);
		expect([c, d]).toEqual([a - fewest, b - most]);
		expect(await page.locator('[data-pbr-finish]').textContent()).toMatch(
			/^At 6 hours a week you would finish (between|around) /,
		);
		expect(site.errors).toEqual([]);
	});

	it('remembers the hours a week the reader types, on every page with a plan', async () => {
		const page = await site.open('foundations/');
		await page.locator('pbr-study-plan').scrollIntoViewIfNeeded();
		await expect.poll(() => page.locator('[data-pbr-finish]').textContent()).toMatch(/you would finish/);
		await page.getByLabel('Hours a week you can study').fill('15');
		await expect.poll(() => page.locator('[data-pbr-finish]').textContent()).toMatch(/^At 15 hours a week/);
		await page.getByLabel('Hours a week you can study').fill('0');
		await expect
			.poll(() => page.locator('[data-pbr-finish]').textContent())
			.toBe('Type a whole number of hours a week, from 1 to 60.');
		const roadmap = await site.open('roadmap/');
		await roadmap.locator('pbr-study-plan').scrollIntoViewIfNeeded();
		await expect.poll(() => roadmap.getByLabel('Hours a week you can study').inputValue()).toBe('15');
		await expect.poll(() => roadmap.locator('[data-pbr-finish]').textContent()).toMatch(/^At 15 hours a week/);
	});

	it('shows the whole estimate and no calculator without JavaScript', async () => {
		await site.newContext({ javaScriptEnabled: false });
		const page = await site.open('roadmap/');
		expect(await page.locator('pbr-study-plan tfoot td').first().textContent()).toMatch(/^about \d+–\d+ hours$/);
		expect(await page.getByLabel('Hours a week you can study').isVisible()).toBe(false);
		expect(await page.locator('[data-pbr-finish]').textContent()).toMatch(
			/^At 6 hours a week this takes about \d+–\d+ weeks\.$/,
		);
	});

	it('states each topic page’s estimate under its title', async () => {
		const page = await site.open('core/testing/');
		expect(await page.locator('[data-pbr-study-time]').textContent()).toMatch(
			/^\s*Study time: about \d+–\d+ hours \(.{20,}\)\. An estimate for planning, not a promise\.\s*$/,
		);
	});
});
