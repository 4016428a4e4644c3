/**
 * The page's progress: a storage slot (./storage-slot) holding the reader's ticks under PROGRESS_KEY.
 * All decisions (parsing, merging, migrating) are made by the pure functions in `src/lib/progress`.
 */
import {
	PROGRESS_KEY,
	emptyProgress,
	mergeProgress,
	migrateAliases,
	readProgress,
	serializeProgress,
	setItem,
	type Progress,
} from '../lib/progress';
import {
	createSlot,
	followOtherTabs,
	openLocalStorage,
	type Codec,
	type SlotNotice,
	type StorageSlot,
} from './storage-slot';

/** Progress as stored: for each item, the later change wins when two tabs or a file disagree. */
export const progressCodec: Codec<Progress> = {
	empty: emptyProgress,
	read: (raw) => {
		const result = readProgress(raw);
		return result.ok ? result.progress : undefined;
	},
	write: serializeProgress,
	reconcile: mergeProgress,
};

/** The reader's ticks, with the changes a page makes to them. */
export interface ProgressStore {
	readonly progress: Progress;
	readonly notice: SlotNotice;
	/** Ticks or unticks one item. */
	set(id: string, done: boolean): void;
	/** Ticks or unticks several items at once, e.g. to reset progress or undo a reset. */
	setMany(ids: readonly string[], done: boolean): void;
	/** Merges imported progress; for each item the later change wins. */
	merge(incoming: Progress): void;
	/** Moves progress stored under old ids to current ones (`aliases`: old id → current id). */
	migrate(aliases: ReadonlyMap<string, string>): void;
	/** Calls `listener` whenever progress changes, here or in another tab. */
	subscribe(listener: () => void): void;
}

/** The progress store over a slot. */
function storeOver(slot: StorageSlot<Progress>): ProgressStore {
	const setAll = (ids: readonly string[], done: boolean) => {
		const now = new Date();
		slot.update((progress) => ids.reduce((next, id) => setItem(next, id, done, now), progress));
	};
	return {
		get progress() {
			return slot.value;
		},
		get notice() {
			return slot.notice;
		},
		set: (id, done) => setAll([id], done),
		setMany: setAll,
		merge: (incoming) => slot.update((progress) => mergeProgress(progress, incoming)),
		migrate(aliases) {
			if (migrateAliases(slot.value, aliases).changed) {
				slot.update((progress) => migrateAliases(progress, aliases).progress);
			}
		},
		subscribe: slot.subscribe,
	};
}

/** Creates a progress store over `storage` (null: in memory only), for tests and for pages. */
export function createProgressStore(storage: Storage | null): ProgressStore {
	return storeOver(createSlot({ storage, key: PROGRESS_KEY, codec: progressCodec }));
}

declare global {
	interface Window {
		/** The page's progress store, on window so that code bundled on its own (the job-ad tool) shares it. */
		pbrProgressStore?: ProgressStore;
	}
}

/** The page's one progress store, created on first use; it follows changes made in other tabs. */
export function getProgressStore(): ProgressStore {
	if (!window.pbrProgressStore) {
		const slot = createSlot({ storage: openLocalStorage(), key: PROGRESS_KEY, codec: progressCodec });
		window.pbrProgressStore = storeOver(slot);
		followOtherTabs(slot, PROGRESS_KEY);
	}
	return window.pbrProgressStore;
}
