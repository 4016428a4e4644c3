import { describe, expect, it } from 'vitest';
import { hasChromium } from '../support/browser';
import { useSite } from '../support/site-browser';

describe.skipIf(!hasChromium)('search from the keyboard', () => {
	const site = useSite();

	it('is ready to type into when Ctrl+K is pressed the moment the page has loaded (10 loads)', async () => {
		const page = await site.context.newPage();
		const problems: string[] = [];
		for (let load = 1; load <= 10; load++) {
			await site.open('core/testing/', page);
			await page.waitForFunction(() => !document.querySelector('button[data-open-modal]')?.hasAttribute('disabled'));
			await page.keyboard.press('Control+k');
			const input = page.getByRole('dialog', { name: 'Search' }).locator('.pagefind-ui__search-input');
			const shown = await input
				.waitFor({ timeout: 5_000 })
				.then(() => true)
				.catch(() => false);
			if (!shown) problems.push(`load ${load}: empty search dialog`);
			else if (!(await input.evaluate((element) => element === document.activeElement)))
				problems.push(`load ${load}: search input not focused`);
		}
		expect(problems).toEqual([]);
		await page.close();
	}, 90_000);

	it('opens with Ctrl+K, takes a question, and lists results as named links', async () => {
		const page = await site.open('core/testing/');
		await page.waitForFunction(() => !document.querySelector('button[data-open-modal]')?.hasAttribute('disabled'));
		await page.keyboard.press('Control+k');
		const dialog = page.getByRole('dialog', { name: 'Search' });
		await dialog.waitFor();
		const input = dialog.locator('.pagefind-ui__search-input');
		await input.waitFor({ timeout: 15_000 });
		await expect
			.poll(() => input.evaluate((element) => element === document.activeElement), { timeout: 5_000 })
			.toBe(true);
		expect((await input.getAttribute('aria-label')) ?? (await input.getAttribute('title'))).toBe('Search');
		await page.keyboard.type('what is the gil');
		const firstResult = dialog.locator('.pagefind-ui__result-link').first();
		await firstResult.waitFor({ timeout: 15_000 });
		expect(await firstResult.getAttribute('href')).toMatch(/\/foundations\/concurrency\/$/);
		expect((await firstResult.textContent())?.trim().length).toBeGreaterThan(3);
		// Results are announced: Pagefind UI renders a live message with the count.
		expect(await dialog.locator('.pagefind-ui__message').textContent()).toMatch(/result/);
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.tagName)).toMatch(/A|BUTTON|INPUT/);
		await page.keyboard.press('Escape');
		await expect.poll(() => dialog.isVisible(), { timeout: 5_000 }).toBe(false);
		await page.close();
	});
});
