// cspell:ignore djang
import { describe, expect, it } from 'vitest';
import {
	buildTableView,
	checkTableVersions,
	withRegistryVersions,
	checkTableRules,
	formatTableIssues,
	selectRows,
	selectSystems,
	splitInlineCode,
	valueLabel,
	type TableData,
	type TableRow,
} from '../../src/lib/comparisons/comparison-table';

const systems = [
	{ id: 'django', name: 'Django' },
	{ id: 'flask', name: 'Flask' },
	{ id: 'fastapi', name: 'FastAPI' },
];
const source = [{ title: 'Docs', url: 'https://example.org/' }];
const cell = (value: string) => ({ value, note: 'A note.' });
const row = (id: string, cells: Record<string, string>, kind?: 'support' | 'text'): TableRow => ({
	id,
	label: id.replace(/-/g, ' '),
	kind,
	cells: Object.fromEntries(Object.entries(cells).map(([key, value]) => [key, cell(value)])),
	sources: source,
});
const table: TableData = {
	caption: 'Test table',
	checked: new Date('2026-11-23'),
	versions: ['Django 5.2', 'Flask 3.1'],
	systems,
	rows: [
		row('admin', { django: 'yes', flask: 'via-extension', fastapi: 'no' }),
		row('async-support', { django: 'partial', flask: 'partial', fastapi: 'yes' }),
		row('interface', { django: 'WSGI and ASGI', flask: 'WSGI', fastapi: 'ASGI' }, 'text'),
	],
};

describe('checkTableRules', () => {
	describe.each([
		['a complete table', table.rows, []],
		[
			'a row without a cell for a declared system',
			[row('admin', { django: 'yes', flask: 'no' })],
			[{ path: ['rows', 0, 'cells'], message: "has no cell for 'fastapi'; add cells.fastapi with a value and a note" }],
		],
		[
			'a cell for a system the table does not declare',
			[row('admin', { django: 'yes', flask: 'no', fastapi: 'no', rails: 'yes' })],
			[
				{
					path: ['rows', 0, 'cells', 'rails'],
					message: "is not one of the table's systems; write one of: django, flask, fastapi",
				},
			],
		],
		[
			'an unknown value in a support row',
			[row('admin', { django: 'yes', flask: 'kind of', fastapi: 'no' })],
			[
				{
					path: ['rows', 0, 'cells', 'flask', 'value'],
					message:
						"'kind of' is not a support value; write one of: yes, partial, no, via-extension (or set 'kind: text' on the row for free text)",
				},
			],
		],
		['free text in a text row', [row('interface', { django: 'ASGI', flask: 'WSGI', fastapi: 'ASGI' }, 'text')], []],
		[
			'two rows with the same id',
			[
				row('admin', { django: 'yes', flask: 'no', fastapi: 'no' }),
				row('admin', { django: 'yes', flask: 'no', fastapi: 'no' }),
			],
			[{ path: ['rows', 1, 'id'], message: 'has the same id as row 1; row ids are page anchors and must be unique' }],
		],
	])('%s', (_name, rows, expected) => {
		it('reports exactly the expected problems', () => {
			expect(checkTableRules({ systems, rows })).toEqual(expected);
		});
	});

	it('reports a system id used twice', () => {
		expect(checkTableRules({ systems: [...systems, { id: 'flask', name: 'Flask again' }], rows: [] })).toEqual([
			{ path: ['systems', 3, 'id'], message: "system id 'flask' is used twice; give each column its own id" },
		]);
	});
});

describe('formatTableIssues', () => {
	const data = { rows: [{ id: 'admin' }, { id: 42 }] };
	describe.each([
		[['rows', 0, 'cells'], "has no cell for 'x'; add cells.x", "f.yaml: row 'admin' has no cell for 'x'; add cells.x"],
		[['rows', 0, 'sources', 0, 'url'], 'must be https', "f.yaml: row 'admin' sources.0.url: must be https"],
		[['rows', 1, 'label'], 'rows need a label', 'f.yaml: row 2 label: rows need a label'],
		[['checked'], 'checked is missing', 'f.yaml: checked is missing'],
		[['systems', 0, 'name'], 'needs a name', 'f.yaml: systems.0.name: needs a name'],
		[[], 'bad table', 'f.yaml: bad table'],
	])('%j', (path, message, expected) => {
		it('names the file and the row', () => {
			expect(formatTableIssues('f.yaml', data, [{ path, message }])).toEqual([expected]);
		});
	});
});

describe('valueLabel', () => {
	it.each([
		['yes', 'support', 'Yes'],
		['partial', 'support', 'Partly'],
		['no', 'support', 'No'],
		['via-extension', 'support', 'Via extension'],
		['yes', 'text', 'yes'],
		['5.2 LTS', 'text', '5.2 LTS'],
	] as const)('%s in a %s row → %s', (value, kind, label) => expect(valueLabel(value, kind)).toBe(label));
});

describe('selectSystems', () => {
	describe.each([
		['all systems when none are asked for', undefined, ['django', 'flask', 'fastapi']],
		['the table’s column order, not the request order', ['fastapi', 'django'], ['django', 'fastapi']],
		['a single system', ['flask'], ['flask']],
	])('%s', (_name, ids, expected) => {
		it('returns the right columns', () => {
			expect(selectSystems(systems, ids).map((system) => system.id)).toEqual(expected);
		});
	});

	it('names the unknown system and the known ones', () => {
		expect(() => selectSystems(systems, ['rails'], "'frameworks'")).toThrow(
			"<ComparisonTable systems> names 'rails', which is not a system of 'frameworks'; write one of: django, flask, fastapi",
		);
	});
});

