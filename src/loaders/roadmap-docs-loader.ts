import type { Loader } from 'astro/loaders';
import { docsLoader } from '@astrojs/starlight/loaders';
import { checkContentRules, type ContentEntry } from '../lib/content-rules';
import { readVersionRegistry } from './versions-loader';

/**
 * Starlight's docs loader plus the roadmap's cross-page rules (unique checklist ids,
 * existing prerequisites, complete topic pages). Any problem fails the build.
 */
export function roadmapDocsLoader(): Loader {
	const docs = docsLoader();
	return {
		name: 'roadmap-docs-loader',
		async load(context) {
			await docs.load(context);
			const entries: ContentEntry[] = [...context.store.values()].map((entry) => ({
				file: entry.filePath ?? `src/content/docs/${entry.id}`,
				id: entry.id,
				data: entry.data as ContentEntry['data'],
			}));
			const versionKeys = Object.keys(readVersionRegistry(context.config.root));
			const problems = checkContentRules(entries, { versionKeys });
			if (problems.length > 0) {
				throw new Error(
					`The docs content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n- ${problems.join('\n- ')}`,
				);
			}
		},
	};
}
