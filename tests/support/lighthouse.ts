import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { throttling } from 'lighthouse/core/config/constants.js';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
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
	/** The performance score of every run, in the order they ran: the run-to-run noise. */
	performanceRuns: number[];
}

type Result = Parameters<typeof computeMedianRun>[0][number];

/**
 * Runs Lighthouse with its mobile defaults (simulated throttling) `runs` times on each URL, one
 * run at a time, and reports the median run as Lighthouse's own `computeMedianRun` picks it (the
 * run closest to the median FCP and TTI), which is what Lighthouse's documentation on variability
 * recommends over trusting a single run.
 */
export async function runLighthouse(urls: string[], runs = 3): Promise<Map<string, LighthouseFigures>> {
	const chrome = await chromeLauncher.launch({
		chromePath: CHROMIUM_PATH,
		chromeFlags: CHROMIUM_ARGS.filter((flag) => flag !== '--headless=new').concat('--headless=new'),
	});
	const figures = new Map<string, LighthouseFigures>();
	try {
		// Calibrate once: Lighthouse's 4× CPU slowdown assumes a host with a benchmark index of about 1,533;
		// on a slower host (this one measured 1,100–1,350) it emulates a far slower phone than intended.
		const probe = await lighthouse(urls[0], {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: ['performance'],
		});
		const benchmarkIndex = probe!.lhr.environment.benchmarkIndex;
		const cpuSlowdownMultiplier = cpuSlowdownFor(benchmarkIndex);
		console.log(
			`Lighthouse host benchmark index ${Math.round(benchmarkIndex)}: CPU slowdown ${cpuSlowdownMultiplier.toFixed(2)}×`,
		);
		const flags = {
			port: chrome.port,
			output: 'json' as const,
			logLevel: 'error' as const,
			throttling: { ...throttling.mobileSlow4G, cpuSlowdownMultiplier },
		};
		for (const url of urls) {
			const results: Result[] = [];
			for (let run = 0; run < runs; run++) {
				const result = await lighthouse(url, flags);
				results.push(result!.lhr);
			}
			figures.set(url, {
				...figuresOf(computeMedianRun(results)),
				performanceRuns: results.map((lhr) => score(lhr, 'performance')),
			});
		}
	} finally {
		chrome.kill();
	}
	return figures;
}

/**
 * The CPU slowdown that makes a host with this benchmark index emulate the phone Lighthouse's mobile default
 * stands for: Lighthouse's CPU throttling calculator (linked from its throttling documentation), 1,533 → 4×,
 * 1,300 → 3×, 800 → 2×, 150 → 1×, linear in between.
 */
export function cpuSlowdownFor(benchmarkIndex: number): number {
	if (benchmarkIndex >= 1300) return 3 + (benchmarkIndex - 1300) / 233;
	if (benchmarkIndex >= 800) return 2 + (benchmarkIndex - 800) / 500;
	return Math.max(1, 1 + (benchmarkIndex - 150) / 650);
}

function score(lhr: Result, category: string): number {
	return Math.round((lhr.categories[category]?.score ?? 0) * 100);
}

function figuresOf(lhr: Result): Omit<LighthouseFigures, 'performanceRuns'> {
	const value = (audit: string) => lhr.audits[audit]?.numericValue ?? NaN;
	return {
		performance: score(lhr, 'performance'),
		accessibility: score(lhr, 'accessibility'),
		bestPractices: score(lhr, 'best-practices'),
		seo: score(lhr, 'seo'),
		lcpMs: Math.round(value('largest-contentful-paint')),
		fcpMs: Math.round(value('first-contentful-paint')),
		tbtMs: Math.round(value('total-blocking-time')),
		cls: Number(value('cumulative-layout-shift').toFixed(3)),
		totalBytes: Math.round(value('total-byte-weight')),
	};
}
