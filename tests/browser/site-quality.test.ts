import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { hasChromium, launchChromium } from '../support/browser';
import { builtPages, DIST } from '../support/dist';
import { serveSite, type SiteServer } from '../support/static-server';

/** Every page of the built site, as a URL path (404.html stays a file). */
const paths = builtPages().map((page) => page.replace(/index\.html$/, ''));
/**
 * axe takes about 3.5 ms per element here (2 cores): the longest page, /core/testing/, has ~2,900 elements
 * and needs 10 s per theme alone, and up to twice that while other browser suites run beside it.
 */
const AXE_TIMEOUT = 120_000;
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

describe.skipIf(!hasChromium)('every built page in Chromium', () => {
	let server: SiteServer;
	let browser: Browser;
	const contexts: Record<'light' | 'dark', BrowserContext | undefined> = { light: undefined, dark: undefined };

	beforeAll(async () => {
		server = await serveSite(DIST);
		browser = await launchChromium();
		for (const theme of ['light', 'dark'] as const) {
			const context = await browser.newContext({ colorScheme: theme });
			// Starlight reads the stored theme before first paint.
			await context.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
			contexts[theme] = context;
		}
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	it('has pages to check', () => {
		expect(paths.length).toBeGreaterThan(10);
	});

	it.each(paths)(
		'/%s: no axe violations in light and dark, no foreign requests, no console errors',
		async (path) => {
			const problems: string[] = [];
			for (const theme of ['light', 'dark'] as const) {
				const page = await contexts[theme]!.newPage();
				const origin = new URL(server.url).origin;
				page.on('request', (request) => {
					if (!request.url().startsWith(origin) && !request.url().startsWith('data:'))
						problems.push(`${theme}: request to ${request.url()}`);
				});
				page.on('console', (message) => {
					if (message.type() === 'error' && !(path.startsWith('404') && /404/.test(message.text())))
						problems.push(`${theme}: console error: ${message.text()}`);
				});
				page.on('pageerror', (error) => problems.push(`${theme}: ${error.message}`));
				page.on('response', (response) => {
					if (response.status() >= 400 && !path.startsWith('404'))
						problems.push(`${theme}: ${response.status()} for ${response.url()}`);
				});
				await page.goto(server.url + path, { waitUntil: 'load' });
				expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
				const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
				for (const violation of results.violations) {
					problems.push(
						`${theme}: ${violation.id} (${violation.impact}): ${violation.nodes
							.map((node) => node.target.join(' '))
							.slice(0, 3)
							.join(', ')}`,
					);
				}
				await page.close();
			}
			expect(problems).toEqual([]);
		},
		AXE_TIMEOUT,
	);
});
