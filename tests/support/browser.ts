import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium; browser downloads are not possible here. */
export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Flags that keep Chromium quiet on a machine with no network but loopback. */
export const CHROMIUM_ARGS = [
	'--headless=new',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	// Same size as Playwright's default viewport, so the first frame is not laid out at 800×600.
	'--window-size=1280,720',
];

/** How the suites start one engine: where its binary is, how to install it, and how to launch it. */
interface Driver {
	/** The engine's name in messages and test titles, e.g. `Chromium`. */
	name: string;
	executablePath: string;
	install: string;
	launch: () => Promise<Browser>;
}

/** The engines the browser suites can drive, by the value of `PBR_BROWSER`. */
const DRIVERS: Record<string, Driver> = {
	chromium: {
		name: 'Chromium',
		executablePath: CHROMIUM_PATH,
		install: 'apt-get install -y chromium (or set CHROME_PATH)',
		launch: () => chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS }),
	},
};

/**
 * The engine every browser suite runs in, chosen here and nowhere else: `PBR_BROWSER=chromium` (the default; a project-specific name, since desktops often set `BROWSER` for opening links).
 * These suites use Playwright's API, so they run in Chromium; Firefox and WebKit run the shared reader
 * scenarios of tests/engines/ through their own drivers (tests/engines/drivers.ts, `npm run test:engines`).
 */
export const BROWSER = process.env.PBR_BROWSER || 'chromium';
const driver = DRIVERS[BROWSER];
if (!driver) {
	throw new Error(
		`PBR_BROWSER=${BROWSER} is not implemented: the suites in tests/browser/ run in chromium only; Firefox and WebKit run tests/engines/ (npm run test:engines).`,
	);
}
/** The chosen engine's name, e.g. `Chromium`. */
export const BROWSER_NAME = driver.name;

/**
 * Whether browser tests can run (the chosen engine is installed). Without it they are skipped with the
 * reason printed, except under CI=true, where a missing browser is a failure. Named for the one engine
 * implemented so far.
 */
export const hasChromium = existsSync(driver.executablePath);
if (!hasChromium) {
	const message = `${driver.name} not found at ${driver.executablePath}: install it with '${driver.install}'.`;
	if (process.env.CI === 'true') throw new Error(`${message} Browser tests are required in CI.`);
	console.warn(`Skipping browser tests. ${message}`);
}

/** Starts the chosen engine, headless. Test files get it through `useSite()` (site-browser.ts), not by calling this. */
export function launchBrowser(): Promise<Browser> {
	return driver.launch();
}
