/**
 * What a reader depends on, written once and run by each engine's driver (tests/engines/<engine>.test.ts):
 * ticks that survive a reload and sync between tabs, every storage state without an uncaught error,
 * export, import, reset and undo, search from the keyboard, the comparison column chooser, the job-ad
 * tool and a Run button. Expected texts come from the content and data, as in tests/browser/.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { topicSources } from '../support/content';
import { builtPages, DIST, readPage } from '../support/dist';
import { slowSuiteEnabled } from '../support/suites';
import { ENGINES, type EngineTab } from './drivers';
import { textOf, useEngine, waitIn, type Origin } from './engine-site';
import type { TableData } from '../../src/lib/comparisons/comparison-table';
import type { JobAdData } from '../../src/adapters/job-ad-data';
import { PROGRESS_KEY } from '../../src/lib/progress/progress';
import { TARGETS_KEY } from '../../src/lib/progress/targets-key';

const TOPIC = 'foundations/python-basics/';
/** The page's checklist as its frontmatter declares it. */
const { checklist } = topicSources().find((topic) => topic.id === 'foundations/python-basics')!;
const BOX = (index: number) => `pbr-checklist input[type="checkbox"][value="${checklist[index].id}"]`;
const STATUS = '.pbr-checklist__status';
const NOTICE_DISABLED = /not letting the site save progress/;

/** Every key the site stores under: ours, and Starlight's (theme in localStorage, sidebar in sessionStorage). */
const PACE_KEY = 'pbr:hours-per-week:v1'; // src/scripts/roadmap/pace.ts
const THEME_KEY = 'starlight-theme';
const SIDEBAR_KEY = 'sl-sidebar-state';

/** Pages every storage state is tried on: each kind of page with a script that reads storage. */
const STORAGE_PAGES = [
	'',
	'roadmap/',
	'progress/',
	TOPIC,
	'career/job-ad-checklist/',
	'compare/python-web-frameworks/',
];

/** Values stored before the first page loads (once per origin, so later ticks are not overwritten). */
type Seed = { local: Record<string, string>; session: Record<string, string> };

/** Runs in the page before its scripts: stores the seed once. */
function seedOnce(seed: Seed): void {
	if (sessionStorage.getItem('pbr-engines-seeded')) return;
	for (const [key, value] of Object.entries(seed.local)) localStorage.setItem(key, value);
	for (const [key, value] of Object.entries(seed.session)) sessionStorage.setItem(key, value);
	sessionStorage.setItem('pbr-engines-seeded', 'yes');
}

/** Runs in the page before its scripts: storage that throws on access, as with cookies blocked. */
function disableStorage(): void {
	for (const name of ['localStorage', 'sessionStorage']) {
		Object.defineProperty(window, name, {
			configurable: true,
			get() {
				throw new DOMException('The operation is insecure.', 'SecurityError');
			},
		});
	}
}

/** Runs in the page before its scripts: storage that is full. */
function fillStorage(): void {
	Storage.prototype.setItem = () => {
		throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
	};
}

const corrupted: Seed = {
	local: {
		[PROGRESS_KEY]: '{"version": 1, "items": ',
		[TARGETS_KEY]: '[{"name": ',
		[THEME_KEY]: '"><img src=x onerror=alert(1)> .x,',
		[PACE_KEY]: '}{',
	},
	session: { [SIDEBAR_KEY]: '{"hash": ' },
};
const foreign: Seed = {
	local: {
		[PROGRESS_KEY]: '{"settings": {"theme": "dark"}}',
		[TARGETS_KEY]: '{"targets": "none", "version": 1}',
		[THEME_KEY]: 'solarized',
		[PACE_KEY]: '-40',
	},
	session: { [SIDEBAR_KEY]: '{"hash": 7, "open": {"0": "yes"}, "scroll": "top"}' },
};
const future: Seed = {
	local: {
		[PROGRESS_KEY]: JSON.stringify({ version: 2, items: { 'a-b': { done: true } } }),
		[TARGETS_KEY]: JSON.stringify({ version: 9, targets: [] }),
	},
	session: {},
};

/** The storage states a reader's browser can be in, and what the checklist then says. */
const STORAGE_STATES: { name: string; init: (seed: Seed) => void; arg?: Seed; notice: RegExp | null }[] = [
	{ name: 'disabled (SecurityError on access)', init: disableStorage, notice: NOTICE_DISABLED },
	{ name: 'full (QuotaExceededError on write)', init: fillStorage, notice: NOTICE_DISABLED },
	{ name: 'corrupted under every key', init: seedOnce, arg: corrupted, notice: /could not be read/ },
	{ name: 'foreign values under every key', init: seedOnce, arg: foreign, notice: /could not be read/ },
	{ name: 'a future version', init: seedOnce, arg: future, notice: /could not be read/ },
];

