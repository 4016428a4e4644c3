import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractExample } from '../../src/lib/examples/examples';
import { builtPages, readPage } from '../support/dist';

/** Text of an Expressive Code block: one line per `.ec-line`, tags stripped, entities decoded. */
function codeText(pre: string): string {
	return [...pre.matchAll(/<div class="ec-line[^"]*"[^>]*>([\s\S]*?)<\/div><\/div>/g)]
		.map(([, line]) =>
			line
				.replace(/<[^>]+>/g, '')
				.replace(/\n/g, '')
				.replace(/&#x([0-9a-f]+);/gi, (_, hex) => String.fromCodePoint(parseInt(hex, 16)))
				.replace(/&#(\d+);/g, (_, dec) => String.fromCodePoint(Number(dec)))
				.replace(/&lt;/g, '<')
				.replace(/&gt;/g, '>')
				.replace(/&quot;/g, '"')
				.replace(/&amp;/g, '&'),
		)
		.join('\n');
}

/** Every Python code block on the built site, with its caption. */
const pythonBlocks = builtPages().flatMap((page) =>
	[...readPage(page).matchAll(/<figure class="frame[^"]*">([\s\S]*?)<\/figure>/g)]
		.filter(([figure]) => /<pre data-language="(python|py|pycon)"/.test(figure))
		.map(([figure]) => ({
			page,
			title: figure.match(/<span class="title">([^<]*)<\/span>/)?.[1] ?? '',
			code: codeText(figure),
		})),
);

/** All region names declared in a source file. */
const regionsOf = (source: string) => [...source.matchAll(/#\s*region\s+(\S+)/g)].map((match) => match[1]);

describe('Python code on the site comes from tested files in examples/', () => {
	it('has Python examples on the site', () => {
		expect(pythonBlocks.length).toBeGreaterThan(0);
	});

	it.each(
		pythonBlocks.map((block, index) => [`${block.page} #${index} (${block.title || 'no title'})`, block] as const),
	)('%s', (_name, block) => {
		expect(block.title, 'a Python block without an examples/ caption was pasted into the page').toMatch(/^examples\//);
		const file = block.title.replace(/^examples\//, '');
		expect(existsSync(join('examples', file))).toBe(true);
		const source = readFileSync(join('examples', file), 'utf8');
		const candidates = [undefined, ...regionsOf(source)].map((region) => extractExample(source, file, region));
		expect(candidates).toContain(block.code);
	});
});

describe('every Python example is shown somewhere', () => {
	const shown = new Set(pythonBlocks.map((block) => block.title.replace(/^examples\//, '')));
	const files = existsSync('examples')
		? (readdirSync('examples', { recursive: true }) as string[]).filter(
				(file) =>
					file.endsWith('.py') &&
					!file.includes('__') &&
					!/(^|\/)(conftest|settings|urls|apps|manage|wsgi|asgi)\.py$/.test(file) &&
					!file.includes('migrations/'),
			)
		: [];
	it.each(files)('examples/%s appears on a page', (file) => {
		expect(shown.has(file)).toBe(true);
	});
});
