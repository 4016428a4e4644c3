import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hasChromium, launchChromium } from '../support/browser';
import { serveSite, type SiteServer } from '../support/static-server';

const PAGE = 'foundations/python-basics/';

describe.skipIf(!hasChromium)('"Check yourself" answers in Chromium', () => {
	let server: SiteServer;
	let browser: Browser;

	beforeAll(async () => {
		server = await serveSite(process.env.DIST_DIR ?? 'dist');
		browser = await launchChromium();
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	const section = (page: Page) => page.getByRole('region', { name: 'Check yourself' });

	for (const javaScriptEnabled of [true, false]) {
		it(`keeps answers hidden until asked, then shows one by keyboard (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
			const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 390, height: 844 } });
			const page = await context.newPage();
			await page.goto(server.url + PAGE);
			const questions = section(page).getByRole('listitem');
			const count = await questions.count();
			expect(count).toBeGreaterThanOrEqual(4);

			const first = questions.first();
			const output = first.getByText("{'debug': False, 'allowed_hosts': ['localhost', 'api.example.com']}");
			await expect(output.isVisible()).resolves.toBe(false);
			for (let index = 0; index < count; index++) {
				await expect(
					questions
						.nth(index)
						.locator('details')
						.evaluate((d: HTMLDetailsElement) => d.open),
				).resolves.toBe(false);
			}

			// Tab from the section's heading reaches the summary (past the example's code and copy button); Enter opens it.
			const summary = first.getByText('Answer 1', { exact: true });
			await page.locator('#check-yourself').evaluate((heading: HTMLElement) => {
				heading.tabIndex = -1;
				heading.focus();
			});
			let reached = false;
			for (let press = 0; press < 6 && !reached; press++) {
				await page.keyboard.press('Tab');
				reached = await summary.evaluate((element) => element === document.activeElement);
			}
			expect(reached, 'Tab reaches "Answer 1"').toBe(true);
			await page.keyboard.press('Enter');
			await expect(output.isVisible()).resolves.toBe(true);
			await expect(first.getByRole('link', { name: 'Mutable and immutable types' }).isVisible()).resolves.toBe(true);
			// Only the answer asked for opens.
			await expect(
				questions
					.nth(1)
					.locator('details')
					.evaluate((d: HTMLDetailsElement) => d.open),
			).resolves.toBe(false);

			// "Read again" jumps to the section that teaches the answer.
			await first.getByRole('link', { name: 'Mutable and immutable types' }).press('Enter');
			await expect.poll(() => page.evaluate(() => location.hash)).toBe('#mutable-and-immutable-types');
			const top = await page.locator('#mutable-and-immutable-types').evaluate((h) => h.getBoundingClientRect().top);
			expect(top).toBeGreaterThanOrEqual(0);
			expect(top).toBeLessThan(844);
			await context.close();
		});
	}

	it('tells screen readers each answer is a collapsed disclosure, and expanded once opened', async () => {
		const page = await browser.newPage();
		await page.goto(server.url + PAGE);
		const cdp = await page.context().newCDPSession(page);
		const disclosure = async (name: string) => {
			const { nodes } = await cdp.send('Accessibility.getFullAXTree');
			const node = nodes.find((candidate) => candidate.name?.value === name && candidate.role?.value !== 'StaticText');
			const property = (key: string) => node?.properties?.find((p) => p.name === key)?.value.value;
			return { role: node?.role?.value, focusable: property('focusable'), expanded: property('expanded') };
		};
		await expect(disclosure('Answer 2')).resolves.toEqual({
			role: 'DisclosureTriangle',
			focusable: true,
			expanded: false,
		});
		await section(page).getByText('Answer 2', { exact: true }).click();
		await expect(disclosure('Answer 2')).resolves.toMatchObject({ expanded: true });
		await page.close();
	});
});
