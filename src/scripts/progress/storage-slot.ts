/**
 * One value the site keeps in the reader's browser, under one namespaced key, with every way storage can fail
 * handled in one place: storage that throws on access or is missing (disabled, some private modes), a full
 * quota, and a stored value that is corrupted, foreign or from a newer version (copied aside once, never
 * overwritten). Storage is injected, so all of this is unit-tested in Node (the targets store's tests in tests/unit/targets.test.ts).
 */

/** How a slot reads, writes and reconciles its value. */
export interface Codec<T> {
	/** The value when nothing is stored. */
	empty(): T;
	/** Reads a stored string; `undefined` means unreadable (corrupted, foreign, future version). */
	read(raw: string): T | undefined;
	write(value: T): string;
	/** Combines what this page holds with what another tab stored; progress keeps each item's later change. */
	reconcile(held: T, stored: T): T;
}

/** Why the reader should be told something about what is stored. */
export type SlotNotice = 'kept-aside' | 'not-saved' | undefined;

/** A value in storage and in memory; `notice` says when storage let the page down. */
export interface StorageSlot<T> {
	readonly value: T;
	readonly notice: SlotNotice;
	/** Applies `change` to the latest value (another tab's changes included) and stores the result. */
	update(change: (value: T) => T): void;
	/** Re-reads storage, e.g. after a `storage` event from another tab, and tells the listeners. */
	refresh(): void;
	subscribe(listener: () => void): void;
}

/** Creates a slot over `storage`; pass `null` where storage is unavailable, and the slot works in memory. */
export function createSlot<T>({
	storage,
	key,
	codec,
}: {
	storage: Storage | null;
	key: string;
	codec: Codec<T>;
}): StorageSlot<T> {
	let value = codec.empty();
	let notice: SlotNotice = storage ? undefined : 'not-saved';
	const listeners = new Set<() => void>();

	/** The stored value joined with what this page holds; where storage fails, what this page holds. */
	const latest = (): T => {
		if (!storage) return value;
		let raw: string | null;
		try {
			raw = storage.getItem(key);
		} catch {
			notice = 'not-saved';
			return value;
		}
		if (raw === null || raw === '') return value;
		const stored = codec.read(raw);
		if (stored !== undefined) return codec.reconcile(value, stored);
		try {
			// Kept under a key of its own, so nothing a reader had is ever destroyed.
			storage.setItem(`${key}:kept-aside:${new Date().toISOString()}`, raw);
			storage.removeItem(key);
			notice = 'kept-aside';
		} catch {
			// Could not copy it aside (storage full): leave it where it is and work in memory from now on.
			storage = null;
			notice = 'not-saved';
		}
		return value;
	};

	value = latest();
	const emit = () => listeners.forEach((listener) => listener());
	return {
		get value() {
			return value;
		},
		get notice() {
			return notice;
		},
		update(change) {
			value = change(latest());
			try {
				storage?.setItem(key, codec.write(value));
			} catch {
				notice = 'not-saved';
			}
			emit();
		},
		refresh() {
			value = latest();
			emit();
		},
		subscribe(listener) {
			listeners.add(listener);
		},
	};
}

/** localStorage, or null where merely touching it throws. */
export function openLocalStorage(): Storage | null {
	try {
		return window.localStorage;
	} catch {
		return null;
	}
}

/** Re-reads `slot` whenever another tab changes `key` (or clears storage). */
export function followOtherTabs(slot: StorageSlot<unknown>, key: string): void {
	window.addEventListener('storage', (event) => {
		if (event.key === key || event.key === null) slot.refresh();
	});
}
