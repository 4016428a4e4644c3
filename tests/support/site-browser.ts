import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { serveSite, type SiteServer } from './static-server';

import { PROGRESS_KEY, serializeProgress, type StoredProgress } from '../../src/lib/progress/progress';

/** WCAG tags every axe check in the suite runs. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * The axe rules whose result depends on colours, the only ones a second colour scheme can change
 * (`link-in-text-block` compares a link's colour with the text around it).
 */
export const AXE_COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** axe-core's browser build, put into each page checked. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** What `axe.run` is given in the page, and the part of its answer the suite reads. */
interface AxeRunOptions {
	runOnly: { type: 'tag' | 'rule'; values: string[] };
	resultTypes: string[];
}
interface AxeViolation {
	id: string;
	nodes: { target: string[] }[];
}

/** Where `useSite()` serves from, and how long a context lives. */
export interface SiteOptions {
	/** Directory to serve; the built site (`dist/`, or `$DIST_DIR`) when left out. */
	dist?: string;
	/** Base path the site was built for, with a slash at both ends (default `/`). */
	base?: string;
	/**
	 * `test` (the default): a fresh context per test, and `errors`, `requests` and `broken` emptied before each.
	 * `file`: one context for the whole file, keeping the HTTP cache, and the lists add up across its tests.
	 */
	contextPer?: 'test' | 'file';
}

/** What a test file gets from `useSite()`: a server over dist/, a browser, and a fresh context per test. */
export interface SiteSession {
	server: SiteServer;
	browser: Browser;
	context: BrowserContext;
	/** Uncaught page errors and console errors seen in this test, as text naming the page's path. */
	errors: string[];
	/** Every request the pages made in this test (URL and body). */
	requests: { url: string; body: string | null }[];
	/** Responses with status 400 or more (`404 <url>`) and requests that failed (`failed <url> (<reason>)`) in this test. */
	broken: string[];
	/** Opens a path under the site (e.g. `core/testing/`) in `page`, or in a new page of this test's context. */
	open(path: string, page?: Page): Promise<Page>;
	/** Replaces the context, e.g. to change the colour scheme or switch JavaScript off. */
	newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
	/** Stores progress before any page script runs: item id → ticked. */
	seedProgress(items: Record<string, boolean>): Promise<void>;
	/** The stored progress (`pbr:progress:v1`) as a page of the site sees it, parsed; null when nothing is stored. */
	storedProgress(page: Page): Promise<StoredProgress | null>;
	/**
	 * axe violations on a page, as "rule: target" lines: every rule of `AXE_TAGS`, or only `rules` when given
	 * (e.g. `AXE_COLOUR_RULES` for a second colour scheme).
	 */
	axe(page: Page, rules?: string[]): Promise<string[]>;
	/**
	 * Records layout shifts (those not caused by input) from the next navigation of `page` on. With `within`
	 * (a selector), only shifts of elements inside a match are recorded, and only those elements named.
	 */
	observeLayoutShifts(page: Page, within?: string): Promise<void>;
	/**
	 * The shifts recorded on `page`, one line each (score, time, viewport, and every element that moved, from
	 * where to where), or undefined when the engine has no layout-shift API: callers skip that assertion and say so.
	 */
	layoutShifts(page: Page): Promise<string[] | undefined>;
	/** The sum of the recorded shifts' scores (all shifts of the page when nothing is filtered), or undefined as above. */
	layoutShift(page: Page): Promise<number | undefined>;
}

/** One shift as the observer records it in the page. */
interface RecordedShift {
	value: number;
	at: number;
	viewport: string;
	sources: string[];
}
/** Where observeLayoutShifts keeps its findings on `window`. */
const SHIFTS = '__pbrLayoutShifts';

/** Runs in the page before its scripts: collects layout-shift entries in `window[SHIFTS]`. */
function recordLayoutShifts([key, within]: [string, string | null]): void {
	if (!PerformanceObserver.supportedEntryTypes?.includes('layout-shift')) return;
	const shifts: RecordedShift[] = [];
	(window as unknown as Record<string, unknown>)[key] = shifts;
	type Rect = { x: number; y: number; width: number; height: number };
	type Source = { node?: Node; previousRect: Rect; currentRect: Rect };
	type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources: Source[] };
	// "x,y width×height": a failure then says which way things moved (up to 5 sources per shift).
	const box = (rect: Rect) =>
		`${Math.round(rect.x)},${Math.round(rect.y)} ${Math.round(rect.width)}×${Math.round(rect.height)}`;
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries() as Shift[]) {
			if (entry.hadRecentInput) continue;
			const sources = entry.sources.flatMap((source) => {
				const element = source.node instanceof Element ? source.node : source.node?.parentElement;
				if (within && !element?.closest(within)) return [];
				return [`${element?.outerHTML.slice(0, 100) ?? '?'}: ${box(source.previousRect)} → ${box(source.currentRect)}`];
			});
			if (within && sources.length === 0) continue;
			shifts.push({
				value: entry.value,
				at: Math.round(entry.startTime),
				viewport: `${innerWidth}×${innerHeight}`,
				sources,
			});
		}
	}).observe({ type: 'layout-shift', buffered: true });
}

/**
 * Registers the set-up and tear-down hooks of a browser test file and returns the session they fill in.
 * One server and one browser per file (or per describe block that calls it); one context per test, so storage
 * never leaks between tests. `defaults` are the options of every context; `options` say what is served.
 */
