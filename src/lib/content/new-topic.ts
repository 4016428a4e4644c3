/**
 * Pure logic of `npm run new:topic -- core/<slug>`: checks the requested path and writes the
 * page template. Imports only `.ts` files without further imports, so Node runs it without a build.
 */
import { KEBAB_CASE, suggestKebabCase } from './kebab-case.ts';
import { DOCS_DIR, LEVELS, type Level } from './levels.ts';

export { DOCS_DIR };

/** Level directories a topic page may go in. */
export type TopicLevel = Level;

/** Longest slug accepted; URLs are typed and shared, so keep them short. */
export const MAX_SLUG_LENGTH = 50;

/** A valid request: the level, the slug and the file to create. */
export interface TopicPath {
	level: TopicLevel;
	slug: string;
	/** e.g. `src/content/docs/core/task-queues.mdx` */
	file: string;
}

/** The result of checking a `level/slug` argument: the path, or a message saying what to type instead. */
export type TopicPathResult = ({ ok: true } & TopicPath) | { ok: false; error: string };

const USAGE = 'usage: npm run new:topic -- <level>/<slug>, like npm run new:topic -- core/task-queues';

/** Checks a `level/slug` argument such as `core/task-queues`. */
export function parseTopicPath(argument: string | undefined): TopicPathResult {
	if (!argument) return { ok: false, error: `Say which page to create; ${USAGE}` };
	const cleaned = argument
		.trim()
		.replace(/^\/+|\/+$/g, '')
		.replace(/^src\/content\/docs\//, '')
		.replace(/\.mdx?$/, '');
	const parts = cleaned.split('/');
	const levels = LEVELS.join(', ');
	if (parts.length !== 2) {
		return { ok: false, error: `'${argument}' must be <level>/<slug> with one slash; ${USAGE}` };
	}
	const [level, slug] = parts;
	if (!(LEVELS as readonly string[]).includes(level)) {
		return { ok: false, error: `'${level}' is not a level; write one of: ${levels}` };
	}
	if (!KEBAB_CASE.test(slug)) {
		return {
			ok: false,
			error: `'${slug}' must be kebab-case (lowercase words joined by hyphens), like '${level}/${suggestKebabCase(slug)}'`,
		};
	}
	if (slug === 'index') {
		return { ok: false, error: `'${level}/index' is the level's overview page, not a topic; pick another slug` };
	}
	if (slug.length > MAX_SLUG_LENGTH) {
		return { ok: false, error: `'${slug}' is ${slug.length} characters; keep slugs to ${MAX_SLUG_LENGTH} or fewer` };
	}
	return { ok: true, level: level as TopicLevel, slug, file: `${DOCS_DIR}/${level}/${slug}.mdx` };
}

/** A readable default title from a slug: `task-queues` → `Task queues`. */
export function titleFromSlug(slug: string): string {
	const words = slug.split('-').join(' ');
	return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The next `sidebar.order` for a level, one past the highest in its pages' sources. */
export function nextSidebarOrder(sources: readonly string[]): number {
	const orders = sources.flatMap((source) => {
		const match = source.match(/^---\n[\s\S]*?^\s+order:\s*(\d+)\s*$[\s\S]*?^---$/m);
		return match ? [Number(match[1])] : [];
	});
	return orders.length > 0 ? Math.max(...orders) + 1 : 1;
}

/** What the template needs to know. */
export interface TemplateOptions extends TopicPath {
	/** Today, as YYYY-MM-DD. */
	today: string;
	/** Position in the level's sidebar. */
	order: number;
}

/**
 * The new page. Every placeholder starts with TODO, and those in `checklist` and `resources`
 * are invalid on purpose: the build fails, naming the field, until the author replaces them.
 */
export function topicTemplate({ level, slug, today, order }: TemplateOptions): string {
	const items = [1, 2, 3, 4, 5]
		.map(
			(n) =>
				`  - id: TODO-${n} # permanent and unique across the site, kebab-case, specific: e.g. ${slug}-explain-the-basics\n` +
				`    text: "TODO: I can … (a concrete, testable skill, starting with 'I can')"`,
		)
		.join('\n');
	const resource = (type: string, note: string) =>
		`  - title: TODO title of the page\n    url: https://TODO.example/\n    type: TODO # ${type}\n    note: ${note}`;
	return `---
title: ${titleFromSlug(slug)}
description: 'TODO: one or two sentences for search results and link previews: what the reader learns here.'
level: ${level}
reviewed: ${today}
versions: [] # TODO: keys of src/data/versions.yaml the page describes, e.g. [python, fastapi]
studyTime: # hours a learner who knows basic Python needs to tick every item, fewest first
  hours: [TODO, TODO]
  covers: 'TODO: what the hours are spent on: reading which docs, running which example, which small exercise'
sidebar:
  order: ${order}
checklist: # 5 to 10 items; progress is stored under each id, so ids never change (see CONTRIBUTING.md)
${items}
prerequisites: [] # 'level/slug' of topics to read first, e.g. [foundations/python-basics]
next: [] # 'level/slug' of topics to read after this one
resources: # 3 to 8, free material only, https only, official documentation first
${resource('official — the project’s own documentation comes first', 'optional, one line on why it is worth reading')}
${resource('official | docs | article | video | course | tool', 'optional')}
${resource('official | docs | article | video | course | tool', 'optional')}
---

import { Checklist, Example } from '~/components';

TODO: one paragraph (no heading) saying what ${titleFromSlug(slug).toLowerCase()} is, in plain words.

## Why it matters for a backend engineer

TODO

## Key ideas

### TODO first idea

TODO

## Worked example

TODO: show a tested file from examples/ with \`<Example file="${slug.replace(/-/g, '_')}/${slug.replace(/-/g, '_')}.py" />\` (see CONTRIBUTING.md, "Add an example").

## Common mistakes

TODO

## Checklist

<Checklist />
`;
}

/** Where a page's "Check yourself" questions live (the same path as `questionsFileOf` in questions.ts). */
export function questionsPath(level: TopicLevel, slug: string): string {
	return `src/data/questions/${level}/${slug}.yaml`;
}

/**
 * The page's questions file. Its placeholders are invalid on purpose (`item`, `kind` and `section`), so the
 * build fails, naming each field, until the author writes real questions.
 */
export function questionsTemplate({ level, slug }: Pick<TopicPath, 'level' | 'slug'>): string {
	const dir = slug.replace(/-/g, '_');
	const question = (n: number, kind: string, extra = '') =>
		`  - item: TODO-${n} # the id of the checklist item this question tests
    kind: TODO # ${kind}
    question: 'TODO: one paragraph of Markdown'${extra}
    answer: >-
      TODO: a short explanation (1–4 sentences) that says why, not just which.
    section: TODO # id of the heading that teaches the answer, e.g. key-ideas`;
	return `# Check yourself: questions for ${DOCS_DIR}/${level}/${slug}.mdx
# 4 to 6 questions, each testing one checklist item; mix at least three kinds (two on a page without code).
# Python shown in a question is an example file; 'output' is checked by running it. See CONTRIBUTING.md.
questions:
${question(1, 'recall: explain or define')}
${question(2, 'output: what does this code print?', `\n    example: ${dir}/check_${dir}.py # runs in the tests\n    output: |\n      TODO: exactly what the file prints`)}
${question(3, 'bug: what is wrong with this code or config?')}
${question(4, 'choice: which would you choose, and why?')}
`;
}
