#!/usr/bin/env node
// `npm test`: every check, arranged so that the two cores of a small CI machine stay busy.
//
//   1. The Python examples (ruff, pytest, real Redis and PostgreSQL) start at once, in the background: they
//      share nothing with the site's build.
//   2. Meanwhile: the lint (Prettier, spell check, astro check), then the build.
//   3. Every Vitest suite but Lighthouse in one run with two workers, the slow suites included (content
//      errors, sub-path, the three browser engines, offline updates), longest files first
//      (vitest.config.ts), under `xvfb-run` when it is installed (WebKit's MiniBrowser needs a display).
//   4. When everything else has finished: Lighthouse, alone, since its performance score measures the host.
//
// A failed step does not stop the others (the build does: the suites test its output); the run fails if
// any step failed, and ends with the time each step took.
import { spawn, spawnSync } from 'node:child_process';

const started = Date.now();
const seconds = (ms) => `${(ms / 1000).toFixed(0)} s`;
/** @type {{ name: string, ms: number, ok: boolean }[]} */
const results = [];

/**
 * Runs a command; its output goes to the terminal as it comes, or, with `buffered`, all at once when it
 * ends, so a background step does not interleave with the step in front.
 */
function run(name, command, args, { env = {}, buffered = false } = {}) {
	const begin = Date.now();
	if (!buffered) console.log(`\n==> ${name} (at ${seconds(begin - started)})`);
	const child = spawn(command, args, {
		stdio: buffered ? ['ignore', 'pipe', 'pipe'] : 'inherit',
		env: { ...process.env, ...env },
	});
	const chunks = [];
	child.stdout?.on('data', (chunk) => chunks.push(chunk));
	child.stderr?.on('data', (chunk) => chunks.push(chunk));
	return new Promise((resolve) => {
		child.on('close', (code, signal) => {
			const ms = Date.now() - begin;
			const ok = code === 0;
			if (buffered) {
				console.log(`\n==> ${name} (ran in the background from ${seconds(begin - started)})`);
				process.stdout.write(Buffer.concat(chunks));
			}
			console.log(`<== ${name}: ${ok ? 'passed' : `FAILED (${signal ?? `exit ${code}`})`} in ${seconds(ms)}`);
			results.push({ name, ms, ok });
			resolve(ok);
		});
	});
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const hasXvfb = spawnSync('sh', ['-c', 'command -v xvfb-run'], { stdio: 'ignore' }).status === 0;

const examples = run('examples (ruff, pytest)', npm, ['run', 'test:examples'], { buffered: true });
await run('lint', npm, ['run', 'lint']);
const built = await run('build', npm, ['run', 'build']);
if (built) {
	const vitest = ['node_modules/vitest/vitest.mjs', 'run', '--exclude', 'tests/lighthouse/**'];
	await run(
		'suites (Vitest: unit, built site, browsers, slow suites)',
		hasXvfb ? 'xvfb-run' : process.execPath,
		hasXvfb ? ['-a', process.execPath, ...vitest] : vitest,
		{ env: { PBR_SLOW_SUITES: '1' } },
	);
}
await examples;
if (built) await run('lighthouse', npm, ['run', 'test:lighthouse']);

console.log(`\n| step | time | result |\n| --- | --- | --- |`);
for (const { name, ms, ok } of results) console.log(`| ${name} | ${seconds(ms)} | ${ok ? 'passed' : 'FAILED'} |`);
console.log(`| whole run | ${seconds(Date.now() - started)} | |`);
process.exit(results.every((result) => result.ok) ? 0 : 1);
