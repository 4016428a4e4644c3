/**
 * Records which of the built JavaScript files hold the site's own code: for every chunk Rollup writes, the
 * modules under `src/` it contains. The JavaScript budget test (tests/build/js-budget.test.ts) counts a file
 * as ours when it holds any of them, instead of guessing from its text. Written to `.astro/`, never deployed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Where the record of a build into `outDir` goes, relative to the project root: one per output directory, so
 * the sub-path build (`dist-subpath/`) does not overwrite the record of `dist/`.
 */
export function chunkOriginsFile(outDir: string): string {
	return `.astro/chunk-origins.${basename(resolve(outDir))}.json`;
}

/** Output file (e.g. `_astro/page.abc.js`) → the project's own modules in it (e.g. `src/scripts/roadmap/pace.ts`). */
export type ChunkOrigins = Record<string, string[]>;

export function chunkOrigins(): AstroIntegration {
	const origins: ChunkOrigins = {};
	let root = '';
	return {
		name: 'pbr:chunk-origins',
		hooks: {
			'astro:config:setup': ({ config, updateConfig }) => {
				root = fileURLToPath(config.root);
				const src = fileURLToPath(config.srcDir);
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'pbr:chunk-origins',
								apply: 'build',
								generateBundle(_options, bundle) {
									for (const chunk of Object.values(bundle)) {
										if (chunk.type !== 'chunk') continue;
										const own = chunk.moduleIds
											.map((id) => id.replace(/^\0/, '').split('?')[0])
											.filter((id) => id.startsWith(src))
											.map((id) => relative(root, id));
										origins[chunk.fileName] = [...new Set([...(origins[chunk.fileName] ?? []), ...own])];
									}
								},
							},
						],
					},
				});
			},
			'astro:build:done': ({ dir }) => {
				const file = `${root}/${chunkOriginsFile(fileURLToPath(dir))}`;
				mkdirSync(dirname(file), { recursive: true });
				writeFileSync(file, `${JSON.stringify(origins, null, 2)}\n`);
			},
		},
	};
}
