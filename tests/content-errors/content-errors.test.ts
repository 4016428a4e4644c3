// cspell:ignore pythn
// One test names a misspelt example file on purpose.
// cspell:ignore asid exampel tset
/**
 * Contributors' mistakes fail the build with a message that names the file and the problem.
 * Each case injects bad content into a copy of the project (see site-copy.ts) and runs the
 * cheapest command that catches it: `astro sync` for frontmatter and data, `astro build` for
 * what only rendering or link validation sees. Problems the same check reports together share
 * one run. The cases run one after another: two CPU cores do not build two sites at once well.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { questionsTemplate, topicTemplate } from '../../src/lib/content/new-topic';
import { slowSuiteEnabled } from '../support/suites';
import { createSiteCopy, type RunResult, type SiteCopy } from './site-copy';

/** A complete, valid topic page's frontmatter for `level/slug`; cases change one thing. */
function topicData(id: string, overrides: Record<string, unknown> = {}) {
	const [level, slug] = id.split('/');
	return {
		title: `Topic ${slug}`,
		description: 'An injected page.',
		level,
		reviewed: '2026-11-23',
		versions: ['python'],
		studyTime: { hours: [2, 4], covers: 'reading the injected page and running its example' },
		checklist: [1, 2, 3, 4, 5].map((n) => ({ id: `${slug}-skill-${n}`, text: `I can do skill ${n} of ${slug}` })),
		resources: [
			{ title: 'Official docs', url: 'https://docs.python.org/3/', type: 'official' },
			{ title: 'Library reference', url: 'https://docs.python.org/3/library/', type: 'docs' },
			{ title: 'Glossary', url: 'https://docs.python.org/3/glossary.html', type: 'docs' },
		],
		...overrides,
	};
}

/** An MDX page from frontmatter data (or raw YAML) and a body. */
function mdx(frontmatter: Record<string, unknown> | string, body = 'An injected page.\n'): string {
	const yaml = typeof frontmatter === 'string' ? frontmatter : stringify(frontmatter);
	return `---\n${yaml.trimEnd()}\n---\n\n${body}`;
}

const file = (id: string) => `src/content/docs/${id}.mdx`;
const questionsFile = (id: string) => `src/data/questions/${id}.yaml`;

/** One valid "Check yourself" question for a page made by `topicData`, testing its skill `n`. */
function question(id: string, n: number, kind = 'recall', section = 'key-ideas') {
	const slug = id.split('/')[1];
	return {
		item: `${slug}-skill-${n}`,
		kind,
		question: `Question ${n}: which skill of ${slug} does this test?`,
		...(kind === 'bug' ? { code: 'pytest -k "not slow', lang: 'bash' } : {}),
		answer: `Skill ${n} of ${slug}, which the section on key ideas explains.`,
		section,
	};
}

/**
 * A page made by `topicData` that renders: its body under a "Key ideas" heading, and a questions file, so
 * the build fails only for the problem a case injects.
 */
function writePageThatBuilds(site: SiteCopy, id: string, body: string, imports = '') {
	site.write(file(id), mdx(topicData(id), `${imports}\n\n## Key ideas\n\n${body}`));
	const kinds = ['recall', 'choice', 'bug', 'recall'];
	site.write(questionsFile(id), stringify({ questions: kinds.map((kind, index) => question(id, index + 1, kind)) }));
}

/** The output line(s) that mention `text`, so a failed expectation shows the relevant message. */
function linesWith(result: RunResult, text: string): string {
	return result.output
		.split('\n')
		.filter((line) => line.includes(text))
		.join('\n');
}

