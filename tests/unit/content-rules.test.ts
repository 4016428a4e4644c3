// One test names a misspelt version key on purpose.
// cspell:ignore fastap
import { describe, expect, it } from 'vitest';
import {
	CONTENT_RULES,
	checkContentRules,
	contentRuleContext,
	isTopicEntry,
	itemClaims,
	type ContentEntry,
} from '../../src/lib/content/content-rules';

const resources = [
	{ title: 'Python docs', url: 'https://docs.python.org/3/', type: 'official' as const },
	{ title: 'Tutorial', url: 'https://docs.python.org/3/tutorial/', type: 'docs' as const },
	{ title: 'An article', url: 'https://example.org/a', type: 'article' as const },
];
const items = (prefix: string, count = 5) =>
	Array.from({ length: count }, (_, index) => ({ id: `${prefix}-${index}`, text: `I can do ${index}`, aliases: [] }));

/** A valid topic page; tests override one thing at a time. */
function topic(id: string, overrides: Partial<ContentEntry['data']> = {}): ContentEntry {
	return {
		id,
		file: `src/content/docs/${id}.mdx`,
		data: {
			title: id,
			level: id.split('/')[0] as 'core',
			reviewed: new Date('2026-11-23'),
			versions: ['python'],
			checklist: items(id.replace('/', '-')),
			prerequisites: [],
			next: [],
			resources,
			studyTime: { hours: [4, 8], covers: 'reading the page and running its example' },
			...overrides,
		},
	};
}

describe('isTopicEntry', () => {
	it.each([
		['core/testing', true],
		['career/pet-projects', true],
		['core', false],
		['roadmap', false],
		['compare/backend-languages', false],
	])('%s → %s', (id, expected) => expect(isTopicEntry({ id })).toBe(expected));
});

describe('checkContentRules', () => {
	it('accepts complete, consistent pages', () => {
		const entries = [
			topic('foundations/python-basics'),
			topic('core/testing', { prerequisites: ['foundations/python-basics'] }),
		];
		expect(checkContentRules(entries)).toEqual([]);
	});

	it.each<[string, ContentEntry[], string]>([
		[
			'a level that does not match the directory',
			[topic('core/testing', { level: 'advanced' })],
			"src/content/docs/core/testing.mdx: level must be 'core'",
		],
		['a missing review date', [topic('core/testing', { reviewed: undefined })], 'reviewed is missing'],
		['a missing study time', [topic('core/testing', { studyTime: undefined })], 'studyTime is missing'],
		['missing versions', [topic('core/testing', { versions: [] })], 'versions is missing'],
		['too few checklist items', [topic('core/testing', { checklist: items('x', 2) })], 'checklist has 2 items'],
		[
			'too many resources',
			[topic('core/testing', { resources: Array(9).fill(resources[0]) })],
			'resources has 9 links',
		],
		[
			'a non-official first resource',
			[topic('core/testing', { resources: [resources[2], resources[0], resources[1]] })],
			"resources[0] is 'article'; put official documentation first",
		],
		[
			'an unknown prerequisite',
			[topic('core/testing', { prerequisites: ['core/nope'] })],
			"prerequisites[0] 'core/nope' is not a topic page",
		],
		['a self link', [topic('core/testing', { next: ['core/testing'] })], 'next[0] points at the page itself'],
		[
			'a checklist on a non-topic page',
			[{ id: 'roadmap', file: 'src/content/docs/roadmap.mdx', data: { checklist: items('r') } }],
			'checklist is only allowed on topic pages',
		],
	])('reports %s', (_name, entries, message) => {
		expect(checkContentRules(entries).join('\n')).toContain(message);
	});

	it('reports an item id used on two pages, naming both files', () => {
		const shared = [{ id: 'write-tests', text: 'I can write tests', aliases: [] }, ...items('a', 4)];
		const problems = checkContentRules([
			topic('core/testing', { checklist: shared }),
			topic('core/flask', { checklist: [shared[0], ...items('b', 4)] }),
		]);
		expect(problems).toEqual([
			expect.stringMatching(
				/^src\/content\/docs\/core\/flask\.mdx: checklist\[0\]\.id 'write-tests' is already used by src\/content\/docs\/core\/testing\.mdx/,
			),
		]);
	});

	it('reports an alias that reuses a current id', () => {
		const checklist = [{ id: 'new-name', text: 'I can x', aliases: ['old-name'] }, ...items('a', 4)];
		const other = [{ id: 'old-name', text: 'I can y', aliases: [] }, ...items('b', 4)];
		const problems = checkContentRules([
			topic('core/testing', { checklist }),
			topic('core/flask', { checklist: other }),
		]);
		expect(problems.join('\n')).toContain("'old-name' is already used");
	});
});

