import { describe, expect, it } from 'vitest';
import { mergeProgress, type Progress } from '../../src/lib/progress/progress';
import {
	MAX_IMPORT_BYTES,
	canRestore,
	createExport,
	describeImport,
	describeRestore,
	parseImport,
	planImport,
	restoreChanges,
	undoChanges,
} from '../../src/lib/progress/progress-transfer';

const T1 = '2026-11-01T10:00:00.000Z';
const T2 = '2026-11-02T10:00:00.000Z';
const progressOf = (entries: Record<string, [boolean, string]>): Progress =>
	new Map(Object.entries(entries).map(([id, [done, at]]) => [id, { done, at }]));
const file = (items: unknown, extra: Record<string, unknown> = {}) =>
	JSON.stringify({ format: 'python-backend-roadmap-progress', version: 1, exportedAt: T2, items, ...extra });

describe('createExport', () => {
	it('writes a versioned file with the date and every item’s state and time', () => {
		const text = createExport(progressOf({ 'b-item': [true, T1], 'a-item': [false, T2] }), new Date(T2));
		expect(JSON.parse(text)).toEqual({
			format: 'python-backend-roadmap-progress',
			version: 1,
			exportedAt: T2,
			items: { 'a-item': { done: false, at: T2 }, 'b-item': { done: true, at: T1 } },
		});
	});

	it('round-trips through parseImport', () => {
		const progress = progressOf({ 'explain-the-gil': [true, T1] });
		expect(parseImport(createExport(progress, new Date(T2)))).toEqual({ ok: true, progress, targets: [] });
	});
});

describe('parseImport refuses bad files whole', () => {
	it.each([
		['an oversized file', 'x', MAX_IMPORT_BYTES + 1, /at most 256 KB/],
		['not JSON', '{"format":', undefined, /not valid JSON/],
		['an array', '[]', undefined, /not a progress export/],
		['another app’s JSON', '{"theme":"dark"}', undefined, /not a progress export/],
		['a newer format', file({}, { version: 2 }), undefined, /newer version/],
		['items as a list', file([]), undefined, /no list of items/],
		['a __proto__ key', file(JSON.parse(`{"__proto__": {"done": true, "at": "${T1}"}}`)), undefined, /never uses/],
		[
			'a __proto__ key written as text',
			`{"format":"python-backend-roadmap-progress","version":1,"items":{"__proto__":{"done":true,"at":"${T1}"}}}`,
			undefined,
			/never uses/,
		],
		['a constructor key', file({ constructor: { done: true, at: T1 } }), undefined, /never uses/],
		['HTML in an id', file({ '<img src=x onerror=alert(1)>': { done: true, at: T1 } }), undefined, /never uses/],
		['HTML in a state', file({ 'a-item': { done: '<b>yes</b>', at: T1 } }), undefined, /"a-item" is malformed/],
		['a bad date', file({ 'a-item': { done: true, at: 'yesterday' } }), undefined, /malformed/],
		['an impossible date', file({ 'a-item': { done: true, at: '2026-13-45T10:00:00.000Z' } }), undefined, /malformed/],
		['HTML in a date', file({ 'a-item': { done: true, at: '<script>alert(1)</script>' } }), undefined, /malformed/],
		['a number as state', file({ 'a-item': { done: 1, at: T1 } }), undefined, /malformed/],
		['text as state', file({ 'a-item': { done: 'true', at: T1 } }), undefined, /malformed/],
		['a state that is not an object', file({ 'a-item': true }), undefined, /malformed/],
		[
			'a missing version',
			JSON.stringify({ format: 'python-backend-roadmap-progress', items: {} }),
			undefined,
			/not supported/,
		],
		['an older version', file({}, { version: 0 }), undefined, /not supported/],
		['a version written as text', file({}, { version: '1' }), undefined, /not supported/],
		['a bad export date', file({}, { exportedAt: 'last week' }), undefined, /export date/],
		[
			'too many items',
			file(Object.fromEntries(Array.from({ length: 5001 }, (_, i) => [`item-${i}`, { done: true, at: T1 }]))),
			1000,
			/at most 5000/,
		],
	])('refuses %s', (_name, text, size, message) => {
		const result = parseImport(text as string, size);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.message).toMatch(message);
		expect(({} as Record<string, unknown>).done).toBeUndefined();
	});
});

