import {
	DEFAULT_HOURS_PER_WEEK,
	MAX_HOURS_PER_WEEK,
	describeFinish,
	parseHoursPerWeek,
	type Hours,
} from '../../lib/roadmap/study-time';

/** Where the reader's chosen hours a week are remembered, next to their progress, for every study plan. */
const PACE_KEY = 'pbr:hours-per-week:v1';

/** The hours a week the reader last chose, or the default. */
function readPace(): number {
	try {
		return parseHoursPerWeek(localStorage.getItem(PACE_KEY) ?? '') ?? DEFAULT_HOURS_PER_WEEK;
	} catch {
		return DEFAULT_HOURS_PER_WEEK;
	}
}

/** Remembers the hours a week; where storage refuses, the number still applies while the page is open. */
function writePace(perWeek: number): void {
	try {
		localStorage.setItem(PACE_KEY, String(perWeek));
	} catch {
		// Disabled or full storage: nothing to do.
	}
}

/** "At 6 hours a week you would finish …", or what to type when the field holds something else. */
export function finishText(left: Hours, pace: HTMLInputElement): string {
	const perWeek = parseHoursPerWeek(pace.value);
	return perWeek
		? describeFinish(left, perWeek, new Date(), document.documentElement.lang)
		: `Type a whole number of hours a week, from 1 to ${MAX_HOURS_PER_WEEK}.`;
}

/** Fills a pace field with the remembered number and remembers what the reader types; `onChange` redraws. */
export function bindPace(pace: HTMLInputElement, onChange: () => void): void {
	pace.value = String(readPace());
	pace.addEventListener('input', () => {
		const perWeek = parseHoursPerWeek(pace.value);
		if (perWeek) writePace(perWeek);
		onChange();
	});
}