/** One rule run on its own, with the context built from `entries` (default: just the entry). */
function runRule(
	name: keyof typeof CONTENT_RULES,
	entry: ContentEntry,
	entries: ContentEntry[] = [entry],
	versionKeys?: string[],
): string[] {
	return CONTENT_RULES[name](entry, contentRuleContext(entries, { versionKeys }));
}

const nonTopic: ContentEntry = { id: 'roadmap', file: 'src/content/docs/roadmap.mdx', data: { title: 'Map' } };

describe('each content rule on its own', () => {
	it.each(Object.keys(CONTENT_RULES) as (keyof typeof CONTENT_RULES)[])('%s passes a valid topic page', (name) => {
		const page = topic('core/testing', { prerequisites: ['foundations/python-basics'], next: [] });
		expect(runRule(name, page, [topic('foundations/python-basics'), page], ['python'])).toEqual([]);
	});

	it.each(Object.keys(CONTENT_RULES) as (keyof typeof CONTENT_RULES)[])('%s passes a page that is no topic', (name) => {
		expect(runRule(name, nonTopic, [nonTopic], ['python'])).toEqual([]);
	});

	it('checklistOnTopicsOnly: a checklist outside a topic page', () => {
		expect(runRule('checklistOnTopicsOnly', { ...nonTopic, data: { checklist: items('r') } })).toEqual([
			'src/content/docs/roadmap.mdx: checklist is only allowed on topic pages under foundations/, core/, advanced/, career/; move the items to a topic page',
		]);
	});

	it('levelMatchesDirectory: a level that does not match the directory', () => {
		expect(runRule('levelMatchesDirectory', topic('core/testing', { level: 'advanced' }))).toEqual([
			"src/content/docs/core/testing.mdx: level must be 'core' because the page is in the core/ directory",
		]);
	});

	it('reviewedDate: a missing review date', () => {
		expect(runRule('reviewedDate', topic('core/testing', { reviewed: undefined }))).toEqual([
			"src/content/docs/core/testing.mdx: reviewed is missing; write the date you checked the page, like 'reviewed: 2026-11-23'",
		]);
	});

	it.each([[[]], [undefined]])('versionsListed: versions %j', (versions) => {
		expect(runRule('versionsListed', topic('core/testing', { versions }))).toEqual([
			expect.stringMatching(/^src\/content\/docs\/core\/testing\.mdx: versions is missing; list the keys/),
		]);
	});

	it('versionKeysKnown: a key the registry lacks, with the closest key', () => {
		const page = topic('core/testing', { versions: ['python', 'fastap'] });
		expect(runRule('versionKeysKnown', page, [page], ['python', 'fastapi'])).toEqual([
			"src/content/docs/core/testing.mdx: versions[1] 'fastap' is not a key of src/data/versions.yaml; did you mean 'fastapi'? write a key from that file or add an entry there",
		]);
	});

	it('versionKeysKnown: checks nothing without the registry', () => {
		expect(runRule('versionKeysKnown', topic('core/testing', { versions: ['nope'] }))).toEqual([]);
	});

	it('studyTimeEstimated: a missing study time', () => {
		expect(runRule('studyTimeEstimated', topic('core/testing', { studyTime: undefined }))).toEqual([
			expect.stringMatching(/^src\/content\/docs\/core\/testing\.mdx: studyTime is missing; estimate the hours/),
		]);
	});

	it.each([
		[4, false],
		[5, true],
		[10, true],
		[11, false],
	])('checklistSize: %i items pass: %s', (count, passes) => {
		const problems = runRule('checklistSize', topic('core/testing', { checklist: items('x', count) }));
		expect(problems).toEqual(
			passes
				? []
				: [
						`src/content/docs/core/testing.mdx: checklist has ${count} items; a topic page needs 5 to 10 "I can …" items`,
					],
		);
	});

	it.each([
		[2, false],
		[3, true],
		[8, true],
		[9, false],
	])('resourceCount: %i links pass: %s', (count, passes) => {
		const problems = runRule('resourceCount', topic('core/testing', { resources: Array(count).fill(resources[0]) }));
		expect(problems).toEqual(
			passes ? [] : [`src/content/docs/core/testing.mdx: resources has ${count} links; a topic page needs 3 to 8`],
		);
	});

	it('officialResourceFirst: an article first', () => {
		const page = topic('core/testing', { resources: [resources[2], resources[0], resources[1]] });
		expect(runRule('officialResourceFirst', page)).toEqual([
			"src/content/docs/core/testing.mdx: resources[0] is 'article'; put official documentation first (type 'official' or 'docs')",
		]);
		expect(runRule('officialResourceFirst', topic('core/testing', { resources: [] }))).toEqual([]);
	});

	it('uniqueItemIds: names the later use and the first owner, never the first use itself', () => {
		const first = topic('core/testing', {
			checklist: [{ id: 'shared', text: 'I can x', aliases: ['old'] }, ...items('a', 4)],
		});
		const second = topic('core/flask', {
			checklist: [
				{ id: 'old', text: 'I can y', aliases: [] },
				{ id: 'b-new', text: 'I can z', aliases: ['shared'] },
				...items('b', 3),
			],
		});
		const entries = [first, second];
		expect(runRule('uniqueItemIds', first, entries)).toEqual([]);
		expect(runRule('uniqueItemIds', second, entries)).toEqual([
			"src/content/docs/core/flask.mdx: checklist[0].id 'old' is already used by src/content/docs/core/testing.mdx (checklist[0].aliases); ids are unique across the site, pick another like 'old-2'",
			"src/content/docs/core/flask.mdx: checklist[1].aliases[0] 'shared' is already used by src/content/docs/core/testing.mdx (checklist[0]); ids are unique across the site, pick another like 'shared-2'",
		]);
	});

	it('uniqueItemIds: an id used twice on one page', () => {
		const page = topic('core/testing', { checklist: [...items('a', 5), items('a', 1)[0]] });
		expect(runRule('uniqueItemIds', page)).toEqual([
			"src/content/docs/core/testing.mdx: checklist[5].id 'a-0' is already used by src/content/docs/core/testing.mdx (checklist[0]); ids are unique across the site, pick another like 'a-0-2'",
		]);
	});

	it('linksToTopics: a self link and an unknown page, in prerequisites and next', () => {
		const page = topic('core/testing', { prerequisites: ['core/nope'], next: ['core/testing'] });
		expect(runRule('linksToTopics', page)).toEqual([
			"src/content/docs/core/testing.mdx: prerequisites[0] 'core/nope' is not a topic page; write 'level/slug' of an existing page under src/content/docs/",
			'src/content/docs/core/testing.mdx: next[0] points at the page itself; remove it',
		]);
	});
});

describe('itemClaims', () => {
	it('lists ids then aliases, with the field messages name', () => {
		const page = topic('core/testing', { checklist: [{ id: 'a', text: 'I can a', aliases: ['b', 'c'] }] });
		expect(itemClaims(page).map(({ itemId, field }) => `${itemId} ${field}`)).toEqual([
			'a checklist[0].id',
			'b checklist[0].aliases[0]',
			'c checklist[0].aliases[1]',
		]);
	});

	it('claims nothing for a page that is no topic', () => {
		expect(itemClaims({ ...nonTopic, data: { checklist: items('r') } })).toEqual([]);
	});
});
