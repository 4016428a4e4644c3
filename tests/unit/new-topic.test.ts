import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
	nextSidebarOrder,
	parseTopicPath,
	questionsTemplate,
	titleFromSlug,
	topicTemplate,
} from '../../src/lib/content/new-topic';
import { parseQuestionsFile } from '../../src/lib/content/questions';
import { topicSchema } from '../../src/schemas/topic';

describe('parseTopicPath', () => {
	it.each([
		['core/task-queues', 'core', 'task-queues'],
		['advanced/http3', 'advanced', 'http3'],
		['/career/side-projects/', 'career', 'side-projects'],
		['src/content/docs/foundations/regex.mdx', 'foundations', 'regex'],
	])('accepts %s', (argument, level, slug) => {
		expect(parseTopicPath(argument)).toEqual({
			ok: true,
			level,
			slug,
			file: `src/content/docs/${level}/${slug}.mdx`,
		});
	});

	it.each([
		[undefined, 'usage: npm run new:topic -- <level>/<slug>'],
		['task-queues', 'must be <level>/<slug> with one slash'],
		['core/queues/celery', 'must be <level>/<slug> with one slash'],
		['web/task-queues', "'web' is not a level; write one of: foundations, core, advanced, career"],
		['core/Task_Queues', "must be kebab-case (lowercase words joined by hyphens), like 'core/task-queues'"],
		['core/task--queues', 'must be kebab-case'],
		['core/index', "is the level's overview page"],
		[`core/${'a'.repeat(51)}`, 'keep slugs to 50 or fewer'],
	])('rejects %s with a message that says what to write', (argument, message) => {
		const result = parseTopicPath(argument);
		expect(result.ok).toBe(false);
		expect(!result.ok && result.error).toContain(message);
	});
});

describe('titleFromSlug', () => {
	it.each([
		['task-queues', 'Task queues'],
		['http3', 'Http3'],
		['sql-databases', 'Sql databases'],
	])('%s → %s', (slug, title) => expect(titleFromSlug(slug)).toBe(title));
});

describe('nextSidebarOrder', () => {
	it('is one past the highest order in the level', () => {
		const page = (order: number) => `---\ntitle: X\nsidebar:\n  order: ${order}\n---\nBody with order: 99\n`;
		expect(nextSidebarOrder([page(3), page(11), page(7)])).toBe(12);
	});
	it('starts at 1 in an empty level', () => expect(nextSidebarOrder([])).toBe(1));
});

