/**
 * The reader's saved targets: a storage slot (./storage-slot) under TARGETS_KEY. What is stored is the truth:
 * every change is applied to the latest stored list, so a target saved or deleted in another tab is kept.
 * Loaded only by the job-ad tool and the progress page's targets.
 */
import { TARGETS_KEY, mergeTargets, readTargets, serializeTargets, type Target } from '../../lib/progress/targets';
import { createSlot, followOtherTabs, openLocalStorage, type Codec } from './storage-slot';

/** Targets as stored; the stored list wins over what a page holds, so deletions in other tabs stick. */
export const targetsCodec: Codec<Target[]> = {
	empty: () => [],
	read: (raw) => {
		const result = readTargets(raw);
		return result.ok ? result.targets : undefined;
	},
	write: serializeTargets,
	reconcile: (_held, stored) => stored,
};

/** Targets in storage and in memory. `saved` is false when storage refused, so the page can say so. */
export interface TargetsStore {
	readonly targets: readonly Target[];
	readonly saved: boolean;
	/** Applies `change` to the latest stored list and writes the result. */
	update(change: (targets: Target[]) => Target[]): void;
	/** Merges targets from an import file; of two versions of one target the later change wins. */
	merge(incoming: readonly Target[]): void;
	subscribe(listener: () => void): void;
}

/** Creates the store over `storage` (injected, so tests and locked-down browsers can pass null). */
export function createTargetsStore(storage: Storage | null): TargetsStore {
	const slot = createSlot({ storage, key: TARGETS_KEY, codec: targetsCodec });
	if (typeof window !== 'undefined') followOtherTabs(slot, TARGETS_KEY);
	return {
		get targets() {
			return slot.value;
		},
		get saved() {
			return slot.notice !== 'not-saved';
		},
		update: (change) => slot.update((targets) => change([...targets])),
		merge: (incoming) => slot.update((targets) => mergeTargets(targets, incoming)),
		subscribe: slot.subscribe,
	};
}

let store: TargetsStore | undefined;

/** The page's one targets store, created on first use. */
export function getTargetsStore(): TargetsStore {
	store ??= createTargetsStore(openLocalStorage());
	return store;
}
