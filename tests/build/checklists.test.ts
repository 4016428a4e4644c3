import { describe, expect, it } from 'vitest';
import { builtPages, readPage } from '../support/dist';
import { topicSources } from '../support/content';

const topics = topicSources();
const itemIdsIn = (html: string) => [...html.matchAll(/data-item-id="([^"]+)"/g)].map((match) => match[1]);

describe('every checklist item renders exactly once, on its own page', () => {
	it('finds the topic pages', () => {
		expect(topics.length).toBeGreaterThanOrEqual(3);
	});

	it.each(topics.map((topic) => [topic.id, topic] as const))('%s', (_id, topic) => {
		const rendered = itemIdsIn(readPage(`${topic.id}/index.html`));
		expect(rendered.sort()).toEqual(topic.checklist.map((item) => item.id).sort());
	});

	it('renders no checklist item on a page that does not declare it', () => {
		const owner = new Map(
			topics.flatMap((topic) => topic.checklist.map((item) => [item.id, `${topic.id}/index.html`])),
		);
		const strays = builtPages().flatMap((page) =>
			itemIdsIn(readPage(page))
				.filter(
					(id) => owner.get(id) !== page && !['roadmap/index.html', 'progress/index.html', 'index.html'].includes(page),
				)
				.map((id) => `${page}: ${id}`),
		);
		expect(strays).toEqual([]);
	});
});

describe('the server-rendered checklist reads well without JavaScript', () => {
	it('is a list of the items’ text with a count, and no inert checkboxes', () => {
		const html = readPage('foundations/python-basics/index.html');
		const checklist = html.match(/<pbr-checklist[\s\S]*?<\/pbr-checklist>/)?.[0] ?? '';
		const topic = topics.find((t) => t.id === 'foundations/python-basics')!;
		expect(checklist).toContain(`${topic.checklist.length} skills to check`);
		for (const item of topic.checklist)
			expect(checklist).toContain(item.text.replace(/&/g, '&amp;').replace(/</g, '&lt;'));
		expect(checklist).not.toContain('<input');
	});
});
