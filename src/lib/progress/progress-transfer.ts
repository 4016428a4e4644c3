import { isItemId } from '../content/kebab-case';
import { isIsoDate, isItemState, mergeProgress, migrateAliases, type ItemState, type Progress } from './progress';
import { TARGET_LIMITS, isTarget, mergeTargets, readTargetList, type Target } from './targets';

/** Marks an export file as ours. */
export const EXPORT_FORMAT = 'python-backend-roadmap-progress';
/**
 * Version of the export file, separate from the stored format's (PROGRESS_VERSION): files outlive browsers,
 * so bump this only when a file written today could not be read by the new code, and keep reading old versions.
 */
export const EXPORT_VERSION = 1;
/** Largest import file accepted; a full roadmap's export is about 20 KB. */
export const MAX_IMPORT_BYTES = 256 * 1024;
/** Most items an import may hold; the site has a few hundred. */
export const MAX_IMPORT_ITEMS = 5000;

/** The export file's shape. */
export interface ProgressExport {
	format: typeof EXPORT_FORMAT;
	version: typeof EXPORT_VERSION;
	exportedAt: string;
	items: Record<string, ItemState>;
	/** Saved job-ad targets (src/lib/progress/targets.ts); absent in files from before targets existed. */
	targets?: Target[];
}

/** The JSON text of an export file, with ids sorted. */
export function createExport(progress: Progress, now: Date, targets: readonly Target[] = []): string {
	const items: Record<string, ItemState> = {};
	for (const id of [...progress.keys()].sort()) {
		Object.defineProperty(items, id, { value: progress.get(id), enumerable: true });
	}
	const file: ProgressExport = {
		format: EXPORT_FORMAT,
		version: EXPORT_VERSION,
		exportedAt: now.toISOString(),
		items,
		...(targets.length > 0 && { targets: [...targets] }),
	};
	return `${JSON.stringify(file, null, 2)}\n`;
}

/** Result of reading an import file: progress to merge, or why it was refused. */
export type ImportResult = { ok: true; progress: Progress; targets: Target[] } | { ok: false; message: string };

const refuse = (message: string): ImportResult => ({ ok: false, message });

/**
 * Validates an import file completely before anything changes. Any problem refuses the whole file:
 * a file that is partly wrong is not trusted to be partly right.
 */
export function parseImport(text: string, byteLength = text.length): ImportResult {
	if (byteLength > MAX_IMPORT_BYTES) {
		return refuse(
			`This file is ${Math.ceil(byteLength / 1024)} KB; a progress export is at most ${MAX_IMPORT_BYTES / 1024} KB.`,
		);
	}
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return refuse('This file is not valid JSON, so it is not a progress export from this site.');
	}
	if (typeof data !== 'object' || data === null || Array.isArray(data))
		return refuse('This file is not a progress export from this site.');
	const file = data as Record<string, unknown>;
	if (file.format !== EXPORT_FORMAT) return refuse('This file is not a progress export from this site.');
	if (typeof file.version === 'number' && file.version > EXPORT_VERSION) {
		return refuse('This file comes from a newer version of the site; reload the page and try again.');
	}
	if (file.version !== EXPORT_VERSION) return refuse('This export format is not supported.');
	if (file.exportedAt !== undefined && !isIsoDate(file.exportedAt)) {
		return refuse('The export date in this file is not a valid date.');
	}
	if (typeof file.items !== 'object' || file.items === null || Array.isArray(file.items)) {
		return refuse('This file has no list of items.');
	}
	const entries = Object.entries(file.items);
	if (entries.length > MAX_IMPORT_ITEMS)
		return refuse(`This file lists ${entries.length} items; at most ${MAX_IMPORT_ITEMS} are accepted.`);
	const progress: Progress = new Map();
	for (const [id, state] of entries) {
		if (!isItemId(id))
			return refuse(`This file contains an item id that the site never uses, so nothing was imported.`);
		if (!isItemState(state)) return refuse(`The item "${id}" is malformed, so nothing was imported.`);
		// Written the one way the site writes times, so that comparing two of them as text compares the instants.
		progress.set(id, { done: state.done, at: new Date(state.at).toISOString() });
	}
	const targets = file.targets ?? [];
	const list = readTargetList(targets);
	if (!list || (targets as unknown[]).length > TARGET_LIMITS.targets) {
		return refuse(`The list of targets in this file is not one this site writes, so nothing was imported.`);
	}
	const bad = (targets as unknown[]).findIndex((target) => !isTarget(target));
	if (bad !== -1) return refuse(`Target ${bad + 1} in this file is malformed, so nothing was imported.`);
	// readTargetList's copies hold only a target's own fields, so nothing else in the file (an own `__proto__`) is kept.
	return { ok: true, progress, targets: list.targets };
}

/** What an import will do, for the confirmation message. */
export interface ImportPlan {
	/** Items on the site that become ticked. */
	adds: number;
	/** Items on the site that become unticked because the file holds a later change. */
	removes: number;
	/** Items on the site that are ticked already and stay so. */
	keeps: number;
	/** Items in the file that no page on the site has (kept aside, counted separately). */
	unknown: number;
	/** Items on the site ticked in the file that were unticked here later: a merge keeps them unticked. */
	olderTicks: number;
	/** Items on the site unticked in the file that were ticked here later: a merge keeps them ticked. */
	olderUnticks: number;
	/** Targets in the file that are new here, or newer than the ones here. */
	targets: number;
	/** The file's progress with renamed ids moved to their current ids: what to merge. */
	incoming: Progress;
}

