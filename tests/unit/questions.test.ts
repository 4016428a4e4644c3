// cspell:ignore anwser fixtur fastapisecurity
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
	QUESTION_RULES,
	checkQuestions,
	formatPath,
	headingsOf,
	normaliseOutput,
	parseQuestionsFile,
	questionPageOf,
	regionNames,
	type Question,
	type QuestionPage,
	type RuleContext,
} from '../../src/lib/content/questions';

const FILE = 'src/data/questions/core/testing.yaml';

/** A valid question; tests override one field at a time. */
function question(overrides: Partial<Question> = {}): Question {
	return {
		item: 'write-a-fixture',
		kind: 'recall',
		question: 'What does a pytest fixture give a test?',
		answer: 'A fixture builds what a test needs and cleans it up afterwards, so each test starts from a known state.',
		section: 'fixtures',
		...overrides,
	};
}

const page: QuestionPage = {
	file: 'src/content/docs/core/testing.mdx',
	checklistIds: ['write-a-fixture', 'mock-a-dependency', 'measure-coverage'],
	headings: [
		{ depth: 2, slug: 'key-ideas', text: 'Key ideas' },
		{ depth: 3, slug: 'fixtures', text: 'Fixtures' },
		{ depth: 3, slug: 'mocking', text: 'Mocking' },
		{ depth: 2, slug: 'checklist', text: 'Checklist' },
	],
	hasCode: true,
};

const context: RuleContext = {
	exampleExists: (path) => path === 'testing/check_fixture.py',
	regionsOf: () => ['setup'],
};

/** Four valid questions of three kinds. */
const valid = (): Question[] => [
	question(),
	question({ item: 'mock-a-dependency', kind: 'choice', section: 'mocking' }),
	question({
		item: 'measure-coverage',
		kind: 'output',
		example: 'testing/check_fixture.py',
		output: 'ok\n',
	}),
	question({ item: 'mock-a-dependency', kind: 'recall', section: 'mocking' }),
];

describe('the questions file schema', () => {
	it('accepts a valid file', () => {
		expect(parseQuestionsFile(FILE, { questions: valid() })).toMatchObject({ ok: true });
	});

	it.each([
		[
			'an output question without output',
			{ kind: 'output', example: 'testing/check_fixture.py' },
			'questions[0].output',
		],
		['an output question without example', { kind: 'output', output: 'ok' }, 'questions[0].example'],
		[
			'a Python example whose output is not stated',
			{ kind: 'bug', example: 'testing/bug_fixture.py' },
			"a Python example is run by the tests: write 'output'",
		],
		['Python pasted into code', { code: 'print(1)', lang: 'python' }, 'put it in examples/'],
		['code without lang', { code: 'SELECT 1;' }, "'code' needs 'lang'"],
		['code and example together', { code: 'SELECT 1;', lang: 'sql', example: 'testing/check_fixture.py' }, 'either'],
		['a region without example', { region: 'setup' }, "'region' selects part"],
		['an answer that only names an option', { answer: 'b' }, 'answer must explain'],
		['an unknown kind', { kind: 'quiz' }, "'quiz' is not a kind"],
		['a section that is not an id', { section: 'Key Ideas' }, "like 'key-ideas'"],
	] as const)('rejects %s, naming the field', (_name, overrides, message) => {
		const result = parseQuestionsFile(FILE, { questions: [question(overrides as Partial<Question>)] });
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.problems.join('\n')).toContain(message);
		if (!result.ok) expect(result.problems[0]).toMatch(new RegExp(`^${FILE}: questions\\[0\\]`));
	});

	it('rejects a misspelt field instead of ignoring it', () => {
		const result = parseQuestionsFile(FILE, { questions: [{ ...question(), anwser: 'x' }] });
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.problems.join('\n')).toContain('anwser');
	});

	it('writes paths the way they look in YAML', () => {
		expect(formatPath(['questions', 2, 'item'])).toBe('questions[2].item');
		expect(formatPath([])).toBe('');
	});
});

