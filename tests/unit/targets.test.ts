import { describe, expect, it } from 'vitest';
import type { Progress } from '../../src/lib/progress/progress';
import { createExport, describeImport, parseImport, planImport } from '../../src/lib/progress/progress-transfer';
import {
	TARGETS_KEY,
	TARGET_LIMITS,
	isTarget,
	mergeTargets,
	newTargetId,
	readTargets,
	serializeTargets,
	suggestName,
	targetMarkdown,
	targetTally,
	undoTargetImport,
	type Target,
	type TopicInfo,
} from '../../src/lib/progress/targets';
import { createTargetsStore } from '../../src/scripts/progress/targets-store';
import { fakeStorage } from '../support/fake-storage';

const T1 = '2026-11-01T10:00:00.000Z';
const T2 = '2026-11-02T10:00:00.000Z';
const target = (overrides: Partial<Target> = {}): Target => ({
	id: 'abc123def456',
	name: 'Backend engineer at a bank',
	topics: [
		{ id: 'core/sql-databases', words: ['Postgres'] },
		{ id: 'core/testing', words: ['pytest'] },
	],
	uncovered: ['pandas'],
	created: T1,
	at: T1,
	...overrides,
});
const topics = new Map<string, TopicInfo>([
	[
		'core/sql-databases',
		{
			title: 'SQL databases',
			url: 'https://example.org/core/sql-databases/',
			items: [
				{ id: 'sql-joins', text: 'I can write a join' },
				{ id: 'sql-indexes', text: 'I can add an index' },
			],
		},
	],
	[
		'core/testing',
		{
			title: 'Testing',
			url: 'https://example.org/core/testing/',
			items: [{ id: 'pytest-fixture', text: 'I can write a fixture' }],
		},
	],
]);
const progressOf = (entries: Record<string, boolean>): Progress =>
	new Map(Object.entries(entries).map(([id, done]) => [id, { done, at: T2 }]));

describe('reading stored targets', () => {
	it('round-trips', () => {
		expect(readTargets(serializeTargets([target()]))).toEqual({ ok: true, targets: [target()] });
	});

	it('treats nothing stored as no targets', () => expect(readTargets(null)).toEqual({ ok: true, targets: [] }));

	it.each([
		['not JSON', '{'],
		['another format', '{"theme":"dark"}'],
		['a future version', JSON.stringify({ version: 2, targets: [] })],
		['targets that are not a list', JSON.stringify({ version: 1, targets: {} })],
	])('reports %s as unreadable, so it is kept aside', (_name, raw) => {
		expect(readTargets(raw).ok).toBe(false);
	});

	it('drops malformed targets and keeps the rest, with only the fields a target has', () => {
		const stored = JSON.stringify({
			version: 1,
			targets: [{ ...target(), extra: '<script>' }, { ...target({ id: 'x' }) }, 'nonsense'],
		});
		expect(readTargets(stored)).toEqual({ ok: true, targets: [target()] });
	});

	it.each<[string, Partial<Target>]>([
		['an empty name', { name: '  ' }],
		['a name longer than the limit', { name: 'x'.repeat(TARGET_LIMITS.text + 1) }],
		['a topic id that is not level/slug', { topics: [{ id: '../../etc', words: [] }] }],
		[
			'too many topics',
			{ topics: Array.from({ length: TARGET_LIMITS.topics + 1 }, () => ({ id: 'core/x', words: [] })) },
		],
		['a bad date', { created: 'yesterday' }],
	])('refuses a target with %s', (_name, overrides) => {
		expect(isTarget(target(overrides))).toBe(false);
	});
});

describe('merging targets', () => {
	it('keeps the later version of the same target and adds new ones at the end', () => {
		const renamed = target({ name: 'Renamed', at: T2 });
		const other = target({ id: 'zzz999yyy888', name: 'Startup' });
		expect(mergeTargets([target()], [renamed, other])).toEqual([renamed, other]);
		expect(mergeTargets([renamed], [target()])).toEqual([renamed]);
	});
});

describe('a target against the reader’s progress', () => {
	it('counts ticks over its topics and notes topics no longer on the site', () => {
		const withGone = target({ topics: [...target().topics, { id: 'core/removed-page', words: ['X'] }] });
		expect(targetTally(withGone, topics, progressOf({ 'sql-joins': true, 'pytest-fixture': true }))).toEqual({
			done: 2,
			total: 3,
			missing: 1,
		});
	});

	it('copies as a GitHub task list: topics ticked when all their items are, items nested, gaps last', () => {
		expect(targetMarkdown(target(), topics, progressOf({ 'pytest-fixture': true, 'sql-joins': true }))).toBe(
			[
				'# Backend engineer at a bank',
				'',
				'- [ ] [SQL databases](https://example.org/core/sql-databases/) (the ad says: Postgres)',
				'  - [x] I can write a join',
				'  - [ ] I can add an index',
				'- [x] [Testing](https://example.org/core/testing/) (the ad says: pytest)',
				'  - [x] I can write a fixture',
				'',
				'Not on the roadmap, learn elsewhere:',
				'',
				'- [ ] pandas',
				'',
			].join('\n'),
		);
	});
});

