import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkComparisonFile } from '../../src/schemas/comparison';

const FIXTURES = 'tests/fixtures/comparisons';
const DATA = 'src/data/comparisons';

/** Problems reported for one fixture file, read the way the loader reads it. */
const problemsOf = (name: string, dir = FIXTURES) =>
	checkComparisonFile(`${dir}/${name}`, readFileSync(`${dir}/${name}`, 'utf8'));

describe('bad comparison data fails with a message naming the file and the row', () => {
	it.each([
		[
			'missing-source.yaml',
			"tests/fixtures/comparisons/missing-source.yaml: row 'orm' has no sources; add at least one source with a title and an https url",
		],
		[
			'unknown-value.yaml',
			"tests/fixtures/comparisons/unknown-value.yaml: row 'websockets' cells.flask.value: 'maybe' is not a support value; write one of: yes, partial, no, via-extension",
		],
		[
			'missing-cell.yaml',
			"tests/fixtures/comparisons/missing-cell.yaml: row 'admin' has no cell for 'aiohttp'; add cells.aiohttp with a value and a note",
		],
		[
			'http-source.yaml',
			"tests/fixtures/comparisons/http-source.yaml: row 'testing' sources[0].url: 'http://flask.palletsprojects.com/en/stable/testing/' must be a full https:// address",
		],
		[
			'missing-checked.yaml',
			"tests/fixtures/comparisons/missing-checked.yaml: checked is missing or not a date; write the date you checked the table, like 'checked: 2026-11-23'",
		],
	])('%s', (name, message) => {
		const problems = problemsOf(name);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toContain(message);
	});

	it('accepts a valid table', () => {
		expect(problemsOf('valid.yaml')).toEqual([]);
	});

	it('reports YAML syntax errors with the file name, line and column', () => {
		expect(checkComparisonFile('x.yaml', 'rows: [')[0]).toMatch(/^x\.yaml:1:\d+: is not valid YAML: \w/);
	});

	it('refuses more systems than the column chooser can hide', () => {
		const nine = Array.from({ length: 9 }, (_, i) => `  - { id: s${i + 1}, name: System ${i + 1} }`).join('\n');
		const text = readFileSync(`${FIXTURES}/valid.yaml`, 'utf8').replace(
			/^systems:\n(?:  - .*\n)+/m,
			`systems:\n${nine}\n`,
		);
		expect(checkComparisonFile('t.yaml', text)).toEqual([
			"t.yaml: systems: a comparison shows at most 8 systems (the column chooser's limit); split the table in two",
		]);
	});

	it('rejects an empty checked date instead of reading it as 1970', () => {
		const text = readFileSync(`${FIXTURES}/valid.yaml`, 'utf8').replace('checked: 2026-11-23', 'checked:');
		expect(checkComparisonFile('t.yaml', text)).toEqual([
			"t.yaml: checked is missing or not a date; write the date you checked the table, like 'checked: 2026-11-23'",
		]);
	});
});

describe('the site’s comparison tables', () => {
	const tables = readdirSync(DATA).filter((name) => name.endsWith('.yaml'));

	it('include the two tables the compare pages render', () => {
		expect(tables.sort()).toEqual(['backend-languages.yaml', 'python-web-frameworks.yaml']);
	});

	it.each(tables)('%s is valid', (name) => {
		expect(problemsOf(name, DATA)).toEqual([]);
	});

	it.each(tables)('%s uses only https sources and states the checked date', (name) => {
		const text = readFileSync(`${DATA}/${name}`, 'utf8');
		expect(text).not.toMatch(/url:\s*["']?http:/);
		expect(text).toMatch(/^checked: \d{4}-\d{2}-\d{2}$/m);
	});

	it.each(tables)('%s names only registry keys and fills its version tokens from them', (name) => {
		const registry = Object.keys(parse(readFileSync('src/data/versions.yaml', 'utf8')));
		expect(checkComparisonFile(name, readFileSync(`${DATA}/${name}`, 'utf8'), registry)).toEqual([]);
		expect(checkComparisonFile(name, readFileSync(`${DATA}/${name}`, 'utf8'), ['python'])).not.toEqual([]);
	});
});
