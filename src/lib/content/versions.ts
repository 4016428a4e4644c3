import type { VersionEntry } from '../../schemas/versions';

/** Where the version registry lives, relative to the project root. */
export const VERSIONS_FILE = 'src/data/versions.yaml';

/** Parts of an entry that `<Version show="…">` can print. */
export const VERSION_PARTS = ['label', 'version', 'release', 'released', 'status', 'name'] as const;
export type VersionPart = (typeof VERSION_PARTS)[number];

/** How a page names an entry: its label, or its name and version ("Python 3.15"). */
export function versionLabel(entry: Pick<VersionEntry, 'name' | 'version' | 'label'>): string {
	return entry.label ?? `${entry.name} ${entry.version}`;
}

/** "2026-10-01" → "1 October 2026", "2026-08" → "August 2026", "2026" → "2026". */
export function formatReleased(released: string): string {
	const [year, month, day] = released.split('-').map(Number);
	if (!month) return String(year);
	const date = new Date(Date.UTC(year, month - 1, day ?? 1));
	return date.toLocaleDateString('en-GB', {
		...(day ? { day: 'numeric' } : {}),
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC',
	});
}

/** The text `<Version of="key" show="part">` renders. */
export function versionText(entry: VersionEntry, part: VersionPart = 'label'): string {
	switch (part) {
		case 'label':
			return versionLabel(entry);
		case 'version':
			return entry.version;
		case 'release':
			return entry.release ?? entry.version;
		case 'released':
			return formatReleased(entry.released);
		case 'status':
			return entry.status;
		case 'name':
			return entry.name;
	}
}

/**
 * "FastAPI 0.142" for each entry whose examples run behind the release the page describes
 * (`examples` set and different from `version`), so a page never implies it tested what it did not.
 */
export function examplesBehind(entries: Pick<VersionEntry, 'name' | 'version' | 'examples'>[]): string[] {
	return entries.flatMap((entry) =>
		entry.examples !== undefined && entry.examples !== entry.version ? [`${entry.name} ${entry.examples}`] : [],
	);
}

/** Keys in `wanted` that the registry does not have, each with the closest known key as a suggestion. */
export function unknownVersionKeys(
	wanted: readonly string[],
	known: readonly string[],
): { key: string; suggestion?: string }[] {
	return wanted.filter((key) => !known.includes(key)).map((key) => ({ key, suggestion: closest(key, known) }));
}

/** The known key sharing the longest prefix with `key` (at least 3 characters), if any. */
function closest(key: string, known: readonly string[]): string | undefined {
	let best: string | undefined;
	let bestLength = 2;
	const plain = key.toLowerCase().replace(/[^a-z0-9]+/g, '-');
	for (const candidate of known) {
		let length = 0;
		while (length < Math.min(plain.length, candidate.length) && plain[length] === candidate[length]) length++;
		if (length > bestLength) [best, bestLength] = [candidate, length];
	}
	return best;
}

/** Major and minor of a pin like `2.1.9` → `2.1`, or the major alone (`27.0.1` → `27`). */
export function pinSeries(pin: string, majorOnly: boolean): string {
	const [major, minor] = pin.split('.');
	return majorOnly || minor === undefined ? major : `${major}.${minor}`;
}

/** Pages whose `reviewed` date is more than `months` before `today`, oldest first. */
export function staleReviews(
	pages: readonly { file: string; reviewed: Date }[],
	today: Date,
	months = 6,
): { file: string; reviewed: Date }[] {
	const limit = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - months, today.getUTCDate()));
	return pages.filter((page) => page.reviewed < limit).sort((a, b) => a.reviewed.getTime() - b.reviewed.getTime());
}
