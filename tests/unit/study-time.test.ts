import { describe, expect, it } from 'vitest';
import {
	MAX_HOURS_PER_WEEK,
	describeFinish,
	describeHours,
	hoursLeft,
	parseHoursPerWeek,
	sumHours,
} from '../../src/lib/roadmap/study-time';
import { studyTimeSchema } from '../../src/schemas/topic';

describe('hoursLeft', () => {
	it.each<[string, [number, number], number, number, [number, number]]>([
		['nothing ticked: the whole range', [6, 10], 5, 0, [6, 10]],
		['half ticked: half the range', [6, 10], 4, 2, [3, 5]],
		['all ticked: nothing', [6, 10], 5, 5, [0, 0]],
		['a topic without items: nothing to count', [6, 10], 0, 0, [0, 0]],
		['more ticks than items (stale data): never negative', [6, 10], 2, 3, [0, 0]],
	])('%s', (_name, hours, total, done, expected) => {
		expect(hoursLeft(hours, total, done)).toEqual(expected);
	});
});

describe('describeHours', () => {
	it.each<[[number, number], string]>([
		[[6, 10], 'about 6–10 hours'],
		[[0.4, 0.8], 'about 1 hour'],
		[[2.4, 2.6], 'about 2–3 hours'],
		[[0, 0], 'nothing left'],
		[[3, 3], 'about 3 hours'],
	])('%j → %s', (hours, expected) => expect(describeHours(hours)).toBe(expected));

	it('adds ranges', () =>
		expect(
			sumHours([
				[1, 2],
				[3, 5],
				[0, 0],
			]),
		).toEqual([4, 7]));
});

describe('parseHoursPerWeek', () => {
	it.each([
		['6', 6],
		[' 12 ', 12],
		['1', 1],
		[String(MAX_HOURS_PER_WEEK), MAX_HOURS_PER_WEEK],
	])('accepts %j', (value, expected) => expect(parseHoursPerWeek(value)).toBe(expected));

	it.each(['', '0', '-3', '2.5', 'six', String(MAX_HOURS_PER_WEEK + 1), '1e3'])('refuses %j', (value) => {
		expect(parseHoursPerWeek(value)).toBeUndefined();
	});
});

describe('describeFinish', () => {
	const now = new Date('2026-12-04T10:00:00Z');

	it('names the months the range lands in, with the year', () => {
		// 60–100 hours at 6 a week: 70 and 117 days, 12 February and 31 March 2027.
		expect(describeFinish([60, 100], 6, now, 'en')).toBe(
			'At 6 hours a week you would finish between February and March 2027.',
		);
	});

	it('names the year twice when the range spans a new year', () => {
		// 12–40 hours at 4 a week: 3 and 10 weeks, 25 December 2026 and 12 February 2027.
		expect(describeFinish([12, 40], 4, now, 'en')).toBe(
			'At 4 hours a week you would finish between December 2026 and February 2027.',
		);
	});

	it('names one month when both ends land in it', () => {
		expect(describeFinish([2, 3], 10, now, 'en')).toBe('At 10 hours a week you would finish around December 2026.');
	});

	it('says when nothing is left', () => {
		expect(describeFinish([0, 0], 1, now, 'en')).toBe('At 1 hour a week there is nothing left to study here.');
	});
});

describe('studyTime in frontmatter', () => {
	const covers = 'reading the page, running the example, one small exercise';

	it('accepts a range with what it covers', () => {
		expect(studyTimeSchema.safeParse({ hours: [6, 10], covers }).success).toBe(true);
	});

	it.each<[string, unknown, string]>([
		['the most hours first', { hours: [10, 6], covers }, 'fewest hours first'],
		['a single number', { hours: 8, covers }, 'two whole numbers'],
		['fractions of hours', { hours: [1.5, 3], covers }, 'two whole numbers'],
		['more than a page should take', { hours: [40, 90], covers }, 'at most'],
		['no basis', { hours: [2, 4], covers: 'stuff' }, 'what the hours are spent on'],
	])('refuses %s with a message that says how to fix it', (_name, value, message) => {
		const result = studyTimeSchema.safeParse(value);
		expect(result.success).toBe(false);
		expect(result.error!.issues.map((issue) => issue.message).join(' ')).toContain(message);
	});
});
