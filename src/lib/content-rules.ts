import type { TopicData } from '../schemas/topic';
import { LEVELS, isTopicEntry, levelOfId } from './levels';
import { unknownVersionKeys } from './versions';

export { isTopicEntry, levelOfId } from './levels';

/** A docs entry as the content rules see it. */
export interface ContentEntry {
	/** Path of the source file relative to the project root, e.g. `src/content/docs/core/testing.mdx`. */
	file: string;
	/** Collection id (the URL path without slashes at the ends), e.g. `core/testing`. */
	id: string;
	/** Parsed frontmatter. */
	data: Partial<TopicData> & { title?: string };
}

/** Limits from the topic page template in DESIGN.md. */
export const CHECKLIST_SIZE = { min: 5, max: 10 } as const;
export const RESOURCE_COUNT = { min: 3, max: 8 } as const;

/**
 * Checks the rules that need more than one field or more than one page.
 * Returns one message per problem, each naming the file, the field and the fix.
 */
export function checkContentRules(
	entries: readonly ContentEntry[],
	{ versionKeys }: { versionKeys?: readonly string[] } = {},
): string[] {
	const problems: string[] = [];
	const topicIds = new Set(entries.filter(isTopicEntry).map((entry) => entry.id));
	const owners = new Map<string, string>();

	const claim = (itemId: string, where: string, file: string, field: string) => {
		const owner = owners.get(itemId);
		if (owner) {
			problems.push(
				`${file}: ${field} '${itemId}' is already used by ${owner}; ids are unique across the site, pick another like '${itemId}-2'`,
			);
		} else {
			owners.set(itemId, where);
		}
	};

	for (const entry of entries) {
		const { file, data } = entry;
		const checklist = data.checklist ?? [];
		const resources = data.resources ?? [];
		const level = levelOfId(entry.id);

		if (!isTopicEntry(entry)) {
			if (checklist.length > 0) {
				problems.push(
					`${file}: checklist is only allowed on topic pages under ${LEVELS.map((l) => `${l}/`).join(', ')}; move the items to a topic page`,
				);
			}
			continue;
		}

		if (data.level !== level) {
			problems.push(`${file}: level must be '${level}' because the page is in the ${level}/ directory`);
		}
		if (!data.reviewed) {
			problems.push(`${file}: reviewed is missing; write the date you checked the page, like 'reviewed: 2026-11-23'`);
		}
		if (!data.versions || data.versions.length === 0) {
			problems.push(
				`${file}: versions is missing; list the keys of src/data/versions.yaml the page describes, like 'versions: [python, fastapi]'`,
			);
		}
		if (versionKeys) {
			for (const { key, suggestion } of unknownVersionKeys(data.versions ?? [], versionKeys)) {
				const index = (data.versions ?? []).indexOf(key);
				problems.push(
					`${file}: versions[${index}] '${key}' is not a key of src/data/versions.yaml; ${suggestion ? `did you mean '${suggestion}'? ` : ''}write a key from that file or add an entry there`,
				);
			}
		}
		if (!data.studyTime) {
			problems.push(
				`${file}: studyTime is missing; estimate the hours and say what they cover, like 'studyTime: { hours: [6, 10], covers: reading the page, running the example, one small exercise }'`,
			);
		}
		if (checklist.length < CHECKLIST_SIZE.min || checklist.length > CHECKLIST_SIZE.max) {
			problems.push(
				`${file}: checklist has ${checklist.length} items; a topic page needs ${CHECKLIST_SIZE.min} to ${CHECKLIST_SIZE.max} "I can …" items`,
			);
		}
		if (resources.length < RESOURCE_COUNT.min || resources.length > RESOURCE_COUNT.max) {
			problems.push(
				`${file}: resources has ${resources.length} links; a topic page needs ${RESOURCE_COUNT.min} to ${RESOURCE_COUNT.max}`,
			);
		}
		if (resources.length > 0 && !['official', 'docs'].includes(resources[0].type)) {
			problems.push(
				`${file}: resources[0] is '${resources[0].type}'; put official documentation first (type 'official' or 'docs')`,
			);
		}

		checklist.forEach((item, index) => {
			claim(item.id, `${file} (checklist[${index}])`, file, `checklist[${index}].id`);
			item.aliases.forEach((alias, aliasIndex) =>
				claim(alias, `${file} (checklist[${index}].aliases)`, file, `checklist[${index}].aliases[${aliasIndex}]`),
			);
		});

		for (const field of ['prerequisites', 'next'] as const) {
			(data[field] ?? []).forEach((ref, index) => {
				if (ref === entry.id) {
					problems.push(`${file}: ${field}[${index}] points at the page itself; remove it`);
				} else if (!topicIds.has(ref)) {
					problems.push(
						`${file}: ${field}[${index}] '${ref}' is not a topic page; write 'level/slug' of an existing page under src/content/docs/`,
					);
				}
			});
		}
	}
	return problems;
}
