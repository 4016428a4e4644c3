import { describe, expect, it } from 'vitest';
import {
	addQuestionUses,
	findExampleUses,
	indexExampleUses,
	pageIdOfSource,
	summaryOf,
} from '../../src/lib/examples/examples-index';

describe('findExampleUses', () => {
	it('finds files and regions in any attribute order and quote style', () => {
		const mdx = `
<Example file="fastapi/fastapi_crud.py" />
Some text.
<Example region='routes' file='flask/flask_json_api.py'/>
<Examples file="not-this.py" />`;
		expect(findExampleUses(mdx)).toEqual([
			{ file: 'fastapi/fastapi_crud.py' },
			{ file: 'flask/flask_json_api.py', region: 'routes' },
		]);
	});
});

describe('pageIdOfSource', () => {
	it.each([
		['/src/content/docs/core/testing.mdx', 'core/testing'],
		['/src/content/docs/core/index.mdx', 'core'],
		['/src/content/docs/examples.mdx', 'examples'],
	])('%s → %s', (path, id) => expect(pageIdOfSource(path)).toBe(id));
});

describe('indexExampleUses', () => {
	it('lists every page that shows a file', () => {
		const uses = indexExampleUses({
			'/src/content/docs/core/testing.mdx': '<Example file="testing/test_mocking.py" />',
			'/src/content/docs/core/api-design.mdx': '<Example file="testing/test_mocking.py" region="patch" />',
		});
		expect(uses.get('testing/test_mocking.py')).toEqual([
			{ page: 'core/testing' },
			{ page: 'core/api-design', region: 'patch' },
		]);
	});
});

describe('addQuestionUses', () => {
	it("adds each example a page's questions show once, marked as shown in the questions", () => {
		const uses = indexExampleUses({ '/src/content/docs/core/testing.mdx': '<Example file="testing/a.py" />' });
		addQuestionUses(uses, [
			{ id: 'core/testing', questions: [{ example: 'testing/check_b.py' }, { example: 'testing/check_b.py' }, {}] },
			{ id: 'core/flask', questions: [{ example: 'testing/a.py' }] },
		]);
		expect(uses.get('testing/check_b.py')).toEqual([{ page: 'core/testing', inQuestions: true }]);
		expect(uses.get('testing/a.py')).toEqual([{ page: 'core/testing' }, { page: 'core/flask', inQuestions: true }]);
	});
});

describe('summaryOf', () => {
	it.each([
		['"""Read a text file safely.\n\nMore."""\n', 'Read a text file safely.'],
		['#!/usr/bin/env python3\n"""Shebang first."""', 'Shebang first.'],
		['#!/usr/bin/env bash\n# Find slow requests in an access log.\nset -e', 'Find slow requests in an access log.'],
		['FROM python:3.14-slim', undefined],
	])('%#', (source, summary) => expect(summaryOf(source)).toBe(summary));
});
