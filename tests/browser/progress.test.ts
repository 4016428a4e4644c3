import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { hasChromium, launchChromium } from '../support/browser';
import { DIST } from '../support/dist';
import { serveSite, type SiteServer } from '../support/static-server';

const KEY = 'pbr:progress:v1';

describe.skipIf(!hasChromium)('progress across the site in Chromium', () => {
	let server: SiteServer;
	let browser: Browser;
	let context: BrowserContext;

	beforeAll(async () => {
		server = await serveSite(DIST);
		browser = await launchChromium();
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});
	beforeEach(async () => {
		await context?.close();
		context = await browser.newContext({ acceptDownloads: true });
	});

	const open = async (path: string, page?: Page): Promise<Page> => {
		const target = page ?? (await context.newPage());
		await target.goto(server.url + path);
		return target;
	};
	const tick = async (path: string, indexes: number[]) => {
		const page = await open(path);
		await page.waitForSelector('pbr-checklist input');
		for (const index of indexes) await page.getByRole('checkbox').nth(index).check();
		await page.close();
	};
	const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), KEY);
	const overall = (page: Page) => page.locator('.pbr-progress__overall .pbr-count [aria-hidden]').textContent();

	it('exports, resets (after asking), undoes, and imports ticks back', async () => {
		await tick('foundations/python-basics/', [0, 1]);
		await tick('core/testing/', [2]);
		const page = await open('progress/');
		await expect.poll(() => overall(page)).toMatch(/^3\//);

		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Export progress' }).click(),
		]);
		const exportPath = join(tmpdir(), `pbr-export-${Date.now()}.json`);
		await download.saveAs(exportPath);
		const exported = JSON.parse(readFileSync(exportPath, 'utf8'));
		expect(exported).toMatchObject({ format: 'python-backend-roadmap-progress', version: 1 });
		expect(Object.values(exported.items).filter((state) => (state as { done: boolean }).done)).toHaveLength(3);

		await page.getByRole('button', { name: 'Reset progress…' }).click();
		await expect.poll(() => page.locator('[data-confirm-text]').textContent()).toContain('Untick all 3 ticked items');
		expect(await overall(page)).toMatch(/^3\//);
		await page.getByRole('button', { name: 'Reset progress', exact: true }).click();
		await expect.poll(() => overall(page)).toMatch(/^0\//);
		await page.getByRole('button', { name: 'Undo reset' }).click();
		await expect.poll(() => overall(page)).toMatch(/^3\//);

		await page.getByRole('button', { name: 'Reset progress…' }).click();
		await page.getByRole('button', { name: 'Reset progress', exact: true }).click();
		await expect.poll(() => overall(page)).toMatch(/^0\//);

		// Resetting records unticks as newer changes, so import a fresh export of the earlier ticks.
		const later = new Date(Date.now() + 60_000).toISOString();
		for (const state of Object.values(exported.items) as { at: string }[]) state.at = later;
		writeFileSync(exportPath, JSON.stringify(exported));
		await page.locator('input[type="file"]').setInputFiles(exportPath);
		await expect.poll(() => page.locator('[data-confirm-text]').textContent()).toMatch(/Adds 3, keeps 0\./);
		await page.getByRole('button', { name: 'Import', exact: true }).click();
		await expect.poll(() => overall(page)).toMatch(/^3\//);
		const topic = await open('foundations/python-basics/');
		await topic.waitForSelector('pbr-checklist input');
		expect(await topic.getByRole('checkbox').nth(1).isChecked()).toBe(true);
	});

	it.each([
		[
			'a prototype-polluting file',
			`{"format":"python-backend-roadmap-progress","version":1,"items":{"__proto__":{"done":true,"at":"2026-11-01T00:00:00.000Z"}}}`,
		],
		[
			'HTML in an id',
			JSON.stringify({
				format: 'python-backend-roadmap-progress',
				version: 1,
				items: { '<img src=x onerror=alert(1)>': { done: true, at: '2026-11-01T00:00:00.000Z' } },
			}),
		],
		['a foreign file', '{"settings": {"theme": "dark"}}'],
		['a broken file', '{"format": "python-backend-roadmap-progress", '],
	])('refuses %s and changes nothing', async (_name, contents) => {
		await tick('foundations/python-basics/', [0]);
		const page = await open('progress/');
		const before = await stored(page);
		const dialogs: string[] = [];
		page.on('dialog', (dialog) => dialogs.push(dialog.message()));
		const path = join(tmpdir(), `pbr-hostile-${Date.now()}.json`);
		writeFileSync(path, contents);
		await page.locator('input[type="file"]').setInputFiles(path);
		await expect
			.poll(() => page.locator('[data-status]').textContent())
			.toMatch(/^Import refused: .*Your progress was not changed\.$/);
		expect(await page.locator('[data-confirm]').isHidden()).toBe(true);
		expect(await stored(page)).toBe(before);
		expect(await page.locator('img').count()).toBe(0);
		expect(dialogs).toEqual([]);
	});

	it('updates the map and the sidebar when a tick is made in another tab', async () => {
		const map = await open('roadmap/');
		const count = map.locator('[data-pbr-topic][data-title="Python basics"] .pbr-count [aria-hidden]');
		const badge = map.locator('.sidebar-content a[href$="/foundations/python-basics/"] .pbr-count');
		await expect.poll(() => count.textContent()).toMatch(/^0\//);
		await tick('foundations/python-basics/', [0, 3]);
		await expect.poll(() => count.textContent()).toMatch(/^2\//);
		await expect.poll(() => badge.textContent()).toMatch(/^2\/\d+, 2 of \d+ done$/);
		expect(await map.locator('a[data-pbr-continue]').textContent()).toBe('Continue with Python basics');
	});

	it('prints every topic with its boxes ticked or empty', async () => {
		await tick('foundations/python-basics/', [0]);
		const page = await open('progress/');
		await page.emulateMedia({ media: 'print' });
		const section = page.locator('.pbr-progress__print');
		expect(await section.isVisible()).toBe(true);
		expect(await page.getByRole('button', { name: 'Export progress' }).isVisible()).toBe(false);
		const marks = await section
			.locator('li')
			.evaluateAll((items) => items.map((item) => getComputedStyle(item, '::before').content.replace(/"/g, '').trim()));
		expect(marks.filter((mark) => mark === '☑')).toHaveLength(1);
		expect(marks.filter((mark) => mark === '☐').length).toBeGreaterThan(100);
	});

	it('can be used by keyboard alone, with visible focus', async () => {
		await tick('foundations/python-basics/', [0]);
		const page = await open('progress/');
		const reached: string[] = [];
		for (let step = 0; step < 250 && reached.length < 3; step += 1) {
			await page.keyboard.press('Tab');
			const label = await page.evaluate(() => {
				const active = document.activeElement as HTMLElement;
				const name = active.dataset.action;
				return name && active.closest('.pbr-progress__actions') ? name : '';
			});
			if (label && !reached.includes(label)) {
				reached.push(label);
				const outline = await page.evaluate(() => {
					const active = document.activeElement as HTMLElement;
					const target = active.tagName === 'INPUT' ? active.parentElement! : active;
					return getComputedStyle(target).outlineStyle;
				});
				expect(outline, `focus on ${label} is visible`).not.toBe('none');
			}
		}
		expect(reached).toEqual(['export', 'import', 'reset']);
		await page.keyboard.press('Enter');
		await expect
			.poll(() => page.evaluate(() => (document.activeElement as HTMLElement).dataset.action))
			.toBe('confirm');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		await expect.poll(() => page.locator('[data-status]').textContent()).toBe('Nothing was changed.');
		expect(await overall(page)).toMatch(/^1\//);
	});

	it.each(['roadmap/', 'foundations/python-basics/', 'progress/'])(
		'restores progress on /%s without layout shift',
		async (path) => {
			await tick('foundations/python-basics/', [0, 1, 2, 3, 4, 5, 6]);
			const page = await context.newPage();
			// A first navigation settles the emulated viewport; measuring starts with the second one.
			await page.goto(server.url + '404.html');
			await page.addInitScript(() => {
				// Shifts of anything that shows progress: checklists, counts, bars, the map and the progress page.
				const ours = 'pbr-checklist, pbr-progress-page, .pbr-map, [data-pbr-items], .pbr-count, .pbr-continue';
				const found: string[] = [];
				(window as unknown as { shifts: string[] }).shifts = found;
				type Rect = { x: number; y: number; width: number; height: number };
				type Source = { node?: Node; previousRect: Rect; currentRect: Rect };
				// "x,y width×height": a failure then says which way things moved (up to 5 sources per shift).
				const box = (rect: Rect) =>
					`${Math.round(rect.x)},${Math.round(rect.y)} ${Math.round(rect.width)}×${Math.round(rect.height)}`;
				new PerformanceObserver((list) => {
					for (const entry of list.getEntries() as (PerformanceEntry & { sources: Source[] })[]) {
						for (const source of entry.sources) {
							const element = source.node instanceof Element ? source.node : source.node?.parentElement;
							if (element?.closest(ours))
								found.push(
									`${element.outerHTML.slice(0, 100)} at ${Math.round(entry.startTime)} ms: ` +
										`${box(source.previousRect)} → ${box(source.currentRect)}, viewport ${innerWidth}×${innerHeight}`,
								);
						}
					}
				}).observe({ type: 'layout-shift', buffered: true });
			});
			await open(path, page);
			await page.waitForTimeout(500);
			expect(await page.evaluate(() => (window as unknown as { shifts: string[] }).shifts)).toEqual([]);
		},
	);
});
