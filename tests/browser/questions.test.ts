import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium } from '../support/browser';
import { useSite } from '../support/site-browser';
import { questionPageOf, type QuestionsFile } from '../../src/lib/content/questions';
import { CHECK_SECTION } from '../../src/lib/content/topic-footer';

const PAGE = 'foundations/python-basics/';
/** The page's questions and headings as contributors write them: the expected texts come from here. */
const SOURCE = 'src/content/docs/foundations/python-basics.mdx';
const { questions } = parse(readFileSync('src/data/questions/foundations/python-basics.yaml', 'utf8')) as QuestionsFile;
const { headings } = questionPageOf(SOURCE, readFileSync(SOURCE, 'utf8'), parse);
const [asked] = questions;
/** The section the first answer sends the reader back to, and the first line of the output it shows. */
const readAgain = headings.find((heading) => heading.slug === asked.section)!;
const outputLine = asked.output?.split('\n')[0];

describe.skipIf(!hasChromium)('"Check yourself" answers in Chromium', () => {
	const site = useSite();

	const section = (page: Page) => page.getByRole('region', { name: CHECK_SECTION.text });

	for (const javaScriptEnabled of [true, false]) {
		it(`keeps answers hidden until asked, then shows one by keyboard (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
			expect(outputLine, `the first question of ${PAGE} shows output`).toBeDefined();
			await site.newContext({ javaScriptEnabled, viewport: { width: 390, height: 844 } });
			const page = await site.open(PAGE);
			const items = section(page).getByRole('listitem');
			const count = await items.count();
			expect(count).toBeGreaterThanOrEqual(4);

			const first = items.first();
			const output = first.getByText(outputLine!);
			await expect(output.isVisible()).resolves.toBe(false);
			for (let index = 0; index < count; index++) {
				await expect(
					items
						.nth(index)
						.locator('details')
						.evaluate((d: HTMLDetailsElement) => d.open),
				).resolves.toBe(false);
			}

			// Tab from the section's heading reaches the summary (past the example's code and copy button); Enter opens it.
			const summary = first.getByText('Answer 1', { exact: true });
			await page.locator(`#${CHECK_SECTION.slug}`).evaluate((heading: HTMLElement) => {
				heading.tabIndex = -1;
				heading.focus();
			});
			let reached = false;
			for (let press = 0; press < 6 && !reached; press++) {
				await page.keyboard.press('Tab');
				reached = await summary.evaluate((element) => element === document.activeElement);
			}
			expect(reached, 'Tab reaches "Answer 1"').toBe(true);
			await page.keyboard.press('Enter');
			await expect(output.isVisible()).resolves.toBe(true);
			await expect(first.getByRole('link', { name: readAgain.text }).isVisible()).resolves.toBe(true);
			// Only the answer asked for opens.
			await expect(
				items
					.nth(1)
					.locator('details')
					.evaluate((d: HTMLDetailsElement) => d.open),
			).resolves.toBe(false);

			// "Read again" jumps to the section that teaches the answer.
			await first.getByRole('link', { name: readAgain.text }).press('Enter');
			await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${asked.section}`);
			const top = await page.locator(`#${asked.section}`).evaluate((h) => h.getBoundingClientRect().top);
			expect(top).toBeGreaterThanOrEqual(0);
			expect(top).toBeLessThan(844);
		});
	}

	it('tells screen readers each answer is a collapsed disclosure, and expanded once opened', async () => {
		const page = await site.open(PAGE);
		const cdp = await page.context().newCDPSession(page);
		const disclosure = async (name: string) => {
			const { nodes } = await cdp.send('Accessibility.getFullAXTree');
			const node = nodes.find((candidate) => candidate.name?.value === name && candidate.role?.value !== 'StaticText');
			const property = (key: string) => node?.properties?.find((p) => p.name === key)?.value.value;
			return { role: node?.role?.value, focusable: property('focusable'), expanded: property('expanded') };
		};
		await expect(disclosure('Answer 2')).resolves.toEqual({
			role: 'DisclosureTriangle',
			focusable: true,
			expanded: false,
		});
		await section(page).getByText('Answer 2', { exact: true }).click();
		await expect(disclosure('Answer 2')).resolves.toMatchObject({ expanded: true });
	});
});
