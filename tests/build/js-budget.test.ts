import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST, readPage } from '../support/dist';
import { chunkOriginsFile, type ChunkOrigins } from '../../src/integrations/chunk-origins';

/** DESIGN.md: the checklist and progress features together add under 3 KB of gzipped JavaScript per page. */
const BUDGET = 3 * 1024;
/** Which built files hold modules from src/, recorded by the build (src/integrations/chunk-origins.ts). */
const origins = JSON.parse(readFileSync(chunkOriginsFile(DIST), 'utf8')) as ChunkOrigins;
/**
 * Inline scripts have no chunk: ours are recognisable by the custom-element prefix and storage namespace,
 * and the search fix (src/scripts/search-ready.ts, inlined and minified) by its assignment to requestIdleCallback.
 */
const OURS_INLINE = /pbr-|pbr:|requestIdleCallback=/;
const isOurs = (script: { name: string; code: string }) =>
	script.name === 'inline' ? OURS_INLINE.test(script.code) : (origins[script.name]?.length ?? 0) > 0;

const gzipSize = (code: string) => gzipSync(code, { level: 9 }).length;

/** Static imports of a module (`import "./x.js"`, `from "./x.js"`); dynamic `import()` loads later, on demand (export/import code). */
function staticImports(code: string): string[] {
	return [...code.matchAll(/(?:\bfrom|\bimport)\s*["'`]([^"'`]+\.js)["'`]/g)].map((match) => match[1]);
}

/** Every script a page runs on load: inline ones and external modules with their static imports. */
function scriptsOnLoad(page: string): { name: string; code: string }[] {
	const html = readPage(page);
	const scripts: { name: string; code: string }[] = [];
	const seen = new Set<string>();
	const visit = (path: string) => {
		if (seen.has(path)) return;
		seen.add(path);
		const code = readFileSync(join(DIST, path), 'utf8');
		scripts.push({ name: path, code });
		for (const target of staticImports(code)) visit(join(path, '..', target));
	};
	for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
		const src = attributes.match(/\bsrc="([^"]+)"/)?.[1];
		if (src) visit(src.replace(/^\/+/, ''));
		else if (!/application\/(ld\+)?json/.test(attributes)) scripts.push({ name: 'inline', code: body });
	}
	return scripts;
}

const pages = builtPages().filter((page) => page !== '404.html');
const figures = pages.map((page) => {
	const scripts = scriptsOnLoad(page);
	const ours = scripts.filter(isOurs);
	return {
		page,
		total: scripts.reduce((sum, script) => sum + gzipSize(script.code), 0),
		ours: ours.reduce((sum, script) => sum + gzipSize(script.code), 0),
	};
});

describe('JavaScript budget', () => {
	it('prints the gzipped JavaScript each kind of page runs on load', () => {
		const sample = [
			'index.html',
			'roadmap/index.html',
			'progress/index.html',
			'core/index.html',
			'core/testing/index.html',
			'career/job-ad-checklist/index.html',
		]
			.map((page) => figures.find((figure) => figure.page === page))
			.filter(Boolean);
		console.log(
			[
				'JavaScript on load (gzipped bytes): page, ours, everything',
				...sample.map((f) => `  ${f!.page}: ${f!.ours}, ${f!.total}`),
			].join('\n'),
		);
		expect(sample.length).toBeGreaterThan(0);
	});

	it.each(figures.map((figure) => [figure.page, figure] as const))('%s adds under 3 KB', (_page, figure) => {
		expect(figure.ours).toBeLessThan(BUDGET);
	});

	it('counts the search fix that every page loads', () => {
		const home = scriptsOnLoad('index.html').filter(isOurs);
		expect(home.some((script) => script.code.includes('starlight__search'))).toBe(true);
	});

	it('knows which files are ours from the build, and Starlight’s own are not', () => {
		const files = Object.keys(origins).filter((file) => file.startsWith('_astro/'));
		expect(files.some((file) => origins[file].includes('src/scripts/progress/progress-store.ts'))).toBe(true);
		const search = scriptsOnLoad('index.html').find((script) => script.name.includes('Search.astro'));
		expect(search && isOurs(search)).toBe(false);
	});

	it('counts the checklist island on topic pages', () => {
		expect(figures.find((figure) => figure.page === 'core/testing/index.html')?.ours).toBeGreaterThan(500);
	});
});
