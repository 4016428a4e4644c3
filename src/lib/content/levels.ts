/** Where the pages live, relative to the project root. */
export const DOCS_DIR = 'src/content/docs';

/** Levels of the roadmap, in learning order; each is a top-level directory of `src/content/docs/`. */
export const LEVELS = ['foundations', 'core', 'advanced', 'career'] as const;
export type Level = (typeof LEVELS)[number];

/** The level a page belongs to, from its id, or `undefined` outside the level directories. */
export function levelOfId(id: string): Level | undefined {
	const first = id.split('/')[0];
	return (LEVELS as readonly string[]).includes(first) ? (first as Level) : undefined;
}

/** Whether an entry is a roadmap topic page: inside a level directory and not the level's index. */
export function isTopicEntry(entry: { id: string }): boolean {
	return levelOfId(entry.id) !== undefined && entry.id.includes('/');
}