/**
 * Plans a merge of imported progress into the current progress. Ids the file holds under an old name
 * (`aliases`: old id → current id) count and merge as the current item, as stored progress does.
 */
export function planImport(
	current: Progress,
	imported: Progress,
	knownIds: ReadonlySet<string>,
	aliases: ReadonlyMap<string, string> = new Map(),
	targets: { current: readonly Target[]; imported: readonly Target[] } = { current: [], imported: [] },
): ImportPlan {
	const incoming = migrateAliases(imported, aliases).progress;
	const merged = mergeProgress(current, incoming);
	let adds = 0;
	let removes = 0;
	let keeps = 0;
	let olderTicks = 0;
	let olderUnticks = 0;
	for (const [id, state] of merged) {
		if (!knownIds.has(id)) continue;
		const before = current.get(id)?.done === true;
		if (state.done && !before) adds += 1;
		else if (!state.done && before) removes += 1;
		else if (state.done && before) keeps += 1;
		const filed = incoming.get(id);
		if (filed && filed.done !== state.done) {
			if (filed.done) olderTicks += 1;
			else olderUnticks += 1;
		}
	}
	const unknown = [...incoming.keys()].filter((id) => !knownIds.has(id)).length;
	const before = new Map(targets.current.map((target) => [target.id, target]));
	const changedTargets = mergeTargets(targets.current, targets.imported).filter(
		(target) => before.get(target.id) !== target,
	).length;
	return { adds, removes, keeps, unknown, olderTicks, olderUnticks, targets: changedTargets, incoming };
}

/** Whether restoring the file's state would do more than a merge: it holds changes older than this browser's. */
export function canRestore(plan: ImportPlan): boolean {
	return plan.olderTicks + plan.olderUnticks > 0;
}

/**
 * The changes that make every item in the file take the file's state, as changes made at `now` (so they win
 * every later merge, in this tab and others). Items the file does not list are left as they are.
 */
export function restoreChanges(current: Progress, incoming: Progress, now: Date): Progress {
	const at = now.toISOString();
	const changes: Progress = new Map();
	for (const [id, state] of incoming) {
		if ((current.get(id)?.done === true) !== state.done) changes.set(id, { done: state.done, at });
	}
	return changes;
}

/**
 * The changes that undo going from `before` to `after` (an import, a restore): every item whose tick changed
 * gets its earlier tick back, as a change made at `now`.
 */
export function undoChanges(before: Progress, after: Progress, now: Date): Progress {
	const at = now.toISOString();
	const changes: Progress = new Map();
	for (const [id, state] of after) {
		const done = before.get(id)?.done === true;
		if (state.done !== done) changes.set(id, { done, at });
	}
	return changes;
}

/**
 * What restoring does, before ("Restoring the file's state ticks 12 and unticks 1.") or after it is `done`
 * ("Restored the file's state: ticked 12 and unticked 1.").
 */
export function describeRestore(plan: ImportPlan, when: 'plan' | 'done' = 'plan', source = 'file'): string {
	const ticks = plan.adds + plan.olderTicks;
	const unticks = plan.removes + plan.olderUnticks;
	const [tick, untick] = when === 'plan' ? ['ticks', 'unticks'] : ['ticked', 'unticked'];
	const parts = [`${tick} ${ticks}`];
	if (unticks > 0) parts.push(`${untick} ${unticks}`);
	return when === 'plan'
		? `Restoring the ${source}'s state ${parts.join(' and ')}.`
		: `Restored the ${source}'s state: ${parts.join(' and ')}.`;
}

/** "1 item is" or "12 items are". */
const items = (count: number) => `${count} item${count === 1 ? ' is' : 's are'}`;
const them = (count: number) => (count === 1 ? 'it' : 'them');

/**
 * One sentence describing an import plan, e.g. "Adds 12, keeps 30, 2 unknown items kept aside.", and what a merge
 * leaves out because it is older; `source` names where the import comes from ("file", "link").
 */
export function describeImport(plan: ImportPlan, source = 'file'): string {
	const parts = [`adds ${plan.adds}`];
	if (plan.removes > 0) parts.push(`unticks ${plan.removes} (changed later in the file)`);
	parts.push(`keeps ${plan.keeps}`);
	if (plan.unknown > 0) parts.push(`${plan.unknown} unknown item${plan.unknown === 1 ? '' : 's'} kept aside`);
	if (plan.targets > 0) parts.push(`${plan.targets} target${plan.targets === 1 ? '' : 's'} added or updated`);
	const sentence = parts.join(', ');
	const older = [
		plan.olderTicks > 0 &&
			`${items(plan.olderTicks)} ticked in the ${source} but you unticked ${them(plan.olderTicks)} later`,
		plan.olderUnticks > 0 &&
			`${items(plan.olderUnticks)} unticked in the ${source} but you ticked ${them(plan.olderUnticks)} later`,
	].filter(Boolean);
	const note = older.length > 0 ? ` ${older.join('; ')}: merging keeps your newer changes.` : '';
	return `${sentence[0].toUpperCase()}${sentence.slice(1)}.${note}`;
}
