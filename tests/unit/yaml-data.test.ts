import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import {
	dataOrThrow,
	formatIssues,
	formatPath,
	hintedError,
	parseYaml,
	problemsMessage,
	readYamlData,
	throwIfProblems,
	validateData,
	yamlData,
	yamlFilesIn,
} from '../../src/lib/node/yaml-data';

const schema = z.object({ name: z.string({ error: 'name is missing; write one' }), items: z.array(z.number()) });

/** The error a function throws, for looking at its message and hint. */
function thrown(run: () => unknown): { name?: string; message: string; hint?: string } {
	try {
		run();
	} catch (error) {
		return error as { message: string; hint?: string };
	}
	throw new Error('expected it to throw');
}

describe('formatPath', () => {
	it.each<[PropertyKey[], string]>([
		[[], ''],
		[['checklist', 0, 'id'], 'checklist[0].id'],
		[['checklist', 0, 'aliases', 1], 'checklist[0].aliases[1]'],
		[['topics', 'core/django', 1], 'topics.core/django[1]'],
		[['topics', 'core/django', 2, 'case'], 'topics.core/django[2].case'],
		[[0, 'name'], '[0].name'],
	])('%j → %s', (path, expected) => expect(formatPath(path)).toBe(expected));
});

describe('formatIssues', () => {
	it('writes file: path: message, or (top level) for the whole file', () => {
		const issues = [
			{ path: ['questions', 2, 'item'], message: 'is wrong' },
			{ path: [], message: 'must be a map' },
		];
		expect(formatIssues('f.yaml', issues)).toEqual([
			'f.yaml: questions[2].item: is wrong',
			'f.yaml: (top level): must be a map',
		]);
	});

	it('takes a ZodError as well as a list of issues', () => {
		const result = schema.safeParse({ items: [1, 'x'] });
		expect(formatIssues('f.yaml', result.error!)).toEqual([
			'f.yaml: name: name is missing; write one',
			expect.stringMatching(/^f\.yaml: items\[1\]: /),
		]);
	});
});

describe('parseYaml', () => {
	it('returns the data', () => {
		expect(parseYaml('f.yaml', 'a: [1, 2]')).toEqual({ ok: true, data: { a: [1, 2] } });
	});

	it('names the file, line and column of a syntax error, without the parser’s own position text', () => {
		const result = parseYaml('f.yaml', 'caption: x\nrows:\n  - id: a\n   label: bad\n');
		expect(result.ok).toBe(false);
		const [problem] = (result as { problems: string[] }).problems;
		expect(problem).toMatch(/^f\.yaml:4:\d+: is not valid YAML: \S/);
		expect(problem).not.toMatch(/at line|:$/);
	});

	it('reports a repeated key', () => {
		expect(parseYaml('f.yaml', 'a: 1\na: 2\n')).toMatchObject({
			ok: false,
			problems: [expect.stringContaining('f.yaml:2:')],
		});
	});
});

describe('validateData', () => {
	it('returns the checked data and the raw data', () => {
		const raw = { name: 'x', items: [1] };
		expect(validateData('f.yaml', raw, schema)).toEqual({ ok: true, data: raw, raw });
	});

	it('runs the rules only once the schema passes', () => {
		let ran = 0;
		const check = () => (ran++, []);
		validateData('f.yaml', { items: [] }, schema, { check });
		expect(ran).toBe(0);
	});

	it('formats issues from the rules like schema issues, and keeps finished messages as they are', () => {
		const check = () => ['f.yaml: a finished message', { path: ['items', 0], message: 'is too small' }];
		expect(validateData('f.yaml', { name: 'x', items: [0] }, schema, { check })).toEqual({
			ok: false,
			problems: ['f.yaml: a finished message', 'f.yaml: items[0]: is too small'],
		});
	});

	it('hands the raw data to a custom formatter', () => {
		const format = (file: string, issues: readonly { message: string }[], raw: unknown) =>
			issues.map((issue) => `${file} (${JSON.stringify(raw)}): ${issue.message}`);
		expect(validateData('f.yaml', { items: [] }, schema, { format })).toEqual({
			ok: false,
			problems: ['f.yaml ({"items":[]}): name is missing; write one'],
		});
	});
});

