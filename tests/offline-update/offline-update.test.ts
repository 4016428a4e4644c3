/**
 * A new deploy under a service worker that has the previous one: builds a small copy of the site twice,
 * with a change between (a style, so every page names new hashed files, and a sentence on one page),
 * serves the first build and then the second at the same address, and checks in Chromium that:
 * - online, the reader gets the new page with the new files, never the new page with the old files;
 * - a page still open from the first deploy keeps working: its files stay cached, though the server lost them;
 * - the new worker replaces the precache (the shell is the second build's), and no other cache is left;
 * - offline afterwards, the saved page is the new one.
 * Run with `npm run test:offline-update` (part of `npm test`).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium } from '../support/browser';
import { useSite } from '../support/site-browser';
import { slowSuiteEnabled } from '../support/suites';
import { createSiteCopy } from '../content-errors/site-copy';
import { CACHE_NAMES } from '../../src/lib/offline/offline';

const MARKER = 'This sentence arrived with the second deploy.';
const TOPIC = 'core/testing/';

const work = mkdtempSync(join(tmpdir(), 'pbr-offline-update-'));
/** What the server serves: a symlink, pointed at the first build and then at the second. */
const served = join(work, 'served');
const builds = { first: join(work, 'first'), second: join(work, 'second') };

/** Points the server at one build; a rename replaces the link in one step. */
function deploy(build: string): void {
	const next = join(work, 'served-next');
	symlinkSync(build, next);
	renameSync(next, served);
}

/** The hashed styles and scripts a built page names. */
function hashedFiles(build: string, page: string): string[] {
	const html = readFileSync(join(build, page, 'index.html'), 'utf8');
	return [...html.matchAll(/(?:src|href)="\/(_astro\/[^"]+)"/g)].map(([, path]) => path);
}

/** The hashed styles and scripts the open page loaded. */
function loadedFiles(page: Page): Promise<string[]> {
	return page.evaluate(() =>
		performance
			.getEntriesByType('resource')
			.map((entry) => new URL(entry.name).pathname.slice(1))
			.filter((path) => path.startsWith('_astro/')),
	);
}

describe.skipIf(!slowSuiteEnabled('test:offline-update') || !hasChromium)(
	'a new deploy under the service worker',
	() => {
		beforeAll(() => {
			const copy = createSiteCopy();
			try {
				for (const [name, change] of [
					['first', () => {}],
					[
						'second',
						() => {
							copy.write(
								'src/styles/custom.css',
								`${copy.read('src/styles/custom.css')}\n:root { --pbr-deploy: 2; }\n`,
							);
							const page = copy.read(`src/content/docs/${TOPIC.slice(0, -1)}.mdx`);
							copy.write(
								`src/content/docs/${TOPIC.slice(0, -1)}.mdx`,
								page.replace('A fixture page', `${MARKER}\n\nA fixture page`),
							);
						},
					],
				] as const) {
					change();
					const result = copy.astro('build');
					if (result.status !== 0) throw new Error(`The ${name} build failed:\n${result.output}`);
					cpSync(join(copy.dir, 'dist'), builds[name], { recursive: true });
				}
			} finally {
				copy.dispose();
			}
			deploy(builds.first);
		}, 300_000);
		afterAll(() => rmSync(work, { recursive: true, force: true }));

		const site = useSite({}, { dist: served });

		it('serves the new pages with their own files, keeps the old page working, and replaces the caches', async () => {
			const oldFiles = hashedFiles(builds.first, TOPIC);
			const newFiles = hashedFiles(builds.second, TOPIC);
			// The change renamed the styles: the test is about a real mix, not two identical builds.
			expect(oldFiles.filter((file) => !newFiles.includes(file)).length).toBeGreaterThan(0);

			await site.newContext({ serviceWorkers: 'allow' });
			const oldPage = await site.open(TOPIC);
			await oldPage.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 15_000 });

			deploy(builds.second);
			const page = await site.open(TOPIC);
			// Online, network first: the new page, which names and loads only the second build's files.
			expect(await page.getByText(MARKER).count()).toBe(1);
			const loaded = await loadedFiles(page);
			expect(loaded.filter((file) => oldFiles.includes(file) && !newFiles.includes(file))).toEqual([]);
			expect(site.broken).toEqual([]);

			// The new worker takes over (checked on that navigation) and precaches the second build's shell.
			await expect
				.poll(
					() =>
						page.evaluate(async () => {
							const precache = (await caches.keys()).find((name) => name.startsWith('workbox-precache'));
							// Workbox keys entries that have a revision as `/?__WB_REVISION__=<hash>`.
							const response =
								precache &&
								(await (await caches.open(precache)).match(new URL('/', location.href).href, { ignoreSearch: true }));
							return response ? response.text() : '';
						}),
					{ timeout: 20_000 },
				)
				.toContain(newFiles.find((file) => file.endsWith('.css') && !oldFiles.includes(file)));

			// The page still open from the first deploy can still load its own files (say, a script it imports
			// later), although the server has only the second build's: the worker kept them.
			const oldOnly = oldFiles.find((file) => !newFiles.includes(file))!;
			const status = await oldPage.evaluate(async (path) => (await fetch(`/${path}`)).status, oldOnly);
			expect(status).toBe(200);

			// Only the worker's own caches remain.
			const names = await page.evaluate(() => caches.keys());
			expect(names.filter((name) => !name.startsWith('workbox-precache'))).toEqual(
				expect.arrayContaining([CACHE_NAMES.pages, CACHE_NAMES.assets]),
			);
			expect(
				names.filter(
					(name) => !name.startsWith('workbox-precache') && !Object.values(CACHE_NAMES).includes(name as never),
				),
			).toEqual([]);

			// Offline afterwards, the saved copy is the new page, with its styles.
			await site.context.setOffline(true);
			await page.reload();
			expect(await page.getByText(MARKER).count()).toBe(1);
			expect(await page.evaluate(() => [...document.styleSheets].every((sheet) => sheet.cssRules.length > 0))).toBe(
				true,
			);
		}, 120_000);
	},
);
