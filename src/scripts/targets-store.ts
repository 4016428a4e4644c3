/**
 * The browser side of targets: the one place that touches their localStorage key. Every change re-reads
 * storage first, so a target saved or deleted in another tab is kept; an unreadable stored value is copied
 * aside once, never overwritten. Loaded only by the job-ad tool and the progress page's targets.
 */
import { TARGETS_KEY, mergeTargets, readTargets, serializeTargets, type Target } from '../lib/targets';

type Listener = (targets: readonly Target[]) => void;

/** Targets in storage and in memory. `saved` is false when storage refused, so the page can say so. */
export interface TargetsStore {
	readonly targets: readonly Target[];
	readonly saved: boolean;
	/** Applies `change` to the latest stored list and writes the result. */
	update(change: (targets: Target[]) => Target[]): void;
	/** Merges targets from an import file; of two versions of one target the later change wins. */
	merge(incoming: readonly Target[]): void;
	subscribe(listener: Listener): void;
}

/** Creates the store over `storage` (injected, so tests and locked-down browsers can pass null). */
export function createTargetsStore(storage: Storage | null): TargetsStore {
	let targets: Target[] = [];
	let saved = storage !== null;
	const listeners = new Set<Listener>();
	const emit = () => listeners.forEach((listener) => listener(targets));

	const readLatest = (): Target[] => {
		if (!storage) return targets;
		try {
			const raw = storage.getItem(TARGETS_KEY);
			const result = readTargets(raw);
			if (result.ok) return result.targets;
			storage.setItem(`${TARGETS_KEY}:kept-aside:${new Date().toISOString()}`, raw!);
			storage.removeItem(TARGETS_KEY);
		} catch {
			saved = false;
		}
		return targets;
	};
	const write = (next: Target[]) => {
		targets = next;
		if (!storage) return;
		try {
			storage.setItem(TARGETS_KEY, serializeTargets(next));
			saved = true;
		} catch {
			saved = false;
		}
	};

	targets = readLatest();
	if (typeof window !== 'undefined') {
		window.addEventListener('storage', (event) => {
			if (event.key !== TARGETS_KEY && event.key !== null) return;
			targets = readLatest();
			emit();
		});
	}
	return {
		get targets() {
			return targets;
		},
		get saved() {
			return saved;
		},
		update(change) {
			write(change(readLatest()));
			emit();
		},
		merge(incoming) {
			write(mergeTargets(readLatest(), incoming));
			emit();
		},
		subscribe(listener) {
			listeners.add(listener);
		},
	};
}

/** localStorage, or null where touching it throws (disabled storage, some private modes). */
function openStorage(): Storage | null {
	try {
		return window.localStorage;
	} catch {
		return null;
	}
}

let store: TargetsStore | undefined;

/** The page's one targets store, created on first use. */
export function getTargetsStore(): TargetsStore {
	store ??= createTargetsStore(openStorage());
	return store;
}
