import { describe, expect, it } from 'vitest';
import {
	PROGRESS_KEY,
	countDone,
	describeCount,
	emptyProgress,
	isDone,
	mergeProgress,
	migrateAliases,
	readProgress,
	serializeProgress,
	setItem,
	type Progress,
} from '../../src/lib/progress/progress';

const T1 = '2026-11-01T10:00:00.000Z';
const T2 = '2026-11-02T10:00:00.000Z';

const progressOf = (entries: Readonly<Record<string, readonly [boolean, string]>>): Progress =>
	new Map(Object.entries(entries).map(([id, [done, at]]) => [id, { done, at }]));

describe('readProgress', () => {
	it('treats a missing value as empty progress', () => {
		expect(readProgress(null)).toEqual({ ok: true, progress: new Map(), dropped: 0 });
	});

	it('round-trips what serializeProgress wrote', () => {
		const progress = progressOf({ 'explain-the-gil': [true, T1], 'use-venv': [false, T2] });
		const result = readProgress(serializeProgress(progress));
		expect(result).toEqual({ ok: true, progress, dropped: 0 });
	});

	describe.each([
		['not JSON', '{"version":1,', 'unparseable'],
		['a JSON string', '"hello"', 'foreign'],
		['an array', '[1,2]', 'foreign'],
		['another app’s object', '{"theme":"dark"}', 'foreign'],
		['items that are a list', '{"version":1,"items":[]}', 'foreign'],
		['an older version', '{"version":0,"items":{}}', 'foreign'],
		['a future version', '{"version":2,"items":{}}', 'future-version'],
	])('refuses %s', (_name, raw, reason) => {
		it(`as ${reason}`, () => {
			expect(readProgress(raw)).toEqual({ ok: false, reason });
		});
	});

	it('drops malformed items and hostile keys but keeps the rest', () => {
		const raw = `{"version":1,"items":{
			"__proto__":{"done":true,"at":"${T1}"},
			"constructor":{"done":"yes","at":"${T1}"},
			"Not Kebab":{"done":true,"at":"${T1}"},
			"bad-date":{"done":true,"at":"yesterday"},
			"good-one":{"done":true,"at":"${T1}"}
		}}`;
		const result = readProgress(raw);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect([...result.progress.keys()]).toEqual(['good-one']);
		expect(result.dropped).toBe(4);
		expect(({} as Record<string, unknown>).done).toBeUndefined();
	});
});

describe('serializeProgress', () => {
	it('writes a versioned object with ids in sorted order', () => {
		const text = serializeProgress(progressOf({ zeta: [true, T1], alpha: [false, T2] }));
		expect(text).toBe(`{"version":1,"items":{"alpha":{"done":false,"at":"${T2}"},"zeta":{"done":true,"at":"${T1}"}}}`);
	});

	it('uses a namespaced, versioned storage key', () => {
		expect(PROGRESS_KEY).toBe('pbr:progress:v1');
	});
});

describe('mergeProgress', () => {
	it.each([
		['keeps items only one side has', { a: [true, T1] }, { b: [true, T2] }, { a: [true, T1], b: [true, T2] }],
		['prefers the later change (untick after tick)', { a: [true, T1] }, { a: [false, T2] }, { a: [false, T2] }],
		['prefers the later change (tick after untick)', { a: [true, T2] }, { a: [false, T1] }, { a: [true, T2] }],
		['lets a tick win a tie', { a: [false, T1] }, { a: [true, T1] }, { a: [true, T1] }],
	] as const)('%s', (_name, base, incoming, expected) => {
		const merged = mergeProgress(progressOf(base), progressOf(incoming));
		expect(Object.fromEntries(merged)).toEqual(Object.fromEntries(progressOf(expected)));
	});

	it('keeps ticks made in two tabs at once', () => {
		const tabA = setItem(emptyProgress(), 'item-a', true, new Date(T1));
		const tabB = setItem(emptyProgress(), 'item-b', true, new Date(T2));
		const stored = mergeProgress(mergeProgress(emptyProgress(), tabA), tabB);
		expect(countDone(stored, ['item-a', 'item-b'])).toBe(2);
	});
});

describe('setItem, isDone and countDone', () => {
	it('ticks and unticks without mutating the original', () => {
		const original = emptyProgress();
		const ticked = setItem(original, 'a', true, new Date(T1));
		expect(isDone(original, 'a')).toBe(false);
		expect(isDone(ticked, 'a')).toBe(true);
		expect(isDone(setItem(ticked, 'a', false, new Date(T2)), 'a')).toBe(false);
	});

	it('counts only the ids asked about', () => {
		const progress = progressOf({ a: [true, T1], b: [false, T1], c: [true, T1] });
		expect(countDone(progress, ['a', 'b'])).toBe(1);
		expect(describeCount(1, 2)).toBe('1 of 2 done');
	});
});

describe('migrateAliases', () => {
	it('moves progress from a renamed id to its current id', () => {
		const { progress, changed } = migrateAliases(progressOf({ 'old-id': [true, T1] }), new Map([['old-id', 'new-id']]));
		expect(changed).toBe(true);
		expect(Object.fromEntries(progress)).toEqual({ 'new-id': { done: true, at: T1 } });
	});

	it('keeps a newer state already stored under the current id', () => {
		const before = progressOf({ 'old-id': [true, T1], 'new-id': [false, T2] });
		const { progress } = migrateAliases(before, new Map([['old-id', 'new-id']]));
		expect(Object.fromEntries(progress)).toEqual({ 'new-id': { done: false, at: T2 } });
	});

	it('reports no change when no alias is stored', () => {
		expect(migrateAliases(progressOf({ a: [true, T1] }), new Map([['x', 'a']])).changed).toBe(false);
	});
});
