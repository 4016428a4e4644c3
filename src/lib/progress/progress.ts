import { isItemId } from '../content/kebab-case';

/** Version of the stored and exported progress format. */
export const PROGRESS_VERSION = 1;
/** The one localStorage key progress lives under: namespaced and versioned. */
export const PROGRESS_KEY = `pbr:progress:v${PROGRESS_VERSION}`;
/** Prefix for stored values that could not be read and were kept aside instead of overwritten. */
export const KEPT_ASIDE_PREFIX = `${PROGRESS_KEY}:kept-aside:`;

/** The state of one checklist item. */
export interface ItemState {
	/** Whether the item is ticked. */
	done: boolean;
	/** When the item last changed, as an ISO 8601 string; the later change wins a merge. */
	at: string;
}

/** Progress in memory: item id → state. A Map, so ids like `__proto__` can never reach a prototype. */
export type Progress = Map<string, ItemState>;

/** The serialised form, in localStorage and in export files. */
export interface StoredProgress {
	version: typeof PROGRESS_VERSION;
	items: Record<string, ItemState>;
}

/** Why a stored value could not be used. */
export type UnreadableReason = 'unparseable' | 'foreign' | 'future-version';

/** Result of reading a stored value. */
export type ReadResult = { ok: true; progress: Progress; dropped: number } | { ok: false; reason: UnreadableReason };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** Whether a value is a plain object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether a value is a real instant written as ISO 8601 in UTC, like `2026-11-02T10:00:00.000Z`. */
export function isIsoDate(value: unknown): value is string {
	return typeof value === 'string' && ISO_DATE.test(value) && !Number.isNaN(Date.parse(value));
}

/** Whether a value is a well-formed item state. */
export function isItemState(value: unknown): value is ItemState {
	return isRecord(value) && typeof value.done === 'boolean' && isIsoDate(value.at);
}

/** An empty progress map. */
export function emptyProgress(): Progress {
	return new Map();
}

/**
 * Reads a stored or imported value. A missing value is empty progress; a value that is not
 * JSON, not ours, or from a newer format is reported so the caller can keep it aside.
 * Individual malformed items are dropped and counted, never guessed at.
 */
export function readProgress(raw: string | null | undefined): ReadResult {
	if (raw === null || raw === undefined || raw === '') return { ok: true, progress: emptyProgress(), dropped: 0 };
	let parsed: unknown;
	try {
		parsed = JSON.parse(raw);
	} catch {
		return { ok: false, reason: 'unparseable' };
	}
	if (!isRecord(parsed) || typeof parsed.version !== 'number' || !isRecord(parsed.items)) {
		return { ok: false, reason: 'foreign' };
	}
	if (parsed.version > PROGRESS_VERSION) return { ok: false, reason: 'future-version' };
	if (parsed.version !== PROGRESS_VERSION) return { ok: false, reason: 'foreign' };

	const progress = emptyProgress();
	let dropped = 0;
	for (const [id, state] of Object.entries(parsed.items)) {
		if (isItemId(id) && isItemState(state)) {
			progress.set(id, { done: state.done, at: state.at });
		} else {
			dropped += 1;
		}
	}
	return { ok: true, progress, dropped };
}

/** Serialises progress for storage or export, ids sorted so files diff cleanly. */
export function serializeProgress(progress: Progress): string {
	const items: Record<string, ItemState> = {};
	for (const id of [...progress.keys()].sort()) {
		const state = progress.get(id)!;
		Object.defineProperty(items, id, { value: { done: state.done, at: state.at }, enumerable: true });
	}
	const stored: StoredProgress = { version: PROGRESS_VERSION, items };
	return JSON.stringify(stored);
}

/** Whether `candidate` should replace `current`: the later change wins; on a tie, a tick wins. */
function isNewer(candidate: ItemState, current: ItemState | undefined): boolean {
	if (!current) return true;
	if (candidate.at !== current.at) return candidate.at > current.at;
	return candidate.done && !current.done;
}

/** Merges two progress maps item by item, keeping each item's most recent change. */
export function mergeProgress(base: Progress, incoming: Progress): Progress {
	const merged = new Map(base);
	for (const [id, state] of incoming) {
		if (isNewer(state, merged.get(id))) merged.set(id, state);
	}
	return merged;
}

/** Returns progress with one item set to ticked or unticked at time `now`. */
export function setItem(progress: Progress, id: string, done: boolean, now: Date): Progress {
	const next = new Map(progress);
	next.set(id, { done, at: now.toISOString() });
	return next;
}

/** Whether an item is ticked. */
export function isDone(progress: Progress, id: string): boolean {
	return progress.get(id)?.done === true;
}

/** How many of the given item ids are ticked. */
export function countDone(progress: Progress, ids: readonly string[]): number {
	return ids.reduce((total, id) => total + (isDone(progress, id) ? 1 : 0), 0);
}

/**
 * Moves progress stored under renamed ids (aliases) to the current ids.
 * `aliases` maps an old id to its current id. A newer state already under the current id wins.
 * Returns the migrated progress and whether anything changed.
 */
export function migrateAliases(
	progress: Progress,
	aliases: ReadonlyMap<string, string>,
): { progress: Progress; changed: boolean } {
	let changed = false;
	const next = new Map(progress);
	for (const [oldId, currentId] of aliases) {
		const state = next.get(oldId);
		if (!state) continue;
		next.delete(oldId);
		if (isNewer(state, next.get(currentId))) next.set(currentId, state);
		changed = true;
	}
	return { progress: next, changed };
}

/** Text of a progress count for people and screen readers, e.g. "3 of 7 done". */
export function describeCount(done: number, total: number): string {
	return `${done} of ${total} done`;
}

/**
 * The class that reserves room for the widest "done/total" count of `total` items (custom.css), so
 * restoring progress, which changes the text, moves nothing.
 */
export function countWidthClass(total: number): string {
	return `pbr-count--digits-${String(total).length}`;
}
