/**
 * Targets: job ads a reader saved from the job-ad tool, followed on `/progress/`. They live next to progress
 * in the reader's browser (one namespaced, versioned key) and travel in the same export file.
 * Pure and browser-safe; the one place that touches storage is `src/scripts/progress/targets-store.ts`.
 */
import { countDone, isDone, isIsoDate, isRecord, type Progress } from './progress';
import { TARGETS_VERSION } from './targets-key';

export { TARGETS_KEY, TARGETS_VERSION } from './targets-key';
/** Limits that keep a hostile stored value or import file from growing without bound. */
export const TARGET_LIMITS = { targets: 100, topics: 100, words: 20, text: 120 } as const;

/** One topic of a target: its id (`level/slug`) and the words in the ad that matched it. */
export interface TargetTopic {
	id: string;
	words: string[];
}

/** A saved job ad: what it asks for, not the ad itself (the ad text is never stored). */
export interface Target {
	/** Random id, stable across renames, exports and imports. */
	id: string;
	name: string;
	topics: TargetTopic[];
	/** Skills the ad asks for that the roadmap does not cover. */
	uncovered: string[];
	/** When it was saved (ISO 8601). */
	created: string;
	/** When it last changed (ISO 8601); the later change wins a merge. */
	at: string;
}

const TOPIC_ID = /^[a-z]+\/[a-z0-9]+(-[a-z0-9]+)*$/;
const TARGET_ID = /^[a-z0-9-]{6,40}$/;

const isText = (value: unknown): value is string =>
	typeof value === 'string' && value.trim() !== '' && value.length <= TARGET_LIMITS.text;
const isList = (value: unknown, most: number): value is unknown[] => Array.isArray(value) && value.length <= most;

/** Whether a value is a well-formed target. */
export function isTarget(value: unknown): value is Target {
	if (!isRecord(value)) return false;
	const { id, name, topics, uncovered, created, at } = value;
	return (
		typeof id === 'string' &&
		TARGET_ID.test(id) &&
		isText(name) &&
		isList(topics, TARGET_LIMITS.topics) &&
		topics.every(
			(topic) =>
				isRecord(topic) &&
				typeof topic.id === 'string' &&
				TOPIC_ID.test(topic.id) &&
				isList(topic.words, TARGET_LIMITS.words) &&
				topic.words.every(isText),
		) &&
		isList(uncovered, TARGET_LIMITS.topics) &&
		uncovered.every(isText) &&
		isIsoDate(created) &&
		isIsoDate(at)
	);
}

/** A copy holding only the fields a target has, so nothing else from a file is kept. */
function clean(target: Target): Target {
	return {
		id: target.id,
		name: target.name.trim(),
		topics: target.topics.map(({ id, words }) => ({ id, words: [...words] })),
		uncovered: [...target.uncovered],
		// Times written the one way the site writes them, so that mergeTargets compares instants, not spellings.
		created: new Date(target.created).toISOString(),
		at: new Date(target.at).toISOString(),
	};
}

/**
 * Reads a list of targets from a stored value or an export file's `targets`: malformed targets are dropped and
 * counted, never guessed at. Returns `undefined` when the value is not a list at all.
 */
export function readTargetList(value: unknown): { targets: Target[]; dropped: number } | undefined {
	if (!Array.isArray(value)) return undefined;
	const targets = value.slice(0, TARGET_LIMITS.targets).filter(isTarget).map(clean);
	return { targets, dropped: value.length - targets.length };
}

/** Reads the stored value; anything unreadable is reported, so the caller keeps it aside rather than overwriting it. */
export function readTargets(raw: string | null): { ok: true; targets: Target[] } | { ok: false } {
	if (raw === null || raw === '') return { ok: true, targets: [] };
	try {
		const data: unknown = JSON.parse(raw);
		const list = isRecord(data) && data.version === TARGETS_VERSION ? readTargetList(data.targets) : undefined;
		return list ? { ok: true, targets: list.targets } : { ok: false };
	} catch {
		return { ok: false };
	}
}

