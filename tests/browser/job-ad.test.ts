import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium } from '../support/browser';
import { DIST } from '../support/dist';
import { useSite } from '../support/site-browser';
import type { JobAdData } from '../../src/adapters/job-ad-data';

const PAGE = 'career/job-ad-checklist/';
/** A word no term list holds, to find the ad in any request that might carry it. */
const MARKER = 'marker-7f3a9c1b';
const AD = `Backend Developer

At ${MARKER} Ltd we build REST APIs with Django and DRF on Postgres. You write tests with pytest,
ship with Docker and k8s, and you have used Elasticsearch for search.`;
/** What a careful reader maps that ad to (a subset: the tool may find more, such as Python basics). */
const EXPECTED = [
	'core/django',
	'core/api-design',
	'core/sql-databases',
	'core/testing',
	'core/docker',
	'advanced/kubernetes',
];

const data = JSON.parse(readFileSync(join(DIST, 'job-ad-data.json'), 'utf8')) as JobAdData;
const topicByTitle = new Map(data.topics.map((topic) => [topic.title, topic]));
const topicById = (id: string) => data.topics.find((topic) => topic.id === id)!;
const testing = topicById('core/testing');

describe.skipIf(!hasChromium)('the job-ad tool in Chromium', () => {
	const site = useSite({ permissions: ['clipboard-read', 'clipboard-write'], acceptDownloads: true });

	const findTopics = async (page: Page, ad = AD) => {
		await page.getByLabel('Job ad', { exact: true }).fill(ad);
		await page.getByRole('button', { name: 'Find topics' }).click();
		await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(/^Found \d+ roadmap topics? and/);
	};
	const resultTopics = (page: Page) => page.locator('[data-pbr-topics] > li > a').allTextContents();

	it('matches an ad to topics, in prerequisite order, with the words that matched and the reader’s progress', async () => {
		await site.seedProgress({ [testing.items[0].id]: true });
		const page = await site.open(PAGE);
		await findTopics(page);

		const titles = await resultTopics(page);
		const ids = titles.map((title) => topicByTitle.get(title)!.id);
		expect(ids).toEqual(expect.arrayContaining(EXPECTED));
		// Every listed topic comes after the listed topics it builds on.
		ids.forEach((id, index) => {
			for (const before of topicByTitle.get(titles[index])!.prerequisites) {
				if (ids.includes(before)) expect(ids.indexOf(before), `${before} before ${id}`).toBeLessThan(index);
			}
		});
		const entry = page.locator('[data-pbr-topics] > li', { hasText: testing.title });
		await expect.poll(() => entry.locator('.pbr-job-ad__meta').textContent()).toContain(`“pytest”`);
		await expect
			.poll(() => entry.locator('.pbr-job-ad__meta').textContent())
			.toContain(`1/${testing.items.length} ticked`);
		// The ticked item is no longer listed as open; the others are, behind a summary with their number.
		expect(await entry.locator('summary').textContent()).toBe(`${testing.items.length - 1} still open`);
		expect(await entry.locator('ul li').allTextContents()).toEqual(testing.items.slice(1).map((item) => item.text));
		expect(await page.locator('[data-pbr-uncovered] li').allTextContents()).toContain('Elasticsearch');
		expect(await page.locator('[data-pbr-finish]').textContent()).toMatch(/^At 6 hours a week you would finish/);

		// Ticking on the page itself (its own checklist) updates the result at once: one store per page.
		const jobAdItems = data.topics.find((topic) => topic.id === 'career/job-ad-checklist')!.items;
		await findTopics(page, 'We want someone who closes a skills gap fast. Python.');
		const own = page.locator('[data-pbr-topics] > li', { hasText: 'job ad' }).first();
		const before = await own.locator('.pbr-job-ad__meta').textContent();
		await page.getByRole('checkbox', { name: jobAdItems[0].text }).check();
		await expect.poll(() => own.locator('.pbr-job-ad__meta').textContent()).not.toBe(before);
		expect(await own.locator('.pbr-job-ad__meta').textContent()).toContain(`1/${jobAdItems.length} ticked`);
		expect(site.errors).toEqual([]);
	});

	it('never sends the ad anywhere, and loads its code only when asked', async () => {
		const page = await site.open(PAGE);
		await page.waitForLoadState('networkidle');
		expect(site.requests.filter((request) => /job-ad-(tool|data)/.test(request.url))).toEqual([]);
		await findTopics(page);
		expect(site.requests.some((request) => request.url.endsWith('job-ad-data.json'))).toBe(true);
		const origin = new URL(site.server.url).origin;
		for (const request of site.requests) {
			expect(new URL(request.url).origin).toBe(origin);
			expect(decodeURIComponent(request.url)).not.toContain(MARKER);
			expect(request.body ?? '').not.toContain(MARKER);
		}
		// Nor is it stored: saving keeps the result (named after the ad's title line), not the ad.
		await page.getByRole('button', { name: 'Save as my target' }).click();
		const storage = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }));
		expect(storage).toContain('core/django');
		expect(storage).not.toContain(MARKER);
	});

	it('works from the keyboard alone', async () => {
		const page = await site.open(PAGE);
		await page.getByLabel('Job ad', { exact: true }).focus();
		await page.keyboard.type('Python developer: FastAPI, Redis, Celery.');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(/^Found \d+ roadmap topics/);
		expect(await resultTopics(page)).toEqual(
			expect.arrayContaining([topicById('core/fastapi').title, topicById('core/task-queues').title]),
		);
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.closest('[data-pbr-topics]') !== null)).toBe(true);
	});

	it('says so when nothing was pasted, and when no topic matched', async () => {
		const page = await site.open(PAGE);
		await page.getByRole('button', { name: 'Find topics' }).click();
		await expect.poll(() => page.getByRole('status').first().textContent()).toBe('Paste a job ad into the box first.');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('pbr-job-ad-text');
		await findTopics(page, 'We are a friendly team that loves good coffee and restaurant lunches.');
		expect(await resultTopics(page)).toEqual([]);
		expect(await page.locator('[data-pbr-summary]').textContent()).toMatch(/^No roadmap topic matched/);
	});

	it('saves a target that /progress/ follows, renames and deletes it (with undo)', async () => {
		await site.seedProgress({ [testing.items[0].id]: true });
		const page = await site.open(PAGE);
		await findTopics(page);
		await page.getByLabel('Name of the target').fill('Quokka backend job');
		await page.getByRole('button', { name: 'Save as my target' }).click();
		await expect
			.poll(() => page.locator('[data-pbr-saved]').textContent())
			.toMatch(/^Saved “Quokka backend job” as a target/);
		// Saving again updates the same target rather than adding a copy.
		await page.getByRole('button', { name: 'Save as my target' }).click();
		await expect.poll(() => page.locator('[data-pbr-saved]').textContent()).toMatch(/^Updated/);

		const progress = await site.open('progress/');
		const card = progress.locator('.pbr-progress__target');
		await expect.poll(() => card.count()).toBe(1);
		expect(await card.locator('h3').textContent()).toBe('Quokka backend job');
		const total = (await resultTopics(page)).reduce((sum, title) => sum + topicByTitle.get(title)!.items.length, 0);
		expect(await card.locator('p').first().textContent()).toContain(`1/${total} skills ticked`);

		await card.getByRole('button', { name: 'Rename' }).click();
		await progress.getByLabel('New name').fill('Renamed job');
		await progress.getByRole('button', { name: 'Save name' }).click();
		await expect.poll(() => card.locator('h3').textContent()).toBe('Renamed job');

		await card.getByRole('button', { name: 'Delete…' }).click();
		await card.getByRole('button', { name: 'Delete', exact: true }).click();
		await expect.poll(() => card.count()).toBe(0);
		await progress.getByRole('button', { name: 'Undo deleting “Renamed job”' }).click();
		await expect.poll(() => progress.locator('.pbr-progress__target h3').textContent()).toBe('Renamed job');
		expect(site.errors).toEqual([]);
	});

	it('keeps targets in the export file, so a deleted target comes back by importing it', async () => {
		const page = await site.open(PAGE);
		await findTopics(page);
		await page.getByLabel('Name of the target').fill('Backed-up job');
		await page.getByRole('button', { name: 'Save as my target' }).click();
		const progress = await site.open('progress/');
		await expect.poll(() => progress.locator('.pbr-progress__target').count()).toBe(1);
		const [download] = await Promise.all([
			progress.waitForEvent('download'),
			progress.getByRole('button', { name: 'Export progress' }).click(),
		]);
		const file = join(tmpdir(), `pbr-targets-${Date.now()}.json`);
		await download.saveAs(file);
		expect(JSON.parse(readFileSync(file, 'utf8')).targets).toMatchObject([{ name: 'Backed-up job' }]);

		await progress.getByRole('button', { name: 'Delete…' }).click();
		await progress.getByRole('button', { name: 'Delete', exact: true }).click();
		await expect.poll(() => progress.locator('.pbr-progress__target').count()).toBe(0);
		await progress.locator('input[type="file"]').setInputFiles(file);
		await expect
			.poll(() => progress.locator('[data-confirm-text]').textContent())
			.toContain('1 target added or updated');
		await progress.getByRole('button', { name: 'Import', exact: true }).click();
		await expect.poll(() => progress.locator('.pbr-progress__target h3').textContent()).toBe('Backed-up job');
		expect(site.errors).toEqual([]);
	});

	it('copies the result as a GitHub task list', async () => {
		await site.seedProgress(Object.fromEntries(testing.items.map((item) => [item.id, true])));
		const page = await site.open(PAGE);
		await findTopics(page);
		await page.getByRole('button', { name: 'Copy as Markdown' }).click();
		await expect.poll(() => page.locator('[data-pbr-saved]').textContent()).toMatch(/^Copied \d+ lines of Markdown/);
		const markdown = await page.evaluate(() => navigator.clipboard.readText());
		expect(markdown).toContain(`- [x] [${testing.title}](${site.server.url}core/testing/)`);
		expect(markdown).toMatch(/^- \[ \] \[Django\]\(/m);
		expect(markdown).toContain(`  - [x] ${testing.items[0].text}`);
		expect(markdown).toContain('- [ ] Elasticsearch');
	});

	it('prints the result alone', async () => {
		const page = await site.open(PAGE);
		await findTopics(page);
		await page.evaluate(() => {
			window.print = () => undefined;
		});
		await page.getByRole('button', { name: 'Print' }).click();
		await page.emulateMedia({ media: 'print' });
		const visible = (selector: string) => page.locator(selector).first().isVisible();
		expect(await visible('[data-pbr-topics]')).toBe(true);
		// Every open item is printed, not only the summaries.
		expect(await visible('[data-pbr-topics] details li')).toBe(true);
		expect(await visible('h2#why-it-matters-for-a-backend-engineer')).toBe(false);
		expect(await visible('[data-pbr-ad]')).toBe(false);
		expect(await visible('header')).toBe(false);
	});

	it('explains the method and says the tool needs JavaScript when it is off', async () => {
		await site.newContext({ javaScriptEnabled: false });
		const page = await site.open(PAGE);
		expect(await page.getByText('The tool needs JavaScript').isVisible()).toBe(true);
		expect(await page.getByLabel('Job ad', { exact: true }).isVisible()).toBe(false);
		expect(await page.getByRole('heading', { name: 'The checklist' }).isVisible()).toBe(true);
	});

	it.each(['light', 'dark'] as const)(
		'has no axe violations with a result shown, %s',
		async (colorScheme) => {
			await site.newContext({ colorScheme });
			const page = await site.open(PAGE);
			await findTopics(page);
			await page.getByRole('button', { name: 'Save as my target' }).click();
			expect(await site.axe(page)).toEqual([]);
			const progress = await site.open('progress/');
			await expect.poll(() => progress.locator('.pbr-progress__target').count()).toBe(1);
			expect(await site.axe(progress)).toEqual([]);
			// Two pages, each checked by axe: over 20 s on this 2-core machine when it is busy.
		},
		60_000,
	);
});
