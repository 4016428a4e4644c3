/**
 * Whether a suite that needs the machine to itself should run: when started by its own npm script
 * (`npm run test:content-errors`, `npm run test:lighthouse`, …), or when PBR_SLOW_SUITES=1. A plain
 * `vitest run` skips it, so it never competes for the CPU with the browser suites, and says so.
 */
export function slowSuiteEnabled(script: string): boolean {
	const enabled = process.env.npm_lifecycle_event === script || process.env.PBR_SLOW_SUITES === '1';
	if (!enabled) console.warn(`Skipping the ${script} suite: run it with 'npm run ${script}' (or PBR_SLOW_SUITES=1).`);
	return enabled;
}
