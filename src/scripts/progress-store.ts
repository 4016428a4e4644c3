/**
 * The browser side of progress: the one place that touches localStorage.
 * All decisions (parsing, merging, migrating) are made by the pure functions in `src/lib/progress`.
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
} from '../lib/progress';

/** Why the reader should be told something about their saved progress. */
export type StoreNotice = 'kept-aside' | 'not-saved' | undefined;

type Listener = () => void;

/** Returns localStorage, or null where merely touching it throws (disabled storage, some private modes). */
function openStorage(): Storage | null {
	try {
		return window.localStorage;
	} catch {
		return null;
	}
}

class ProgressStore {
	progress: Progress = emptyProgress();
	notice: StoreNotice;
	private storage = openStorage();
	private listeners = new Set<Listener>();

	constructor() {
		if (!this.storage) this.notice = 'not-saved';
		this.progress = this.readLatest();
		window.addEventListener('storage', (event) => {
			if (event.key !== PROGRESS_KEY && event.key !== null) return;
			this.progress = mergeProgress(this.progress, this.readLatest());
			this.emit();
		});
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
			this.progress = mergeProgress(this.readLatest(), this.progress);
			if (this.storage) this.storage.setItem(PROGRESS_KEY, serializeProgress(this.progress));
		} catch {
			this.notice = 'not-saved';
		}
	}

	/** Ticks or unticks one item. Re-reads storage first so a change made in another tab is kept. */
	set(id: string, done: boolean): void {
		this.progress = setItem(this.progress, id, done, new Date());
		this.write();
		this.emit();
	}

	/** Ticks or unticks several items at once, e.g. to reset progress or undo a reset. */
	setMany(ids: readonly string[], done: boolean): void {
		const now = new Date();
		for (const id of ids) this.progress = setItem(this.progress, id, done, now);
		this.write();
		this.emit();
	}

	/** Merges imported progress; for each item the later change wins. */
	merge(incoming: Progress): void {
		this.progress = mergeProgress(this.progress, incoming);
		this.write();
		this.emit();
	}

	/** Moves progress stored under old ids to current ones (`aliases`: old id → current id). */
	migrate(aliases: ReadonlyMap<string, string>): void {
		const result = migrateAliases(this.progress, aliases);
		if (!result.changed) return;
		this.progress = result.progress;
		if (this.storage) {
			try {
				this.storage.setItem(PROGRESS_KEY, serializeProgress(this.progress));
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

let store: ProgressStore | undefined;

/** The page's one progress store, created on first use. */
export function getProgressStore(): ProgressStore {
	store ??= new ProgressStore();
	return store;
}
