import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium } from '../support/browser';
import { DIST } from '../support/dist';
import { runLighthouse, type LighthouseFigures } from '../support/lighthouse';
import { serveSite, type SiteServer } from '../support/static-server';

/** The pages DESIGN.md names: home, map, progress, a topic page and a comparison page. */
const PAGES = ['', 'roadmap/', 'progress/', 'foundations/concurrency/', 'compare/python-web-frameworks/'];
/**
 * Accessibility, best practices and SEO must be 100. Performance targets 100; the gate is 95 because
 * repeated runs of the same build on this 2-core machine moved the score by up to 3 points while other
 * work was running (simulated throttling still depends on measured CPU speed).
 */
const PERFORMANCE_GATE = Number(process.env.LIGHTHOUSE_PERFORMANCE_GATE ?? 95);

describe.skipIf(!hasChromium)('Lighthouse, mobile defaults', () => {
	let server: SiteServer;
	let figures: Map<string, LighthouseFigures>;

	beforeAll(async () => {
		server = await serveSite(DIST);
		figures = await runLighthouse(PAGES.map((page) => server.url + page));
		const rows = [...figures].map(
			([url, f]) =>
				`| ${new URL(url).pathname} | ${f.performance} | ${f.accessibility} | ${f.bestPractices} | ${f.seo} | ${f.fcpMs} ms | ${f.lcpMs} ms | ${f.tbtMs} ms | ${f.cls} | ${Math.round(f.totalBytes / 1024)} KB |`,
		);
		console.log(
			[
				'| page | perf | a11y | best practices | SEO | FCP | LCP | TBT | CLS | bytes |',
				'| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
				...rows,
			].join('\n'),
		);
	}, 300_000);
	afterAll(async () => {
		await server?.close();
	});

	it.each(PAGES)('/%s scores 100 for accessibility, best practices and SEO', (page) => {
		const f = figures.get(server.url + page)!;
		expect({ accessibility: f.accessibility, bestPractices: f.bestPractices, seo: f.seo }).toEqual({
			accessibility: 100,
			bestPractices: 100,
			seo: 100,
		});
	});

	it.each(PAGES)(`/%s scores at least ${PERFORMANCE_GATE} for performance with no layout shift`, (page) => {
		const f = figures.get(server.url + page)!;
		expect(f.performance).toBeGreaterThanOrEqual(PERFORMANCE_GATE);
		expect(f.cls).toBe(0);
	});
});
