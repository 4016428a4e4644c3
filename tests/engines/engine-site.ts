/**
 * The engines suite's fixture: one browser per engine and file, and per test a fresh origin (a new server
 * on a new port, so storage starts empty without a new profile) whose pages first run a script of the
 * test's choosing and a recorder of uncaught errors and console errors that works the same in every engine.
 */
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { DIST } from '../support/dist';
import { serveSite, type SiteServer } from '../support/static-server';
import type { EngineBrowser, EngineTab, Engine } from './drivers';
import { SERVICE_WORKER_PATH } from '../../src/lib/offline/service-worker-path';

/** Where the fixture's own files live on the served origin. */
const PREFIX = '/__pbr-engines/';

/**
 * Runs first in every page (a classic script at the start of `<head>`): reports uncaught errors, unhandled
 * rejections, CSP violations, failed resources and console.error calls to the test server with a beacon,
 * which outlives reloads and needs no protocol events (classic WebDriver has none).
 */
function recordErrors(reportUrl: string): void {
	const report = (kind: string, message: unknown) => {
		try {
			navigator.sendBeacon(reportUrl, `${kind} on ${location.pathname}: ${String(message)}`);
		} catch {
			// Nowhere left to report to.
		}
	};
	addEventListener(
		'error',
		(event: Event) => {
			if (event instanceof ErrorEvent) report('pageerror', event.message);
			// A script that failed to load; Firefox also fires `error` at Vite's <link rel="modulepreload"> hints
			// for modules already loaded, which changes nothing for the page, so links are not counted.
			else if (event.target instanceof HTMLScriptElement) report('resource', `${event.target.src} failed`);
		},
		true,
	);
	addEventListener('unhandledrejection', (event) => report('rejection', event.reason?.message ?? event.reason));
	addEventListener('securitypolicyviolation', (event: SecurityPolicyViolationEvent) =>
		report('csp', `${event.violatedDirective} ${event.blockedURI}`),
	);
	const error = console.error;
	console.error = (...args: unknown[]) => {
		report('console', args.map(String).join(' '));
		error.apply(console, args);
	};
}

/** What a test gets from `fresh()`: a clean origin serving dist/, and its tabs. */
export interface Origin {
	/** The origin with a trailing slash. */
	url: string;
	/** Opens a path of the site (e.g. `core/testing/`) in a new tab of the engine's one profile. */
	open(path: string): Promise<EngineTab>;
	/** Errors from every page of this origin so far, after letting late reports arrive. */
	errors(): Promise<string[]>;
}

/** Set-up for a test's origin: a function run in every page before the page's own scripts. */
export interface OriginOptions<A> {
	init?: (arg: A) => void;
	initArg?: A;
}

/** The fixture for one engine: registers the hooks and returns `fresh()`. */
export function useEngine(engine: Engine): {
	browser: () => EngineBrowser;
	fresh<A = null>(options?: OriginOptions<A>): Promise<Origin>;
} {
	let browser: EngineBrowser;
	let server: SiteServer | undefined;
	let tabs: EngineTab[] = [];
	beforeAll(async () => {
		browser = await engine.launch();
	}, 120_000);
	afterEach(async () => {
		// A tab that will not close (a page stuck in a dialog) must not hold the next test up.
		const timeout = () => new Promise((resolve) => setTimeout(resolve, 5_000));
		for (const tab of tabs) await Promise.race([tab.close().catch(() => undefined), timeout()]);
		tabs = [];
		await server?.close();
		server = undefined;
	});
	afterAll(async () => {
		await browser?.close();
	});
	return {
		browser: () => browser,
		async fresh<A>({ init, initArg }: OriginOptions<A> = {}) {
			const reported: string[] = [];
			const firstNative = browser.errors.length;
			const script = [
				`(${recordErrors.toString()})(${JSON.stringify(`${PREFIX}report`)});`,
				init ? `(${init.toString()})(${JSON.stringify(initArg ?? null)});` : '',
			].join('\n');
			server = await serveSite(DIST, '/', {
				headStart: `<script src="${PREFIX}init.js"></script>`,
				handle(request, response, pathname) {
					if (pathname === `${PREFIX}init.js`) {
						response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
						response.end(script);
						return true;
					}
					// No service worker, as in tests/browser/: Chromium's context blocks it and Firefox's preferences
					// turn it off, but WebKit has no switch for it, and it would precache the site for every origin.
					if (pathname === `/${SERVICE_WORKER_PATH}`) {
						response.writeHead(404).end();
						return true;
					}
					if (pathname === `${PREFIX}report`) {
						let body = '';
						request.on('data', (chunk) => (body += chunk));
						request.on('end', () => {
							reported.push(body);
							response.writeHead(204).end();
						});
						return true;
					}
					return false;
				},
			});
			const url = server.url;
			return {
				url,
				async open(path) {
					const tab = await browser.newTab();
					tabs.push(tab);
					await tab.goto(url + path);
					return tab;
				},
				async errors() {
					await new Promise((resolve) => setTimeout(resolve, 300));
					return [...browser.errors.slice(firstNative), ...reported];
				},
			};
		},
	};
}

/** Polls `fn` in the tab until it returns a truthy value; fails with `what` after `timeout` ms. */
export async function waitIn<A>(
	tab: EngineTab,
	what: string,
	fn: (arg: A) => unknown,
	arg?: A,
	timeout = 10_000,
): Promise<void> {
	await expect.poll(() => tab.evaluate(fn, arg).then(Boolean), { timeout, interval: 100, message: what }).toBe(true);
}

/** The trimmed text of the first match of `selector`, or null when nothing matches. */
export function textOf(tab: EngineTab, selector: string): Promise<string | null> {
	return tab.evaluate((css) => document.querySelector(css)?.textContent?.trim() ?? null, selector);
}
