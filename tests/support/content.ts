import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { DOCS_DIR, LEVELS } from '../../src/lib/content/levels';

/** A topic page's source, read straight from its MDX file (independent of the build). */
export interface TopicSource {
	/** `level/slug`, which is also its URL path. */
	id: string;
	file: string;
	title: string;
	checklist: { id: string; text: string; aliases?: string[] }[];
}

const DOCS = DOCS_DIR;

/** Every topic page under the level directories, with its frontmatter. */
export function topicSources(): TopicSource[] {
	return LEVELS.flatMap((level) =>
		readdirSync(join(DOCS, level))
			.filter((name) => /\.mdx?$/.test(name) && !name.startsWith('index.') && !name.startsWith('_'))
			.map((name) => {
				const file = join(DOCS, level, name);
				const frontmatter = readFileSync(file, 'utf8').match(/^---\n([\s\S]*?)\n---/)?.[1] ?? '';
				const data = parse(frontmatter) as Omit<TopicSource, 'id' | 'file'>;
				return { ...data, id: relative(DOCS, file).replace(/\.mdx?$/, ''), file };
			}),
	);
}
