import { countDone, describeCount } from '../../lib/progress/progress';
import { percent } from '../../lib/progress/percent';
import { getProgressStore, itemsOf } from './progress-store';

/** Writes "3/7" for the eye and ", 3 of 7 done" for screen readers into a count element. */
function writeCount(target: Element, done: number, total: number): void {
	const visible = document.createElement('span');
	visible.ariaHidden = 'true';
	visible.textContent = `${done}/${total}`;
	const spoken = document.createElement('span');
	spoken.className = 'sr-only';
	spoken.textContent = `, ${describeCount(done, total)}`;
	target.replaceChildren(visible, spoken);
}

/** Once there is progress: the sidebar's item ids and asking to keep storage (./with-progress), loaded once. */
let started: Promise<unknown> | undefined;
/**
 * Updates every element that shows progress for a set of items (`data-pbr-items="id id …"`):
 * its count, its <progress> bar and its percentage. The "continue where you left off" link has its own
 * script (./continue-link), loaded only where the link is.
 */
function render(): void {
	const { value: progress } = getProgressStore();
	// A page left while the module loads rejects the import (Firefox, WebKit): caught, and tried again next time.
	if (!started && progress.size > 0)
		started = import('./with-progress')
			.then((module) => module.withProgress(render))
			.catch(() => (started = undefined));
	for (const element of document.querySelectorAll<HTMLElement>('[data-pbr-items]')) {
		const ids = itemsOf(element);
		const done = countDone(progress, ids);
		element.toggleAttribute('data-pbr-complete', ids.length > 0 && done === ids.length);
		const count = element.querySelector('.pbr-count');
		if (count) writeCount(count, done, ids.length);
		const bar = element.querySelector('progress');
		if (bar) bar.value = done;
		const share = element.querySelector('[data-pbr-percent]');
		if (share) share.textContent = `${percent(done, ids.length)}%`;
	}
}

const store = getProgressStore();
/** Renamed item ids on the whole site (old id → current id), from the sidebar's `data-pbr-aliases`. */
const aliases = new Map<string, string>();
for (const element of document.querySelectorAll<HTMLElement>('[data-pbr-aliases]')) {
	for (const pair of element.dataset.pbrAliases!.split(' ').filter(Boolean)) {
		const [oldId, newId] = pair.split(':');
		aliases.set(oldId, newId);
	}
}
store.migrate(aliases);
store.subscribe(render);
render();