/**
 * Waits until Starlight's search has loaded Pagefind UI, which it starts at the first idle moment: leaving a
 * page before then makes Firefox report the abandoned dynamic import as an unhandled rejection.
 */
const settled = (tab: EngineTab, what: string) =>
	waitIn(
		tab,
		`${what} has loaded search`,
		() => document.querySelector('#starlight__search')?.firstElementChild != null,
	);

/** Opens the topic page and waits for the checklist island. */
async function openTopic(origin: Origin): Promise<EngineTab> {
	const tab = await origin.open(TOPIC);
	await waitIn(tab, 'the checklist has checkboxes', (css) => document.querySelector(css) !== null, BOX(0));
	return tab;
}
const isChecked = (tab: EngineTab, index: number) =>
	tab.evaluate((css) => (document.querySelector(css) as HTMLInputElement).checked, BOX(index));

/** The comparison table as contributors edit it. */
const table = parse(readFileSync('src/data/comparisons/python-web-frameworks.yaml', 'utf8')) as TableData;
const nameOf = (id: string) => table.systems.find((system) => system.id === id)!.name;

/** The job-ad tool's data, and an ad whose topics a careful reader agrees on. */
const jobAd = JSON.parse(readFileSync(join(DIST, 'job-ad-data.json'), 'utf8')) as JobAdData;
const AD =
	'Backend Developer. We build REST APIs with Django on Postgres, write tests with pytest and ship with Docker.';
const AD_TOPICS = ['core/django', 'core/sql-databases', 'core/testing', 'core/docker'].map(
	(id) => jobAd.topics.find((topic) => topic.id === id)!.title,
);