describe('names and ids', () => {
	const now = new Date(T2);

	it('names a target after the ad’s title line, without Markdown', () => {
		expect(suggestName('\n## **Senior Python Developer** \nWe are…', now, 'en')).toBe('Senior Python Developer');
	});

	it('falls back to the date when the first line is a paragraph', () => {
		expect(suggestName(`${'We are a growing company '.repeat(5)}\n`, now, 'en')).toBe('Job ad, November 2, 2026');
	});

	it('makes ids a target can be stored under', () => {
		expect(isTarget(target({ id: newTargetId() }))).toBe(true);
		expect(newTargetId()).not.toBe(newTargetId());
	});
});

describe('targets in export files', () => {
	it('travel with the progress and come back identical', () => {
		const progress = progressOf({ 'sql-joins': true });
		const result = parseImport(createExport(progress, new Date(T2), [target()]));
		expect(result).toEqual({ ok: true, progress, targets: [target()] });
	});

	it('are left out of files without targets, which older versions of the site read as before', () => {
		expect(JSON.parse(createExport(new Map(), new Date(T2)))).not.toHaveProperty('targets');
	});

	it('refuse the whole file when one target is malformed', () => {
		const text = createExport(new Map(), new Date(T2), [target(), target({ name: '' })]);
		expect(parseImport(text)).toEqual({
			ok: false,
			message: 'Target 2 in this file is malformed, so nothing was imported.',
		});
	});

	it('are counted in the import preview when new or newer', () => {
		const plan = planImport(new Map(), new Map(), new Set(), new Map(), {
			current: [target()],
			imported: [target({ at: T2, name: 'Renamed' }), target({ id: 'zzz999yyy888' })],
		});
		expect(plan.targets).toBe(2);
		expect(describeImport(plan)).toBe('Adds 0, keeps 0, 2 targets added or updated.');
		const same = planImport(new Map(), new Map(), new Set(), new Map(), { current: [target()], imported: [target()] });
		expect(same.targets).toBe(0);
	});
});

describe('the targets store, over each state storage can be in', () => {
	it('reads, saves and re-reads before each change, so another tab’s target is kept', () => {
		const storage = fakeStorage();
		const store = createTargetsStore(storage);
		store.update((targets) => [...targets, target()]);
		// Another tab saves a second target.
		storage.setItem(TARGETS_KEY, serializeTargets([target(), target({ id: 'zzz999yyy888', name: 'Other tab' })]));
		store.update((targets) => targets.map((entry) => ({ ...entry, at: T2 })));
		expect(readTargets(storage.getItem(TARGETS_KEY))).toMatchObject({ ok: true, targets: [{}, { name: 'Other tab' }] });
		expect(store.saved).toBe(true);
	});

	it('copies an unreadable value aside instead of overwriting it', () => {
		const storage = fakeStorage({ [TARGETS_KEY]: '{broken' });
		const store = createTargetsStore(storage);
		expect(store.targets).toEqual([]);
		const aside = [...Array(storage.length).keys()]
			.map((index) => storage.key(index)!)
			.filter((key) => key.includes('kept-aside'));
		expect(aside).toHaveLength(1);
		expect(storage.getItem(aside[0])).toBe('{broken');
	});

	it('keeps working in memory when storage is full, and says it did not save', () => {
		const store = createTargetsStore(fakeStorage({}, { full: true }));
		store.update(() => [target()]);
		expect(store.targets).toEqual([target()]);
		expect(store.saved).toBe(false);
	});

	it('keeps working in memory when storage throws on every access', () => {
		const store = createTargetsStore(fakeStorage({}, { throws: true }));
		store.update(() => [target()]);
		expect(store.targets).toEqual([target()]);
		expect(store.saved).toBe(false);
	});

	it('keeps working with no storage at all', () => {
		const store = createTargetsStore(null);
		store.merge([target()]);
		expect(store.targets).toEqual([target()]);
		expect(store.saved).toBe(false);
	});
});

describe('undoing an import of targets', () => {
	const kept = target({ id: 'kept-target' });
	const updated = target({ id: 'updated-target', name: 'Before' });
	const newer = { ...updated, name: 'From the file', at: T2 };
	const added = target({ id: 'added-target' });
	const before = [kept, updated];
	const after = mergeTargets(before, [newer, added]);

	it('removes what the import added and puts back what it updated', () => {
		expect(undoTargetImport(before, after, after)).toEqual([kept, updated]);
	});

	it('leaves alone targets changed since, in this tab or another', () => {
		const renamed = { ...added, name: 'Renamed later', at: '2026-11-03T10:00:00.000Z' };
		const elsewhere = target({ id: 'saved-elsewhere' });
		expect(undoTargetImport(before, after, [kept, newer, renamed, elsewhere])).toEqual([
			kept,
			updated,
			renamed,
			elsewhere,
		]);
	});
});
