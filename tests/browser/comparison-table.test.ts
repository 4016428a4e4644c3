import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { versionLabel } from '../../src/lib/content/versions';
import {
	splitInlineCode,
	valueLabel,
	VALUE_ICONS,
	type SupportValue,
	type TableData,
} from '../../src/lib/comparisons/comparison-table';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium } from '../support/browser';
import { useSite } from '../support/site-browser';

const PAGE = 'compare/python-web-frameworks/';
/** The table as contributors edit it: expected captions, names, labels and notes come from here. */
const table = parse(readFileSync('src/data/comparisons/python-web-frameworks.yaml', 'utf8')) as TableData;
const names = table.systems.map((system) => system.name);
const nameOf = (id: string) => table.systems.find((system) => system.id === id)!.name;
const rowOf = (id: string) => table.rows.find((row) => row.id === id)!;
/** What a support cell shows: its icon, its value's label, then its note. */
const cellText = (rowId: string, index: number) => {
	const row = rowOf(rowId);
	const cell = row.cells[table.systems[index].id];
	return `${VALUE_ICONS[cell.value as SupportValue]} ${valueLabel(cell.value, row.kind)} ${cell.note}`;
};

describe.skipIf(!hasChromium)('comparison table in Chromium', () => {
	const site = useSite({ viewport: { width: 390, height: 844 } });
	let page: Page;

	beforeEach(async () => {
		page = await site.open(PAGE);
	});

	const region = () => page.getByRole('region', { name: table.caption });

	it('names the scroll region after the table caption', async () => {
		await expect(region().count()).resolves.toBe(1);
		const element = region().getByRole('table');
		await expect(element.locator('caption').textContent()).resolves.toBe(table.caption);
		await expect(element.getAttribute('aria-label')).resolves.toBeNull();
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
		for (const name of names) {
			expect(snapshot).toContain(`columnheader "${name}"`);
		}
		expect(snapshot).toContain(`rowheader "${rowOf('async-support').label}"`);
		expect(snapshot).toContain(`rowheader "${rowOf('admin').label}"`);
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
		expect(headers).toEqual({ column: names[4], row: rowOf('admin').label, text: cellText('admin', 4) });
		const cell = page
			.getByRole('row', { name: new RegExp(`^${rowOf('admin').label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) })
			.getByRole('cell')
			.nth(3);
		await expect(cell.textContent()).resolves.toContain(valueLabel(rowOf('admin').cells[table.systems[3].id].value));
	});

	it('keeps the row headers in view while the table scrolls sideways', async () => {
		const header = page.locator('tr#async-support th[scope="row"]');
		const before = await header.boundingBox();
		await page.locator('.pbr-compare__scroll').evaluate((element) => element.scrollBy(400, 0));
		const after = await header.boundingBox();
		expect(after!.x).toBeCloseTo(before!.x, 0);
	});

	it('links each row by its anchor and shows the checked date and versions', async () => {
		await site.open(PAGE + '#background-tasks', page);
		await expect(page.locator('tr:target').getAttribute('id')).resolves.toBe('background-tasks');
		// Expected text from the data: the table's checked date and its registry keys' labels.
		const registry = parse(readFileSync('src/data/versions.yaml', 'utf8'));
		const checked = new Date(table.checked).toLocaleDateString('en', { dateStyle: 'long', timeZone: 'UTC' });
		const described = table.versions.map((key: string) => versionLabel(registry[key])).join(', ');
		const meta = (await page.locator('.pbr-compare__meta').textContent())?.replace(/\s+/g, ' ').trim();
		expect(meta).toBe(`Checked ${checked} · Describes ${described}`);
	});
});

describe.skipIf(!hasChromium)('choosing which columns to compare', () => {
	const site = useSite();

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
			await site.newContext({ javaScriptEnabled, viewport: { width: 390, height: 844 } });
			const page = await site.open(PAGE);
			const chooser = page.getByRole('group', { name: 'Columns to compare' });
			await expect(chooser.getByRole('checkbox', { checked: true }).count()).resolves.toBe(names.length);
			await expect(visibleColumns(page)).resolves.toEqual({
				headers: ['Feature', ...names, 'Sources'],
				adminCells: names.length + 1,
			});

			for (const name of [nameOf('django-lts'), nameOf('django'), nameOf('aiohttp')]) {
				await chooser.getByRole('checkbox', { name, exact: true }).uncheck();
			}
			await expect(visibleColumns(page)).resolves.toEqual({
				headers: ['Feature', nameOf('flask'), nameOf('fastapi'), 'Sources'],
				adminCells: 3,
			});
			const snapshot = await page.locator('.pbr-compare table').ariaSnapshot();
			expect(snapshot).not.toContain(`columnheader "${nameOf('aiohttp')}"`);
			expect(snapshot).toContain(`columnheader "${nameOf('fastapi')}"`);

			await chooser.getByRole('checkbox', { name: nameOf('aiohttp'), exact: true }).check();
			await expect(visibleColumns(page)).resolves.toMatchObject({
				headers: ['Feature', nameOf('flask'), nameOf('fastapi'), nameOf('aiohttp'), 'Sources'],
			});
		});
	}

	it('is operated with the keyboard: Tab reaches each box, Space toggles its column', async () => {
		const page = await site.open(PAGE);
		const flask = page.getByRole('checkbox', { name: nameOf('flask'), exact: true });
		await page.getByRole('checkbox', { name: nameOf('django'), exact: true }).focus();
		await page.keyboard.press('Tab');
		await expect(flask.evaluate((box) => box === document.activeElement)).resolves.toBe(true);
		await page.keyboard.press('Space');
		await expect(flask.isChecked()).resolves.toBe(false);
		await expect(visibleColumns(page)).resolves.toMatchObject({
			headers: ['Feature', ...names.filter((name) => name !== nameOf('flask')), 'Sources'],
		});
	});

	it('shows code written in backticks in a note as code', async () => {
		const page = await site.open(PAGE);
		const note = page.locator('tr#interface td').nth(3).locator('.pbr-compare__note');
		const [code] = splitInlineCode(rowOf('interface').cells[table.systems[3].id].note).filter((part) => part.code);
		expect(code, 'the FastAPI note on the server interface has code in backticks').toBeDefined();
		await expect(note.locator('code').textContent()).resolves.toBe(code.text);
		await expect(note.textContent()).resolves.not.toContain('`');
	});
});
