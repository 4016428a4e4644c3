import { cpSync, mkdtempSync, readdirSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { COMPARISONS_DIR, loadComparisonTables } from '../../src/loaders/comparisons-loader';
import { bracketPaths } from '../../src/loaders/roadmap-docs-loader';
import { readVersionRegistry } from '../../src/loaders/versions-loader';
import { VERSIONS_FILE } from '../../src/lib/content/versions';

const root = pathToFileURL(`${process.cwd()}/`);

describe('the comparisons loader', () => {
	it('parses every comparison file exactly once', () => {
		const texts: string[] = [];
		const tables = loadComparisonTables(root, Object.keys(readVersionRegistry(root)), (text) => {
			texts.push(text);
			return parse(text);
		});
		const files = readdirSync(COMPARISONS_DIR).filter((name) => /\.ya?ml$/.test(name));
		expect(texts).toHaveLength(files.length);
		expect(new Set(texts).size).toBe(files.length);
		expect(tables.map((table) => table.id).sort()).toEqual(files.map((name) => name.replace(/\.ya?ml$/, '')).sort());
	});

	it('hands the loader the parsed YAML for parseData, and the checked table', () => {
		const [table] = loadComparisonTables(root, Object.keys(readVersionRegistry(root)));
		expect(table.file).toBe(`${COMPARISONS_DIR}/${table.id}.yaml`);
		expect(table.data.checked).toBeInstanceOf(Date);
		expect((table.raw as { caption: string }).caption).toBe(table.data.caption);
	});

	it('fails on a registry key the tables name but the registry lacks, naming the file', () => {
		expect(() => loadComparisonTables(root, ['python'])).toThrow(
			/src\/data\/comparisons\/\S+\.yaml: versions\[\d+\]: '/,
		);
	});
});

describe('the versions loader', () => {
	const copy = mkdtempSync(join(tmpdir(), 'pbr-versions-'));
	cpSync(VERSIONS_FILE, join(copy, VERSIONS_FILE));
	afterAll(() => rmSync(copy, { recursive: true, force: true }));

	it('reads the registry once however many loaders ask, and again when the file changes', () => {
		const copyRoot = pathToFileURL(`${copy}/`);
		const first = readVersionRegistry(copyRoot);
		expect(readVersionRegistry(copyRoot)).toBe(first);
		const later = new Date(Date.now() + 5000);
		utimesSync(join(copy, VERSIONS_FILE), later, later);
		const again = readVersionRegistry(copyRoot);
		expect(again).not.toBe(first);
		expect(again).toEqual(first);
	});
});

describe('bracketPaths', () => {
	it.each([
		["**checklist.0.id**: 'X' must be kebab-case", "**checklist[0].id**: 'X' must be kebab-case"],
		['**resources.12.type**: bad', '**resources[12].type**: bad'],
		['**versions.0**: bad', '**versions[0]**: bad'],
		['**title**: **title**: Required', '**title**: **title**: Required'],
		['**docs → core/caching** data does not match', '**docs → core/caching** data does not match'],
		['see version 3.15.0', 'see version 3.15.0'],
	])('%s', (message, expected) => expect(bracketPaths(message)).toBe(expected));
});
