import { describe, expect, it } from 'vitest';
import { hasChromium } from '../support/browser';
import { builtPages } from '../support/dist';
import { useSite } from '../support/site-browser';

/** Every page of the built site, as a URL path. */
const paths = builtPages()
	.filter((page) => page.endsWith('index.html'))
	.map((page) => page.replace(/index\.html$/, ''));

/**
 * At phone width, code blocks and content tables fit the screen: long code lines wrap and long inline
 * code in tables breaks, so nothing in the article scrolls sideways (a scrolling region that keyboard
 * users could not reach, and a page the reader has to pan).
 */
describe.skipIf(!hasChromium)('pages at phone width (390 × 844)', () => {
	const site = useSite({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

	it('no code block scrolls sideways and the page itself never does', async () => {
		const overflowing: string[] = [];
		const page = await site.context.newPage();
		for (const path of paths) {
			await site.open(path, page);
			const found = await page.evaluate(() => {
				const wide = (element: Element) => element.scrollWidth > element.clientWidth + 1;
				const blocks = [...document.querySelectorAll('.sl-markdown-content pre')].filter(wide);
				const pageWide = document.documentElement.scrollWidth > window.innerWidth + 1;
				return [
					...blocks.map((pre) => `code block: ${pre.textContent!.trim().split('\n')[0]!.slice(0, 60)}`),
					...(pageWide ? [`page is ${document.documentElement.scrollWidth}px wide`] : []),
				];
			});
			overflowing.push(...found.map((problem) => `/${path}: ${problem}`));
		}
		await page.close();
		expect(overflowing).toEqual([]);
	}, 180_000);
});