describe('planImport', () => {
	const current = progressOf({ kept: [true, T1], 'old-tick': [true, T1], untouched: [false, T1] });
	const incoming = progressOf({
		kept: [true, T1],
		'new-tick': [true, T2],
		'old-tick': [false, T2],
		'gone-item': [true, T1],
	});
	const plan = planImport(current, incoming, new Set(['kept', 'old-tick', 'untouched', 'new-tick']));

	it('counts what will be added, unticked and kept on the site, and what is set aside', () => {
		expect({ adds: plan.adds, removes: plan.removes, keeps: plan.keeps, unknown: plan.unknown }).toEqual({
			adds: 1,
			removes: 1,
			keeps: 1,
			unknown: 1,
		});
	});

	it('describes the plan in one sentence', () => {
		expect(describeImport(plan)).toBe(
			'Adds 1, unticks 1 (changed later in the file), keeps 1, 1 unknown item kept aside.',
		);
	});

	it('counts and merges items the file holds under a renamed id as the current item', () => {
		const renamed = planImport(
			progressOf({}),
			progressOf({ 'old-name': [true, T1], 'gone-item': [true, T1] }),
			new Set(['new-name']),
			new Map([['old-name', 'new-name']]),
		);
		expect({ adds: renamed.adds, unknown: renamed.unknown }).toEqual({ adds: 1, unknown: 1 });
		expect([...renamed.incoming.keys()].sort()).toEqual(['gone-item', 'new-name']);
		expect(renamed.incoming.get('new-name')).toEqual({ done: true, at: T1 });
	});

	it('accepts a file without an export date', () => {
		const text = JSON.stringify({ format: 'python-backend-roadmap-progress', version: 1, items: {} });
		expect(parseImport(text)).toEqual({ ok: true, progress: new Map(), targets: [] });
	});

	it('never loses a newer local change', () => {
		const local = progressOf({ a: [true, T2] });
		const older = progressOf({ a: [false, T1] });
		const plan = planImport(local, older, new Set(['a']));
		expect(mergeProgress(local, plan.incoming).get('a')).toEqual({ done: true, at: T2 });
		expect(plan.removes).toBe(0);
	});
});

describe('restoring a backup after a reset', () => {
	const T3 = '2026-11-03T10:00:00.000Z';
	const NOW = new Date('2026-11-04T10:00:00.000Z');
	// The file: ticked on day 1. This browser: reset (unticked) on day 3, one item ticked again, one new tick.
	const backup = progressOf({ a: [true, T1], b: [true, T1], c: [false, T1], gone: [true, T1] });
	const current = progressOf({ a: [false, T3], b: [true, T3], c: [true, T3], d: [true, T2] });
	const known = new Set(['a', 'b', 'c', 'd']);
	const plan = planImport(current, backup, known);

	it('counts the file’s ticks and unticks that are older than this browser’s changes', () => {
		expect({ adds: plan.adds, olderTicks: plan.olderTicks, olderUnticks: plan.olderUnticks }).toEqual({
			adds: 0,
			olderTicks: 1,
			olderUnticks: 1,
		});
		expect(canRestore(plan)).toBe(true);
	});

	it('says so in the preview, and what restoring would do', () => {
		expect(describeImport(plan)).toBe(
			'Adds 0, keeps 3, 1 unknown item kept aside. 1 item is ticked in the file but you unticked it later; ' +
				'1 item is unticked in the file but you ticked it later: merging keeps your newer changes.',
		);
		expect(describeRestore(plan)).toBe("Restoring the file's state ticks 1 and unticks 1.");
		expect(describeRestore(plan, 'done')).toBe("Restored the file's state: ticked 1 and unticked 1.");
	});

	it('restores every item of the file as a change made now, and leaves the others alone', () => {
		const changes = restoreChanges(current, plan.incoming, NOW);
		expect(Object.fromEntries(changes)).toEqual({
			a: { done: true, at: NOW.toISOString() },
			c: { done: false, at: NOW.toISOString() },
			gone: { done: true, at: NOW.toISOString() },
		});
		const restored = mergeProgress(current, changes);
		expect([...restored].filter(([, state]) => state.done).map(([id]) => id)).toEqual(['a', 'b', 'd', 'gone']);
	});

	it('is undone by changes that put every tick back as it was', () => {
		const restored = mergeProgress(current, restoreChanges(current, plan.incoming, NOW));
		const later = new Date(NOW.getTime() + 1000);
		const undone = mergeProgress(restored, undoChanges(current, restored, later));
		for (const id of ['a', 'b', 'c', 'd', 'gone']) {
			expect(undone.get(id)?.done === true, id).toBe(current.get(id)?.done === true);
		}
	});

	it('offers no restore when the file holds nothing older', () => {
		const fresh = planImport(progressOf({}), backup, known);
		expect(canRestore(fresh)).toBe(false);
		expect(describeImport(fresh)).toBe('Adds 2, keeps 0, 1 unknown item kept aside.');
	});
});
