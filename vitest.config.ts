/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

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
	},
});
