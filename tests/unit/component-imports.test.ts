import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCS_DIR } from '../../src/lib/content/levels';

/** Every file under `dir` whose name ends with one of `extensions`, as paths from the project root. */
function filesIn(dir: string, extensions: string[]): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((name) => extensions.some((extension) => name.endsWith(extension)))
		.map((name) => join(dir, name));
}

const imports = (file: string) =>
	[...readFileSync(file, 'utf8').matchAll(/^\s*import\s[^'"]*['"]([^'"]+)['"]/gm)].map((match) => match[1]);
const entry = readFileSync('src/components/index.ts', 'utf8');

describe('components for authors come from one entry point', () => {
	const pages = filesIn(DOCS_DIR, ['.mdx', '.md']);

	it.each(pages)('%s imports our components only from ~/components', (page) => {
		const direct = imports(page).filter((source) => source.startsWith('~/components/'));
		expect(direct, `write: import { … } from '~/components';`).toEqual([]);
	});

	it('exports every component a page uses', () => {
		const used = new Set(
			pages.flatMap((page) =>
				[...readFileSync(page, 'utf8').matchAll(/^import \{([^}]+)\} from '~\/components';/gm)].flatMap((match) =>
					match[1].split(',').map((name) => name.trim()),
				),
			),
		);
		expect(used.size).toBeGreaterThan(5);
		for (const name of used) expect(entry, name).toContain(`as ${name} }`);
	});

	/** The entry point itself, and the page template `npm run new:topic` writes (its imports are MDX text). */
	const exempt = [join('src', 'components', 'index.ts'), join('src', 'lib', 'content', 'new-topic.ts')];

	it.each(filesIn('src', ['.ts', '.astro', '.mjs']).filter((file) => !exempt.includes(file)))(
		'%s does not import the entry point (no internal barrel imports)',
		(file) => {
			const barrel = imports(file).filter(
				(source) =>
					/^(~\/components|\.{1,2}(\/\.\.)*\/components)\/?(index(\.ts)?)?$/.test(source) ||
					source === './index' ||
					source === '.',
			);
			expect(barrel).toEqual([]);
		},
	);
});
