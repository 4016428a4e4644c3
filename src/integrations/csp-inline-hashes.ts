import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { completeCspMeta } from '../lib/node/csp';

/** After the build, adds hashes for inline scripts and styles that Astro's CSP leaves out. */
export function cspInlineHashes(): AstroIntegration {
	return {
		name: 'pbr:csp-inline-hashes',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const pages = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.html'));
				for (const page of pages) {
					const path = join(root, page);
					const html = await readFile(path, 'utf8');
					const completed = completeCspMeta(html);
					if (completed !== html) await writeFile(path, completed);
				}
				logger.info(`Completed the Content-Security-Policy of ${pages.length} pages`);
			},
		},
	};
}
