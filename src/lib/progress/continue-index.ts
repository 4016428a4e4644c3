import { countDone, type Progress } from './progress';

/**
 * Where "continue where you left off" leads: the first topic in learning order that has unticked items,
 * given each topic's item ids in order. Returns the index, or -1 when everything is done.
 * A module of its own so that it is bundled with the continue link's code alone (src/scripts/progress/continue-link.ts).
 */
export function continueIndex(progress: Progress, topics: readonly (readonly string[])[]): number {
	return topics.findIndex((ids) => ids.length > 0 && countDone(progress, ids) < ids.length);
}
