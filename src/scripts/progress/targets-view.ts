/**
 * The targets on /progress/ (ProgressPage.astro): each saved job ad with its progress, hours left and the
 * topics still open; rename, copy as Markdown, and delete (asks first, can be undone while the page is open).
 * Loaded only when this browser holds targets, or after an import brought some.
 */
import { countDone } from '../../lib/progress/progress';
import { describeHours, hoursLeft, sumHours, type Hours } from '../../lib/roadmap/study-time';
import { TARGET_LIMITS, targetMarkdown, targetTally, type Target, type TopicInfo } from '../../lib/progress/targets';
import { getProgressStore } from './progress-store';
import { getTargetsStore } from './targets-store';
import { offerUndo } from './confirm-box';

interface PageTopic extends TopicInfo {
	hours: Hours;
}

/** The site's topics as the page lists them: titles, links and hours from the table rows, item texts from the print list. */
function readTopics(page: HTMLElement): Map<string, PageTopic> {
	const texts = new Map(
		[...page.querySelectorAll<HTMLElement>('[data-item-id]')].map((item) => [item.dataset.itemId!, item.textContent!]),
	);
	return new Map(
		[...page.querySelectorAll<HTMLElement>('tr[data-topic]')].map((row) => {
			const link = row.querySelector('a')!;
			const [fewest, most] = row.dataset.hours!.split(' ').map(Number);
			const items = row.dataset.pbrItems!.split(' ').map((id) => ({ id, text: texts.get(id) ?? id }));
			return [row.dataset.topic!, { title: link.textContent!, url: link.href, items, hours: [fewest, most] }];
		}),
	);
}

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) => {
	const node = document.createElement(tag);
	if (text !== undefined) node.textContent = text;
	if (className) node.className = className;
	return node;
};
const button = (text: string, action: string) => {
	const node = element('button', text);
	node.type = 'button';
	node.dataset.targetAction = action;
	return node;
};

/** Draws the targets into the page and keeps them current; safe to call more than once. */
export function showTargets(page: HTMLElement): void {
	const list = page.querySelector<HTMLElement>('[data-pbr-targets]')!;
	if (list.hasAttribute('data-shown')) return;
	list.toggleAttribute('data-shown', true);
	const status = page.querySelector<HTMLElement>('[data-pbr-targets-status]')!;
	const topics = readTopics(page);
	const progress = getProgressStore();
	const store = getTargetsStore();
	/** Which target is being renamed or asked about. */
	let renaming: string | undefined;
	let confirming: string | undefined;

	const card = (target: Target): HTMLElement => {
		const { done, total, missing } = targetTally(target, topics, progress.value);
		const open = target.topics.flatMap(({ id }) => {
			const topic = topics.get(id);
			if (!topic) return [];
			const ids = topic.items.map((item) => item.id);
			const ticked = countDone(progress.value, ids);
			return ticked < ids.length ? [{ topic, ticked, left: hoursLeft(topic.hours, ids.length, ticked) }] : [];
		});
		const left = sumHours(open.map((entry) => entry.left));
		const article = element('article', undefined, 'pbr-progress__target');
		article.dataset.targetId = target.id;
		const saved = new Date(target.created).toLocaleDateString(document.documentElement.lang, { dateStyle: 'long' });
		const summary = `Saved ${saved} · ${done}/${total} skills ticked · ${open.length === 0 ? 'all done' : `${describeHours(left)} left`}`;
		if (renaming === target.id) {
			const label = element('label', 'New name');
			const input = element('input');
			input.value = target.name;
			input.maxLength = TARGET_LIMITS.text;
			input.dataset.targetName = '';
			label.append(' ', input);
			article.append(label, button('Save name', 'rename-save'), ' ', button('Cancel', 'rename-cancel'));
		} else {
			article.append(element('h3', target.name));
		}
		article.append(element('p', summary));
		if (missing > 0) article.append(element('p', `${missing} of its topics are no longer on the site.`));
		if (open.length > 0) {
			const details = element('details');
			details.append(element('summary', `Still open: ${open.length} topic${open.length === 1 ? '' : 's'}`));
			const items = element('ol');
			for (const { topic, ticked, left: hours } of open) {
				const item = element('li');
				const link = element('a', topic.title);
				link.href = topic.url;
				item.append(link, ` — ${ticked}/${topic.items.length} ticked, ${describeHours(hours)} left`);
				items.append(item);
			}
			details.append(items);
			article.append(details);
		}
		if (target.uncovered.length > 0)
			article.append(element('p', `Not on the roadmap: ${target.uncovered.join(', ')}.`));
		if (confirming === target.id) {
			article.append(
				element('p', `Delete the target “${target.name}”? Your ticks stay.`),
				button('Delete', 'delete-confirm'),
				' ',
				button('Cancel', 'delete-cancel'),
			);
		} else if (renaming !== target.id) {
			article.append(
				button('Rename', 'rename'),
				' ',
				button('Copy as Markdown', 'copy'),
				' ',
				button('Delete…', 'delete'),
			);
		}
		return article;
	};

	const render = () => {
		const targets = store.targets;
		list.replaceChildren(...targets.map(card));
		if (targets.length === 0) list.replaceChildren(element('p', 'No targets saved in this browser yet.'));
	};
	const focus = (id: string, selector: string) =>
		list.querySelector<HTMLElement>(`[data-target-id="${id}"] ${selector}`)?.focus();

	list.addEventListener('click', async (event) => {
		const action = (event.target as Element).closest<HTMLElement>('[data-target-action]')?.dataset.targetAction;
		const id = (event.target as Element).closest<HTMLElement>('[data-target-id]')?.dataset.targetId;
		const target = store.targets.find((entry) => entry.id === id);
		if (!action || !target) return;
		if (action === 'rename') {
			renaming = target.id;
			render();
			focus(target.id, 'input');
		} else if (action === 'rename-save') {
			const name = list.querySelector<HTMLInputElement>('[data-target-name]')!.value.trim();
			if (name === '') {
				status.textContent = 'A target needs a name.';
				return;
			}
			renaming = undefined;
			store.update((targets) =>
				targets.map((entry) => (entry.id === target.id ? { ...entry, name, at: new Date().toISOString() } : entry)),
			);
			status.textContent = `Renamed to “${name}”.`;
			focus(target.id, '[data-target-action="rename"]');
		} else if (action === 'rename-cancel') {
			renaming = undefined;
			render();
			focus(target.id, '[data-target-action="rename"]');
		} else if (action === 'delete') {
			confirming = target.id;
			render();
			focus(target.id, '[data-target-action="delete-confirm"]');
		} else if (action === 'delete-cancel') {
			confirming = undefined;
			render();
			status.textContent = 'Nothing was changed.';
			focus(target.id, '[data-target-action="delete"]');
		} else if (action === 'delete-confirm') {
			confirming = undefined;
			store.update((targets) => targets.filter((entry) => entry.id !== target.id));
			const undo = button(`Undo deleting “${target.name}”`, 'undo');
			status.replaceChildren(`Deleted “${target.name}”. `, undo);
			offerUndo(undo, () => {
				store.update((targets) => [...targets, target]);
				status.textContent = `Restored “${target.name}”.`;
				focus(target.id, 'button');
			});
		} else if (action === 'copy') {
			const markdown = targetMarkdown(target, topics, progress.value);
			try {
				await navigator.clipboard.writeText(markdown);
				status.textContent = `Copied “${target.name}” as a Markdown task list.`;
			} catch {
				status.textContent = 'The browser did not allow copying to the clipboard.';
			}
		}
	});
	store.subscribe(render);
	progress.subscribe(render);
	render();
}
