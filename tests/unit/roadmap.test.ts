import { describe, expect, it } from 'vitest';
import { countDone, type Progress } from '../../src/lib/progress/progress';
import { buildManifest, itemIds, unknownDoneIds, type ManifestSource } from '../../src/lib/roadmap/roadmap';
import { continueIndex } from '../../src/lib/progress/continue-index';
import { percent } from '../../src/lib/progress/percent';

const AT = '2026-11-20T10:00:00.000Z';
const progressOf = (done: string[], undone: string[] = []): Progress => {
	const progress: Progress = new Map();
	for (const id of done) progress.set(id, { done: true, at: AT });
	for (const id of undone) progress.set(id, { done: false, at: AT });
	return progress;
};

const entry = (id: string, order: number, items: string[], aliases: Record<string, string[]> = {}): ManifestSource => ({
	id,
	data: {
		title: id.split('/')[1] ?? id,
		sidebar: { order },
		checklist: items.map((item) => ({ id: item, text: `I can ${item}`, aliases: aliases[item] ?? [] })),
	},
});

const manifest = buildManifest([
	entry('core/testing', 2, ['write-fixtures', 'mock-http']),
	entry('foundations/python-basics', 1, ['use-dicts', 'read-files'], { 'read-files': ['handle-files'] }),
	entry('core/flask', 1, ['flask-routes']),
	entry('roadmap', 0, []),
	entry('foundations', 0, []),
	entry('career/pet-projects', 1, ['build-a-blog']),
]);

describe('buildManifest', () => {
	it('orders levels by the roadmap and topics by sidebar order, leaving out non-topic pages', () => {
		expect(manifest.levels.map((level) => [level.id, level.topics.map((topic) => topic.id)])).toEqual([
			['foundations', ['foundations/python-basics']],
			['core', ['core/flask', 'core/testing']],
			['advanced', []],
			['career', ['career/pet-projects']],
		]);
	});

	it('puts topics without a sidebar order last, and breaks ties by title', () => {
		const unordered = (id: string): ManifestSource => ({ id, data: { title: id.split('/')[1], checklist: [] } });
		const core = buildManifest([
			unordered('core/zebra'),
			entry('core/orms', 2, []),
			unordered('core/apples'),
			entry('core/flask', 2, []),
			entry('core/django', 1, []),
		]).levels[1];
		expect(core.topics.map((topic) => topic.id)).toEqual([
			'core/django',
			'core/flask',
			'core/orms',
			'core/apples',
			'core/zebra',
		]);
	});

	it('collects renamed ids as aliases of their current ids', () => {
		expect([...manifest.aliases]).toEqual([['handle-files', 'read-files']]);
	});

	it('lists item ids per topic, per level and for the whole roadmap', () => {
		expect(itemIds(manifest.levels[1])).toEqual(['flask-routes', 'write-fixtures', 'mock-http']);
		expect(itemIds(manifest)).toHaveLength(6);
	});
});

describe('counting', () => {
	const progress = progressOf(['use-dicts', 'flask-routes', 'gone-item'], ['mock-http']);

	it.each([
		['a topic', itemIds(manifest.levels[0].topics[0]), { done: 1, total: 2 }],
		['a level', itemIds(manifest.levels[1]), { done: 1, total: 3 }],
		['the whole roadmap', itemIds(manifest), { done: 2, total: 6 }],
		['an empty level', itemIds(manifest.levels[2]), { done: 0, total: 0 }],
	])('counts %s', (_name, ids, expected) =>
		expect({ done: countDone(progress, ids), total: ids.length }).toEqual(expected),
	);

	it('counts ticked items that no page declares separately', () => {
		expect(unknownDoneIds(progress, new Set(itemIds(manifest)))).toEqual(['gone-item']);
	});

	it.each([
		[0, 0, 0],
		[1, 3, 33],
		[199, 200, 99],
		[200, 200, 100],
	])('%i of %i is %i%%', (done, total, expected) => expect(percent(done, total)).toBe(expected));
});

describe('continueIndex', () => {
	const topics = [['a', 'b'], [], ['c'], ['d']];
	it.each([
		['nothing ticked: the first topic', [], 0],
		['first topic done: the next one with items', ['a', 'b'], 2],
		['a later topic done does not skip an unfinished earlier one', ['c'], 0],
		['everything done: none', ['a', 'b', 'c', 'd'], -1],
	])('%s', (_name, done, expected) => expect(continueIndex(progressOf(done), topics)).toBe(expected));
});
