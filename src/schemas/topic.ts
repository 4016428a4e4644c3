import { z } from 'astro/zod';
import { suggestKebabCase, KEBAB_CASE } from '../lib/content/kebab-case';

import { LEVELS } from '../lib/content/levels';

export { LEVELS, type Level } from '../lib/content/levels';

/** Kinds of resource a topic page may link to. */
export const RESOURCE_TYPES = ['official', 'docs', 'article', 'video', 'course', 'tool'] as const;

/** A permanent, site-wide identifier such as `explain-the-gil`. */
export const itemIdSchema = z.string().regex(KEBAB_CASE, {
	error: (issue) => `'${String(issue.input)}' must be kebab-case, like '${suggestKebabCase(String(issue.input))}'`,
});

/** A link to another topic, written as `level/slug`, e.g. `foundations/python-basics`. */
export const topicRefSchema = z.string().regex(/^(foundations|core|advanced|career)\/[a-z0-9]+(-[a-z0-9]+)*$/, {
	error: (issue) => `'${String(issue.input)}' must name a topic as 'level/slug', like 'foundations/python-basics'`,
});

/** One skill a reader can tick off. */
export const checklistItemSchema = z.object({
	/** Permanent id that progress is stored under; never change it, add the old one to `aliases` instead. */
	id: itemIdSchema,
	/** What the reader can do, phrased as "I can …". */
	text: z.string().regex(/^I can \S/, {
		error: (issue) => `'${String(issue.input)}' must start with "I can …", like "I can write a pytest fixture"`,
	}),
	/** Earlier ids of this item; progress stored under them is moved to `id`. */
	aliases: z.array(itemIdSchema).default([]),
});

/** A link to further reading. */
export const resourceSchema = z.object({
	/** Link text: the title of the page or course. */
	title: z.string().min(3, { error: 'resources need a title of at least 3 characters' }),
	/** An https:// address. */
	url: z.url({
		protocol: /^https$/,
		error: (issue) => `'${String(issue.input)}' must be a full https:// address`,
	}),
	/** What kind of resource this is. */
	type: z.enum(RESOURCE_TYPES, {
		error: (issue) => `'${String(issue.input)}' is not a resource type; write one of: ${RESOURCE_TYPES.join(', ')}`,
	}),
	/** Optional one-line note on why it is worth reading. */
	note: z.string().optional(),
});

/** Largest number of hours one topic may estimate; more than this means the page should be split. */
export const MAX_STUDY_HOURS = 60;

const HOURS_FORMAT = `studyTime.hours must be two whole numbers of hours, fewest first, like [6, 10], each from 1 to at most ${MAX_STUDY_HOURS}`;
const wholeHours = z
	.int({ error: HOURS_FORMAT })
	.min(1, { error: HOURS_FORMAT })
	.max(MAX_STUDY_HOURS, { error: HOURS_FORMAT });

/** How long a topic takes to learn, as a range of hours and what those hours are spent on. */
export const studyTimeSchema = z
	.object({
		/** Fewest and most hours, whole numbers, like [6, 10]. */
		hours: z.tuple([wholeHours, wholeHours], { error: HOURS_FORMAT }),
		/** One line on what the hours cover, like "reading the page, running the example, one small exercise". */
		covers: z
			.string()
			.min(20, { error: 'studyTime.covers must say in one line what the hours are spent on' })
			.refine((text) => !text.startsWith('TODO'), { error: 'studyTime.covers still holds the TODO placeholder' }),
	})
	.refine(({ hours: [fewest, most] }) => fewest < most, {
		error: 'studyTime.hours must be a range with the fewest hours first, like [6, 10]',
		path: ['hours'],
	});

/** Frontmatter fields that roadmap topic pages add to Starlight's own. */
export const topicFields = {
	/** The roadmap level; must match the page's directory. */
	level: z
		.enum(LEVELS, {
			error: (issue) => `'${String(issue.input)}' is not a level; write one of: ${LEVELS.join(', ')}`,
		})
		.optional(),
	/** Date the page was last checked against the versions it describes (YYYY-MM-DD). */
	reviewed: z.coerce.date({ error: 'reviewed must be a date written as YYYY-MM-DD, like 2026-11-23' }).optional(),
	/** Keys of `src/data/versions.yaml` the page describes, e.g. [python, pytest]; shown under the title. */
	versions: z
		.array(
			z.string().regex(KEBAB_CASE, {
				error: (issue) =>
					`versions names keys of src/data/versions.yaml, like 'python' or 'django-lts'; '${String(issue.input)}' is not one`,
			}),
		)
		.optional(),
	/** Skills the reader can tick off on this page. */
	checklist: z.array(checklistItemSchema).default([]),
	/** Topics to read first. */
	prerequisites: z.array(topicRefSchema).default([]),
	/** Topics to read next. */
	next: z.array(topicRefSchema).default([]),
	/** Further reading, official documentation first. */
	resources: z.array(resourceSchema).default([]),
	/** Estimated study time; required on topic pages. */
	studyTime: studyTimeSchema.optional(),
};

/** Schema object for the topic fields alone (used by tests and the content rules). */
export const topicSchema = z.object(topicFields);
export type TopicData = z.infer<typeof topicSchema>;
export type ChecklistItem = z.infer<typeof checklistItemSchema>;
export type Resource = z.infer<typeof resourceSchema>;
export type StudyTime = z.infer<typeof studyTimeSchema>;
