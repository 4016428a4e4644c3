import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { JobAdData } from '../../src/adapters/job-ad-data';
import { builtPages, DIST, readPage } from '../support/dist';
import { topicSources } from '../support/content';

const PAGE = 'career/job-ad-checklist/index.html';
const html = readPage(PAGE);
const tool = html.match(/data-pbr-job-ad[^>]*data-pbr-load="([^"]+)"|data-pbr-load="([^"]+)"[^>]*data-pbr-job-ad/);
const toolFile = (tool?.[1] ?? tool?.[2] ?? '').replace(/^\//, '');
const data = JSON.parse(readFileSync(join(DIST, 'job-ad-data.json'), 'utf8')) as JobAdData;

describe('the job-ad tool in the build', () => {
	it('is on the job-ad page, bundled on its own', () => {
		expect(toolFile).toMatch(/^_astro\/job-ad-tool[.-][\w-]+\.js$/);
		expect(readdirSync(join(DIST, '_astro'))).toContain(toolFile.slice('_astro/'.length));
	});

	it('costs other pages nothing: no page but its own mentions the tool or its data', () => {
		const mentioning = builtPages().filter((page) =>
			/data-pbr-job-ad|_astro\/job-ad-tool|job-ad-data\.json"/.test(readPage(page)),
		);
		expect(mentioning).toEqual([PAGE]);
	});

	it('is not loaded on load, even on its own page: no script imports it statically', () => {
		const scripts = readdirSync(join(DIST, '_astro')).filter(
			(name) => name.endsWith('.js') && !toolFile.endsWith(name),
		);
		for (const name of scripts) {
			expect(readFileSync(join(DIST, '_astro', name), 'utf8'), name).not.toContain('job-ad-tool');
		}
		expect(html).not.toMatch(/<script[^>]+src="[^"]*job-ad-tool/);
	});

	it('fetches every topic with its hours, prerequisites and items, and terms for each of them', () => {
		const sources = topicSources();
		expect(data.topics.map((topic) => topic.id).sort()).toEqual(sources.map((topic) => topic.id).sort());
		for (const source of sources) {
			const topic = data.topics.find((entry) => entry.id === source.id)!;
			expect(topic.items.map((item) => item.id)).toEqual(source.checklist.map((item) => item.id));
			expect(topic.hours).toEqual((source as unknown as { studyTime: { hours: number[] } }).studyTime.hours);
			expect(topic.url).toBe(`/${source.id}/`);
			expect(data.terms.topics[source.id]?.length, `${source.id} has no terms`).toBeGreaterThan(0);
		}
	});
});
