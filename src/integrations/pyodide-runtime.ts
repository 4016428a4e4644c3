import { createReadStream } from 'node:fs';
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { PYODIDE_DIRECTORY, PYODIDE_FILES, pyodidePackageDirectory } from '../lib/runner/runtime';
import { pageUrl } from '../lib/content/urls';

const TYPES: Record<string, string> = {
	mjs: 'text/javascript',
	wasm: 'application/wasm',
	zip: 'application/zip',
	json: 'application/json',
};

/**
 * Serves the Pyodide runtime from the site's own origin, for the examples' Run buttons: copied from the
 * installed `pyodide` package into `dist/pyodide/` after a build, and served from the package in dev.
 */
export function pyodideRuntime(): AstroIntegration {
	let base = '/';
	return {
		name: 'pbr:pyodide-runtime',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = pageUrl(config.base, '');
			},
			'astro:server:setup': ({ server }) => {
				const prefix = `${base}${PYODIDE_DIRECTORY}/`;
				server.middlewares.use((request, response, next) => {
					const path = request.url?.split('?')[0] ?? '';
					const file = path.startsWith(prefix) ? path.slice(prefix.length) : '';
					if (!(PYODIDE_FILES as readonly string[]).includes(file)) return next();
					response.setHeader('Content-Type', TYPES[file.split('.').pop()!]);
					createReadStream(join(pyodidePackageDirectory(), file)).pipe(response);
				});
			},
			'astro:build:done': async ({ dir, logger }) => {
				const target = join(fileURLToPath(dir), PYODIDE_DIRECTORY);
				await mkdir(target, { recursive: true });
				for (const file of PYODIDE_FILES) await copyFile(join(pyodidePackageDirectory(), file), join(target, file));
				logger.info(`Copied ${PYODIDE_FILES.length} Pyodide files to ${PYODIDE_DIRECTORY}/`);
			},
		},
	};
}
