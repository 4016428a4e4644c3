import { describe, expect, it, vi } from 'vitest';
import { PROGRESS_KEY, serializeProgress, type Progress } from '../../src/lib/progress/progress';
import { ProgressStore } from '../../src/scripts/progress/progress-store';
import { fakeStorage } from '../support/fake-storage';

const T1 = '2026-11-01T10:00:00.000Z';
const stored = (items: Record<string, boolean>) =>
	serializeProgress(new Map(Object.entries(items).map(([id, done]) => [id, { done, at: T1 }])));
const ticked = (progress: Progress) =>
	[...progress]
		.filter(([, state]) => state.done)
		.map(([id]) => id)
		.sort();

/** Every state the progress key can be found in, and what the reader must get. */
const STATES: {
	name: string;
	storage: () => ReturnType<typeof fakeStorage> | null;
	ticks: string[];
	notice: 'kept-aside' | 'not-saved' | undefined;
	/** Whether a tick made now is still stored for the next page. */
	saves: boolean;
}[] = [
	{ name: 'empty storage', storage: () => fakeStorage(), ticks: [], notice: undefined, saves: true },
	{
		name: 'stored progress',
		storage: () => fakeStorage({ [PROGRESS_KEY]: stored({ 'a-item': true, 'b-item': false }) }),
		ticks: ['a-item'],
		notice: undefined,
		saves: true,
	},
	{
		name: 'a corrupted value',
		storage: () => fakeStorage({ [PROGRESS_KEY]: '{"version":1,"items":' }),
		ticks: [],
		notice: 'kept-aside',
		saves: true,
	},
	{
		name: 'a foreign value',
		storage: () => fakeStorage({ [PROGRESS_KEY]: '"dark"' }),
		ticks: [],
		notice: 'kept-aside',
		saves: true,
	},
	{
		name: 'a future version',
		storage: () => fakeStorage({ [PROGRESS_KEY]: JSON.stringify({ version: 2, items: {} }) }),
		ticks: [],
		notice: 'kept-aside',
		saves: true,
	},
	{
		name: 'storage that is full',
		storage: () => fakeStorage({ [PROGRESS_KEY]: stored({ 'a-item': true }) }, { full: true }),
		ticks: ['a-item'],
		notice: 'not-saved',
		saves: false,
	},
	{
		name: 'a corrupted value in full storage',
		storage: () => fakeStorage({ [PROGRESS_KEY]: '{broken' }, { full: true }),
		ticks: [],
		notice: 'not-saved',
		saves: false,
	},
	{
		name: 'storage that throws on every access',
		storage: () => fakeStorage({}, { throws: true }),
		ticks: [],
		notice: 'not-saved',
		saves: false,
	},
	{ name: 'no storage at all', storage: () => null, ticks: [], notice: 'not-saved', saves: false },
];

describe.each(STATES)('the progress store over $name', ({ storage: make, ticks, notice, saves }) => {
	it('reads what can be read and never throws', () => {
		const store = new ProgressStore(make());
		expect(ticked(store.value)).toEqual(ticks);
	});

	it('keeps a tick in memory, says whether it was saved, and keeps unreadable values aside', () => {
		const storage = make();
		const before = storage?.keys().length ? storage.getItem(PROGRESS_KEY) : null;
		const store = new ProgressStore(storage);
		store.set('new-item', true);
		expect(ticked(store.value)).toEqual([...ticks, 'new-item'].sort());
		expect(store.notice).toBe(notice);
		if (saves) expect(ticked(new ProgressStore(storage).value)).toContain('new-item');
		if (notice === 'kept-aside') {
			const aside = storage!.keys().filter((key) => key.startsWith(`${PROGRESS_KEY}:kept-aside:`));
			expect(aside.map((key) => storage!.getItem(key))).toEqual([before]);
		}
	});
});

describe('the progress store with other tabs', () => {
	it('keeps a tick another tab stored when this tab changes something else', () => {
		const storage = fakeStorage();
		const here = new ProgressStore(storage);
		const there = new ProgressStore(storage);
		there.set('from-there', true);
		here.set('from-here', true);
		expect(ticked(new ProgressStore(storage).value)).toEqual(['from-here', 'from-there']);
	});

	it('shows another tab’s ticks after a storage event (refresh), keeping its own', () => {
		const storage = fakeStorage();
		const here = new ProgressStore(storage);
		const there = new ProgressStore(storage);
		here.set('from-here', true);
		there.set('from-there', true);
		expect(ticked(here.value)).toEqual(['from-here']);
		here.refresh();
		expect(ticked(here.value)).toEqual(['from-here', 'from-there']);
	});

	it('moves renamed ids and removes the old ones from storage', () => {
		const storage = fakeStorage({ [PROGRESS_KEY]: stored({ 'old-name': true }) });
		const store = new ProgressStore(storage);
		store.migrate(new Map([['old-name', 'new-name']]));
		expect(ticked(new ProgressStore(storage).value)).toEqual(['new-name']);
	});

	it('tells its listeners about every change', () => {
		vi.useFakeTimers({ now: new Date('2026-12-04T10:00:00Z') });
		const store = new ProgressStore(fakeStorage());
		let calls = 0;
		store.subscribe(() => (calls += 1));
		store.set('a-item', true);
		// A reader's next change comes at least a millisecond later; within one, the tie rule keeps the tick.
		vi.setSystemTime(Date.now() + 1000);
		store.setMany(['a-item', 'b-item'], false);
		vi.useRealTimers();
		store.merge(new Map([['c-item', { done: true, at: T1 }]]));
		expect(calls).toBe(3);
		expect(ticked(store.value)).toEqual(['c-item']);
	});
});
