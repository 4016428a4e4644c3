import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { hasChromium } from '../support/browser';
import { builtPages, readPage } from '../support/dist';
import { useSite } from '../support/site-browser';

/** CPython to compare with: the system's (the examples' own tests use the same 3.11+). */
const PYTHON = process.env.PBR_PYTHON ?? 'python3';

/** Every runnable example in the build, with the first page that shows it. */
const runnable = new Map<string, string>();
for (const page of builtPages()) {
	for (const [, file] of readPage(page).matchAll(/<div class="pbr-run[^"]*"[^>]*\bdata-file="([^"]+)"/g)) {
		if (!runnable.has(file)) runnable.set(file, page.replace(/index\.html$/, ''));
	}
}

/** `# output varies (why): REGEX` lines in an example: parts of its output that change from run to run. */
function variableParts(file: string): RegExp[] {
	const source = readFileSync(`examples/${file}`, 'utf8');
	return [...source.matchAll(/^# output varies \([^)]*\): (.+)$/gm)].map((match) => new RegExp(match[1], 'g'));
}

/**
 * Output as the reader compares it: the marked variable parts replaced, each side's own path to the
 * examples directory written as `examples/`, and the caret lines under traceback lines dropped (CPython
 * 3.11 and the browser's 3.14 underline different spans; the lines above them are the same).
 */
function normalise(output: string, file: string, examplesDirectory: string): string {
	let text = output.replaceAll(examplesDirectory, 'examples/');
	for (const pattern of variableParts(file)) text = text.replace(pattern, '…');
	return text
		.split('\n')
		.filter((line) => !/^\s*[~^]+\s*$/.test(line))
		.join('\n')
		.trimEnd();
}

/** The file under CPython, stdout and stderr through one pipe so they interleave as written. */
function cpython(file: string): { output: string; status: number } {
	const result = spawnSync('sh', ['-c', `exec "$0" -u "examples/$1" 2>&1`, PYTHON, file], {
		encoding: 'utf8',
		timeout: 60_000,
	});
	expect(result.error, `${PYTHON} could not run examples/${file}`).toBeUndefined();
	return { output: result.stdout, status: result.status ?? -1 };
}

describe.skipIf(!hasChromium)('Run buttons in Chromium', () => {
	// One context for the file, so Pyodide is fetched once; errors and requests add up for the last test.
	const site = useSite({}, { contextPer: 'file' });

	const barFor = (page: Page, file: string) => page.locator(`[data-pbr-run][data-file="${file}"]`).first();
	const status = (bar: Locator) => bar.locator('.pbr-run__status');

	async function runAndWait(bar: Locator): Promise<string> {
		await bar.locator('[data-action="run"]').click();
		await expect
			.poll(() => status(bar).textContent(), { timeout: 60_000, interval: 100 })
			.toMatch(/^(Finished|Exited|Stopped|Python)/);
		return (await status(bar).textContent())!;
	}

	it('finds at least a dozen runnable examples across the foundations and core pages', () => {
		const pages = [...runnable.values()];
		console.log(
			`Runnable in the page (${runnable.size}):\n${[...runnable].map(([file, page]) => `  ${file} (${page})`).join('\n')}`,
		);
		expect(runnable.size).toBeGreaterThanOrEqual(12);
		expect(pages.some((page) => page.startsWith('foundations/'))).toBe(true);
		expect(pages.some((page) => page.startsWith('core/'))).toBe(true);
	});

	/**
	 * The page the last example ran on, kept open for the next example of the same page (examples come in
	 * page order), as a reader runs one example after another: the page's booted spare then takes the next run.
	 */
	let shown: { path: string; page: Page } | undefined;
	async function pageShowing(path: string): Promise<Page> {
		if (shown?.path !== path) {
			await shown?.page.close();
			shown = { path, page: await site.open(path) };
		}
		return shown.page;
	}

	it.each([...runnable])('%s prints in the page what CPython prints', { timeout: 120_000 }, async (file, path) => {
		const page = await pageShowing(path);
		const bar = barFor(page, file);
		const finished = await runAndWait(bar);
		const inPage = (await bar.getByRole('log').textContent())!;
		const expected = cpython(file);
		expect(finished).toMatch(
			expected.status === 0 ? /^Finished/ : new RegExp(`^Exited with status ${expected.status}`),
		);
		expect(normalise(inPage === '(no output)' ? '' : inPage, file, '/home/pyodide/examples/')).toBe(
			normalise(expected.output, file, `${resolve('examples')}/`),
		);
	});

	it(
		'shows a syntax error and an exception as Python prints them, and runs the file again clean',
		{ timeout: 120_000 },
		async () => {
			await shown?.page.close();
			const [file, path] = [...runnable][0];
			const page = await site.open(path);
			const bar = barFor(page, file);
			await bar.getByRole('button', { name: 'Edit' }).click();
			const editor = bar.getByRole('textbox');
			await editor.fill('print("before")\ndef broken(:\n    pass\n');
			expect(await runAndWait(bar)).toMatch(/^Exited with status 1/);
			expect(await bar.getByRole('log').textContent()).toMatch(
				new RegExp(`File "/home/pyodide/examples/${file}", line 2\\n\\s+def broken\\(:\\n\\s+\\^\\nSyntaxError: `),
			);
			await editor.fill('GLOBAL = 1\ndef fail():\n    raise ValueError("no such order")\nfail()\n');
			expect(await runAndWait(bar)).toMatch(/^Exited with status 1/);
			const traceback = (await bar.getByRole('log').textContent())!;
			expect(traceback).toMatch(/^Traceback \(most recent call last\):\n {2}File ".*", line 4, in <module>\n/);
			expect(traceback).toMatch(/ValueError: no such order\n$/);
			expect(traceback).not.toMatch(/_pbr_run|<exec>/);
			// A fresh interpreter each run: the previous run's global is gone.
			await editor.fill('print("GLOBAL" in globals())\n');
			await runAndWait(bar);
			expect(await bar.getByRole('log').textContent()).toBe('False\n');
			await bar.getByRole('button', { name: 'Reset to the file' }).click();
			expect(await editor.inputValue()).toBe(readFileSync(`examples/${file}`, 'utf8'));
			await page.close();
		},
	);

	it('stops an endless loop with Stop, and the page stays responsive', { timeout: 120_000 }, async () => {
		const [file, path] = [...runnable][0];
		const page = await site.open(path);
		const bar = barFor(page, file);
		await bar.getByRole('button', { name: 'Edit' }).click();
		await bar.getByRole('textbox').fill('print("looping", flush=True)\nwhile True:\n    pass\n');
		const run = bar.locator('[data-action="run"]');
		await run.click();
		await expect.poll(() => bar.getByRole('log').textContent(), { timeout: 60_000 }).toBe('looping\n');
		expect(await page.evaluate(() => 1 + 1)).toBe(2);
		expect(await run.textContent()).toBe('Stop');
		await run.click();
		expect(await status(bar).textContent()).toMatch(/^Stopped after \d+\.\d\d s\.$/);
		expect((await run.textContent())?.trim()).toMatch(/^Run/);
		await page.close();
	});

	it('loads nothing from another origin and logs no errors', () => {
		expect([...new Set(site.requests.map((request) => new URL(request.url).origin))]).toEqual([
			new URL(site.server.url).origin,
		]);
		expect(site.errors).toEqual([]);
	});
});

describe.skipIf(!hasChromium)('Run buttons without JavaScript', () => {
	const site = useSite({ javaScriptEnabled: false });

	it('are not shown, and the code is', async () => {
		const [file, path] = [...runnable][0];
		const page = await site.open(path);
		expect(await page.locator(`[data-pbr-run][data-file="${file}"]`).first().isVisible()).toBe(false);
		expect(await page.locator('.expressive-code').first().isVisible()).toBe(true);
	});
});
