/**
 * Property-based tests of everything that reads data a reader's browser or a file hands the site: stored
 * progress, stored targets, import files and transfer links (tests/unit/transfer-link.test.ts has their examples).
 * fast-check generates the inputs; each property states what must hold for all of them.
 */
import { deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	PROGRESS_VERSION,
	mergeProgress,
	readProgress,
	serializeProgress,
	type ItemState,
	type Progress,
} from '../../src/lib/progress/progress';
import {
	createExport,
	parseImport,
	planImport,
	restoreChanges,
	undoChanges,
} from '../../src/lib/progress/progress-transfer';
import { TRANSFER_PREFIX, decodeTransfer, encodeTransfer } from '../../src/lib/progress/transfer-link';
import {
	TARGET_LIMITS,
	readTargetList,
	readTargets,
	serializeTargets,
	type Target,
} from '../../src/lib/progress/targets';

/** Enough runs to find the bugs below in well under a second each, on a busy 2-core machine. */
const RUNS = { numRuns: 300 };

/** Instants a reader's clock can give, from 2000 to 2100. */
const instant = fc.date({
	min: new Date('2000-01-01T00:00:00Z'),
	max: new Date('2100-01-01T00:00:00Z'),
	noInvalidDate: true,
});
/** The same instant written every way the readers accept: with no, one, three or six fraction digits. */
const isoText = fc.tuple(instant, fc.constantFrom(0, 1, 3, 6)).map(([date, digits]) => {
	const whole = date.toISOString().slice(0, 19);
	const fraction =
		digits === 0 ? '' : `.${String(date.getUTCMilliseconds()).padStart(3, '0').padEnd(digits, '0').slice(0, digits)}`;
	return `${whole}${fraction}Z`;
});
const itemId = fc
	.array(fc.stringMatching(/^[a-z0-9]{1,8}$/), { minLength: 1, maxLength: 4 })
	.map((words) => words.join('-'))
	.filter((id) => !['constructor', 'prototype', 'hasownproperty', 'tostring', 'valueof'].includes(id));
const itemState: fc.Arbitrary<ItemState> = fc.record({
	done: fc.boolean(),
	at: instant.map((date) => date.toISOString()),
});
const progress: fc.Arbitrary<Progress> = fc
	.dictionary(itemId, itemState, { maxKeys: 40 })
	.map((items) => new Map(Object.entries(items)));
/** Anything JSON can hold, with keys that reach prototypes among them. */
const anyJson = fc
	.jsonValue()
	.chain((value) => fc.constantFrom(value, { __proto__: value }, { constructor: value, prototype: value }));
const target: fc.Arbitrary<Target> = fc.record({
	id: fc.stringMatching(/^[a-z0-9-]{6,40}$/),
	name: fc.string({ minLength: 1, maxLength: 100 }).filter((name) => name.trim() !== ''),
	topics: fc.array(
		fc.record({
			id: fc.constantFrom('core/testing', 'foundations/git', 'advanced/ci-cd'),
			words: fc.array(fc.stringMatching(/^[A-Za-z]{1,20}$/), { maxLength: 5 }),
		}),
		{ maxLength: 5 },
	),
	uncovered: fc.array(fc.stringMatching(/^[a-z]{1,20}$/), { maxLength: 5 }),
	created: instant.map((date) => date.toISOString()),
	at: instant.map((date) => date.toISOString()),
});
/** A target as a file might carry it: with extra fields, an own `__proto__` among them. */
const targetWithExtras = fc
	.tuple(target, fc.dictionary(fc.constantFrom('__proto__', 'extra', 'constructor', 'isAdmin'), anyJson))
	.map(([value, extras]) => {
		const copy = JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
		for (const [key, extra] of Object.entries(extras))
			Object.defineProperty(copy, key, { value: extra, enumerable: true });
		return copy;
	});
const doesNotThrow = (run: () => unknown) => {
	run();
	return true;
};

