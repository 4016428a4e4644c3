import { isDone, type Progress } from '../progress/progress';
import { LEVELS, isTopicEntry, levelOfId, type Level } from '../content/levels';

/** Headings for the levels, in learning order. */
export const LEVEL_LABELS: Record<Level, string> = {
	foundations: 'Foundations',
	core: 'Core skills',
	advanced: 'Advanced',
	career: 'Career',
};

/** One topic in the roadmap manifest. */
export interface ManifestTopic {
	/** `level/slug`, also the URL path. */
	id: string;
	title: string;
	level: Level;
	items: { id: string; text: string }[];
	/** Estimated study time, fewest and most hours (frontmatter `studyTime.hours`). */
	hours: readonly [number, number];
	/** Topics to read first, as `level/slug`. */
	prerequisites: string[];
}

/** One level with its topics in learning order. */
export interface ManifestLevel {
	id: Level;
	label: string;
	topics: ManifestTopic[];
}

/** Every topic and checklist item on the site: the one source all progress numbers come from. */
export interface Manifest {
	levels: ManifestLevel[];
	/** Renamed item ids: old id → current id. */
	aliases: Map<string, string>;
}

/** The part of a docs entry the manifest needs. */
export interface ManifestSource {
	id: string;
	data: {
		title: string;
		sidebar?: { order?: number };
		checklist: { id: string; text: string; aliases: string[] }[];
		studyTime?: { hours: readonly [number, number] };
		prerequisites?: string[];
	};
}

/** Builds the manifest from the docs collection: topic pages only, by level, then `sidebar.order`, then title. */
export function buildManifest(entries: readonly ManifestSource[]): Manifest {
	const aliases = new Map<string, string>();
	const topics = entries.filter(isTopicEntry).sort((a, b) => {
		const levelOrder = LEVELS.indexOf(levelOfId(a.id)!) - LEVELS.indexOf(levelOfId(b.id)!);
		const order = (a.data.sidebar?.order ?? Infinity) - (b.data.sidebar?.order ?? Infinity);
		return levelOrder || order || a.data.title.localeCompare(b.data.title);
	});
	for (const topic of topics) {
		for (const item of topic.data.checklist) for (const alias of item.aliases) aliases.set(alias, item.id);
	}
	return {
		aliases,
		levels: LEVELS.map((level) => ({
			id: level,
			label: LEVEL_LABELS[level],
			topics: topics
				.filter((topic) => levelOfId(topic.id) === level)
				.map((topic) => ({
					id: topic.id,
					title: topic.data.title,
					level,
					items: topic.data.checklist.map(({ id, text }) => ({ id, text })),
					hours: topic.data.studyTime?.hours ?? [0, 0],
					prerequisites: topic.data.prerequisites ?? [],
				})),
		})),
	};
}

/** Item ids of a topic, a level or the whole roadmap. */
export function itemIds(scope: ManifestTopic | ManifestLevel | Manifest): string[] {
	if ('items' in scope) return scope.items.map((item) => item.id);
	if ('topics' in scope) return scope.topics.flatMap(itemIds);
	return scope.levels.flatMap(itemIds);
}

/** Ticked items stored in this browser that belong to no current item (pages or items removed). */
export function unknownDoneIds(progress: Progress, knownIds: ReadonlySet<string>): string[] {
	return [...progress.keys()].filter((id) => !knownIds.has(id) && isDone(progress, id)).sort();
}