export function useSite(defaults: BrowserContextOptions = {}, options: SiteOptions = {}): SiteSession {
	const session = { errors: [], requests: [], broken: [] } as unknown as SiteSession;
	const watch = (context: BrowserContext) => {
		context.on('page', (page) => {
			// Which page said it: its path, e.g. `/core/testing/`. A new page's about:blank runs no code of the
			// site, only the tests' init scripts (which may touch storage it does not have), so it is left out.
			const where = () => new URL(page.url()).pathname;
			const report = (text: string) => {
				if (page.url() !== 'about:blank') session.errors.push(text);
			};
			page.on('pageerror', (error) => report(`pageerror on ${where()}: ${error.message}`));
			page.on('console', (message) => {
				if (message.type() === 'error') report(`console on ${where()}: ${message.text()}`);
			});
		});
		context.on('request', (request) => session.requests.push({ url: request.url(), body: request.postData() }));
		context.on('response', (response) => {
			if (response.status() >= 400) session.broken.push(`${response.status()} ${response.url()}`);
		});
		context.on('requestfailed', (request) =>
			session.broken.push(`failed ${request.url()} (${request.failure()?.errorText ?? 'no reason given'})`),
		);
		return context;
	};
	const clear = () => {
		session.errors.length = 0;
		session.requests.length = 0;
		session.broken.length = 0;
	};
	session.newContext = async (contextOptions = {}) => {
		await session.context?.close();
		// The service worker is blocked unless a test asks for it (tests/browser/offline.test.ts): it would
		// otherwise answer requests that page.route() and the request lists are meant to see.
		session.context = watch(
			await session.browser.newContext({ serviceWorkers: 'block', ...defaults, ...contextOptions }),
		);
		return session.context;
	};
	session.open = async (path, page) => {
		const target = page ?? (await session.context.newPage());
		await target.goto(session.server.url + path);
		return target;
	};
	session.seedProgress = async (items) => {
		const at = new Date().toISOString();
		const value = serializeProgress(new Map(Object.entries(items).map(([id, done]) => [id, { done, at }])));
		// Any page of the site's origin will do; robots.txt runs no script that could read storage first.
		const page = await session.context.newPage();
		await page.goto(`${session.server.url}robots.txt`);
		await page.evaluate(([key, stored]) => localStorage.setItem(key, stored), [PROGRESS_KEY, value] as const);
		await page.close();
		// The browser asks that page for /favicon.ico, which the site does not have; that 404 is not a finding.
		clear();
	};
	session.storedProgress = async (page) => {
		const stored = await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY);
		return stored === null ? null : (JSON.parse(stored) as StoredProgress);
	};
	// axe-core run in the page itself, asked for violations only. @axe-core/playwright's AxeBuilder does the
	// same work plus a pass over every frame and a results page, which took 2–4 times as long here (1.2 s
	// against 0.13 s for one rule on /core/testing/); the site's pages have no frames, which is checked.
	session.axe = async (page, rules) => {
		const frames = await page.evaluate(() => document.querySelectorAll('iframe, frame').length);
		if (frames > 0) throw new Error(`${page.url()} has ${frames} frame(s): check them with @axe-core/playwright`);
		const options: AxeRunOptions = {
			runOnly: rules ? { type: 'rule', values: rules } : { type: 'tag', values: AXE_TAGS },
			resultTypes: ['violations'],
		};
		const violations = await page.evaluate(
			async ([source, runOptions]) => {
				type Axe = { run(context: Document, options: unknown): Promise<{ violations: AxeViolation[] }> };
				const scope = window as unknown as { axe?: Axe };
				// The page's CSP does not apply to code the test runs through the DevTools protocol.
				if (!scope.axe) (0, eval)(source);
				const { violations } = await scope.axe!.run(document, runOptions);
				return violations.map(({ id, nodes }) => ({ id, nodes: nodes.map(({ target }) => ({ target })) }));
			},
			[AXE_SOURCE, options] as const,
		);
		return violations.flatMap((violation) =>
			violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`),
		);
	};
	session.observeLayoutShifts = async (page, within) => {
		await page.addInitScript(recordLayoutShifts, [SHIFTS, within ?? null] as [string, string | null]);
	};
	/** The shifts recorded in `page`, or undefined when the engine measures none. */
	const recorded = async (page: Page): Promise<RecordedShift[] | undefined> => {
		const { supported, shifts } = await page.evaluate(
			(key) => ({
				supported: PerformanceObserver.supportedEntryTypes?.includes('layout-shift') ?? false,
				shifts: (window as unknown as Record<string, RecordedShift[] | undefined>)[key],
			}),
			SHIFTS,
		);
		if (!supported) return undefined;
		// The engine measures shifts, so nothing recorded means the observer was never installed: not a pass.
		if (!shifts)
			throw new Error('No layout-shift observer in this page: call observeLayoutShifts(page) before it loads.');
		return shifts;
	};
	session.layoutShifts = async (page) =>
		(await recorded(page))?.map(
			({ value, at, viewport, sources }) =>
				`${value.toFixed(4)} at ${at} ms, viewport ${viewport}: ${sources.join('; ') || 'no element named'}`,
		);
	session.layoutShift = async (page) => (await recorded(page))?.reduce((sum, shift) => sum + shift.value, 0);

	beforeAll(async () => {
		const root = options.dist ?? (await import('./dist')).DIST;
		session.server = await serveSite(root, options.base);
		session.browser = await launchBrowser();
		if (options.contextPer === 'file') await session.newContext();
	});
	afterAll(async () => {
		await session.browser?.close();
		await session.server?.close();
	});
	if (options.contextPer !== 'file') {
		beforeEach(async () => {
			clear();
			await session.newContext();
		});
	}
	return session;
}
