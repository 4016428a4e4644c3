import { continueIndex } from '../../lib/progress/continue-index';
import { getProgressStore, itemsOf } from './progress-store';

/**
 * "Continue where you left off" (ContinueLink.astro): points the link at the first topic of the roadmap map
 * (`data-pbr-topic`) with unticked items. Its wording is in the link's data attributes, so it costs no JavaScript.
 */
function update(): void {
	const { value: progress } = getProgressStore();
	const link = document.querySelector<HTMLAnchorElement>('a[data-pbr-continue]');
	const topics = [...document.querySelectorAll<HTMLElement>('[data-pbr-topic]')];
	if (!link || topics.length === 0) return;
	const index = continueIndex(progress, topics.map(itemsOf));
	const target = topics[index === -1 ? 0 : index];
	link.href = target.querySelector('a')!.href;
	const { done, started, fresh } = link.dataset;
	link.textContent = index === -1 ? done! : `${progress.size > 0 ? started : fresh} ${target.dataset.title}`;
}

getProgressStore().subscribe(update);
update();
