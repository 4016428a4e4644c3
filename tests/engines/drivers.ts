/**
 * One small interface over three automation protocols, so tests/engines/scenarios.ts is written once and
 * run in Chromium (playwright-core, CDP), Firefox (puppeteer-core, WebDriver BiDi) and WebKit
 * (selenium-webdriver, classic WebDriver through WebKitWebDriver and MiniBrowser).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/browser';

/** Keys the scenarios press, in the drivers' common spelling. */
export type Key = 'Space' | 'Tab' | 'Enter' | 'Escape' | 'Control+k';

/** One tab of the engine's (single) profile: every tab shares storage, so two tabs can test sync. */
export interface EngineTab {
	goto(url: string): Promise<void>;
	reload(): Promise<void>;
	/** A real click (the driver's input events) in the middle of the first match. */
	click(selector: string): Promise<void>;
	/** Focuses the first match and types into it, key by key. */
	type(selector: string, text: string): Promise<void>;
	/** Presses a key (or chord) where the focus is. */
	press(key: Key): Promise<void>;
	/** Runs `fn` in the page with one JSON argument and returns its (awaited, JSON) result. */
	evaluate<R, A = null>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
	close(): Promise<void>;
}

/** A running engine with one profile. */
export interface EngineBrowser {
	newTab(): Promise<EngineTab>;
	/**
	 * Uncaught errors and console errors the protocol reports itself (Chromium and Firefox; classic
	 * WebDriver reports none). The scenarios also record them in the page, the same way in every engine.
	 */
	errors: string[];
	close(): Promise<void>;
}

/** An engine the suite can drive: whether it is installed here, and how to start it. */
export interface Engine {
	/** `chromium`, `firefox` or `webkit`. */
	id: string;
	/** The name in test titles and messages. */
	name: string;
	/** Why it cannot run on this machine, or null when it can. */
	missing(): string | null;
	launch(): Promise<EngineBrowser>;
}

/** The key names each driver understands. */
const PLAYWRIGHT_KEYS: Record<Key, string> = {
	Space: 'Space',
	Tab: 'Tab',
	Enter: 'Enter',
	Escape: 'Escape',
	'Control+k': 'Control+k',
};

const chromium: Engine = {
	id: 'chromium',
	name: 'Chromium',
	missing: () =>
		existsSync(CHROMIUM_PATH) ? null : `no Chromium at ${CHROMIUM_PATH} (apt-get install chromium, or CHROME_PATH)`,
	async launch() {
		const { chromium: playwright } = await import('playwright-core');
		const browser = await playwright.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
		// The service worker would answer page requests from its cache; the scenarios test the pages.
		const context = await browser.newContext({ serviceWorkers: 'block' });
		const errors: string[] = [];
		context.on('page', (page) => {
			page.on('pageerror', (error) => errors.push(`pageerror on ${page.url()}: ${error.message}`));
			page.on('console', (message) => {
				// "Failed to load resource" names no resource in its text; its location does.
				const where = message.location().url;
				if (message.type() === 'error') errors.push(`console on ${page.url()}: ${message.text()} (${where})`);
			});
		});
		return {
			errors,
			close: () => browser.close(),
			async newTab() {
				const page = await context.newPage();
				return {
					goto: async (url) => void (await page.goto(url)),
					reload: async () => void (await page.reload()),
					click: (selector) => page.locator(selector).first().click(),
					type: (selector, text) => page.locator(selector).first().pressSequentially(text),
					press: (key) => page.keyboard.press(PLAYWRIGHT_KEYS[key]),
					evaluate: (fn, arg) => page.evaluate(fn as never, (arg ?? null) as never),
					close: () => page.close(),
				};
			},
		};
	},
};

/** Debian's Firefox ESR, which speaks WebDriver BiDi. */
const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

const firefox: Engine = {
	id: 'firefox',
	name: 'Firefox',
	missing: () =>
		existsSync(FIREFOX_PATH) ? null : `no Firefox at ${FIREFOX_PATH} (apt-get install firefox-esr, or FIREFOX_PATH)`,
	async launch() {
		const puppeteer = (await import('puppeteer-core')).default;
		const browser = await puppeteer.launch({
			browser: 'firefox',
			protocol: 'webDriverBiDi',
			executablePath: FIREFOX_PATH,
			headless: true,
			// No service worker (as in Chromium), and no first-run or update traffic on a machine without network.
			extraPrefsFirefox: { 'dom.serviceWorkers.enabled': false, 'app.update.enabled': false },
		});
		const errors: string[] = [];
		return {
			errors,
			close: () => browser.close(),
			async newTab() {
				const page = await browser.newPage();
				page.on('pageerror', (error) => errors.push(`pageerror on ${page.url()}: ${(error as Error).message}`));
				page.on('console', (message) => {
					if (message.type() === 'error') errors.push(`console on ${page.url()}: ${message.text()}`);
				});
				return {
					goto: async (url) => void (await page.goto(url)),
					reload: async () => void (await page.reload()),
					// A tab in the background gets no animation frames, which the locator's click waits for
					// (the two-tab scenario timed out): the tab acted on comes to the front first.
					click: async (selector) => {
						await page.bringToFront();
						await page.locator(selector).click();
					},
					type: async (selector, text) => {
						await page.bringToFront();
						await page.focus(selector);
						await page.keyboard.type(text);
					},
					press: async (key) => {
						// Puppeteer names the space bar by its character.
						if (key !== 'Control+k') return page.keyboard.press(key === 'Space' ? ' ' : key);
						await page.keyboard.down('Control');
						await page.keyboard.press('k');
						await page.keyboard.up('Control');
					},
					evaluate: (fn, arg) => page.evaluate(fn as never, (arg ?? null) as never) as never,
					close: () => page.close(),
				};
			},
		};
	},
};

