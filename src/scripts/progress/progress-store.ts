/**
 * The browser side of progress: the one place that touches the progress key in localStorage, which it is
 * handed (so tests/unit/progress-store.test.ts runs it in Node over every state storage can be in).
 * All decisions (parsing, merging, migrating) are made by the pure functions in `src/lib/progress/progress`.
 * Kept as one small class rather than built on ./storage-slot, which targets use: this code runs on every
 * page, and the generic slot cost about 100 bytes more of the 3 KB budget.
 */
import {
	KEPT_ASIDE_PREFIX,
	PROGRESS_KEY,
	emptyProgress,
	mergeProgress,
	migrateAliases,
	readProgress,
	serializeProgress,
	setItem,
	type Progress,
} from '../../lib/progress/progress';

/** Why the reader should be told something about their saved progress. */
export type StoreNotice = 'kept-aside' | 'not-saved' | undefined;

type Listener = () => void;

/** The reader's ticks (`value`), kept in `storage` and in memory. */
export class ProgressStore {
	value: Progress = emptyProgress();
	notice: StoreNotice;
	private listeners = new Set<Listener>();

	/** `storage` is null where touching localStorage throws (disabled storage, some private modes). */
	constructor(private storage: Storage | null) {
		if (!storage) this.notice = 'not-saved';
		this.value = this.readLatest();
	}

	/** Re-reads storage after another tab changed it, and tells the listeners. */
	refresh(): void {
		this.value = mergeProgress(this.value, this.readLatest());
		this.emit();
	}

	/** Reads what is stored now; an unreadable value is copied aside once, never overwritten. */
	private readLatest(): Progress {
		if (!this.storage) return emptyProgress();
		let raw: string | null;
		try {
			raw = this.storage.getItem(PROGRESS_KEY);
		} catch {
			this.notice = 'not-saved';
			return emptyProgress();
		}
		const result = readProgress(raw);
		if (result.ok) return result.progress;
		try {
			this.storage.setItem(`${KEPT_ASIDE_PREFIX}${new Date().toISOString()}`, raw!);
			this.storage.removeItem(PROGRESS_KEY);
			this.notice = 'kept-aside';
		} catch {
			// Could not copy it aside (storage full): keep it where it is and work in memory only.
			this.storage = null;
			this.notice = 'not-saved';
		}
		return emptyProgress();
	}

	/** Writes merged progress back; if storage refuses, carries on in memory and says so. */
	private write(): void {
		if (!this.storage) return;
		try {
			this.value = mergeProgress(this.readLatest(), this.value);
			if (this.storage) this.storage.setItem(PROGRESS_KEY, serializeProgress(this.value));
		} catch {
			this.notice = 'not-saved';
		}
	}

	/** Ticks or unticks one item. Re-reads storage first so a change made in another tab is kept. */
	set(id: string, done: boolean): void {
		this.value = setItem(this.value, id, done, new Date());
		this.write();
		this.emit();
	}

	/** Ticks or unticks several items at once, e.g. to reset progress or undo a reset. */
	setMany(ids: readonly string[], done: boolean): void {
		const now = new Date();
		for (const id of ids) this.value = setItem(this.value, id, done, now);
		this.write();
		this.emit();
	}

	/** Merges imported progress; for each item the later change wins. */
	merge(incoming: Progress): void {
		this.value = mergeProgress(this.value, incoming);
		this.write();
		this.emit();
	}

	/** Renamed item ids on the whole site (old id → current id), as last given to `migrate`. */
	aliases: ReadonlyMap<string, string> = new Map();

	/** Moves progress stored under old ids to current ones (`aliases`: old id → current id). */
	migrate(aliases: ReadonlyMap<string, string>): void {
		this.aliases = aliases;
		const result = migrateAliases(this.value, aliases);
		if (!result.changed) return;
		this.value = result.progress;
		if (this.storage) {
			try {
				this.storage.setItem(PROGRESS_KEY, serializeProgress(this.value));
			} catch {
				this.notice = 'not-saved';
			}
		}
		this.emit();
	}

	/** Calls `listener` whenever progress changes, here or in another tab. */
	subscribe(listener: Listener): void {
		this.listeners.add(listener);
	}

	private emit(): void {
		for (const listener of this.listeners) listener();
	}
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
		let storage: Storage | null = null;
		try {
			storage = window.localStorage;
		} catch {
			// Disabled storage: the store works in memory and says so.
		}
		const store = (window.pbrProgressStore = new ProgressStore(storage));
		window.addEventListener('storage', (event) => {
			if (event.key === PROGRESS_KEY || event.key === null) store.refresh();
		});
	}
	return window.pbrProgressStore;
}

/** The item ids an element counts (`data-pbr-items="id id …"`). */
export const itemsOf = (element: HTMLElement) => element.dataset.pbrItems!.split(' ').filter(Boolean);
