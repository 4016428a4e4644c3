import { statSync } from 'node:fs';
import type { Loader } from 'astro/loaders';
import { versionRegistrySchema, type VersionRegistry } from '../schemas/versions';
import { VERSIONS_FILE } from '../lib/content/versions';
import { yamlData } from '../lib/node/yaml-data';

const HINT =
	'Each message names the key and the field; the comment at the top of src/data/versions.yaml and CONTRIBUTING.md, "Versions: one registry", describe an entry.';

/** The registry of the last read, and the file's modification time and size then. */
const cache = new Map<string, { stamp: string; registry: VersionRegistry }>();

/**
 * Reads and validates `src/data/versions.yaml`, parsing it once per build however many loaders ask (again
 * only when the file changes); a problem throws one AstroError with a message per field, naming the file,
 * the key and the fix.
 */
export function readVersionRegistry(root: URL | string): VersionRegistry {
	const rootUrl = new URL(root);
	const url = new URL(VERSIONS_FILE, rootUrl);
	const { mtimeMs, size } = statSync(url);
	const stamp = `${mtimeMs}:${size}`;
	const cached = cache.get(url.href);
	if (cached?.stamp === stamp) return cached.registry;
	const { data } = yamlData({
		root: rootUrl,
		file: VERSIONS_FILE,
		schema: versionRegistrySchema,
		label: 'the version registry',
		hint: HINT,
	});
	cache.set(url.href, { stamp, registry: data });
	return data;
}

/** The registry as a content collection: one entry per key, for `<Version>` and the tables. */
export function versionsLoader(): Loader {
	return {
		name: 'versions-loader',
		async load({ config, store, parseData, watcher }) {
			const registry = readVersionRegistry(config.root);
			store.clear();
			for (const [id, entry] of Object.entries(registry)) {
				store.set({ id, data: await parseData({ id, data: entry as unknown as Record<string, unknown> }) });
			}
			watcher?.add(new URL(VERSIONS_FILE, config.root).pathname);
		},
	};
}