describe('readYamlData', () => {
	it('parses the text exactly once', () => {
		const texts: string[] = [];
		const counting = (text: string) => (texts.push(text), parse(text));
		const result = readYamlData('f.yaml', 'name: x\nitems: [1]\n', schema, {
			parse: counting,
			check: () => [],
		});
		expect(result.ok).toBe(true);
		expect(texts).toEqual(['name: x\nitems: [1]\n']);
	});

	it('returns a syntax error without checking the schema', () => {
		expect(readYamlData('f.yaml', 'items: [', schema)).toEqual({
			ok: false,
			problems: [expect.stringMatching(/^f\.yaml:1:\d+: is not valid YAML: /)],
		});
	});
});

describe('problemsMessage, throwIfProblems and dataOrThrow', () => {
	it('counts and lists the problems', () => {
		expect(problemsMessage('the tables', ['a', 'b'])).toBe('Found 2 problems in the tables:\n- a\n- b');
		expect(problemsMessage('the tables', ['a'])).toBe('Found 1 problem in the tables:\n- a');
	});

	it('throws an AstroError with the hint, and nothing without problems', () => {
		expect(() => throwIfProblems('the tables', [], 'hint')).not.toThrow();
		const error = thrown(() => throwIfProblems('the tables', ['f.yaml: x: wrong'], 'See CONTRIBUTING.md.'));
		expect(error.message).toBe('Found 1 problem in the tables:\n- f.yaml: x: wrong');
		expect(error.hint).toBe('See CONTRIBUTING.md.');
	});

	it('repeats the hint in a message that Astro would give its browser-API hint instead', () => {
		expect(hintedError('row x: put official documentation first', 'See the README.')).toMatchObject({
			message: 'row x: put official documentation first\n\nSee the README.',
			hint: 'See the README.',
		});
		expect(hintedError('row x: no cells', 'See the README.')).toMatchObject({ message: 'row x: no cells' });
	});

	it('returns the data of a good result and throws the problems of a bad one', () => {
		expect(dataOrThrow({ ok: true, data: 1, raw: 1 }, 'x', 'hint')).toBe(1);
		expect(thrown(() => dataOrThrow({ ok: false, problems: ['p'] }, 'the terms', 'hint')).message).toBe(
			'Found 1 problem in the terms:\n- p',
		);
	});
});

describe('yamlData', () => {
	const dir = mkdtempSync(join(tmpdir(), 'pbr-yaml-data-'));
	const root = pathToFileURL(`${dir}/`);
	mkdirSync(join(dir, 'data'));
	writeFileSync(join(dir, 'data/b.yaml'), 'name: b\nitems: [2]\n');
	writeFileSync(join(dir, 'data/a.yml'), 'name: a\nitems: [1]\n');
	writeFileSync(join(dir, 'data/notes.txt'), 'not data');
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('lists the YAML files of a directory, sorted', () => {
		expect(yamlFilesIn(root, 'data')).toEqual(['data/a.yml', 'data/b.yaml']);
	});

	it('loads every file of a directory, each parsed once', () => {
		let parses = 0;
		const entries = yamlData({
			root,
			dir: 'data',
			schema,
			label: 'the data',
			hint: 'hint',
			parse: (text) => (parses++, parse(text)),
		});
		expect(entries.map(({ id, file, data }) => [id, file, data.name])).toEqual([
			['a', 'data/a.yml', 'a'],
			['b', 'data/b.yaml', 'b'],
		]);
		expect(parses).toBe(2);
	});

	it('loads one file', () => {
		expect(yamlData({ root, file: 'data/b.yaml', schema, label: 'the data', hint: 'hint' }).data).toEqual({
			name: 'b',
			items: [2],
		});
	});

	it('throws one AstroError listing the problems of every file', () => {
		const check = (data: { name: string }) => [{ path: ['name'], message: `'${data.name}' is taken` }];
		const error = thrown(() =>
			yamlData({ root, dir: 'data', schema, label: 'the data', hint: 'See the README.', check }),
		);
		expect(error.message).toBe(
			"Found 2 problems in the data:\n- data/a.yml: name: 'a' is taken\n- data/b.yaml: name: 'b' is taken",
		);
		expect(error.hint).toBe('See the README.');
	});
});
