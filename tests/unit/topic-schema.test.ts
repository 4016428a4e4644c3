import { describe, expect, it } from 'vitest';
import { suggestKebabCase } from '../../src/lib/content/kebab-case';
import { checklistItemSchema, resourceSchema, topicSchema } from '../../src/schemas/topic';

/** The first error message zod gives for a value. */
function firstError(
	schema: {
		safeParse: (value: unknown) => { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } };
	},
	value: unknown,
) {
	const result = schema.safeParse(value);
	expect(result.success).toBe(false);
	const issue = result.error!.issues[0];
	return `${issue.path.join('.')}: ${issue.message}`;
}

describe('suggestKebabCase', () => {
	it.each([
		['Write Tests', 'write-tests'],
		['explainTheGIL', 'explain-the-gil'],
		['use_venv', 'use-venv'],
		['--', 'my-item-id'],
	])('%s → %s', (input, output) => expect(suggestKebabCase(input)).toBe(output));
});

describe('topic frontmatter messages are written for authors', () => {
	it.each([
		[
			checklistItemSchema,
			{ id: 'Write Tests', text: 'I can write tests' },
			"id: 'Write Tests' must be kebab-case, like 'write-tests'",
		],
		[
			checklistItemSchema,
			{ id: 'write-tests', text: 'Writing tests' },
			'text: \'Writing tests\' must start with "I can …"',
		],
		[
			resourceSchema,
			{ title: 'Docs', url: 'http://docs.python.org', type: 'official' },
			"url: 'http://docs.python.org' must be a full https:// address",
		],
		[
			resourceSchema,
			{ title: 'Docs', url: 'https://docs.python.org', type: 'blog' },
			"type: 'blog' is not a resource type; write one of: official, docs, article, video, course, tool",
		],
		[
			topicSchema,
			{ level: 'expert' },
			"level: 'expert' is not a level; write one of: foundations, core, advanced, career",
		],
		[topicSchema, { prerequisites: ['testing'] }, "prerequisites.0: 'testing' must name a topic as 'level/slug'"],
		[topicSchema, { reviewed: 'last week' }, 'reviewed: reviewed must be a date written as YYYY-MM-DD'],
	] as const)('%#: %s', (schema, value, message) => {
		expect(firstError(schema, value)).toContain(message);
	});

	it('fills defaults so pages without a checklist still parse', () => {
		expect(topicSchema.parse({})).toEqual({ checklist: [], prerequisites: [], next: [], resources: [] });
	});
});
