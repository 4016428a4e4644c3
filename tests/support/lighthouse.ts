import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './browser';

/** The four Lighthouse category scores (0-100) and the vitals the quality gate reports. */
export interface LighthouseFigures {
	performance: number;
	accessibility: number;
	bestPractices: number;
	seo: number;
	lcpMs: number;
	fcpMs: number;
	tbtMs: number;
	cls: number;
	totalBytes: number;
}

/** Runs Lighthouse with its mobile defaults (simulated throttling) on each URL, one at a time. */
export async function runLighthouse(urls: string[]): Promise<Map<string, LighthouseFigures>> {
	const chrome = await chromeLauncher.launch({
		chromePath: CHROMIUM_PATH,
		chromeFlags: CHROMIUM_ARGS.filter((flag) => flag !== '--headless=new').concat('--headless=new'),
	});
	const figures = new Map<string, LighthouseFigures>();
	try {
		for (const url of urls) {
			const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
			const lhr = result!.lhr;
			const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
			figures.set(url, {
				performance: score('performance'),
				accessibility: score('accessibility'),
				bestPractices: score('best-practices'),
				seo: score('seo'),
				lcpMs: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? NaN),
				fcpMs: Math.round(lhr.audits['first-contentful-paint']?.numericValue ?? NaN),
				tbtMs: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? NaN),
				cls: Number((lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3)),
				totalBytes: Math.round(lhr.audits['total-byte-weight']?.numericValue ?? NaN),
			});
		}
	} finally {
		chrome.kill();
	}
	return figures;
}
