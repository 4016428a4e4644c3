import { readFileSync } from 'node:fs';
import type { Loader } from 'astro/loaders';
import { parse } from 'yaml';
import { versionRegistrySchema, type VersionRegistry } from '../schemas/versions';
import { VERSIONS_FILE } from '../lib/versions';

const cache = new Map<string, VersionRegistry>();

/**
 * Reads and validates `src/data/versions.yaml` once per build; a problem throws one message per field,
 * naming the file, the key and the fix.
 */
export function readVersionRegistry(root: URL | string): VersionRegistry {
	const url = new URL(VERSIONS_FILE, root);
	const cached = cache.get(url.href);
	if (cached) return cached;
	let data: unknown;
	try {
		data = parse(readFileSync(url, 'utf8'));
	} catch (error) {
		throw new Error(`${VERSIONS_FILE}: is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
	}
	const result = versionRegistrySchema.safeParse(data);
	if (!result.success) {
		const problems = result.error.issues.map(
			({ path, message }) => `${VERSIONS_FILE}: ${path.map(String).join('.') || '(top level)'}: ${message}`,
		);
		throw new Error(`The version registry has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
	}
	cache.set(url.href, result.data);
	return result.data;
}

/** The registry as a content collection: one entry per key, for `<Version>` and the tables. */
export function versionsLoader(): Loader {
	return {
		name: 'versions-loader',
		async load({ config, store, parseData, watcher }) {
			cache.clear();
			const registry = readVersionRegistry(config.root);
			store.clear();
			for (const [id, entry] of Object.entries(registry)) {
				store.set({ id, data: await parseData({ id, data: entry as unknown as Record<string, unknown> }) });
			}
			watcher?.add(new URL(VERSIONS_FILE, config.root).pathname);
		},
	};
}
