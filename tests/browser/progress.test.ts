import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BROWSER_NAME, hasChromium } from '../support/browser';
import { topicSources } from '../support/content';
import { useSite } from '../support/site-browser';
import { PROGRESS_KEY } from '../../src/lib/progress/progress';

/** The topic the tests tick, with its title as its frontmatter gives it. */
const basics = topicSources().find((topic) => topic.id === 'foundations/python-basics')!;

describe.skipIf(!hasChromium)('progress across the site in Chromium', () => {
	const site = useSite({ acceptDownloads: true });
	const open = site.open;
	const tick = async (path: string, indexes: number[]) => {
		const page = await open(path);
		await page.waitForSelector('pbr-checklist input');
		for (const index of indexes) await page.getByRole('checkbox').nth(index).check();
		await page.close();
	};
	/** The stored value exactly as written, so a rewrite that changes nothing but its bytes is seen too. */
	const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY);
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

	it('restores a backup after a reset, and undoes the restore', async () => {
		await tick('foundations/python-basics/', [0, 1, 2]);
		const page = await open('progress/');
		await expect.poll(() => overall(page)).toMatch(/^3\//);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Export progress' }).click(),
		]);
		const backup = join(tmpdir(), `pbr-backup-${Date.now()}.json`);
		await download.saveAs(backup);
		await page.getByRole('button', { name: 'Reset progress…' }).click();
		await page.getByRole('button', { name: 'Reset progress', exact: true }).click();
		await expect.poll(() => overall(page)).toMatch(/^0\//);

		await page.locator('input[type="file"]').setInputFiles(backup);
		await expect
			.poll(() => page.locator('[data-confirm-text]').textContent())
			.toContain('3 items are ticked in the file but you unticked them later');
		expect(await page.getByRole('button', { name: 'Merge (keep newer)' }).isVisible()).toBe(true);
		await page.getByRole('button', { name: "Restore the file's state" }).click();
		await expect.poll(() => overall(page)).toMatch(/^3\//);
		expect(await page.locator('[data-status]').textContent()).toContain("Restored the file's state: ticked 3.");

		await page.getByRole('button', { name: 'Undo import' }).click();
		await expect.poll(() => overall(page)).toMatch(/^0\//);
		const topic = await open('foundations/python-basics/');
		await topic.waitForSelector('pbr-checklist input');
		expect(await topic.getByRole('checkbox').nth(0).isChecked()).toBe(false);
		expect(site.errors).toEqual([]);
	});

	it('moves ticks to another device with a link: preview, confirm, and the link leaves the address bar', async () => {
		await tick('foundations/python-basics/', [0, 2]);
		const page = await open('progress/');
		await page.getByRole('button', { name: 'Link for another device' }).click();
		const field = page.getByRole('textbox', { name: 'Link for another device' });
		await expect.poll(() => field.inputValue()).toContain('/progress/#transfer=1.');
		const link = await field.inputValue();
		expect(await page.locator('[data-transfer-length]').textContent()).toContain(`${link.length} characters`);
		await expect
			.poll(() => page.getByRole('img', { name: /QR code/ }).getAttribute('src'))
			.toMatch(/^data:image\/svg\+xml,/);
		expect(await site.axe(page)).toEqual([]);

		// Another device: a browser with nothing stored.
		await site.newContext();
		const phone = await open(link.slice(site.server.url.length));
		await expect.poll(() => phone.locator('[data-confirm-text]').textContent()).toMatch(/Adds 2, keeps 0\./);
		expect(await site.storedProgress(phone)).toBeNull();
		await phone.getByRole('button', { name: 'Import', exact: true }).click();
		await expect.poll(() => overall(phone)).toMatch(/^2\//);
		expect(new URL(phone.url()).hash).toBe('');
		const stored = await site.storedProgress(phone);
		expect(Object.values(stored!.items).filter((state) => state.done)).toHaveLength(2);
		expect(site.errors).toEqual([]);
	}, 60_000);

	it.each([
		['a damaged link', 'transfer=1.q83vd8N_W2Y', /damaged or incomplete/],
		['a link from a newer site', 'transfer=7.AAAA', /newer version of the site/],
		['a huge link', `transfer=1.${'A'.repeat(9000)}`, /at most 8192/],
	])('refuses %s with a message and stores nothing', async (_name, fragment, message) => {
		const page = await open(`progress/#${fragment}`);
		await expect.poll(() => page.locator('[data-status]').textContent()).toMatch(message);
		expect(await page.locator('[data-status]').textContent()).toMatch(
			/^Link refused: .*Your progress was not changed\.$/,
		);
		expect(await page.locator('[data-confirm]').isHidden()).toBe(true);
		expect(await site.storedProgress(page)).toBeNull();
		expect(site.errors).toEqual([]);
	});

	it('gives the Safari note where the browser has no way to keep the data', async () => {
		await site.context.addInitScript(() => {
			Object.defineProperty(navigator, 'storage', { value: undefined });
		});
		await tick('foundations/python-basics/', [0]);
		const page = await open('progress/');
		await expect
			.poll(() => page.locator('[data-pbr-persist] [data-answer]:not([hidden])').textContent())
			.toMatch(/^Not for certain/);
		expect(site.errors).toEqual([]);
	});

	it('previews a link pasted into a /progress/ tab that is already open', async () => {
		const page = await open('progress/');
		await page.waitForSelector('[data-pbr-unknown]');
		await page.evaluate(() => (location.hash = '#transfer=9.AAAA'));
		await expect.poll(() => page.locator('[data-status]').textContent()).toMatch(/^Link refused: .*newer version/);
		expect(await site.storedProgress(page)).toBeNull();
	});

	/** Replaces navigator.storage's persist() and persisted() with ones that answer `granted` and count the asks. */
	const fakePersistence = (granted: boolean) =>
		site.context.addInitScript((answer) => {
			const calls = { persist: 0 };
			Object.assign(window, { persistCalls: calls });
			navigator.storage.persisted = () => Promise.resolve(false);
			navigator.storage.persist = () => {
				calls.persist += 1;
				return Promise.resolve(answer);
			};
		}, granted);
	const persistCalls = (page: Page) =>
		page.evaluate(() => (window as unknown as { persistCalls: { persist: number } }).persistCalls.persist);

	it('asks the browser to keep the data after the first tick, not before, and once per tab', async () => {
		await fakePersistence(false);
		const page = await open('foundations/python-basics/');
		await page.waitForSelector('pbr-checklist input');
		await page.waitForTimeout(300);
		expect(await persistCalls(page)).toBe(0);
		await page.getByRole('checkbox').nth(0).check();
		await expect.poll(() => persistCalls(page)).toBe(1);
		// Once per tab session: Firefox asks the reader, and must not ask again on every page.
		await open('core/testing/', page);
		await page.waitForSelector('pbr-checklist input');
		await page.waitForTimeout(500);
		expect(await persistCalls(page)).toBe(0);
		expect(site.errors).toEqual([]);
	});

	it.each([
		[true, /^Yes: this browser has agreed/],
		[false, /^Not for certain/],
	])('says on /progress/ whether the browser keeps the data (granted: %s)', async (granted, answer) => {
		await fakePersistence(granted);
		await tick('foundations/python-basics/', [0]);
		const page = await open('progress/');
		const shown = page.locator('[data-pbr-persist] [data-answer]:not([hidden])');
		await expect.poll(() => shown.textContent()).toMatch(answer);
		expect(await shown.count()).toBe(1);
		expect(await page.getByText('seven days without visiting the site').isVisible()).toBe(!granted);
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
		const count = map.locator(`[data-pbr-topic][data-title="${basics.title}"] .pbr-count [aria-hidden]`);
		const badge = map.locator('.sidebar-content a[href$="/foundations/python-basics/"] .pbr-count');
		await expect.poll(() => count.textContent()).toMatch(/^0\//);
		await tick('foundations/python-basics/', [0, 3]);
		await expect.poll(() => count.textContent()).toMatch(/^2\//);
		await expect.poll(() => badge.textContent()).toMatch(/^2\/\d+, 2 of \d+ done$/);
		expect(await map.locator('a[data-pbr-continue]').textContent()).toBe(`Continue with ${basics.title}`);
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
		await expect.poll(() => page.evaluate(() => document.activeElement?.matches('[data-confirm-yes]'))).toBe(true);
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		await expect.poll(() => page.locator('[data-status]').textContent()).toBe('Nothing was changed.');
		expect(await overall(page)).toMatch(/^1\//);
	});

	// One retry: once in CI (2 cores, another browser suite beside it) /roadmap/ recorded a shift that no run
	// alone, throttled 8× or with the items file delayed reproduced; a page that shifts fails twice.
	it.each(['roadmap/', 'foundations/python-basics/', 'progress/'])(
		'restores progress on /%s without layout shift',
		{ retry: 1 },
		async (path) => {
			await tick('foundations/python-basics/', [0, 1, 2, 3, 4, 5, 6]);
			// A first navigation settles the emulated viewport; measuring starts with the second one.
			const page = await open('404.html');
			// Shifts of anything that shows progress: checklists, counts, bars, the map and the progress page.
			await site.observeLayoutShifts(
				page,
				'pbr-checklist, pbr-progress-page, .pbr-map, [data-pbr-items], .pbr-count, .pbr-continue',
			);
			await open(path, page);
			await page.waitForTimeout(500);
			const shifts = await site.layoutShifts(page);
			if (shifts) expect(shifts).toEqual([]);
			else console.warn(`Layout shift on /${path} not measured: ${BROWSER_NAME} has no layout-shift API.`);
		},
	);
});