describe('readProgress over any stored value', () => {
	it('never throws, on any text or any JSON', () => {
		fc.assert(
			fc.property(fc.string(), (raw) => doesNotThrow(() => readProgress(raw))),
			RUNS,
		);
		fc.assert(
			fc.property(anyJson, (value) => doesNotThrow(() => readProgress(JSON.stringify(value)))),
			RUNS,
		);
		fc.assert(
			fc.property(fc.dictionary(fc.string(), anyJson), (items) =>
				doesNotThrow(() => readProgress(JSON.stringify({ version: PROGRESS_VERSION, items }))),
			),
			RUNS,
		);
	});

	it('reads back exactly what was stored', () => {
		fc.assert(
			fc.property(progress, (value) => {
				expect(readProgress(serializeProgress(value))).toEqual({ ok: true, progress: value, dropped: 0 });
			}),
			RUNS,
		);
	});

	it('never drops a valid item because others next to it are malformed', () => {
		fc.assert(
			fc.property(progress, fc.dictionary(fc.string(), anyJson, { maxKeys: 10 }), (value, junk) => {
				const items = JSON.parse(serializeProgress(value)).items as Record<string, unknown>;
				const mixed = { ...junk };
				for (const [id, state] of Object.entries(items))
					Object.defineProperty(mixed, id, { value: state, enumerable: true });
				const result = readProgress(JSON.stringify({ version: PROGRESS_VERSION, items: mixed }));
				if (!result.ok) throw new Error('a value with valid items was refused');
				for (const [id, state] of value) expect(result.progress.get(id)).toEqual(state);
				expect(Object.getPrototypeOf(Object.fromEntries(result.progress))).toBe(Object.prototype);
			}),
			RUNS,
		);
	});
});

describe('parseImport over any file', () => {
	it('never throws, on any text or any JSON', () => {
		fc.assert(
			fc.property(fc.string(), (text) => doesNotThrow(() => parseImport(text))),
			RUNS,
		);
		fc.assert(
			fc.property(anyJson, anyJson, (items, targets) =>
				doesNotThrow(() =>
					parseImport(JSON.stringify({ format: 'python-backend-roadmap-progress', version: 1, items, targets })),
				),
			),
			RUNS,
		);
	});

	it('gives back exactly what was exported: progress and targets', () => {
		fc.assert(
			fc.property(progress, fc.array(target, { maxLength: 4 }), instant, (value, targets, now) => {
				const unique = [...new Map(targets.map((entry) => [entry.id, { ...entry, name: entry.name.trim() }])).values()];
				expect(parseImport(createExport(value, now, unique))).toEqual({ ok: true, progress: value, targets: unique });
			}),
			RUNS,
		);
	});

	it('keeps only the fields a target has, whatever else the file puts in it', () => {
		fc.assert(
			fc.property(fc.array(targetWithExtras, { minLength: 1, maxLength: 3 }), (targets) => {
				const text = JSON.stringify({ format: 'python-backend-roadmap-progress', version: 1, items: {}, targets });
				const result = parseImport(text);
				if (!result.ok) throw new Error(result.message);
				for (const kept of result.targets) {
					expect(Object.keys(kept).sort()).toEqual(['at', 'created', 'id', 'name', 'topics', 'uncovered']);
					expect(Object.getPrototypeOf(kept)).toBe(Object.prototype);
				}
			}),
			RUNS,
		);
	});

	it('lets the later change win a merge, however the file writes its times', () => {
		fc.assert(
			fc.property(itemId, isoText, isoText, fc.boolean(), (id, first, second, done) => {
				const file = (at: string, ticked: boolean) =>
					JSON.stringify({
						format: 'python-backend-roadmap-progress',
						version: 1,
						items: { [id]: { done: ticked, at } },
					});
				const [a, b] = [parseImport(file(first, done)), parseImport(file(second, !done))];
				if (!a.ok || !b.ok) throw new Error('a valid file was refused');
				const merged = mergeProgress(a.progress, planImport(a.progress, b.progress, new Set([id])).incoming);
				const later =
					Date.parse(second) > Date.parse(first) ? !done : Date.parse(second) < Date.parse(first) ? done : undefined;
				if (later !== undefined) expect(merged.get(id)?.done).toBe(later);
			}),
			RUNS,
		);
	});
});

