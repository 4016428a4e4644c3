import type { Loader, LoaderContext } from 'astro/loaders';
import { docsLoader } from '@astrojs/starlight/loaders';
import { checkContentRules, type ContentEntry } from '../lib/content/content-rules';
import { throwIfProblems } from '../lib/node/yaml-data';
import { readVersionRegistry } from './versions-loader';

const HINT =
	'Each message names the page, the field and the fix; CONTRIBUTING.md, "Add a topic", describes the frontmatter of a topic page.';

/**
 * Astro's schema errors write paths as `checklist.0.id`; this writes them the way every other message of
 * the site does, `checklist[0].id`. Only bold paths (`**checklist.0.id**`) change.
 */
export function bracketPaths(message: string): string {
	return message.replace(
		/\*\*([^*\s]+)\*\*/g,
		(_match, path: string) => `**${path.replace(/\.(\d+)(?=\.|$)/g, '[$1]')}**`,
	);
}

/** `parseData` whose schema errors use the site's path notation (see `bracketPaths`). */
function withBracketPaths(parseData: LoaderContext['parseData']): LoaderContext['parseData'] {
	return async (props) => {
		try {
			return await parseData(props);
		} catch (error) {
			if (error instanceof Error) error.message = bracketPaths(error.message);
			throw error;
		}
	};
}

/**
 * Starlight's docs loader plus the roadmap's cross-page rules (unique checklist ids,
 * existing prerequisites, complete topic pages). Any problem fails the build.
 */
export function roadmapDocsLoader(): Loader {
	const docs = docsLoader();
	return {
		name: 'roadmap-docs-loader',
		async load(context) {
			await docs.load({ ...context, parseData: withBracketPaths(context.parseData) });
			const entries: ContentEntry[] = [...context.store.values()].map((entry) => ({
				file: entry.filePath ?? `src/content/docs/${entry.id}`,
				id: entry.id,
				data: entry.data as ContentEntry['data'],
			}));
			const versionKeys = Object.keys(readVersionRegistry(context.config.root));
			throwIfProblems('the docs content', checkContentRules(entries, { versionKeys }), HINT);
		},
	};
}
