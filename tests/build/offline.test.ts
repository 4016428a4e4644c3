import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST, readPage } from '../support/dist';
import { topicSources } from '../support/content';

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(file: string): [number, number] {
	const bytes = readFileSync(file);
	return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

/** The URLs the service worker precaches, read from the built sw.js. */
function precached(): string[] {
	const worker = readFileSync(join(DIST, 'sw.js'), 'utf8');
	return [...worker.matchAll(/"url":"([^"]*)"/g)].map(([, url]) => url);
}

const pages = builtPages();
const topics = topicSources();

describe('installable: web app manifest', () => {
	const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.webmanifest'), 'utf8'));

	it('names the site, starts at its home page and keeps to the site', () => {
		expect(manifest).toMatchObject({
			name: 'Python Backend Roadmap',
			start_url: '/',
			scope: '/',
			id: '/',
			display: 'standalone',
		});
		// Launchers cut short names at about 12 characters.
		expect(manifest.short_name.length).toBeLessThanOrEqual(12);
		expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
		expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/);
	});

	it('has 192 and 512 px icons, and a maskable one, each of the size it claims', () => {
		const icons = manifest.icons as { src: string; sizes: string; type: string; purpose: string }[];
		expect(icons.map(({ sizes, purpose }) => `${sizes} ${purpose}`).sort()).toEqual([
			'192x192 any',
			'512x512 any',
			'512x512 maskable',
		]);
		for (const icon of icons) {
			const [width, height] = pngSize(join(DIST, icon.src));
			expect(`${icon.src} ${width}x${height}`).toBe(`${icon.src} ${icon.sizes}`);
			expect(icon.type).toBe('image/png');
		}
	});

	it.each(pages)('%s links the manifest and a theme colour for light and dark', (page) => {
		const html = readPage(page);
		expect(html).toContain('<link rel="manifest" href="/manifest.webmanifest"');
		expect(html).toMatch(/<meta name="theme-color" media="\(prefers-color-scheme: light\)" content="#[0-9a-f]{6}"/);
		expect(html).toMatch(/<meta name="theme-color" media="\(prefers-color-scheme: dark\)" content="#[0-9a-f]{6}"/);
	});
});

describe('offline: the service worker', () => {
	const urls = precached();

	it('precaches the shell: home, roadmap, progress and the offline page, by the URLs readers open', () => {
		expect(urls).toEqual(expect.arrayContaining(['./', 'roadmap/', 'progress/', 'offline/']));
		// Workbox refuses an empty URL, and the worker would then fail to install.
		expect(urls.filter((url) => url === '')).toEqual([]);
		expect(urls.filter((url) => url.endsWith('.html'))).toEqual([]);
	});

	it('precaches every script and style the shell pages load, and the icons and manifest', () => {
		const shell = ['index.html', 'roadmap/index.html', 'progress/index.html', 'offline/index.html'];
		const assets = new Set(
			shell.flatMap((page) =>
				[...readPage(page).matchAll(/(?:src|href)="\/(_astro\/[^"]+\.(?:js|css))"/g)].map(([, url]) => url),
			),
		);
		expect(assets.size).toBeGreaterThan(3);
		expect([...assets].filter((asset) => !urls.includes(asset))).toEqual([]);
		expect(urls).toEqual(expect.arrayContaining(['manifest.webmanifest', 'icons/icon-192.png', 'favicon.svg']));
	});

	it('leaves out Pyodide and the search index, and keeps the precache small', () => {
		expect(urls.filter((url) => /^(pyodide|pagefind)\//.test(url))).toEqual([]);
		const bytes = urls.reduce((sum, url) => {
			const file = join(DIST, url.endsWith('/') ? `${url}index.html` : url);
			return sum + gzipSync(readFileSync(file)).length;
		}, 0);
		console.log(`Precache: ${urls.length} files, ${Math.round(bytes / 1024)} KB gzipped`);
		expect(bytes).toBeLessThan(400 * 1024);
	});

	it('offline page: never indexed for search, says what is saved, links the shell', () => {
		const html = readPage('offline/index.html');
		expect(html).toContain('<meta name="robots" content="noindex"');
		expect(html).not.toContain('data-pagefind-body');
		expect(html).toMatch(/<ul data-pbr-saved-pages>.*href="\/roadmap\/".*<\/ul>/s);
	});
});

describe('flat page weight: the sidebar does not carry every checklist id', () => {
	const file = readdirSync(join(DIST, 'data')).find((name) => /^items\.[0-9a-f]{10}\.json$/.test(name));

	it('one fingerprinted file holds every topic page’s item ids, named by a hash of its content', () => {
		expect(file).toBeDefined();
		const body = readFileSync(join(DIST, 'data', file!), 'utf8');
		expect(file).toBe(`items.${createHash('sha256').update(body).digest('hex').slice(0, 10)}.json`);
		const byPage = JSON.parse(body) as Record<string, string[]>;
		for (const topic of topics) {
			expect(byPage[`/${topic.id}/`], topic.id).toEqual(topic.checklist.map((item) => item.id));
		}
		expect(existsSync(join(DIST, 'data', file!))).toBe(true);
	});

	it.each(pages.filter((page) => readPage(page).includes('id="starlight__sidebar"')))(
		'%s: the sidebar names the file, and only the current page’s link carries ids',
		(page) => {
			const html = readPage(page);
			const start = html.indexOf('id="starlight__sidebar"');
			const sidebar = html.slice(start, html.indexOf('</nav>', start));
			expect(sidebar).toContain(`data-pbr-sidebar-items="/data/${file}"`);
			const links = [...sidebar.matchAll(/<a [^>]*>/g)].map(([tag]) => tag);
			expect(links.filter((tag) => tag.includes('data-pbr-items') && !tag.includes('aria-current="page"'))).toEqual([]);
		},
	);
});
