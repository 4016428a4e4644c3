import type { Loader, LoaderContext } from 'astro/loaders';
import { comparisonDataOptions, comparisonTableSchema, type ComparisonTable } from '../schemas/comparison';
import { yamlData, type YamlEntry } from '../lib/node/yaml-data';
import { readVersionRegistry } from './versions-loader';

/** Where comparison tables live, relative to the project root. */
export const COMPARISONS_DIR = 'src/data/comparisons';

const HINT =
	'Each message names the file, the row and the fix; the schema with a comment on every field is src/schemas/comparison.ts, and CONTRIBUTING.md, "Add a comparison row", walks through a row.';

/**
 * Reads every `src/data/comparisons/*.yaml` once and checks it: the schema, the row rules and the registry
 * keys. Throws one AstroError listing every problem of every file as "<file>: row '<id>' …".
 */
export function loadComparisonTables(
	root: URL,
	versionKeys: readonly string[],
	parse?: (text: string) => unknown,
): YamlEntry<ComparisonTable>[] {
	return yamlData({
		root,
		dir: COMPARISONS_DIR,
		schema: comparisonTableSchema,
		label: 'the comparison tables',
		hint: HINT,
		parse,
		...comparisonDataOptions(versionKeys),
	});
}

async function load({ config, store, parseData, generateDigest }: LoaderContext) {
	const tables = loadComparisonTables(config.root, Object.keys(readVersionRegistry(config.root)));
	store.clear();
	for (const { id, file, raw } of tables) {
		const input = raw as Record<string, unknown>;
		const data = await parseData({ id, data: input, filePath: file });
		store.set({ id, data, filePath: file, digest: generateDigest(input) });
	}
}

/**
 * The comparison tables as a content collection, one entry per file (`python-web-frameworks`). Each file is
 * parsed once, here; problems name the file and the row (Astro's own schema errors name neither).
 */
export function comparisonsLoader(): Loader {
	return {
		name: 'comparisons-loader',
		async load(context) {
			await load(context);
			const dir = new URL(`${COMPARISONS_DIR}/`, context.config.root).pathname;
			context.watcher?.add(dir);
			context.watcher?.on('all', (_event, path) => {
				if (path.startsWith(dir) && /\.ya?ml$/.test(path)) {
					void load(context).catch((error) => context.logger.error(String(error.message ?? error)));
				}
			});
		},
	};
}
