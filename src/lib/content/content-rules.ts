import type { TopicData } from '../../schemas/topic';
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

/** One use of an item id: a checklist item's id or one of its aliases. */
export interface ItemClaim {
	/** The id claimed. */
	itemId: string;
	/** The page's file. */
	file: string;
	/** Where the id is written, as messages name it: `checklist[0].id`, `checklist[0].aliases[1]`. */
	field: string;
	/** How other pages' messages name the place: `src/content/docs/core/testing.mdx (checklist[0])`. */
	where: string;
}

/** What the rules know about the whole site, computed once from every entry. */
export interface ContentRuleContext {
	/** Ids of every topic page, e.g. `core/testing`. */
	topicIds: ReadonlySet<string>;
	/** Keys of `src/data/versions.yaml`; without them, version keys are not checked. */
	versionKeys?: readonly string[];
	/** The first claim of every item id, in entry order; any later claim of the same id is a duplicate. */
	firstClaims: ReadonlyMap<string, ItemClaim>;
}

/** A rule over one entry: one message per problem, each naming the file, the field and the fix. */
export type ContentRule = (entry: ContentEntry, context: ContentRuleContext) => string[];

/** The item ids a topic page claims: each checklist item's id, then its aliases. */
export function itemClaims(entry: ContentEntry): ItemClaim[] {
	if (!isTopicEntry(entry)) return [];
	const { file } = entry;
	return (entry.data.checklist ?? []).flatMap((item, index) => [
		{ itemId: item.id, file, field: `checklist[${index}].id`, where: `${file} (checklist[${index}])` },
		...item.aliases.map((alias, aliasIndex) => ({
			itemId: alias,
			file,
			field: `checklist[${index}].aliases[${aliasIndex}]`,
			where: `${file} (checklist[${index}].aliases)`,
		})),
	]);
}

/** The context of `checkContentRules`, for running one rule on its own. */
export function contentRuleContext(
	entries: readonly ContentEntry[],
	{ versionKeys }: { versionKeys?: readonly string[] } = {},
): ContentRuleContext {
	const firstClaims = new Map<string, ItemClaim>();
	for (const claim of entries.flatMap(itemClaims)) {
		if (!firstClaims.has(claim.itemId)) firstClaims.set(claim.itemId, claim);
	}
	return { topicIds: new Set(entries.filter(isTopicEntry).map((entry) => entry.id)), versionKeys, firstClaims };
}

/** A rule for topic pages only; other pages pass it. */
const onTopics =
	(rule: ContentRule): ContentRule =>
	(entry, context) =>
		isTopicEntry(entry) ? rule(entry, context) : [];

/** Only topic pages have a checklist: progress is counted per topic. */
const checklistOnTopicsOnly: ContentRule = ({ file, data, id }) =>
	!isTopicEntry({ id }) && (data.checklist ?? []).length > 0
		? [
				`${file}: checklist is only allowed on topic pages under ${LEVELS.map((l) => `${l}/`).join(', ')}; move the items to a topic page`,
			]
		: [];

/** `level` says which directory the page is in. */
const levelMatchesDirectory: ContentRule = onTopics(({ file, id, data }) => {
	const level = levelOfId(id);
	return data.level !== level
		? [`${file}: level must be '${level}' because the page is in the ${level}/ directory`]
		: [];
});

/** A topic page says when someone last checked it. */
const reviewedDate: ContentRule = onTopics(({ file, data }) =>
	data.reviewed
		? []
		: [`${file}: reviewed is missing; write the date you checked the page, like 'reviewed: 2026-11-23'`],
);

/** A topic page lists the versions it describes. */
const versionsListed: ContentRule = onTopics(({ file, data }) =>
	data.versions && data.versions.length > 0
		? []
		: [
				`${file}: versions is missing; list the keys of src/data/versions.yaml the page describes, like 'versions: [python, fastapi]'`,
			],
);

