import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PYODIDE_FILES } from '../../src/lib/runner/runtime';
import { builtPages, DIST, readPage } from '../support/dist';

const pages = builtPages();
const bars = pages.flatMap((page) =>
	[...readPage(page).matchAll(/<div([^>]*\bdata-pbr-run\b[^>]*)>/g)].map((match) => ({ page, attributes: match[1] })),
);
const attribute = (attributes: string, name: string) => attributes.match(new RegExp(`\\b${name}="([^"]*)"`))?.[1];

describe('Run buttons in the build', () => {
	it('ships the Pyodide runtime from the site itself, byte for byte from the npm package', () => {
		for (const file of PYODIDE_FILES) {
			const built = join(DIST, 'pyodide', file);
			expect(existsSync(built), `${built} is missing`).toBe(true);
			expect(readFileSync(built).equals(readFileSync(join('node_modules/pyodide', file)))).toBe(true);
		}
		expect(readdirSync(join(DIST, 'pyodide')).sort()).toEqual([...PYODIDE_FILES].sort());
	});

	it('points every Run bar at this origin: the runner, the worker and the runtime', () => {
		expect(bars.length).toBeGreaterThanOrEqual(12);
		for (const { page, attributes } of bars) {
			for (const name of ['data-pbr-load', 'data-worker', 'data-base']) {
				expect(attribute(attributes, name), `${page}: ${name}`).toMatch(/^\/(?!\/)/);
			}
			const runner = attribute(attributes, 'data-pbr-load')!;
			expect(existsSync(join(DIST, runner)), `${page}: ${runner} is not in the build`).toBe(true);
			expect(existsSync(join(DIST, attribute(attributes, 'data-worker')!))).toBe(true);
		}
	});

	it('loads no code from another origin in the runner or the worker', () => {
		const { attributes } = bars[0];
		for (const name of ['data-pbr-load', 'data-worker']) {
			const code = readFileSync(join(DIST, attribute(attributes, name)!), 'utf8');
			expect(code).not.toMatch(/https?:\/\//);
		}
	});

	it('says under every Python example without a Run button why, and how to run it locally', () => {
		const lines = pages.flatMap((page) =>
			[...readPage(page).matchAll(/<p class="pbr-run-local[^"]*"[^>]*>([\s\S]*?)<\/p>/g)].map((match) => match[1]),
		);
		expect(lines.length).toBeGreaterThan(10);
		for (const line of lines) {
			expect(line).toMatch(
				/^<span[^>]*>(It (needs|uses|is part|only defines)|In the browser it would behave differently)/,
			);
			expect(line).toMatch(/<code[^>]*>python examples\/[\w/.-]+\.py<\/code>/);
			expect(line).toMatch(/href="\/examples\/#run-an-example-on-your-computer"/);
		}
	});

	it('shows a Python example either with a Run button or with the line, never both or neither', () => {
		// Topic pages; the contributing guide quotes example paths in captions of its own code blocks.
		for (const page of pages.filter((path) => /^(foundations|core|advanced|career)\//.test(path))) {
			const html = readPage(page);
			const shown = [...html.matchAll(/<figcaption[^>]*>(?:(?!<\/figcaption>)[\s\S])*?examples\/[\w/.-]+\.py/g)].length;
			const decided = [...html.matchAll(/class="pbr-run |class="pbr-run-local /g)].length;
			expect(decided, page).toBe(shown);
		}
	});
});
