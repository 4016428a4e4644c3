import { isDone } from '../../lib/progress/progress';
import { unknownDoneIds } from '../../lib/roadmap/roadmap';
import { TARGETS_KEY } from '../../lib/progress/targets-key';
import { getProgressStore } from './progress-store';

/** Whether this browser holds saved targets; their code loads only then. */
function hasTargets(): boolean {
	try {
		return localStorage.getItem(TARGETS_KEY) !== null;
	} catch {
		return false;
	}
}

/**
 * `<pbr-progress-page>`: keeps the printable checklist and the count of ticks for removed items
 * up to date. Export, import, reset and the link for another device load their code on first use
 * (./progress-actions), and so do saved targets, only in a browser that holds some, and transfer links,
 * only when the page is opened with one,
 * so the script that runs on load stays small.
 */
class PbrProgressPage extends HTMLElement {
	connectedCallback(): void {
		const store = getProgressStore();
		const items = [...this.querySelectorAll<HTMLElement>('[data-item-id]')];
		const known = new Set(items.map((item) => item.dataset.itemId!));
		const update = () => {
			for (const item of items) item.toggleAttribute('data-done', isDone(store.value, item.dataset.itemId!));
			this.querySelector('[data-pbr-unknown]')!.textContent = String(unknownDoneIds(store.value, known).length);
		};
		const load = () => import('./progress-actions');
		const act = (event: Event) => {
			const action = (event.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset.action;
			if (!action || (event.type === 'click' && action === 'import')) return;
			void load().then(({ actions }) => actions[action]?.(this, known));
		};
		// Opened with a transfer link, or one pasted into this tab (src/lib/progress/transfer-link.ts): preview it.
		const openLink = () => {
			if (location.hash.startsWith('#transfer=')) void load().then(({ actions }) => actions['open-link'](this, known));
		};
		this.addEventListener('click', act);
		this.addEventListener('change', act);
		addEventListener('hashchange', openLink);
		store.subscribe(update);
		update();
		if (hasTargets()) void load().then(({ showTargets }) => showTargets(this));
		openLink();
	}
}

customElements.define('pbr-progress-page', PbrProgressPage);
