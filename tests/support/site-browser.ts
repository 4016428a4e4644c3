import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium } from './browser';
import { DIST } from './dist';
import { serveSite, type SiteServer } from './static-server';

import { PROGRESS_KEY, PROGRESS_VERSION } from '../../src/lib/progress';

/** WCAG tags every axe check in the suite runs. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** What a test file gets from `useSite()`: a server over dist/, a browser, and a fresh context per test. */
export interface SiteSession {
	server: SiteServer;
	browser: Browser;
	context: BrowserContext;
	/** Uncaught page errors and console errors seen in this test, as text. */
	errors: string[];
	/** Every request the pages made in this test (URL and body). */
	requests: { url: string; body: string | null }[];
	/** Opens a path under the site (e.g. `core/testing/`) in a new page of this test's context. */
	open(path: string): Promise<Page>;
	/** Replaces the context, e.g. to change the colour scheme or switch JavaScript off. */
	newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
	/** Stores progress before any page script runs: item id → ticked. */
	seedProgress(items: Record<string, boolean>): Promise<void>;
	/** axe violations on a page, as "rule: target" lines. */
	axe(page: Page): Promise<string[]>;
}

/**
 * Registers the set-up and tear-down hooks of a browser test file and returns the session they fill in.
 * One server and one browser per file; one context per test, so storage never leaks between tests.
 */
export function useSite(defaults: BrowserContextOptions = {}): SiteSession {
	const session = { errors: [], requests: [] } as unknown as SiteSession;
	const watch = (context: BrowserContext) => {
		context.on('page', (page) => {
			page.on('pageerror', (error) => session.errors.push(`pageerror: ${error.message}`));
			page.on('console', (message) => {
				if (message.type() === 'error') session.errors.push(`console: ${message.text()}`);
			});
		});
		context.on('request', (request) => session.requests.push({ url: request.url(), body: request.postData() }));
		return context;
	};
	session.newContext = async (options = {}) => {
		await session.context?.close();
		session.context = watch(await session.browser.newContext({ ...defaults, ...options }));
		return session.context;
	};
	session.open = async (path) => {
		const page = await session.context.newPage();
		await page.goto(session.server.url + path);
		return page;
	};
	session.seedProgress = async (items) => {
		const at = new Date().toISOString();
		const value = JSON.stringify({
			version: PROGRESS_VERSION,
			items: Object.fromEntries(Object.entries(items).map(([id, done]) => [id, { done, at }])),
		});
		// Any page of the site's origin will do; robots.txt runs no script that could read storage first.
		const page = await session.context.newPage();
		await page.goto(`${session.server.url}robots.txt`);
		await page.evaluate(([key, stored]) => localStorage.setItem(key, stored), [PROGRESS_KEY, value] as const);
		await page.close();
		// The browser asks that page for /favicon.ico, which the site does not have; that 404 is not a finding.
		session.errors.length = 0;
		session.requests.length = 0;
	};
	session.axe = async (page) => {
		const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
		return results.violations.flatMap((violation) =>
			violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`),
		);
	};

	beforeAll(async () => {
		session.server = await serveSite(DIST);
		session.browser = await launchChromium();
	});
	afterAll(async () => {
		await session.browser?.close();
		await session.server?.close();
	});
	beforeEach(async () => {
		session.errors.length = 0;
		session.requests.length = 0;
		await session.newContext();
	});
	return session;
}
