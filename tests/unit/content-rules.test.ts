import { describe, expect, it } from 'vitest';
import { checkContentRules, isTopicEntry, type ContentEntry } from '../../src/lib/content-rules';

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
