import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { versionRegistrySchema } from '../../src/schemas/versions';
import { VERSIONS_FILE } from '../../src/lib/content/versions';
import { readPage } from '../support/dist';
import { topicSources } from '../support/content';

const registry = versionRegistrySchema.parse(parse(readFileSync(VERSIONS_FILE, 'utf8')));
const topics = topicSources().map((topic) => ({
	...topic,
	versions: (topic as unknown as { versions?: string[] }).versions ?? [],
}));

/** The text of a page's "Reviewed … · Describes …" line, tags stripped. */
function metaLine(id: string): string {
	const html = readPage(`${id}/index.html`);
	const line = html.match(/<p class="pbr-topic-meta[^"]*"[^>]*>([\s\S]*?)<\/p>/)?.[1] ?? '';
	return line.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
}

describe('each topic page says what it describes and what its examples ran on', () => {
	it.each(topics.map((topic) => [topic.id, topic.versions] as const))('%s', (id, versions) => {
		const line = metaLine(id);
		expect(line).toMatch(/^Reviewed /);
		for (const key of versions) {
			const entry = registry[key];
			expect(line).toContain(entry.label ?? `${entry.name} ${entry.version}`);
			// A page never implies its examples ran on a release the test environment could not install.
			const lagging = `${entry.name} ${entry.examples}`;
			if (entry.examples && entry.examples !== entry.version) expect(line).toContain(lagging);
		}
		if (!versions.some((key) => registry[key].examples && registry[key].examples !== registry[key].version)) {
			expect(line).not.toContain('Examples tested on');
		}
	});
});

describe('each topic page states its estimated study time from its frontmatter', () => {
	const withTime = topicSources() as unknown as {
		id: string;
		studyTime: { hours: [number, number]; covers: string };
	}[];

	it.each(withTime.map((topic) => [topic.id, topic.studyTime] as const))('%s', (id, studyTime) => {
		const html = readPage(`${id}/index.html`);
		const line = html.match(/<p[^>]*data-pbr-study-time[^>]*>([\s\S]*?)<\/p>/)?.[1] ?? '';
		const text = line
			.replace(/<[^>]+>/g, '')
			.replace(/&#(\d+);/g, (_, code) => String.fromCharCode(Number(code)))
			.replace(/&quot;/g, '"')
			.replace(/&amp;/g, '&')
			.replace(/\s+/g, ' ')
			.trim();
		const [fewest, most] = studyTime.hours;
		expect(text).toBe(
			`Study time: about ${fewest}–${most} hours (${studyTime.covers}). An estimate for planning, not a promise.`,
		);
	});
});
