import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Code the browser runs, or may run: browser scripts and the pure logic they import. */
const BROWSER_SIDE = [
	'src/scripts',
	'src/lib/content',
	'src/lib/progress',
	'src/lib/roadmap',
	'src/lib/comparisons',
	'src/lib/examples',
	'src/lib/job-ad',
];
/** Where code that needs Node lives; nothing above may import it (type-only imports are erased and allowed). */
const NODE_ONLY = /^node:|\/lib\/node\/|\/(loaders|adapters|integrations)\//;

const files = BROWSER_SIDE.flatMap((dir) =>
	readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((name) => name.endsWith('.ts'))
		.map((name) => join(dir, name)),
);

describe('browser-side code never imports code that needs Node', () => {
	it.each(files)('%s', (file) => {
		const imports = [...readFileSync(file, 'utf8').matchAll(/^import\s+(type\s+)?[^'"]*['"]([^'"]+)['"]/gm)]
			.filter(([, typeOnly]) => !typeOnly)
			.map(([, , source]) => source);
		expect(imports.filter((source) => NODE_ONLY.test(source))).toEqual([]);
	});
});
