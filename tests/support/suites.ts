/**
 * Whether a slow suite (one that builds a site or drives several browsers) should run: when started by its
 * own npm script (`npm run test:content-errors`, `npm run test:lighthouse`, …), or when PBR_SLOW_SUITES is
 * `1` (all of them) or a comma-separated list of such scripts naming it (`npm test` lists all but
 * Lighthouse, which runs alone). A plain `vitest run` skips it, and says so.
 */
export function slowSuiteEnabled(script: string): boolean {
	const listed = process.env.PBR_SLOW_SUITES ?? '';
	const enabled = process.env.npm_lifecycle_event === script || listed === '1' || listed.split(',').includes(script);
	if (!enabled) console.warn(`Skipping the ${script} suite: run it with 'npm run ${script}' (or PBR_SLOW_SUITES=1).`);
	return enabled;
}
