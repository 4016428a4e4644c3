import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { versionLabel } from '../../src/lib/versions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hasChromium, launchChromium } from '../support/browser';
import { serveSite, type SiteServer } from '../support/static-server';

const PAGE = 'compare/python-web-frameworks/';

describe.skipIf(!hasChromium)('comparison table in Chromium', () => {
	let server: SiteServer;
	let browser: Browser;
	let page: Page;

	beforeAll(async () => {
		server = await serveSite(process.env.DIST_DIR ?? 'dist');
		browser = await launchChromium();
		page = await browser.newPage({ viewport: { width: 390, height: 844 } });
		await page.goto(server.url + PAGE);
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	const region = () => page.getByRole('region', { name: 'Django, Flask, FastAPI and aiohttp compared' });

	it('names the scroll region after the table caption', async () => {
		await expect(region().count()).resolves.toBe(1);
		const table = region().getByRole('table');
		await expect(table.locator('caption').textContent()).resolves.toBe('Django, Flask, FastAPI and aiohttp compared');
		await expect(table.getAttribute('aria-label')).resolves.toBeNull();
	});

	it('lets a keyboard user reach the scroll region with Tab and scroll it with the arrow keys', async () => {
		await page.locator('body').focus();
		let reached = false;
		for (let press = 0; press < 80 && !reached; press++) {
			await page.keyboard.press('Tab');
			reached = await page.evaluate(() => document.activeElement?.classList.contains('pbr-compare__scroll') ?? false);
		}
		expect(reached).toBe(true);
		const scroller = page.locator('.pbr-compare__scroll');
		expect(await scroller.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		await expect.poll(() => scroller.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
	});

	it('exposes column and row headers in the accessibility tree', async () => {
		const snapshot = await region().getByRole('table').ariaSnapshot();
		for (const name of ['Django 5.2 LTS', 'Django 6.1', 'Flask 3.1', 'FastAPI', 'aiohttp']) {
			expect(snapshot).toContain(`columnheader "${name}"`);
		}
		expect(snapshot).toContain('rowheader "Async support"');
		expect(snapshot).toContain('rowheader "Admin interface"');
	});

	it('announces a cell with its row and column headers', async () => {
		const headers = await page
			.locator('tr#admin td')
			.nth(4)
			.evaluate((cell) => {
				const td = cell as HTMLTableCellElement;
				const row = td.parentElement as HTMLTableRowElement;
				const table = td.closest('table')!;
				return {
					column: table.tHead!.rows[0].cells[td.cellIndex].textContent?.trim(),
					row: row.querySelector('th[scope="row"]')?.textContent?.trim(),
					text: td.textContent?.replace(/\s+/g, ' ').trim(),
				};
			});
		expect(headers).toEqual({
			column: 'aiohttp',
			row: 'Admin interface',
			text: expect.stringMatching(/^✕ No Nothing built in/),
		});
		const cell = page
			.getByRole('row', { name: /^Admin interface/ })
			.getByRole('cell')
			.nth(3);
		await expect(cell.textContent()).resolves.toMatch(/Via extension/);
	});

	it('keeps the row headers in view while the table scrolls sideways', async () => {
		const header = page.locator('tr#async-support th[scope="row"]');
		const before = await header.boundingBox();
		await page.locator('.pbr-compare__scroll').evaluate((element) => element.scrollBy(400, 0));
		const after = await header.boundingBox();
		expect(after!.x).toBeCloseTo(before!.x, 0);
	});

	it('links each row by its anchor and shows the checked date and versions', async () => {
		await page.goto(server.url + PAGE + '#background-tasks');
		await expect(page.locator('tr:target').getAttribute('id')).resolves.toBe('background-tasks');
		// Expected text from the data: the table's checked date and its registry keys' labels.
		const table = parse(readFileSync('src/data/comparisons/python-web-frameworks.yaml', 'utf8'));
		const registry = parse(readFileSync('src/data/versions.yaml', 'utf8'));
		const checked = new Date(table.checked).toLocaleDateString('en', { dateStyle: 'long', timeZone: 'UTC' });
		const described = table.versions.map((key: string) => versionLabel(registry[key])).join(', ');
		const meta = (await page.locator('.pbr-compare__meta').textContent())?.replace(/\s+/g, ' ').trim();
		expect(meta).toBe(`Checked ${checked} · Describes ${described}`);
	});
});

describe.skipIf(!hasChromium)('choosing which columns to compare', () => {
	let server: SiteServer;
	let browser: Browser;

	beforeAll(async () => {
		server = await serveSite(process.env.DIST_DIR ?? 'dist');
		browser = await launchChromium();
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	/** Column headers and the cells of one row that a reader (or a screen reader) can see. */
	const visibleColumns = (page: Page) =>
		page.evaluate(() => {
			const visible = (cell: Element) => getComputedStyle(cell).display !== 'none';
			const table = document.querySelector('.pbr-compare table')!;
			return {
				headers: [...table.querySelectorAll('thead th')].filter(visible).map((th) => th.textContent!.trim()),
				adminCells: [...table.querySelectorAll('tr#admin td')].filter(visible).length,
			};
		});

	for (const javaScriptEnabled of [true, false]) {
		it(`puts two frameworks side by side when the others are unticked (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
			const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 390, height: 844 } });
			const page = await context.newPage();
			await page.goto(server.url + PAGE);
			const chooser = page.getByRole('group', { name: 'Columns to compare' });
			await expect(chooser.getByRole('checkbox', { checked: true }).count()).resolves.toBe(5);
			await expect(visibleColumns(page)).resolves.toEqual({
				headers: ['Feature', 'Django 5.2 LTS', 'Django 6.1', 'Flask 3.1', 'FastAPI', 'aiohttp', 'Sources'],
				adminCells: 6,
			});

			for (const name of ['Django 5.2 LTS', 'Django 6.1', 'aiohttp']) {
				await chooser.getByRole('checkbox', { name, exact: true }).uncheck();
			}
			await expect(visibleColumns(page)).resolves.toEqual({
				headers: ['Feature', 'Flask 3.1', 'FastAPI', 'Sources'],
				adminCells: 3,
			});
			const snapshot = await page.locator('.pbr-compare table').ariaSnapshot();
			expect(snapshot).not.toContain('columnheader "aiohttp"');
			expect(snapshot).toContain('columnheader "FastAPI"');

			await chooser.getByRole('checkbox', { name: 'aiohttp', exact: true }).check();
			await expect(visibleColumns(page)).resolves.toMatchObject({
				headers: ['Feature', 'Flask 3.1', 'FastAPI', 'aiohttp', 'Sources'],
			});
			await context.close();
		});
	}

	it('is operated with the keyboard: Tab reaches each box, Space toggles its column', async () => {
		const page = await browser.newPage();
		await page.goto(server.url + PAGE);
		const flask = page.getByRole('checkbox', { name: 'Flask 3.1', exact: true });
		await page.getByRole('checkbox', { name: 'Django 6.1', exact: true }).focus();
		await page.keyboard.press('Tab');
		await expect(flask.evaluate((box) => box === document.activeElement)).resolves.toBe(true);
		await page.keyboard.press('Space');
		await expect(flask.isChecked()).resolves.toBe(false);
		await expect(visibleColumns(page)).resolves.toMatchObject({
			headers: ['Feature', 'Django 5.2 LTS', 'Django 6.1', 'FastAPI', 'aiohttp', 'Sources'],
		});
		await page.close();
	});

	it('shows code written in backticks in a note as code', async () => {
		const page = await browser.newPage();
		await page.goto(server.url + PAGE);
		const note = page.locator('tr#interface td').nth(3).locator('.pbr-compare__note');
		await expect(note.locator('code').textContent()).resolves.toBe('fastapi run');
		await expect(note.textContent()).resolves.not.toContain('`');
		await page.close();
	});
});