/** Every version a page lists is a key of the registry. */
const versionKeysKnown: ContentRule = onTopics(({ file, data }, { versionKeys }) => {
	if (!versionKeys) return [];
	const versions = data.versions ?? [];
	return unknownVersionKeys(versions, versionKeys).map(
		({ key, suggestion }) =>
			`${file}: versions[${versions.indexOf(key)}] '${key}' is not a key of src/data/versions.yaml; ${suggestion ? `did you mean '${suggestion}'? ` : ''}write a key from that file or add an entry there`,
	);
});

/** A topic page estimates its study time. */
const studyTimeEstimated: ContentRule = onTopics(({ file, data }) =>
	data.studyTime
		? []
		: [
				`${file}: studyTime is missing; estimate the hours and say what they cover, like 'studyTime: { hours: [6, 10], covers: reading the page, running the example, one small exercise }'`,
			],
);

/** A topic page has 5 to 10 checklist items. */
const checklistSize: ContentRule = onTopics(({ file, data }) => {
	const count = (data.checklist ?? []).length;
	const { min, max } = CHECKLIST_SIZE;
	return count < min || count > max
		? [`${file}: checklist has ${count} items; a topic page needs ${min} to ${max} "I can …" items`]
		: [];
});

/** A topic page has 3 to 8 resources. */
const resourceCount: ContentRule = onTopics(({ file, data }) => {
	const count = (data.resources ?? []).length;
	const { min, max } = RESOURCE_COUNT;
	return count < min || count > max
		? [`${file}: resources has ${count} links; a topic page needs ${min} to ${max}`]
		: [];
});

/** The first resource is official documentation. */
const officialResourceFirst: ContentRule = onTopics(({ file, data }) => {
	const first = (data.resources ?? [])[0];
	return first && !['official', 'docs'].includes(first.type)
		? [`${file}: resources[0] is '${first.type}'; put official documentation first (type 'official' or 'docs')`]
		: [];
});

/** Item ids and aliases are unique across the site: progress is stored under them. */
const uniqueItemIds: ContentRule = (entry, { firstClaims }) =>
	itemClaims(entry).flatMap((claim) => {
		const owner = firstClaims.get(claim.itemId);
		if (!owner || (owner.file === claim.file && owner.field === claim.field)) return [];
		return [
			`${claim.file}: ${claim.field} '${claim.itemId}' is already used by ${owner.where}; ids are unique across the site, pick another like '${claim.itemId}-2'`,
		];
	});

/** `prerequisites` and `next` point at other topic pages. */
const linksToTopics: ContentRule = onTopics(({ file, id, data }, { topicIds }) =>
	(['prerequisites', 'next'] as const).flatMap((field) =>
		(data[field] ?? []).flatMap((ref, index) => {
			if (ref === id) return [`${file}: ${field}[${index}] points at the page itself; remove it`];
			if (topicIds.has(ref)) return [];
			return [
				`${file}: ${field}[${index}] '${ref}' is not a topic page; write 'level/slug' of an existing page under src/content/docs/`,
			];
		}),
	),
);

/** The rules, in the order their messages appear for each page; each is tested on its own. */
export const CONTENT_RULES = {
	checklistOnTopicsOnly,
	levelMatchesDirectory,
	reviewedDate,
	versionsListed,
	versionKeysKnown,
	studyTimeEstimated,
	checklistSize,
	resourceCount,
	officialResourceFirst,
	uniqueItemIds,
	linksToTopics,
} as const satisfies Record<string, ContentRule>;

/**
 * Checks the rules that need more than one field or more than one page.
 * Returns one message per problem, each naming the file, the field and the fix.
 */
export function checkContentRules(
	entries: readonly ContentEntry[],
	options: { versionKeys?: readonly string[] } = {},
): string[] {
	const context = contentRuleContext(entries, options);
	const rules = Object.values(CONTENT_RULES);
	return entries.flatMap((entry) => rules.flatMap((rule) => rule(entry, context)));
}