describe('selectRows', () => {
	describe.each([
		['file order when none are asked for', undefined, ['admin', 'async-support', 'interface']],
		['the requested order', ['interface', 'admin'], ['interface', 'admin']],
	])('%s', (_name, ids, expected) => {
		it('returns the right rows', () => {
			expect(selectRows(table.rows, ids).map((r) => r.id)).toEqual(expected);
		});
	});

	it('names the unknown row', () => {
		expect(() => selectRows(table.rows, ['orm'])).toThrow(
			"names 'orm', which is not a row of the table; write one of: admin, async-support, interface",
		);
	});
});

describe('buildTableView', () => {
	it('builds labelled cells in column order with the checked date as ISO', () => {
		const view = buildTableView(table, { systems: ['fastapi', 'django'], rows: ['async-support', 'interface'] });
		expect(view.checkedIso).toBe('2026-11-23');
		expect(view.systems.map((system) => system.name)).toEqual(['Django', 'FastAPI']);
		expect(view.rows.map((r) => r.cells.map((c) => [c.systemId, c.label, c.tone, c.icon]))).toEqual([
			[
				['django', 'Partly', 'partial', '◐'],
				['fastapi', 'Yes', 'yes', '✓'],
			],
			[
				['django', 'WSGI and ASGI', 'text', ''],
				['fastapi', 'ASGI', 'text', ''],
			],
		]);
		expect(view.rows[0].sources).toEqual(source);
	});

	it('shows every row and system by default', () => {
		const view = buildTableView(table);
		expect(view.rows).toHaveLength(3);
		expect(view.rows.every((r) => r.cells.length === 3)).toBe(true);
	});
});

describe('splitInlineCode', () => {
	it('turns backtick pairs in a note into code parts', () => {
		expect(splitInlineCode('Served by Uvicorn; `fastapi run` starts it.')).toEqual([
			{ text: 'Served by Uvicorn; ', code: false },
			{ text: 'fastapi run', code: true },
			{ text: ' starts it.', code: false },
		]);
	});

	it('handles code at either end and several pairs', () => {
		expect(splitInlineCode('`a` and `b`')).toEqual([
			{ text: 'a', code: true },
			{ text: ' and ', code: false },
			{ text: 'b', code: true },
		]);
	});

	it('leaves a note without backticks, or with an unpaired one, as text', () => {
		expect(splitInlineCode('No code here.')).toEqual([{ text: 'No code here.', code: false }]);
		expect(splitInlineCode('An odd ` tick')).toEqual([{ text: 'An odd ` tick', code: false }]);
	});
});

describe('version tokens from the registry', () => {
	const django = { label: 'Django 5.2 LTS', version: '5.2', released: '2 April 2025', status: 'LTS until April 2028' };
	const table = {
		versions: ['django-lts'],
		systems: [
			{ id: 'django-lts', name: 'Django 5.2 LTS', version: 'django-lts' },
			{ id: 'flask', name: 'Flask' },
		],
		rows: [
			{
				id: 'current-version',
				label: 'Current version',
				kind: 'text' as const,
				cells: {
					'django-lts': { value: '{{version}} ({{released}})', note: '{{status}}.' },
					flask: { value: '3.1', note: 'Pinned by hand.' },
				},
				sources: [{ title: 'Docs', url: 'https://example.org/' }],
			},
		],
	};

	it('fills a column’s cells from its registry entry', () => {
		const filled = withRegistryVersions({ ...table, caption: 'c', checked: new Date() }, () => django);
		expect(filled.rows[0].cells['django-lts']).toEqual({ value: '5.2 (2 April 2025)', note: 'LTS until April 2028.' });
		expect(filled.rows[0].cells.flask).toEqual({ value: '3.1', note: 'Pinned by hand.' });
	});

	it.each([
		[
			'an unknown table key',
			{ ...table, versions: ['djang'] },
			"versions.0: 'djang' is not a key of src/data/versions.yaml",
		],
		[
			'an unknown system key',
			{ ...table, systems: [{ ...table.systems[0], version: 'django-6' }, table.systems[1]] },
			"systems.0.version: 'django-6' is not a key",
		],
		[
			'a token in a column without a registry entry',
			{
				...table,
				rows: [{ ...table.rows[0], cells: { ...table.rows[0].cells, flask: { value: '{{version}}', note: 'x.' } } }],
			},
			"uses {{version}} but system 'flask' names no registry entry; add 'version: <key>' to it",
		],
		[
			'an unknown token',
			{
				...table,
				rows: [
					{ ...table.rows[0], cells: { ...table.rows[0].cells, 'django-lts': { value: '{{date}}', note: 'x.' } } },
				],
			},
			'{{date}} is not a version token',
		],
	])('reports %s', (_case, broken, message) => {
		const problems = checkTableVersions(broken, ['django-lts']);
		expect(problems.map((problem) => `${problem.path.join('.')}: ${problem.message}`).join('\n')).toContain(message);
	});

	it('accepts a table whose keys and tokens are all known', () => {
		expect(checkTableVersions(table, ['django-lts'])).toEqual([]);
	});
});
