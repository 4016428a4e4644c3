import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST } from '../support/dist';
import { loadPagefind, type SearchHit } from '../support/pagefind';

let search: (query: string, limit?: number) => Promise<SearchHit[]>;

beforeAll(async () => {
	search = await loadPagefind(DIST);
});

describe('the Pagefind index', () => {
	it('exists in the built site', () => {
		expect(existsSync(join(DIST, 'pagefind', 'pagefind-entry.json'))).toBe(true);
	});

	it.each([
		['GIL', '/foundations/concurrency/'],
		['global interpreter lock', '/foundations/concurrency/'],
		['pytest fixture', '/core/testing/'],
	])('finds %s on %s', async (query, page) => {
		const urls = (await search(query)).map((hit) => hit.url);
		expect(urls).toContain(page);
	});
});
