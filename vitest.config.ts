/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The files that take longest (seconds, from `npm test` in CI on the 2-core machine, 2026-12-04), started first so that no long
 * file is left running alone at the end while the other worker idles. A clean clone has no timings from
 * an earlier run for Vitest's own ordering to use, so they are written here; other files follow in
 * Vitest's order. Update the figures from the durations `npm test` prints when they change a lot.
 */
const LONGEST_FIRST: Record<string, number> = {
	'tests/browser/run-examples.test.ts': 600,
	'tests/browser/site-quality.test.ts': 400,
	'tests/content-errors/content-errors.test.ts': 86,
	'tests/browser/progress.test.ts': 70,
	'tests/engines/webkit.test.ts': 65,
	'tests/subpath/subpath.test.ts': 56,
	'tests/engines/firefox.test.ts': 55,
	'tests/engines/chromium.test.ts': 52,
	'tests/offline-update/offline-update.test.ts': 47,
	'tests/browser/checklist.test.ts': 36,
	'tests/browser/job-ad.test.ts': 34,
	'tests/browser/phone-layout.test.ts': 30,
};

class LongestFirst extends BaseSequencer {
	override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
		const sorted = await super.sort(files);
		const weight = (file: TestSpecification) =>
			LONGEST_FIRST[file.moduleId.slice(file.moduleId.indexOf('/tests/') + 1)] ?? 0;
		// A stable sort: files without a figure keep Vitest's order.
		return sorted.sort((a, b) => weight(b) - weight(a));
	}
}

// One config for every suite: unit tests of src/lib, tests over the built site in dist/,
// and browser tests that drive Debian's Chromium through playwright-core.
export default getViteConfig({
	test: {
		include: ['tests/**/*.test.ts'],
		environment: 'node',
		testTimeout: 30_000,
		hookTimeout: 60_000,
		// A page's answer to a click can take seconds on two busy cores; 1 s (the default) failed tests that pass alone.
		expect: { poll: { timeout: 10_000 } },
		// Browser tests start their own server and Chromium; two cores do not run many of them at once well.
		fileParallelism: true,
		maxWorkers: 2,
		sequence: { sequencer: LongestFirst },
	},
});
