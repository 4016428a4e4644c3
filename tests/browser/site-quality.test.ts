import { describe, expect, it } from 'vitest';
import { hasChromium } from '../support/browser';
import { builtPages } from '../support/dist';
import { AXE_COLOUR_RULES, useSite } from '../support/site-browser';

/** Every page of the built site, as a URL path (404.html stays a file). */
const paths = builtPages().map((page) => page.replace(/index\.html$/, ''));
/** axe needs 2–3 s for the longest page, /core/testing/ (~4,000 elements), and up to 3 times that under load. */
const AXE_TIMEOUT = 120_000;

describe.skipIf(!hasChromium)('every built page in Chromium', () => {
	const site = useSite();

	it('has pages to check', () => {
		expect(paths.length).toBeGreaterThan(10);
	});

	it('reports what axe is shown: an image without a text alternative, and text too faint in dark', async () => {
		await site.newContext({ colorScheme: 'dark' });
		await site.context.addInitScript(() => localStorage.setItem('starlight-theme', 'dark'));
		const page = await site.open('');
		await page.evaluate(() => {
			const image = Object.assign(document.createElement('img'), { id: 'probe-image', src: 'favicon.svg' });
			const text = Object.assign(document.createElement('p'), { id: 'probe-text', textContent: 'Faint words' });
			text.style.color = '#303030';
			document.querySelector('main')!.prepend(image, text);
		});
		expect(await site.axe(page)).toEqual(
			expect.arrayContaining(['image-alt: #probe-image', 'color-contrast: #probe-text']),
		);
		expect(await site.axe(page, AXE_COLOUR_RULES)).toEqual(['color-contrast: #probe-text']);
		await page.close();
	});

	it.each(paths)(
		'/%s: no axe violations in light, no colour violations in dark, no foreign requests, no console errors',
		async (path) => {
			const problems: string[] = [];
			for (const theme of ['light', 'dark'] as const) {
				await site.newContext({ colorScheme: theme });
				// Starlight reads the stored theme before first paint.
				await site.context.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
				const page = await site.open(path);
				expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
				// Every rule in light; in dark, the rules a colour scheme can change, since the markup is the same,
				// unless the page shows something in one scheme only (Starlight's `light:sl-hidden` and
				// `dark:sl-hidden`), whose markup only that scheme's pass would see.
				const themeOnly = async () =>
					page.evaluate(() => document.querySelector('[class*="light:sl-hidden"], [class*="dark:sl-hidden"]') !== null);
				const colourOnly = theme === 'dark' && !(await themeOnly());
				const violations = await site.axe(page, colourOnly ? AXE_COLOUR_RULES : undefined);
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
