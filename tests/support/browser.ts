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

/**
 * Whether browser tests can run. Without Chromium they are skipped with the reason printed,
 * except under CI=true, where a missing browser is a failure.
 */
export const hasChromium = existsSync(CHROMIUM_PATH);
if (!hasChromium) {
	const message = `Chromium not found at ${CHROMIUM_PATH}: install it with 'apt-get install -y chromium'.`;
	if (process.env.CI === 'true') throw new Error(`${message} Browser tests are required in CI.`);
	console.warn(`Skipping browser tests. ${message}`);
}

/** Starts headless Chromium. */
export function launchChromium(): Promise<Browser> {
	return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}
