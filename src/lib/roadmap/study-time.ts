/**
 * Study-time estimates: each topic declares a range of hours in its frontmatter (`studyTime.hours`);
 * what is left of a topic is its range scaled by the share of its checklist still unticked.
 * Browser-safe: the study plans on level pages, the roadmap, the job-ad tool and targets use it.
 */

/** Fewest and most hours. */
export type Hours = readonly [fewest: number, most: number];

/** Hours per week a plan assumes until the reader picks another number. */
export const DEFAULT_HOURS_PER_WEEK = 6;
/** Most hours per week the calculator accepts (more is not a plan, it is a full-time job and a half). */
export const MAX_HOURS_PER_WEEK = 60;

/** Rounds to whole hours, but never shows a topic with something left as 0. */
function roundUp(hours: number): number {
	return hours > 0 ? Math.max(1, Math.round(hours)) : 0;
}

/** The part of a topic's hours still ahead: its range times the share of its items still unticked. */
export function hoursLeft(hours: Hours, total: number, done: number): [number, number] {
	if (total === 0) return [0, 0];
	const share = Math.max(0, total - done) / total;
	return [hours[0] * share, hours[1] * share];
}

/** Adds ranges of hours. */
export function sumHours(ranges: Iterable<Hours>): [number, number] {
	let fewest = 0;
	let most = 0;
	for (const [a, b] of ranges) {
		fewest += a;
		most += b;
	}
	return [fewest, most];
}

/** "about 6–10 hours"; "nothing left" for an empty range. */
export function describeHours(hours: Hours): string {
	const [fewest, most] = [roundUp(hours[0]), roundUp(hours[1])];
	if (most === 0) return 'nothing left';
	if (fewest === most) return `about ${most} hour${most === 1 ? '' : 's'}`;
	return `about ${fewest}–${most} hours`;
}

/** Reads a "hours a week" field: a whole number from 1 to MAX_HOURS_PER_WEEK, or undefined. */
export function parseHoursPerWeek(value: string): number | undefined {
	const number = Number(value.trim());
	return Number.isInteger(number) && number >= 1 && number <= MAX_HOURS_PER_WEEK ? number : undefined;
}

/** The date `hours` of study at `perWeek` hours a week lands on, counted from `now`. */
function finishDate(hours: number, perWeek: number, now: Date): Date {
	const date = new Date(now);
	date.setUTCDate(date.getUTCDate() + Math.ceil((hours / perWeek) * 7));
	return date;
}

/**
 * "At 6 hours a week you would finish between March and May 2027." — or one month when the range
 * lands in one; months are named in `locale`. Dates are counted in UTC so the result is the same everywhere.
 */
export function describeFinish(hours: Hours, perWeek: number, now: Date, locale?: string): string {
	const head = `At ${perWeek} hour${perWeek === 1 ? '' : 's'} a week`;
	if (roundUp(hours[1]) === 0) return `${head} there is nothing left to study here.`;
	const month = (date: Date, year: boolean) =>
		date.toLocaleDateString(locale, { month: 'long', ...(year && { year: 'numeric' }), timeZone: 'UTC' });
	const [early, late] = [finishDate(hours[0], perWeek, now), finishDate(hours[1], perWeek, now)];
	const sameYear = early.getUTCFullYear() === late.getUTCFullYear();
	const sameMonth = sameYear && early.getUTCMonth() === late.getUTCMonth();
	const when = sameMonth
		? `around ${month(late, true)}`
		: `between ${month(early, !sameYear)} and ${month(late, true)}`;
	return `${head} you would finish ${when}.`;
}