describe('topicTemplate', () => {
	const source = topicTemplate({
		level: 'core',
		slug: 'task-queues',
		file: 'src/content/docs/core/task-queues.mdx',
		today: '2026-11-23',
		order: 18,
	});
	const frontmatter = parse(source.match(/^---\n([\s\S]*?)\n---\n/)![1]);

	it('fills what it can know and leaves valid YAML', () => {
		expect(frontmatter).toMatchObject({
			title: 'Task queues',
			level: 'core',
			reviewed: '2026-11-23',
			sidebar: { order: 18 },
			prerequisites: [],
			next: [],
		});
		expect(frontmatter.checklist).toHaveLength(5);
		expect(frontmatter.resources).toHaveLength(3);
	});

	it('fails the frontmatter schema until the placeholders are replaced, naming each field', () => {
		const result = topicSchema.safeParse(frontmatter);
		expect(result.success).toBe(false);
		const paths = result.error!.issues.map((issue) => issue.path.join('.'));
		expect(paths).toEqual(
			expect.arrayContaining([
				'checklist.0.id',
				'checklist.0.text',
				'resources.0.type',
				'resources.2.type',
				'studyTime.hours.0',
			]),
		);
		expect(frontmatter.versions).toEqual([]); // the content rules reject an empty versions list
	});

	it('has the topic page sections in order, ending with the checklist', () => {
		const headings = [...source.matchAll(/^## (.+)$/gm)].map((match) => match[1]);
		expect(headings).toEqual([
			'Why it matters for a backend engineer',
			'Key ideas',
			'Worked example',
			'Common mistakes',
			'Checklist',
		]);
		expect(source.trimEnd().endsWith('<Checklist />')).toBe(true);
	});
});

describe('questionsTemplate', () => {
	const source = questionsTemplate({ level: 'core', slug: 'task-queues' });
	const data = parse(source);

	it('has one placeholder question of each kind, naming the example file to write', () => {
		expect(data.questions).toHaveLength(4);
		expect(data.questions[1]).toMatchObject({ example: 'task_queues/check_task_queues.py' });
		expect(source).toContain('recall');
		expect(source).toContain('choice');
	});

	it('fails the questions schema until the placeholders are replaced, naming each field', () => {
		const result = parseQuestionsFile('src/data/questions/core/task-queues.yaml', data);
		expect(result.ok).toBe(false);
		const problems = result.ok ? [] : result.problems.join('\n');
		expect(problems).toContain('questions[0].item');
		expect(problems).toContain("questions[0].kind: 'TODO' is not a kind");
		expect(problems).toContain('questions[3].section');
	});

	it('is already formatted the way `npm run check` wants', async () => {
		const { check, resolveConfig } = await import('prettier');
		const file = 'src/data/questions/core/task-queues.yaml';
		expect(await check(source, { ...(await resolveConfig(file)), filepath: file })).toBe(true);
	});
});

describe('a page made by new:topic', () => {
	it('is already formatted the way `npm run check` wants', async () => {
		const { check, resolveConfig } = await import('prettier');
		const file = 'src/content/docs/core/task-queues.mdx';
		const source = topicTemplate({ level: 'core', slug: 'task-queues', file, today: '2026-11-23', order: 18 });
		expect(await check(source, { ...(await resolveConfig(file)), filepath: file })).toBe(true);
	});
});

describe('npm run new:topic (scripts/new-topic.mjs under Node, without a build)', () => {
	const dir = mkdtempSync(join(tmpdir(), 'pbr-new-topic-'));
	for (const file of [
		'scripts/new-topic.mjs',
		'src/lib/content/new-topic.ts',
		'src/lib/content/kebab-case.ts',
		'src/lib/content/levels.ts',
	]) {
		cpSync(file, join(dir, file), { recursive: true });
	}
	mkdirSync(join(dir, 'src/content/docs/core'), { recursive: true });
	writeFileSync(
		join(dir, 'src/content/docs/core/testing.mdx'),
		'---\ntitle: Testing\nsidebar:\n  order: 13\n---\nKeep me.\n',
	);
	const run = (...args: string[]) =>
		spawnSync(process.execPath, ['scripts/new-topic.mjs', ...args], { cwd: dir, encoding: 'utf8' });
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('creates the page, last in its level, and says what to do next', () => {
		const result = run('core/task-queues');
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('Created src/content/docs/core/task-queues.mdx');
		expect(result.stdout).toContain('Created src/data/questions/core/task-queues.yaml');
		expect(readFileSync(join(dir, 'src/data/questions/core/task-queues.yaml'), 'utf8')).toContain('item: TODO-1');
		const page = readFileSync(join(dir, 'src/content/docs/core/task-queues.mdx'), 'utf8');
		expect(page).toContain('title: Task queues');
		expect(page).toMatch(/sidebar:\n {2}order: 14\n/);
	});

	it('refuses to overwrite an existing page', () => {
		const result = run('core/testing');
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('src/content/docs/core/testing.mdx already exists');
		expect(readFileSync(join(dir, 'src/content/docs/core/testing.mdx'), 'utf8')).toContain('Keep me.');
	});

	it('refuses a bad slug and writes nothing', () => {
		const result = run('core/Task_Queues');
		expect(result.status).toBe(1);
		expect(result.stderr).toContain("like 'core/task-queues'");
		expect(existsSync(join(dir, 'src/content/docs/core/Task_Queues.mdx'))).toBe(false);
	});
});