/** The first runnable example whose output is fixed and which exits cleanly under CPython, with its page. */
function steadyExample(): { file: string; path: string; output: string } {
	for (const page of builtPages()) {
		for (const [, file] of readPage(page).matchAll(/<div class="pbr-run[^"]*"[^>]*\bdata-file="([^"]+)"/g)) {
			if (/^# output varies/m.test(readFileSync(`examples/${file}`, 'utf8'))) continue;
			const run = spawnSync(process.env.PBR_PYTHON ?? 'python3', ['-u', `examples/${file}`], {
				encoding: 'utf8',
				timeout: 30_000,
			});
			if (run.status === 0 && run.stdout.trim() && !run.stderr)
				return { file, path: page.replace(/index\.html$/, ''), output: run.stdout };
		}
	}
	throw new Error('No runnable example with fixed output');
}

/** Registers the shared scenarios for one engine (`chromium`, `firefox` or `webkit`). */
export function engineScenarios(id: string): void {
	const engine = ENGINES[id];
	// A plain `vitest run` leaves the engines to `npm run test:engines`, which runs them under xvfb-run.
	const started = slowSuiteEnabled('test:engines');
	const missing = started ? engine.missing() : null;
	if (missing && process.env.CI === 'true')
		throw new Error(`${engine.name}: ${missing}. Every engine is required in CI.`);
	if (missing) console.warn(`Skipping the ${engine.name} scenarios: ${missing}.`);
	const enabled = started && !missing;

	// Generous per-test time: three engines share two cores, and Firefox and WebKit are slower to drive.
	describe.skipIf(!enabled)(`what a reader depends on, in ${engine.name}`, { timeout: 90_000 }, () => {
		const site = useEngine(engine);

		it('keeps a tick after a reload, and ticks by keyboard', async () => {
			const origin = await site.fresh();
			const tab = await openTopic(origin);
			await tab.click(BOX(1));
			await waitIn(
				tab,
				'the count says 1 done',
				(css) => /^1 of \d+ done$/.test(document.querySelector(css)!.textContent!),
				STATUS,
			);
			await tab.reload();
			await waitIn(tab, 'the checklist is back', (css) => document.querySelector(css) !== null, BOX(1));
			expect(await isChecked(tab, 1)).toBe(true);
			expect(await textOf(tab, STATUS)).toBe(`1 of ${checklist.length} done`);
			const stored = await tab.evaluate((key) => JSON.parse(localStorage.getItem(key)!), PROGRESS_KEY);
			expect(stored.items[checklist[1].id].done).toBe(true);
			await tab.evaluate((css) => (document.querySelector(css) as HTMLElement).focus(), BOX(0));
			await tab.press('Space');
			await waitIn(
				tab,
				'Space ticked the focused box',
				(css) => (document.querySelector(css) as HTMLInputElement).checked,
				BOX(0),
			);
			expect(await origin.errors()).toEqual([]);
		});

		it('syncs ticks between two tabs', async () => {
			const origin = await site.fresh();
			const [left, right] = [await openTopic(origin), await openTopic(origin)];
			await left.click(BOX(0));
			await waitIn(
				right,
				'the tick shows in the other tab',
				(css) => (document.querySelector(css) as HTMLInputElement).checked,
				BOX(0),
			);
			await right.click(BOX(2));
			await waitIn(left, 'and back', (css) => (document.querySelector(css) as HTMLInputElement).checked, BOX(2));
			expect(await textOf(left, STATUS)).toBe(`2 of ${checklist.length} done`);
			expect(await origin.errors()).toEqual([]);
		});

		it.each(STORAGE_STATES)(
			'raises no error with storage $name, Starlight’s scripts included',
			async ({ init, arg, notice }) => {
				const origin = await site.fresh({ init, initArg: arg });
				// The topic page first, where the checklist reads the stored value: ticking works, the notice is
				// the right one, and the theme picker works; then every other kind of page, and a reload.
				const tab = await openTopic(origin);
				await tab.click(BOX(0));
				await waitIn(
					tab,
					'the count says 1 done',
					(css) => /^1 of \d+ done$/.test(document.querySelector(css)!.textContent!),
					STATUS,
				);
				const notices = await tab.evaluate(() =>
					[...document.querySelectorAll('.pbr-checklist__notice')]
						.filter((element) => (element as HTMLElement).offsetParent !== null)
						.map((element) => element.textContent!.trim()),
				);
				if (notice) expect(notices.join(' ')).toMatch(notice);
				else expect(notices).toEqual([]);
				await tab.evaluate(() => {
					const select = document.querySelector('starlight-theme-select select') as HTMLSelectElement;
					select.value = 'light';
					select.dispatchEvent(new Event('change'));
				});
				expect(await tab.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
				await settled(tab, `/${TOPIC}`);
				for (const path of STORAGE_PAGES.filter((page) => page !== TOPIC)) {
					await tab.goto(origin.url + path);
					await settled(tab, `/${path}`);
				}
				await tab.reload();
				await settled(tab, 'the reloaded page');
				expect(await origin.errors()).toEqual([]);
			},
		);

		it('exports, resets (after asking), undoes, and imports on /progress/', async () => {
			const origin = await site.fresh();
			const topic = await openTopic(origin);
			for (const index of [0, 1, 2]) await topic.click(BOX(index));
			const tab = await origin.open('progress/');
			const overall = () => textOf(tab, '.pbr-progress__overall .pbr-count [aria-hidden]');
			await expect.poll(overall).toMatch(/^3\//);

			// The export is a download: keep the file's text in the page instead of saving it.
			await tab.evaluate(() => {
				const create = URL.createObjectURL;
				URL.createObjectURL = (blob) => {
					void (blob as Blob).text().then((text) => ((window as never as Record<string, string>).pbrExport = text));
					return create(blob);
				};
				HTMLAnchorElement.prototype.click = () => undefined;
			});
			await tab.click('[data-action="export"]');
			await waitIn(tab, 'the export file was written', () => (window as never as Record<string, string>).pbrExport);
			const exported = JSON.parse(await tab.evaluate(() => (window as never as Record<string, string>).pbrExport));
			expect(exported).toMatchObject({ format: 'python-backend-roadmap-progress', version: 1 });
			expect(Object.values(exported.items).filter((state) => (state as { done: boolean }).done)).toHaveLength(3);

			await tab.click('[data-action="reset"]');
			await expect.poll(() => textOf(tab, '[data-confirm-text]')).toContain('Untick all 3 ticked items');
			await tab.click('[data-confirm-yes]');
			await expect.poll(overall).toMatch(/^0\//);
			await tab.click('[data-undo]');
			await expect.poll(overall).toMatch(/^3\//);
			await tab.click('[data-action="reset"]');
			await tab.click('[data-confirm-yes]');
			await expect.poll(overall).toMatch(/^0\//);

			// A reset records unticks as newer changes; the file's ticks are made later, so import adds them back.
			const later = new Date(Date.now() + 60_000).toISOString();
			for (const state of Object.values(exported.items) as { at: string }[]) state.at = later;
			await tab.evaluate((contents) => {
				const input = document.querySelector('input[type="file"][data-action="import"]') as HTMLInputElement;
				const files = new DataTransfer();
				files.items.add(new File([contents], 'progress.json', { type: 'application/json' }));
				input.files = files.files;
				input.dispatchEvent(new Event('change', { bubbles: true }));
			}, JSON.stringify(exported));
			await expect.poll(() => textOf(tab, '[data-confirm-text]')).toMatch(/Adds 3, keeps 0\./);
			await tab.click('[data-confirm-yes]');
			await expect.poll(overall).toMatch(/^3\//);
			await topic.reload();
			await waitIn(
				topic,
				'the topic shows the imported ticks',
				(css) => (document.querySelector(css) as HTMLInputElement)?.checked,
				BOX(1),
			);
			expect(await origin.errors()).toEqual([]);
		});

		it('searches from the keyboard: Ctrl+K, a question, results, Escape', async () => {
			const origin = await site.fresh();
			const tab = await origin.open('core/testing/');
			await waitIn(
				tab,
				'the search button is ready',
				() => !document.querySelector('button[data-open-modal]')!.hasAttribute('disabled'),
			);
			await tab.press('Control+k');
			await waitIn(
				tab,
				'the search input has focus',
				() => document.activeElement?.matches('dialog .pagefind-ui__search-input'),
				null,
				15_000,
			);
			// The first question of tests/build/search-queries.test.ts, typed where the focus is.
			await tab.type('dialog .pagefind-ui__search-input', 'what is the gil');
			// Pagefind lists results for the words typed so far: wait for those of the whole question.
			const firstResult = () =>
				tab.evaluate(() => document.querySelector('dialog .pagefind-ui__result-link')?.getAttribute('href') ?? null);
			await expect
				.poll(firstResult, { timeout: 15_000, message: 'the first result' })
				.toMatch(/\/foundations\/concurrency\/$/);
			expect(await textOf(tab, 'dialog .pagefind-ui__message')).toMatch(/result/);
			await tab.press('Escape');
			await waitIn(tab, 'the dialog closes', () => !(document.querySelector('dialog') as HTMLDialogElement).open);
			expect(await origin.errors()).toEqual([]);
		});

		it('puts two frameworks side by side with the column chooser', async () => {
			const origin = await site.fresh();
			const tab = await origin.open('compare/python-web-frameworks/');
			const visibleHeaders = () =>
				tab.evaluate(() =>
					[...document.querySelectorAll('.pbr-compare table thead th')]
						.filter((cell) => getComputedStyle(cell).display !== 'none')
						.map((cell) => cell.textContent!.trim()),
				);
			const names = table.systems.map((system) => system.name);
			expect(await visibleHeaders()).toEqual(['Feature', ...names, 'Sources']);
			const labels = await tab.evaluate(() =>
				[...document.querySelectorAll('.pbr-compare__pick label')].map((label) => label.textContent!.trim()),
			);
			expect(labels).toEqual(names);
			for (const system of ['django-lts', 'django', 'aiohttp']) {
				await tab.click(`.pbr-compare__pick li:nth-child(${names.indexOf(nameOf(system)) + 1}) input`);
			}
			await expect.poll(visibleHeaders).toEqual(['Feature', nameOf('flask'), nameOf('fastapi'), 'Sources']);
			expect(await origin.errors()).toEqual([]);
		});

		it('turns a job ad into topics', async () => {
			const origin = await site.fresh();
			const tab = await origin.open('career/job-ad-checklist/');
			await tab.type('#pbr-job-ad-text', AD);
			await tab.click('[data-action="match"]');
			await waitIn(
				tab,
				'the tool answers',
				() => /^Found \d+ roadmap topics? and/.test(document.querySelector('[data-pbr-status]')!.textContent!),
				null,
				20_000,
			);
			const titles = await tab.evaluate(() =>
				[...document.querySelectorAll('[data-pbr-topics] > li > a')].map((link) => link.textContent!.trim()),
			);
			expect(titles).toEqual(expect.arrayContaining(AD_TOPICS));
			expect(await origin.errors()).toEqual([]);
		});

		it(
			'runs an example in the page with its Run button, printing what CPython prints',
			{ timeout: 240_000 },
			async () => {
				const { file, path, output } = steadyExample();
				const origin = await site.fresh();
				const tab = await origin.open(path);
				const bar = `[data-pbr-run][data-file="${file}"]`;
				await tab.click(`${bar} [data-action="run"]`);
				await waitIn(
					tab,
					`${file} finished`,
					(css) =>
						/^(Finished|Exited|Stopped|Python)/.test(
							document.querySelector(`${css} .pbr-run__status`)?.textContent ?? '',
						),
					bar,
					200_000,
				);
				expect(await textOf(tab, `${bar} .pbr-run__status`)).toMatch(/^Finished/);
				expect(await tab.evaluate((css) => document.querySelector(`${css} [role="log"]`)!.textContent, bar)).toBe(
					output,
				);
				expect(await origin.errors()).toEqual([]);
			},
		);
	});
}