describe.skipIf(!slowSuiteEnabled('test:content-errors'))('content errors', () => {
	let site: SiteCopy;

	beforeAll(() => {
		site = createSiteCopy();
	}, 60_000);
	afterEach(() => site.reset());
	afterAll(() => site?.dispose());

	describe('the fixture site', () => {
		it('syncs cleanly, so every failure below comes from the injected content', () => {
			const result = site.astro('sync');
			expect(result.output).not.toMatch(/\[ERROR\]|Error\]/);
			expect(result.status).toBe(0);
		});
	});

	describe('astro sync: frontmatter and data', () => {
		it('reports every cross-page problem at once, each with its file, field and fix', () => {
			site.write(file('core/caching'), mdx(topicData('core/caching', { checklist: undefined })));
			site.write(
				file('core/queues'),
				mdx(
					topicData('core/queues', {
						checklist: [
							{ id: 'fixture-write-a-test', text: 'I can reuse an id by mistake' },
							{ id: 'fixture-open-a-file', text: 'I can reuse an alias by mistake' },
							...[3, 4, 5].map((n) => ({ id: `queues-skill-${n}`, text: `I can do skill ${n}` })),
						],
						prerequisites: ['core/celery'],
						next: ['core/queues'],
					}),
				),
			);
			site.write(
				file('core/orms'),
				mdx(topicData('core/orms', { level: 'advanced', versions: [], reviewed: undefined })),
			);
			site.write(
				file('core/nosql'),
				mdx(
					topicData('core/nosql', {
						versions: ['python', 'pythn'],
						resources: [
							{ title: 'A blog post', url: 'https://example.org/post', type: 'article' },
							{ title: 'Official docs', url: 'https://docs.python.org/3/', type: 'official' },
							{ title: 'Reference', url: 'https://docs.python.org/3/library/', type: 'docs' },
						],
					}),
				),
			);
			site.write(file('roadmap'), mdx({ title: 'Map', checklist: [{ id: 'map-skill', text: 'I can read a map' }] }));

			const result = site.astro('sync');
			expect(result.status).not.toBe(0);
			const expectations: [string, string][] = [
				// duplicate checklist id (another page already uses it)
				['core/queues.mdx: checklist[0].id', "'fixture-write-a-test' is already used by"],
				// an id that is another item's alias (aliases stay reserved forever)
				['core/queues.mdx: checklist[1].id', "'fixture-open-a-file' is already used by"],
				// unknown prerequisite
				['core/queues.mdx: prerequisites[0]', "'core/celery' is not a topic page; write 'level/slug'"],
				// a page that lists itself as next
				['core/queues.mdx: next[0]', 'points at the page itself; remove it'],
				// missing checklist
				['core/caching.mdx: checklist', 'has 0 items; a topic page needs 5 to 10'],
				// level that does not match the directory
				['core/orms.mdx: level', "must be 'core' because the page is in the core/ directory"],
				// empty versions, missing reviewed date
				[
					'core/orms.mdx: versions',
					"is missing; list the keys of src/data/versions.yaml the page describes, like 'versions:",
				],
				['core/orms.mdx: reviewed', "is missing; write the date you checked the page, like 'reviewed: 2026-11-23'"],
				// a versions key the registry does not have
				['core/nosql.mdx: versions[1]', "'pythn' is not a key of src/data/versions.yaml; did you mean 'python'?"],
				// official documentation not first
				['core/nosql.mdx: resources[0]', "is 'article'; put official documentation first"],
				// checklist outside a topic page
				['roadmap.mdx: checklist', 'is only allowed on topic pages'],
			];
			for (const [where, message] of expectations) {
				expect(linesWith(result, where), `expected "${where} ... ${message}" in:\n${result.output}`).toContain(message);
			}
			expect(linesWith(result, "'fixture-write-a-test' is already used by")).toContain('core/testing.mdx');
			expect(result.output).toContain('CONTRIBUTING.md, "Add a topic"');
		});

		it('names the file and each bad field of a page that breaks the frontmatter schema', () => {
			site.write(
				file('core/caching'),
				mdx(
					topicData('core/caching', {
						title: undefined,
						checklist: [
							{ id: 'Explain_Caching', text: 'I can explain cache-aside' },
							{ id: 'caching-ttl', text: 'I understand TTLs' },
							...[3, 4, 5].map((n) => ({ id: `caching-skill-${n}`, text: `I can do skill ${n}` })),
						],
						resources: [
							{ title: 'Redis docs', url: 'http://redis.io/docs/', type: 'official' },
							{ title: 'A talk', url: 'https://example.org/talk', type: 'podcast' },
							{ title: 'Reference', url: 'https://docs.python.org/3/library/', type: 'docs' },
						],
					}),
				),
			);
			const result = site.astro('sync');
			expect(result.status).not.toBe(0);
			expect(result.output).toContain('docs → core/caching data does not match collection schema');
			expect(result.output).toContain('src/content/docs/core/caching.mdx');
			// missing title (Starlight's own field and message)
			expect(result.output).toMatch(/title\W+title: Required/);
			// checklist id that is not kebab-case, with the id to write instead
			expect(result.output).toContain("checklist[0].id: 'Explain_Caching' must be kebab-case, like 'explain-caching'");
			// checklist text that is not an "I can …" skill
			expect(result.output).toContain(`checklist[1].text: 'I understand TTLs' must start with "I can …"`);
			// non-https resource link
			expect(result.output).toContain("resources[0].url: 'http://redis.io/docs/' must be a full https:// address");
			// unknown resource type, with the allowed ones
			expect(result.output).toContain(
				"resources[1].type: 'podcast' is not a resource type; write one of: official, docs, article, video, course, tool",
			);
			// one path notation: list positions in brackets, as in every other message
			expect(result.output).not.toMatch(/\b(checklist|resources)\.\d/);
		});

		it('names the file, line and column of malformed YAML frontmatter', () => {
			site.write(file('core/caching'), mdx('title: Caching\ndescription: "an unclosed quote\nlevel: core\n'));
			const result = site.astro('sync');
			expect(result.status).not.toBe(0);
			expect(result.output).toMatch(/src\/content\/docs\/core\/caching\.mdx:\d+:\d+/);
			expect(result.output).toMatch(/can ?not read|unexpected end|missed comma|bad indentation|YAML/i);
		});

		it('fails a page made by `npm run new:topic` until its placeholders are replaced', () => {
			site.write(
				file('core/caching'),
				topicTemplate({ level: 'core', slug: 'caching', file: file('core/caching'), today: '2026-11-23', order: 2 }),
			);
			const result = site.astro('sync');
			expect(result.status).not.toBe(0);
			expect(result.output).toContain('src/content/docs/core/caching.mdx');
			expect(result.output).toContain("checklist[0].id: 'TODO-1' must be kebab-case");
			expect(result.output).toContain(`checklist[0].text: 'TODO: I can`);
			expect(result.output).toContain("resources[0].type: 'TODO' is not a resource type");
		});

		it('reports every problem of the questions files at once, each with its file, field and fix', () => {
			// Rules that tie a file to its page: the core/testing fixture page shows code and has one heading.
			site.write(
				questionsFile('core/testing'),
				stringify({
					questions: [
						{ ...question('core/testing', 1), item: 'fixture-write-a-tset', section: 'worked-exampel' },
						{ ...question('core/testing', 2), item: 'fixture-use-a-fixture', section: 'worked-example' },
						{
							...question('core/testing', 3),
							item: 'fixture-parametrize',
							kind: 'output',
							example: 'testing/helo.py',
							output: 'Hello, Ada!\n',
							section: 'worked-example',
						},
					],
				}),
			);
			// The schema: a kind that does not exist, an output without its program, Python pasted inline.
			site.write(
				questionsFile('foundations/python-basics'),
				stringify({
					questions: [
						{
							...question('foundations/python-basics', 1),
							item: 'fixture-write-a-function',
							kind: 'quiz',
							section: 'functions',
						},
						{
							...question('foundations/python-basics', 2),
							item: 'fixture-use-a-dict',
							kind: 'output',
							section: 'functions',
						},
						{
							...question('foundations/python-basics', 3),
							item: 'fixture-use-a-venv',
							kind: 'bug',
							code: 'def f(items=[]):\n    return items\n',
							lang: 'python',
							section: 'functions',
						},
						{
							...question('foundations/python-basics', 4),
							item: 'fixture-read-a-file',
							answer: 'A set.',
							section: 'functions',
						},
					],
				}),
			);
			// A file with no page.
			site.write(questionsFile('core/celery'), stringify({ questions: [question('core/celery', 1)] }));

			const result = site.astro('sync');
			expect(result.status).not.toBe(0);
			const testing = 'src/data/questions/core/testing.yaml';
			const basics = 'src/data/questions/foundations/python-basics.yaml';
			const expectations: [string, string][] = [
				[
					`${testing}: questions[0].item`,
					"'fixture-write-a-tset' is not in the checklist of src/content/docs/core/testing.mdx; did you mean 'fixture-write-a-test'?",
				],
				[
					`${testing}: questions[0].section`,
					"'worked-exampel' is not a heading of src/content/docs/core/testing.mdx; did you mean 'worked-example'?",
				],
				[`${testing}: questions[2].example`, "'examples/testing/helo.py' does not exist"],
				[`${testing}: has 3 questions`, 'a topic page needs 4 to 6'],
				[`${testing}: uses 2 kinds`, 'mix at least 3 of: recall, output, bug, choice'],
				[`${basics}: questions[0].kind`, "'quiz' is not a kind; write one of: recall, output, bug, choice"],
				[`${basics}: questions[1].example`, "an 'output' question needs 'example' (the file that runs) and 'output'"],
				[`${basics}: questions[2].code`, 'Python in a question must be a tested file: put it in examples/'],
				[`${basics}: questions[3].answer`, 'answer must explain (at least 40 characters)'],
				['src/data/questions/core/celery.yaml', 'there is no topic page src/content/docs/core/celery.mdx'],
			];
			for (const [where, message] of expectations) {
				expect(linesWith(result, where), `expected "${where} ... ${message}" in:\n${result.output}`).toContain(message);
			}
			expect(result.output).toContain('CONTRIBUTING.md, "Check yourself"');
		});

		it('fails the questions file made by `npm run new:topic` until its placeholders are replaced', () => {
			site.write(questionsFile('core/testing'), questionsTemplate({ level: 'core', slug: 'testing' }));
			const result = site.astro('sync');
			expect(result.status).not.toBe(0);
			const template = 'src/data/questions/core/testing.yaml';
			expect(linesWith(result, `${template}: questions[0].item`)).toContain(
				"'TODO-1' must be a checklist id of the page",
			);
			expect(linesWith(result, `${template}: questions[0].kind`)).toContain("'TODO' is not a kind");
			expect(linesWith(result, `${template}: questions[0].section`)).toContain("'TODO' must be a heading id");
		});

		it('names the file, the key and the field of a bad version registry entry', () => {
			const registry = site.read('src/data/versions.yaml');
			site.write(
				'src/data/versions.yaml',
				registry.replace(/^(python:\n(?: {2}.*\n)*?) {2}released: .*$/m, '$1  released: soon'),
			);
			const result = site.astro('sync');
			expect(result.status).not.toBe(0);
			expect(result.output).toContain(
				'src/data/versions.yaml: python.released: released must be a date written as YYYY-MM-DD, YYYY-MM or YYYY',
			);
			expect(result.output).toContain('CONTRIBUTING.md, "Versions: one registry"');
		});

		it('reports every bad comparison file at once, naming the file, the row and the fix', () => {
			const systems = [
				{ id: 'flask', name: 'Flask' },
				{ id: 'fastapi', name: 'FastAPI' },
			];
			const source = { title: 'Flask async', url: 'https://flask.palletsprojects.com/en/stable/async-await/' };
			const table = (rows: unknown[]) =>
				stringify({ caption: 'Broken table', checked: '2026-11-23', versions: ['flask'], systems, rows });
			site.write(
				'src/data/comparisons/bad-cells.yaml',
				table([
					{
						id: 'async-views',
						label: 'Async views',
						cells: { flask: { value: 'sort of', note: 'async def views run in a thread.' } },
						sources: [source],
					},
				]),
			);
			site.write(
				'src/data/comparisons/bad-sources.yaml',
				table([
					{
						id: 'async-views',
						label: 'Async views',
						cells: { flask: { value: 'yes', note: 'In a thread.' }, fastapi: { value: 'yes', note: 'Native.' } },
						sources: [{ ...source, url: source.url.replace('https:', 'http:') }],
					},
					{
						id: 'admin',
						label: 'Admin site',
						cells: { flask: { value: 'no', note: 'Use an extension.' }, fastapi: { value: 'no', note: 'Use one.' } },
					},
				]),
			);
			site.write('src/data/comparisons/malformed.yaml', 'caption: Malformed\nrows:\n  - id: a\n   label: bad indent\n');
			const result = site.astro('sync');
			expect(result.status).not.toBe(0);
			const cells = linesWith(result, 'src/data/comparisons/bad-cells.yaml');
			const sources = linesWith(result, 'src/data/comparisons/bad-sources.yaml');
			// missing cell for one system
			expect(cells).toMatch(/row 'async-views'.*fastapi/);
			// a value outside yes/partial/no/via-extension
			expect(cells).toMatch(/row 'async-views'.*sort of/);
			// a source over plain http
			expect(sources).toMatch(/row 'async-views' sources\[0\]\.url: .*must be a full https:\/\/ address/);
			// a row without sources
			expect(sources).toMatch(/row 'admin' has no sources; add at least one source/);
			// malformed YAML
			expect(linesWith(result, 'src/data/comparisons/malformed.yaml')).toMatch(
				/src\/data\/comparisons\/malformed\.yaml:4:\d+: is not valid YAML: \w/,
			);
			expect(result.output).toContain('CONTRIBUTING.md, "Add a comparison row"');
		});
	});

	describe('astro build: rendering and links', () => {
		it('names the file and each broken internal link or heading anchor', () => {
			writePageThatBuilds(
				site,
				'core/caching',
				'See [testing](/core/tests/), [the fixtures part](/core/testing/#no-such-heading) and [basics](/foundations/python-basics).\n',
			);
			const result = site.astro('build');
			expect(result.status).not.toBe(0);
			// The validator's report: the file, then each link (with its line) and what is wrong with it.
			const report = result.output.slice(result.output.indexOf('validating links')).replace(/[│·╰─\s]+/g, ' ');
			expect(report).toContain('core/caching.mdx');
			// a page that does not exist
			expect(report).toMatch(/\d+ \| \/core\/tests\/ invalid link/);
			// a heading that does not exist
			expect(report).toMatch(/\d+ \| \/core\/testing\/#no-such-heading invalid hash/);
			// a link without the trailing slash every URL here has
			expect(report).toMatch(/\d+ \| \/foundations\/python-basics missing trailing slash/);
		});

		it('names the file, line and component of an unclosed MDX component', () => {
			site.write(
				file('core/caching'),
				mdx(
					topicData('core/caching'),
					"import { Aside } from '@astrojs/starlight/components';\n\n<Aside>\n\nNever closed.\n",
				),
			);
			const result = site.astro('build');
			expect(result.status).not.toBe(0);
			expect(result.output).toMatch(/src\/content\/docs\/core\/caching\.mdx:\d+:\d+/);
			expect(result.output).toContain('Expected a closing tag for `<Aside>`');
		});

		it('names the page and the path of an <Example> whose file does not exist', () => {
			writePageThatBuilds(
				site,
				'core/caching',
				'<Example file="caching/cache_asid.py" />\n',
				"import Example from '~/components/Example.astro';",
			);
			const result = site.astro('build');
			expect(result.status).not.toBe(0);
			expect(result.output).toContain(
				'src/content/docs/core/caching.mdx: <Example file="caching/cache_asid.py"> names a file that does not exist',
			);
		});

		it('names the page and the id of a <Checklist ids> item that is not in its frontmatter', () => {
			writePageThatBuilds(
				site,
				'core/caching',
				"<Checklist ids={['caching-skill-1', 'caching-skill-9']} />\n",
				"import Checklist from '~/components/Checklist.astro';",
			);
			const result = site.astro('build');
			expect(result.status).not.toBe(0);
			expect(result.output).toContain(
				"src/content/docs/core/caching.mdx: <Checklist ids> names 'caching-skill-9', which is not in this page's checklist",
			);
		});

		it('names the page and the file to write when a topic page has no "Check yourself" questions', () => {
			site.write(file('core/caching'), mdx(topicData('core/caching'), '## Key ideas\n\nCache-aside.\n'));
			const result = site.astro('build');
			expect(result.status).not.toBe(0);
			expect(result.output).toContain(
				'src/content/docs/core/caching.mdx: has no "Check yourself" questions; write src/data/questions/core/caching.yaml',
			);
		});
	});
});
