import { readdirSync, readFileSync } from 'node:fs';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { checkComparisonFile } from '../schemas/comparison';
import { readVersionRegistry } from './versions-loader';

/** Where comparison tables live, relative to the project root. */
export const COMPARISONS_DIR = 'src/data/comparisons';

/**
 * Astro's glob loader for `src/data/comparisons/*.yaml`, preceded by a check of every file that
 * reports problems as "<file>: row '<id>' …" (Astro's own schema errors name neither file nor row).
 */
export function comparisonsLoader(): Loader {
	const files = glob({ pattern: '*.{yaml,yml}', base: `./${COMPARISONS_DIR}` });
	return {
		name: 'comparisons-loader',
		async load(context) {
			const dir = new URL(`${COMPARISONS_DIR}/`, context.config.root);
			const versionKeys = Object.keys(readVersionRegistry(context.config.root));
			const problems = readdirSync(dir)
				.filter((name) => /\.ya?ml$/.test(name))
				.sort()
				.flatMap((name) =>
					checkComparisonFile(`${COMPARISONS_DIR}/${name}`, readFileSync(new URL(name, dir), 'utf8'), versionKeys),
				);
			if (problems.length > 0) {
				throw new Error(
					`The comparison tables have ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n- ${problems.join('\n- ')}`,
				);
			}
			await files.load(context);
		},
	};
}