describe('readTargetList and readTargets over any value', () => {
	it('never throw, and keep only well-formed targets within the limits', () => {
		fc.assert(
			fc.property(
				fc.oneof(anyJson, fc.array(fc.oneof(target, targetWithExtras, anyJson), { maxLength: 8 })),
				(value) => {
					const list = readTargetList(value);
					if (!Array.isArray(value)) {
						expect(list).toBeUndefined();
						return;
					}
					expect(list!.targets.length + list!.dropped).toBe(value.length);
					expect(list!.targets.length).toBeLessThanOrEqual(TARGET_LIMITS.targets);
				},
			),
			RUNS,
		);
		fc.assert(
			fc.property(fc.string(), (raw) => doesNotThrow(() => readTargets(raw))),
			RUNS,
		);
	});

	it('read back exactly what was stored', () => {
		fc.assert(
			fc.property(fc.array(target, { maxLength: 4 }), (targets) => {
				const trimmed = targets.map((entry) => ({ ...entry, name: entry.name.trim() }));
				expect(readTargets(serializeTargets(trimmed))).toEqual({ ok: true, targets: trimmed });
			}),
			RUNS,
		);
	});
});

describe('decodeTransfer over any fragment', () => {
	const siteIds = fc.uniqueArray(itemId, { minLength: 1, maxLength: 60 });
	/** Bytes as they would come out of a link's deflate-raw data: any kind byte, any length. */
	const payload = fc
		.uint8Array({ maxLength: 200 })
		.map((bytes) => Buffer.from(deflateRawSync(bytes)).toString('base64url'));

	it('never throws, and refuses or reads only valid ids', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.oneof(
					fc.string(),
					payload.map((data) => `${TRANSFER_PREFIX}1.${data}`),
				),
				siteIds,
				async (fragment, ids) => {
					const result = await decodeTransfer(fragment, ids, new Date());
					if (result.ok) for (const id of result.progress.keys()) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
				},
			),
			RUNS,
		);
	});

	it('gives back exactly the ticks that were encoded, known to the site or not', async () => {
		await fc.assert(
			fc.asyncProperty(siteIds, progress, instant, async (ids, value, now) => {
				const at = new Date(Math.floor(now.getTime() / 1000) * 1000);
				const result = await decodeTransfer(await encodeTransfer(value, ids, at), [...ids].reverse(), at);
				const ticked = [...value].filter(([, state]) => state.done).map(([id]) => id);
				expect(result).toEqual({
					ok: true,
					progress: new Map(ticked.sort().map((id) => [id, { done: true, at: at.toISOString() }])),
					madeAt: at,
				});
			}),
			{ numRuns: 100 },
		);
	});
});

describe('importing, restoring and undoing any progress', () => {
	const ticks = (value: Progress) =>
		[...value]
			.filter(([, state]) => state.done)
			.map(([id]) => id)
			.sort();
	const after = (value: Progress) =>
		new Date(Math.max(0, ...[...value.values()].map((state) => Date.parse(state.at))) + 1000);

	it('merging never loses this browser’s newer change, and restoring gives every item the file’s state', () => {
		fc.assert(
			fc.property(progress, progress, (current, file) => {
				const ids = new Set([...current.keys(), ...file.keys()]);
				const plan = planImport(current, file, ids);
				const merged = mergeProgress(current, plan.incoming);
				for (const [id, state] of current) {
					const filed = file.get(id);
					if (!filed || state.at > filed.at) expect(merged.get(id)).toEqual(state);
				}
				const now = after(new Map([...current, ...file]));
				const restored = mergeProgress(current, restoreChanges(current, plan.incoming, now));
				for (const [id, state] of file) expect(restored.get(id)?.done === true, id).toBe(state.done);
				for (const [id, state] of current) if (!file.has(id)) expect(restored.get(id)).toEqual(state);
			}),
			RUNS,
		);
	});

	it('undo puts every tick back as it was, after a merge or a restore', () => {
		fc.assert(
			fc.property(progress, progress, fc.boolean(), (current, file, restore) => {
				const plan = planImport(current, file, new Set(file.keys()));
				const now = after(new Map([...current, ...file]));
				const changed = mergeProgress(current, restore ? restoreChanges(current, plan.incoming, now) : plan.incoming);
				const undone = mergeProgress(changed, undoChanges(current, changed, new Date(now.getTime() + 1000)));
				expect(ticks(undone)).toEqual(ticks(current));
			}),
			RUNS,
		);
	});
});
