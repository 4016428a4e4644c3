/**
 * The site published under a sub-path, as on GitHub Pages (`https://<owner>.github.io/<repo>/`):
 * builds with BASE_PATH=/python-backend-roadmap/ into dist-subpath/ and checks what breaks first
 * when a base path is forgotten — links, assets, search, checklists and the files crawlers read.
 * Run with `npm run test:subpath` (set SUBPATH_PREBUILT=1 to reuse an existing dist-subpath/).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium } from '../support/browser';
import { useSite } from '../support/site-browser';
import { slowSuiteEnabled } from '../support/suites';
import { astroEnv } from '../content-errors/site-copy';

const BASE = '/python-backend-roadmap/';
const OUT_DIR = 'dist-subpath';
const SITE_URL = 'https://example.github.io';
const TOPIC = 'foundations/python-basics/';

/** Every HTML file of the sub-path build, relative to its root. */
function htmlPages(dir = OUT_DIR, prefix = ''): string[] {
	return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
		const path = prefix ? `${prefix}/${entry.name}` : entry.name;
		if (entry.isDirectory()) return ['_astro', 'pagefind'].includes(entry.name) ? [] : htmlPages(dir, path);
		return entry.name.endsWith('.html') ? [path] : [];
	});
}

describe.skipIf(!slowSuiteEnabled('test:subpath'))('under /python-backend-roadmap/', () => {
	beforeAll(() => {
		if (process.env.SUBPATH_PREBUILT === '1' && existsSync(join(OUT_DIR, 'index.html'))) return;
		const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', OUT_DIR], {
			encoding: 'utf8',
			env: astroEnv({ BASE_PATH: BASE, SITE_URL }),
			timeout: 300_000,
		});
		if (result.status !== 0) throw new Error(`Build under ${BASE} failed:\n${result.stdout}\n${result.stderr}`);
	}, 320_000);

	describe('the built files under a sub-path', () => {
		it('has no root-relative link, script, stylesheet or image that misses the base path', () => {
			const offenders = htmlPages().flatMap((page) => {
				const html = readFileSync(join(OUT_DIR, page), 'utf8');
				return [...html.matchAll(/\s(?:href|src|action)="(\/[^"]*)"/g)]
					.map((match) => match[1])
					.filter((url) => !url.startsWith(BASE) && !url.startsWith('//'))
					.map((url) => `${page}: ${url}`);
			});
			expect(offenders).toEqual([]);
		});

		it('points robots.txt, the sitemap, canonical URLs and the social image at the sub-path', () => {
			const robots = readFileSync(join(OUT_DIR, 'robots.txt'), 'utf8');
			expect(robots).toContain(`Sitemap: ${SITE_URL}${BASE}sitemap-index.xml`);
			const sitemap = readFileSync(join(OUT_DIR, 'sitemap-0.xml'), 'utf8');
			expect(sitemap).toContain(`<loc>${SITE_URL}${BASE}${TOPIC}</loc>`);
			expect(sitemap).not.toMatch(new RegExp(`<loc>${SITE_URL}/(?!${BASE.slice(1)})`));
			const topic = readFileSync(join(OUT_DIR, TOPIC, 'index.html'), 'utf8');
			expect(topic).toContain(`<link rel="canonical" href="${SITE_URL}${BASE}${TOPIC}"`);
			expect(topic).toContain(`<meta property="og:image" content="${SITE_URL}${BASE}og-image.png"`);
			expect(topic).toContain(`<meta name="twitter:image" content="${SITE_URL}${BASE}og-image.png"`);
			expect(existsSync(join(OUT_DIR, 'og-image.png'))).toBe(true);
			expect(readFileSync(join(OUT_DIR, 'llms.txt'), 'utf8')).toContain(`${SITE_URL}${BASE}llms-full.txt`);
		});

		it('keeps the web app manifest and the service worker inside the sub-path', () => {
			const manifest = JSON.parse(readFileSync(join(OUT_DIR, 'manifest.webmanifest'), 'utf8'));
			expect([manifest.id, manifest.start_url, manifest.scope]).toEqual([BASE, BASE, BASE]);
			for (const icon of manifest.icons) expect(icon.src).toMatch(new RegExp(`^${BASE}icons/`));
			const topic = readFileSync(join(OUT_DIR, TOPIC, 'index.html'), 'utf8');
			expect(topic).toContain(`<link rel="manifest" href="${BASE}manifest.webmanifest"`);
			// Precached URLs are relative to the worker (`${BASE}sw.js`), so they land under the sub-path.
			const urls = [...readFileSync(join(OUT_DIR, 'sw.js'), 'utf8').matchAll(/"url":"([^"]*)"/g)].map(([, url]) => url);
			expect(urls).toEqual(expect.arrayContaining(['./', 'progress/', 'offline/']));
			expect(urls.filter((url) => url.startsWith('/'))).toEqual([]);
		});

		it('links each page to its source on GitHub for editing', () => {
			const topic = readFileSync(join(OUT_DIR, TOPIC, 'index.html'), 'utf8');
			expect(topic).toMatch(
				/href="https:\/\/github\.com\/[^"]+\/edit\/main\/src\/content\/docs\/foundations\/python-basics\.mdx"/,
			);
		});
	});

	describe.skipIf(!hasChromium)('the site under a sub-path in Chromium', () => {
		const site = useSite({}, { dist: OUT_DIR, base: BASE });
		/** Requests that failed or came back 4xx/5xx in this test, to show what a missing base path broke. */
		const broken = site.broken;
		/**
		 * What a followed link broke: `broken` without the one request Chromium may abort and repeat for the
		 * link's own page (seen on a busy machine: `failed …/roadmap/ (net::ERR_ABORTED)`, the page then loads).
		 */
		const brokenBesides = (href: string) =>
			broken.filter(
				(entry) => !(entry.startsWith(`failed ${new URL(href, site.server.url).href} `) && /ERR_ABORTED/.test(entry)),
			);

		async function open(path: string): Promise<Page> {
			const page = await site.context.newPage();
			const response = await page.goto(site.server.url + path);
			expect(response?.status()).toBe(200);
			return page;
		}

		it('loads a topic page with its styles, scripts and images', async () => {
			const page = await open(TOPIC);
			await page.waitForLoadState('networkidle');
			// Starlight's stylesheet sets its colour variables and lays out the sidebar; unstyled, neither exists.
			const accent = await page.evaluate(() =>
				getComputedStyle(document.documentElement).getPropertyValue('--sl-color-accent').trim(),
			);
			expect(accent).not.toBe('');
			expect(await page.locator('.sidebar-pane').evaluate((element) => getComputedStyle(element).position)).not.toBe(
				'static',
			);
			expect(broken).toEqual([]);
			await page.close();
		});

		it('follows a link written in the content as a root-relative URL', async () => {
			const page = await open(TOPIC);
			const link = page.locator(`.sl-markdown-content a[href^="${BASE}"]:not(.sl-anchor-link)`).first();
			const href = await link.getAttribute('href');
			expect(href).toMatch(new RegExp(`^${BASE}(foundations|core|advanced|career|compare)/`));
			await Promise.all([page.waitForURL(`**${href}`), link.click()]);
			expect(await page.locator('h1').first().textContent()).not.toMatch(/not found/i);
			expect(brokenBesides(href!)).toEqual([]);
			await page.close();
		});

		it('follows the home page’s hero link, written in frontmatter', async () => {
			const page = await open('');
			const action = page.locator('.hero .actions a').first();
			const href = await action.getAttribute('href');
			expect(href).toMatch(new RegExp(`^${BASE}.+`));
			await Promise.all([page.waitForURL(`**${href}`), action.click()]);
			expect(await page.locator('h1').first().textContent()).not.toMatch(/not found/i);
			expect(brokenBesides(href!)).toEqual([]);
			await page.close();
		});

		it('finds pages with search and links the results under the sub-path', async () => {
			const page = await open('core/testing/');
			await page.waitForFunction(() => !document.querySelector('button[data-open-modal]')?.hasAttribute('disabled'));
			await page.keyboard.press('Control+k');
			const dialog = page.getByRole('dialog', { name: 'Search' });
			const input = dialog.locator('.pagefind-ui__search-input');
			await input.waitFor({ timeout: 15_000 });
			await input.fill('pytest');
			const first = dialog.locator('.pagefind-ui__result-link').first();
			await first.waitFor({ timeout: 15_000 });
			expect(await first.getAttribute('href')).toMatch(new RegExp(`^${BASE}`));
			await Promise.all([page.waitForLoadState('load'), first.click()]);
			expect(new URL(page.url()).pathname.startsWith(BASE)).toBe(true);
			expect(await page.locator('h1').first().textContent()).not.toMatch(/not found/i);
			expect(broken).toEqual([]);
			await page.close();
		});

		it('keeps a ticked checklist item after a reload', async () => {
			const page = await open(TOPIC);
			const box = page.locator('pbr-checklist input[type="checkbox"]').first();
			await box.waitFor();
			await box.check();
			await page.reload();
			await page.locator('pbr-checklist input[type="checkbox"]').first().waitFor();
			expect(await page.locator('pbr-checklist input[type="checkbox"]').first().isChecked()).toBe(true);
			await page.close();
		});

		it('works offline under the sub-path: the worker’s scope is the sub-path, read pages reload, others show the offline page', async () => {
			const context = await site.newContext({ serviceWorkers: 'allow' });
			const page = await open(TOPIC);
			await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 15_000 });
			const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope);
			expect(scope).toBe(site.server.url);
			await page.reload();
			await context.setOffline(true);
			await page.reload();
			const topic = parse(
				readFileSync(`src/content/docs/${TOPIC.slice(0, -1)}.mdx`, 'utf8').match(/^---\n([\s\S]*?)\n---/)![1],
			);
			expect(await page.locator('h1').first().textContent()).toBe(topic.title);
			await page.goto(`${site.server.url}advanced/kubernetes/`);
			expect(await page.locator('h1').first().textContent()).toBe('You are offline');
			const saved = await page
				.locator('[data-pbr-saved-pages] a')
				.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
			expect(saved.filter((href) => !href?.startsWith(BASE))).toEqual([]);
		});

		it('builds a link for another device under the sub-path, which opens there', async () => {
			const topic = await open(TOPIC);
			await topic.locator('pbr-checklist input[type="checkbox"]').first().check();
			const page = await open('progress/');
			await page.getByRole('button', { name: 'Link for another device' }).click();
			const field = page.getByRole('textbox', { name: 'Link for another device' });
			await expect.poll(() => field.inputValue()).toContain('#transfer=');
			const link = await field.inputValue();
			expect(link.startsWith(`${site.server.url}progress/#transfer=1.`), link).toBe(true);
			const opened = await open(link.slice(site.server.url.length));
			await expect.poll(() => opened.locator('[data-confirm-text]').textContent()).toMatch(/keeps 1\./);
			await topic.close();
			await page.close();
			await opened.close();
		});

		it('answers an unknown address with the helpful 404 page, its links under the sub-path', async () => {
			const page = await site.context.newPage();
			const response = await page.goto(`${site.server.url}core/no-such-topic/`);
			expect(response?.status()).toBe(404);
			// The 404 page's heading, as its frontmatter words it.
			const notFound = parse(readFileSync('src/content/docs/404.mdx', 'utf8').match(/^---\n([\s\S]*?)\n---/)![1]);
			expect(await page.locator('h1').first().textContent()).toContain(notFound.hero.title);
			const hrefs = await page.locator('main a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
			expect(hrefs).toEqual(expect.arrayContaining([`${BASE}roadmap/`, `${BASE}foundations/`, `${BASE}core/`]));
			expect(await page.locator('site-search button[data-open-modal]').isVisible()).toBe(true);
			await page.close();
		});
	});
});
