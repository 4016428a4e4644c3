import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The built site; `npm test` builds it before running the suites. */
export const DIST = process.env.DIST_DIR ?? 'dist';

if (!existsSync(join(DIST, 'index.html'))) {
	throw new Error(`No built site in ${DIST}/: run 'npm run build' first (npm test does this for you).`);
}

/** Every HTML page of the built site, as paths relative to dist/ (e.g. `core/testing/index.html`). */
export function builtPages(): string[] {
	const pages: string[] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) {
				if (name !== '_astro' && name !== 'pagefind') walk(path);
			} else if (name.endsWith('.html')) {
				pages.push(relative(DIST, path));
			}
		}
	};
	walk(DIST);
	return pages.sort();
}

/** The HTML of a built page. */
export function readPage(page: string): string {
	return readFileSync(join(DIST, page), 'utf8');
}