/** WebKitGTK's driver and the MiniBrowser it automates (Debian: webkit2gtk-driver). */
const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER ?? '/usr/bin/WebKitWebDriver';
const MINI_BROWSER = process.env.MINI_BROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** A free TCP port on 127.0.0.1 for the driver to listen on. */
function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer().listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
		});
	});
}

const webkit: Engine = {
	id: 'webkit',
	name: 'WebKit',
	missing() {
		if (!existsSync(WEBKIT_DRIVER)) return `no ${WEBKIT_DRIVER} (apt-get install webkit2gtk-driver)`;
		if (!existsSync(MINI_BROWSER)) return `no MiniBrowser at ${MINI_BROWSER} (apt-get install webkit2gtk-driver)`;
		// MiniBrowser has no headless mode: it needs an X display (npm run test:engines runs under xvfb-run -a).
		if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY)
			return 'no display for MiniBrowser (run under xvfb-run -a, as npm run test:engines does; apt-get install xvfb xauth)';
		return null;
	},
	async launch() {
		const { Builder, Key: Keys } = await import('selenium-webdriver');
		const port = await freePort();
		const driverProcess: ChildProcess = spawn(WEBKIT_DRIVER, [`--port=${port}`], { stdio: 'ignore' });
		const server = `http://127.0.0.1:${port}`;
		for (let attempt = 0; ; attempt += 1) {
			const up = await fetch(`${server}/status`).then(
				(response) => response.ok,
				() => false,
			);
			if (up) break;
			if (attempt > 50) throw new Error(`${WEBKIT_DRIVER} did not start on port ${port}`);
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
		const driver = await new Builder()
			.usingServer(server)
			.withCapabilities({
				browserName: 'MiniBrowser',
				'webkitgtk:browserOptions': { binary: MINI_BROWSER, args: ['--automation'] },
			})
			.build();
		// Classic WebDriver drives one window at a time: each tab switches to its window before acting, one
		// command chain at a time. The first window stays open (closing the last one ends the session).
		const home = await driver.getWindowHandle();
		// The same window size as the Chromium runs (MiniBrowser opens at 800×600).
		await driver.manage().window().setRect({ width: 1280, height: 720 });
		let queue: Promise<unknown> = Promise.resolve();
		const serial = <T>(work: () => Promise<T>): Promise<T> => {
			const next = queue.then(work, work);
			queue = next.catch(() => undefined);
			return next;
		};
		/**
		 * Classic WebDriver does not wait for an element to appear or become visible (Playwright's and Puppeteer's
		 * locators do): retry for up to five seconds while it is missing or not interactable yet.
		 */
		const retry = async <T>(action: () => Promise<T>): Promise<T> => {
			for (const started = Date.now(); ;) {
				try {
					return await action();
				} catch (error) {
					const name = (error as Error).name;
					if (
						!/NoSuchElement|ElementNotInteractable|ElementClickIntercepted/.test(name) ||
						Date.now() - started > 5_000
					)
						throw error;
					await new Promise((resolve) => setTimeout(resolve, 100));
				}
			}
		};
		const keys: Record<Key, string> = {
			Space: Keys.SPACE,
			Tab: Keys.TAB,
			Enter: Keys.ENTER,
			Escape: Keys.ESCAPE,
			'Control+k': '',
		};
		return {
			errors: [],
			async close() {
				await driver.quit().catch(() => undefined);
				driverProcess.kill();
			},
			async newTab() {
				const handle = await serial(async () => {
					// New windows open from the current one, which must still exist: the first window does.
					await driver.switchTo().window(home);
					await driver.switchTo().newWindow('tab');
					return driver.getWindowHandle();
				});
				// Selenium's errors carry no stack into the test: name the action and its selector instead.
				const inTab = <T>(work: () => Promise<T>, action = 'evaluate') =>
					serial(async () => {
						await driver.switchTo().window(handle);
						return work();
					}).catch((error: Error) => {
						throw new Error(`WebKit, ${action}: ${error.name} ${error.message}`, { cause: error });
					});
				return {
					goto: (url) => inTab(() => driver.get(url)),
					reload: () => inTab(() => driver.navigate().refresh()),
					// WebKitWebDriver reports elements outside the viewport as not interactable instead of scrolling
					// to them, so scroll first.
					click: (selector) =>
						inTab(
							() =>
								retry(async () => {
									const element = await driver.findElement({ css: selector });
									await driver.executeScript(
										'arguments[0].scrollIntoView({ block: "center", behavior: "instant" });',
										element,
									);
									await element.click();
								}),
							`click ${selector}`,
						),
					type: (selector, text) =>
						inTab(
							() => retry(async () => (await driver.findElement({ css: selector })).sendKeys(text)),
							`type into ${selector}`,
						),
					press: (key) =>
						inTab(() => {
							const actions = driver.actions();
							if (key === 'Control+k') return actions.keyDown(Keys.CONTROL).sendKeys('k').keyUp(Keys.CONTROL).perform();
							return actions.sendKeys(keys[key]).perform();
						}),
					evaluate: (fn, arg) =>
						inTab(() => driver.executeScript(`return (${fn.toString()}).apply(null, arguments);`, arg ?? null)),
					close: () =>
						inTab(async () => {
							await driver.close();
							await driver.switchTo().window(home);
						}),
				};
			},
		};
	},
};

/** Every engine the suite knows, in the order the README lists them. */
export const ENGINES: Record<string, Engine> = { chromium, firefox, webkit };
