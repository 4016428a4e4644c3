import { describe, expect, it } from 'vitest';
import { hasChromium } from '../support/browser';
import { builtPages } from '../support/dist';
import { useSite } from '../support/site-browser';

/** Every page of the built site, as a URL path (404.html stays a file). */
const paths = builtPages().map((page) => page.replace(/index\.html$/, ''));
/**
 * axe takes about 3.5 ms per element here (2 cores): the longest page, /core/testing/, has ~2,900 elements
 * and needs 10 s per theme alone, and up to twice that while other browser suites run beside it.
 */
const AXE_TIMEOUT = 120_000;

describe.skipIf(!hasChromium)('every built page in Chromium', () => {
	const site = useSite();

	it('has pages to check', () => {
		expect(paths.length).toBeGreaterThan(10);
	});

	it.each(paths)(
		'/%s: no axe violations in light and dark, no foreign requests, no console errors',
		async (path) => {
			const problems: string[] = [];
			for (const theme of ['light', 'dark'] as const) {
				await site.newContext({ colorScheme: theme });
				// Starlight reads the stored theme before first paint.
				await site.context.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
				const page = await site.open(path);
				expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
				const violations = await site.axe(page);
				const origin = new URL(site.server.url).origin;
				// What this theme's context saw, taken out of the lists so the next theme starts empty.
				const requests = site.requests.splice(0).map((request) => request.url);
				const errors = site.errors.splice(0);
				// Error statuses only: requests cut off when the page closes are not findings.
				const statuses = site.broken.splice(0).filter((entry) => !entry.startsWith('failed '));
				await page.close();
				const found = [
					...requests
						.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'))
						.map((url) => `request to ${url}`),
					...errors.filter((error) => !(path.startsWith('404') && /^console on \S+: .*404/.test(error))),
					...(path.startsWith('404') ? [] : statuses),
					...violations,
				];
				problems.push(...found.map((problem) => `${theme}: ${problem}`));
			}
			expect(problems).toEqual([]);
		},
		AXE_TIMEOUT,
	);
});