/** The stored form. */
export function serializeTargets(targets: readonly Target[]): string {
	return JSON.stringify({ version: TARGETS_VERSION, targets });
}

/** Merges two lists by id; of two versions of one target the later change wins. New ones go at the end. */
export function mergeTargets(base: readonly Target[], incoming: readonly Target[]): Target[] {
	const merged = new Map(base.map((target) => [target.id, target]));
	for (const target of incoming) {
		const current = merged.get(target.id);
		if (!current || target.at > current.at) merged.set(target.id, target);
	}
	return [...merged.values()].slice(0, TARGET_LIMITS.targets);
}

/**
 * Undoes an import's changes to the targets: of the list as it is now, targets the import added are removed and
 * targets it updated get their earlier version back; targets changed since (in another tab) are left alone.
 */
export function undoTargetImport(
	before: readonly Target[],
	after: readonly Target[],
	now: readonly Target[],
): Target[] {
	const earlier = new Map(before.map((target) => [target.id, target]));
	const imported = new Map(
		after.filter((target) => earlier.get(target.id) !== target).map((target) => [target.id, target]),
	);
	return now.flatMap((target) => {
		if (imported.get(target.id)?.at !== target.at) return [target];
		const previous = earlier.get(target.id);
		return previous ? [previous] : [];
	});
}

/** A fresh target id (random, not derived from the ad). */
export function newTargetId(random: () => number = Math.random): string {
	return Array.from({ length: 12 }, () => Math.floor(random() * 36).toString(36)).join('');
}

/** The default name of a target: the ad's first line that reads like a title, else "Job ad, 4 December 2026". */
export function suggestName(ad: string, now: Date, locale?: string): string {
	const line = ad
		.split('\n')
		.map((text) => text.replace(/[#*_>`]/g, '').trim())
		.find((text) => text.length >= 3);
	if (line && line.length <= 60) return line;
	return `Job ad, ${now.toLocaleDateString(locale, { dateStyle: 'long', timeZone: 'UTC' })}`;
}

/** A topic as the target views need it. */
export interface TopicInfo {
	title: string;
	url: string;
	items: { id: string; text: string }[];
}

/** Done and total items over a target's topics that are still on the site. */
export function targetTally(
	target: Target,
	topics: ReadonlyMap<string, TopicInfo>,
	progress: Progress,
): { done: number; total: number; missing: number } {
	let done = 0;
	let total = 0;
	let missing = 0;
	for (const { id } of target.topics) {
		const topic = topics.get(id);
		if (!topic) {
			missing += 1;
			continue;
		}
		const ids = topic.items.map((item) => item.id);
		done += countDone(progress, ids);
		total += ids.length;
	}
	return { done, total, missing };
}

/**
 * The target as a GitHub task list, like the checklist a learner keeps in a repository: one task per topic
 * (ticked when all its items are), its items nested under it, then what the roadmap does not cover.
 */
export function targetMarkdown(
	target: Pick<Target, 'name' | 'topics' | 'uncovered'>,
	topics: ReadonlyMap<string, TopicInfo>,
	progress: Progress,
): string {
	const box = (done: boolean) => (done ? '[x]' : '[ ]');
	const lines = [`# ${target.name}`, ''];
	for (const { id, words } of target.topics) {
		const topic = topics.get(id);
		if (!topic) continue;
		const allDone = topic.items.every((item) => isDone(progress, item.id));
		const matched = words.length > 0 ? ` (the ad says: ${words.join(', ')})` : '';
		lines.push(`- ${box(allDone)} [${topic.title}](${topic.url})${matched}`);
		for (const item of topic.items) lines.push(`  - ${box(isDone(progress, item.id))} ${item.text}`);
	}
	if (target.uncovered.length > 0) {
		lines.push('', 'Not on the roadmap, learn elsewhere:', '');
		for (const skill of target.uncovered) lines.push(`- [ ] ${skill}`);
	}
	return `${lines.join('\n')}\n`;
}
