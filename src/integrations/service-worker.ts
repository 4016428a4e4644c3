import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { injectManifest } from 'workbox-build';
import { OFFLINE_PATH } from '../lib/offline/offline';
import { SERVICE_WORKER_PATH } from '../lib/offline/service-worker-path';

/** The worker's source: Workbox's modules and our routes (read it for what is cached how). */
const SOURCE = fileURLToPath(new URL('../scripts/offline/service-worker.ts', import.meta.url));

/**
 * What the worker precaches, relative to dist/: the shell pages, the hashed scripts and styles (kept in a
 * cache of their own, see the worker), the sidebar's item file, icons and the web app manifest. Pyodide
 * (13 MB, only for Run buttons) and the search index (cached as searches use it) are left out.
 */
const PRECACHE = [
	'index.html',
	'roadmap/index.html',
	'progress/index.html',
	`${OFFLINE_PATH}index.html`,
	'_astro/**/*.{js,css}',
	'data/items.*.json',
	'favicon.svg',
	'icons/*.png',
	'manifest.webmanifest',
];

/**
 * After the build (and after the CSP hashes are written into the pages, so the revisions are final),
 * bundles the service worker with esbuild and lets Workbox's injectManifest write the precache list
 * into it, as `dist/sw.js`. Workbox chooses each file's revision from its content, so a deploy
 * re-downloads only what changed.
 */
export function serviceWorker(): AstroIntegration {
	return {
		name: 'pbr:service-worker',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const bundled = join(root, 'sw.source.js');
				await build({
					entryPoints: [SOURCE],
					bundle: true,
					format: 'iife',
					minify: true,
					target: 'es2022',
					outfile: bundled,
					// Workbox logs to the console in development builds only.
					define: { 'process.env.NODE_ENV': '"production"' },
					logLevel: 'warning',
				});
				const { count, size, warnings } = await injectManifest({
					swSrc: bundled,
					swDest: join(root, SERVICE_WORKER_PATH),
					globDirectory: root,
					globPatterns: PRECACHE,
					// Pages by the URL readers open (`roadmap/`, and `./` for the home page), not the file behind it.
					manifestTransforms: [
						async (entries) => ({
							manifest: entries.map((entry) => ({
								...entry,
								url: entry.url.replace(/(^|\/)index\.html$/, '$1') || './',
							})),
							warnings: [],
						}),
					],
					// Hashed names change whenever the content does; Workbox need not add a revision for them.
					dontCacheBustURLsMatching: /^(_astro\/|data\/items\.)/,
				});
				await rm(bundled);
				for (const warning of warnings) logger.warn(warning);
				logger.info(`Service worker precaches ${count} files, ${(size / 1024).toFixed(0)} KB`);
			},
		},
	};
}