describe('the question rules', () => {
	it('pass on a valid file', () => {
		expect(checkQuestions(FILE, valid(), page, context)).toEqual([]);
	});

	it('count: 4 to 6 questions', () => {
		expect(QUESTION_RULES.count(FILE, valid().slice(0, 3), page, context)).toEqual([
			`${FILE}: has 3 questions; a topic page needs 4 to 6`,
		]);
		expect(QUESTION_RULES.count(FILE, [...valid(), ...valid()], page, context)[0]).toContain('has 8 questions');
	});

	it('itemsExist: an unknown id names the file, suggests the near miss and lists the ids', () => {
		const [problem] = QUESTION_RULES.itemsExist(FILE, [question({ item: 'write-a-fixtur' })], page, context);
		expect(problem).toContain(`${FILE}: questions[0].item 'write-a-fixtur' is not in the checklist of ${page.file}`);
		expect(problem).toContain("did you mean 'write-a-fixture'?");
		expect(problem).toContain('write one of: write-a-fixture, mock-a-dependency, measure-coverage');
	});

	it('itemsSpread: no item tested by more than two questions', () => {
		const three = [question(), question(), question()];
		expect(QUESTION_RULES.itemsSpread(FILE, three, page, context)).toEqual([
			`${FILE}: 3 questions test 'write-a-fixture'; at most 2 may, so test other items of the checklist`,
		]);
	});

	it('kindsMixed: three kinds on a page with code, two on a page without', () => {
		const twoKinds = [question(), question({ kind: 'choice' })];
		expect(QUESTION_RULES.kindsMixed(FILE, twoKinds, page, context)[0]).toContain('uses 2 kinds');
		expect(QUESTION_RULES.kindsMixed(FILE, twoKinds, { ...page, hasCode: false }, context)).toEqual([]);
	});

	it('sectionsExist: a section must be a heading, and not the checklist', () => {
		const [typo] = QUESTION_RULES.sectionsExist(FILE, [question({ section: 'fixture' })], page, context);
		expect(typo).toContain("did you mean 'fixtures'?");
		expect(QUESTION_RULES.sectionsExist(FILE, [question({ section: 'checklist' })], page, context)[0]).toContain(
			"'checklist' is not a heading",
		);
	});

	it('examplesExist: the file and the region must exist', () => {
		expect(
			QUESTION_RULES.examplesExist(FILE, [question({ example: 'testing/missing.py' })], page, context)[0],
		).toContain("'examples/testing/missing.py' does not exist");
		expect(
			QUESTION_RULES.examplesExist(
				FILE,
				[question({ example: 'testing/check_fixture.py', region: 'teardown' })],
				page,
				context,
			)[0],
		).toContain("'teardown' is not a '# region'");
	});
});

describe('headingsOf', () => {
	it('gives the ids the site gives headings', () => {
		const body = [
			'## Why it matters for a backend engineer',
			'### Security utilities: `fastapi.security`',
			'```python',
			'# not a heading',
			'```',
			'### **Bold** and [a link](/core/) and _emphasis_',
			'### `__eq__` and `__hash__` go together',
			'## Common mistakes',
			'## Common mistakes',
		].join('\n');
		expect(headingsOf(body).map((heading) => heading.slug)).toEqual([
			'why-it-matters-for-a-backend-engineer',
			'security-utilities-fastapisecurity',
			'bold-and-a-link-and-emphasis',
			'__eq__-and-__hash__-go-together',
			'common-mistakes',
			'common-mistakes-1',
		]);
	});

	it('reads a page: checklist ids, headings and whether it shows code', () => {
		const source =
			'---\ntitle: T\nchecklist:\n  - id: a-b\n    text: I can a\n---\n\n## Key ideas\n\n<Example file="x.py" />\n';
		expect(questionPageOf('p.mdx', source, parse)).toEqual({
			file: 'p.mdx',
			checklistIds: ['a-b'],
			headings: [{ depth: 2, slug: 'key-ideas', text: 'Key ideas' }],
			hasCode: true,
		});
		expect(questionPageOf('p.mdx', '---\ntitle: T\n---\n## A\n', parse).hasCode).toBe(false);
	});
});

describe('helpers', () => {
	it('normaliseOutput ignores trailing spaces and blank lines only', () => {
		expect(normaliseOutput('a  \r\nb\n\n')).toBe('a\nb');
		expect(normaliseOutput(' a')).toBe(' a');
	});

	it('regionNames finds Python, SQL and JavaScript region markers', () => {
		expect(regionNames('# region one\nx\n# endregion one\n-- region two\n// region three\n')).toEqual([
			'one',
			'two',
			'three',
		]);
	});
});
