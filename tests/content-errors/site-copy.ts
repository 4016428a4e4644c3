import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';

/** The small valid site whose content replaces the real content in the copy. */
export const FIXTURE_SITE = 'tests/fixtures/bad-content/site';

/** What `astro sync` or `astro build` printed, without colours, and how it exited. */
export interface RunResult {
	status: number | null;
	output: string;
}

/** A private copy of the project with the fixture content, where tests inject one bad file at a time. */
export interface SiteCopy {
	dir: string;
	/** Reads a file of the copy (path relative to the project root), e.g. to change one line of it. */
	read(path: string): string;
	/** Writes a file (path relative to the project root), replacing the fixture's version if there is one. */
	write(path: string, content: string): void;
	/** Deletes a file of the copy, e.g. to show what happens when it is missing. */
	remove(path: string): void;
	/** Puts back the copy exactly as it was before `write`/`remove` (fixture files and the project's own). */
	reset(): void;
	/** Runs `astro <command>` in the copy. */
	astro(command: 'sync' | 'build'): RunResult;
	/** Deletes the copy. */
	dispose(): void;
}

/**
 * The environment for a child `astro` process: this one's, minus what Vitest adds for Vite
 * (`BASE_URL`, `MODE`, `NODE_ENV=test`, …), which would override the child's own config.
 */
export function astroEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
	const env = { ...process.env };
	for (const key of Object.keys(env)) {
		if (['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST'].includes(key) || key.startsWith('VITEST')) {
			delete env[key];
		}
	}
	return { ...env, NO_COLOR: '1', FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}

/** Paths of the project the copy takes: everything Astro needs, minus content, data, examples and outputs. */
const PROJECT_PARTS = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public'];
const REPLACED = ['src/content/docs', 'src/data/comparisons', 'src/data/questions', 'src/data/job-ad-terms.yaml'];

/**
 * Copies the project into a temporary directory: node_modules as hard links (a symlink breaks
 * Astro's compiler), the real config and code, and the fixture site's content and examples.
 */
export function createSiteCopy(root = process.cwd()): SiteCopy {
	const dir = mkdtempSync(join(tmpdir(), 'pbr-content-errors-'));
	for (const part of PROJECT_PARTS) {
		cpSync(join(root, part), join(dir, part), {
			recursive: true,
			filter: (source) => !REPLACED.some((replaced) => relative(join(root, replaced), source) === ''),
		});
	}
	const linked = spawnSync('cp', ['-al', join(root, 'node_modules'), join(dir, 'node_modules')]);
	if (linked.status !== 0) throw new Error(`cp -al node_modules failed: ${linked.stderr}`);
	// Caches that tools rewrite in place must not be hard links into the real node_modules.
	for (const cache of ['.vite', '.astro']) rmSync(join(dir, 'node_modules', cache), { recursive: true, force: true });
	cpSync(join(root, FIXTURE_SITE), dir, { recursive: true, filter: (source) => !source.endsWith('README.md') });

	/** What each touched file held before the first `write`/`remove`; `undefined` when it did not exist. */
	const originals = new Map<string, Buffer | undefined>();
	const touch = (path: string) => {
		if (originals.has(path)) return;
		originals.set(path, existsSync(join(dir, path)) ? readFileSync(join(dir, path)) : undefined);
	};

	return {
		dir,
		read(path) {
			return readFileSync(join(dir, path), 'utf8');
		},
		write(path, content) {
			touch(path);
			mkdirSync(dirname(join(dir, path)), { recursive: true });
			writeFileSync(join(dir, path), content);
		},
		remove(path) {
			touch(path);
			rmSync(join(dir, path), { force: true });
		},
		reset() {
			for (const [path, original] of originals) {
				if (original === undefined) rmSync(join(dir, path), { force: true });
				else writeFileSync(join(dir, path), original);
			}
			originals.clear();
		},
		astro(command) {
			const result = spawnSync(process.execPath, [join(dir, 'node_modules/astro/bin/astro.mjs'), command], {
				cwd: dir,
				encoding: 'utf8',
				env: astroEnv({ PBR_DRAFT_EXAMPLES: '' }),
				timeout: 120_000,
			});
			// eslint-disable-next-line no-control-regex
			const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
			return { status: result.status, output };
		},
		dispose() {
			rmSync(dir, { recursive: true, force: true });
		},
	};
}
