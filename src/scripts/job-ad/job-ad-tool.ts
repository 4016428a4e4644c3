/**
 * The job-ad tool (JobAdTool.astro), loaded on the first press of one of its buttons. It fetches the terms and
 * topics once, matches the ad in the browser, and shows the topics in prerequisite order with the reader's
 * progress and hours left. The ad itself is never sent or stored: a target keeps only the matched topics.
 */
import type { JobAdData, JobAdTopic } from '../../adapters/job-ad-data';
import { matchAd, orderByPrerequisites, type TermMatch } from '../../lib/job-ad/match';
import { countDone, isDone } from '../../lib/progress/progress';
import { describeHours, hoursLeft, sumHours } from '../../lib/roadmap/study-time';
import { newTargetId, suggestName, targetMarkdown, type Target, type TopicInfo } from '../../lib/progress/targets';
import { bindPace, finishText } from '../roadmap/pace';
import { getProgressStore } from '../progress/progress-store';
import { getTargetsStore } from '../progress/targets-store';

/** What the last "Find topics" found, in the shape a target keeps. */
type Result = Pick<Target, 'topics' | 'uncovered'>;

const root = document.querySelector<HTMLElement>('[data-pbr-job-ad]')!;
const find = <T extends Element = HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
const progress = getProgressStore();
const pace = find<HTMLInputElement>('[data-pbr-pace]');

let data: Promise<JobAdData> | undefined;
let topics = new Map<string, JobAdTopic>();
let result: Result | undefined;
/** The target saved from the current result, so pressing Save again updates it instead of adding a copy. */
let savedId: string | undefined;

/** Fetches the terms and topics once; a failed fetch (offline) can be retried by pressing again. */
function loadData(): Promise<JobAdData> {
	data ??= fetch(root.dataset.data!).then((response) => {
		if (!response.ok) throw new Error(`the server answered ${response.status}`);
		return response.json() as Promise<JobAdData>;
	});
	data.catch(() => (data = undefined));
	return data;
}

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string) => {
	const node = document.createElement(tag);
	if (text !== undefined) node.textContent = text;
	return node;
};
const quoted = (words: readonly string[]) => words.map((word) => `“${word}”`).join(', ');
const openItems = (topic: JobAdTopic) => topic.items.filter((item) => !isDone(progress.value, item.id));

/** Draws the result: one entry per topic with what matched, progress, hours left and the items still open. */
function render(): void {
	if (!result) return;
	const list = find('[data-pbr-topics]');
	const rows = result.topics.map(({ id, words }) => {
		const topic = topics.get(id)!;
		const ids = topic.items.map((item) => item.id);
		const done = countDone(progress.value, ids);
		const left = hoursLeft(topic.hours, ids.length, done);
		const entry = element('li');
		entry.toggleAttribute('data-done', done === ids.length);
		const link = element('a', topic.title);
		link.href = topic.url;
		const meta = element(
			'span',
			`The ad says ${quoted(words)} · ${done}/${ids.length} ticked · ${done === ids.length ? 'done' : `${describeHours(left)} left`}`,
		);
		meta.className = 'pbr-job-ad__meta';
		entry.append(link, meta);
		const open = openItems(topic);
		if (open.length > 0) {
			const details = element('details');
			const items = element('ul');
			items.append(...open.map((item) => element('li', item.text)));
			details.append(element('summary', `${open.length} still open`), items);
			entry.append(details);
		}
		return { entry, done, total: ids.length, left };
	});
	list.replaceChildren(...rows.map((row) => row.entry));

	const done = rows.reduce((sum, row) => sum + row.done, 0);
	const total = rows.reduce((sum, row) => sum + row.total, 0);
	const left = sumHours(rows.map((row) => row.left));
	find('[data-pbr-summary]').textContent =
		rows.length === 0
			? 'No roadmap topic matched. Check that the whole ad is pasted, or map its lines by hand as described above.'
			: `${rows.length} topic${rows.length === 1 ? '' : 's'}, in the order to learn them: ${done} of ${total} skills ticked, ${describeHours(left)} of study left.`;
	find('[data-pbr-finish]').textContent = rows.length > 0 ? finishText(left, pace) : '';

	const uncovered = find('[data-pbr-uncovered]');
	uncovered.replaceChildren(...result.uncovered.map((skill) => element('li', skill)));
	find('[data-pbr-uncovered-none]').hidden = result.uncovered.length > 0;
}

/** Matches the ad in the textarea and shows the result. */
async function match(): Promise<void> {
	const status = find('[data-pbr-status]');
	const ad = find<HTMLTextAreaElement>('[data-pbr-ad]');
	if (ad.value.trim() === '') {
		status.textContent = 'Paste a job ad into the box first.';
		ad.focus();
		return;
	}
	status.textContent = 'Matching…';
	let loaded: JobAdData;
	try {
		loaded = await loadData();
	} catch (error) {
		status.textContent = `The list of topics could not be loaded (${(error as Error).message}). Check your connection and press Find topics again.`;
		return;
	}
	topics = new Map(loaded.topics.map((topic) => [topic.id, topic]));
	const found = matchAd(ad.value, loaded.terms);
	const words = new Map(found.topics.map((entry) => [entry.id, entry.words]));
	const order = orderByPrerequisites(
		found.topics.map((entry) => entry.id).filter((id) => topics.has(id)),
		new Map(loaded.topics.map((topic) => [topic.id, topic.prerequisites])),
		loaded.topics.map((topic) => topic.id),
	);
	result = {
		topics: order.map((id) => ({ id, words: words.get(id)! })),
		uncovered: found.uncovered.map((entry: TermMatch) => entry.id),
	};
	savedId = undefined;
	find<HTMLInputElement>('[data-pbr-name]').value = suggestName(ad.value, new Date(), document.documentElement.lang);
	find('[data-pbr-saved]').textContent = '';
	find('[data-pbr-result]').hidden = false;
	render();
	const count = result.topics.length;
	status.textContent = `Found ${count} roadmap topic${count === 1 ? '' : 's'} and ${result.uncovered.length} skill${result.uncovered.length === 1 ? '' : 's'} the roadmap does not cover.`;
}

/** The result's topics as the target helpers need them. */
function topicInfo(): Map<string, TopicInfo> {
	return new Map(
		[...topics].map(([id, topic]) => [id, { ...topic, url: new URL(topic.url, location.href).href }] as const),
	);
}

/** Saves the result as a target, or updates the one saved from it; says where to follow it. */
function save(): void {
	if (!result) return;
	const status = find('[data-pbr-saved]');
	const name = find<HTMLInputElement>('[data-pbr-name]').value.trim();
	if (name === '') {
		status.textContent = 'Give the target a name first.';
		find<HTMLInputElement>('[data-pbr-name]').focus();
		return;
	}
	const now = new Date().toISOString();
	const id = savedId ?? newTargetId();
	const updating = savedId !== undefined;
	const store = getTargetsStore();
	store.update((targets) => {
		const previous = targets.find((target) => target.id === id);
		const target: Target = { id, name, ...result!, created: previous?.created ?? now, at: now };
		return previous ? targets.map((entry) => (entry.id === id ? target : entry)) : [...targets, target];
	});
	savedId = id;
	const link = element('a', 'your progress page');
	link.href = root.dataset.progress!;
	status.replaceChildren(
		`${updating ? 'Updated' : 'Saved'} “${name}” as a target; follow it on `,
		link,
		store.saved ? '.' : '. This browser does not let the site store it, so it lasts only while this page is open.',
	);
}

/** Copies the result as a GitHub task list; where the clipboard is refused, selects it in a box to copy by hand. */
async function copy(): Promise<void> {
	if (!result) return;
	const status = find('[data-pbr-saved]');
	const name = find<HTMLInputElement>('[data-pbr-name]').value.trim() || 'Job ad';
	const markdown = targetMarkdown({ name, ...result }, topicInfo(), progress.value);
	try {
		await navigator.clipboard.writeText(markdown);
		status.textContent = `Copied ${markdown.trimEnd().split('\n').length} lines of Markdown: paste them into a README or an issue.`;
	} catch {
		let box = root.querySelector<HTMLTextAreaElement>('[data-pbr-markdown]');
		if (!box) {
			box = element('textarea');
			box.dataset.pbrMarkdown = '';
			box.readOnly = true;
			box.rows = 8;
			box.setAttribute('aria-label', 'The result as Markdown');
			status.after(box);
		}
		box.value = markdown;
		box.focus();
		box.select();
		status.textContent =
			'The browser did not allow copying; the Markdown is selected in the box below, copy it from there.';
	}
}

/** Prints the result alone (JobAdTool.astro's print styles hide the rest of the page while this attribute is set). */
function print(): void {
	if (!result) return;
	// A printed checklist shows every open item, so the collapsed lists are opened for the print and closed after.
	const closed = [...root.querySelectorAll('details:not([open])')];
	closed.forEach((details) => details.setAttribute('open', ''));
	document.documentElement.dataset.pbrPrint = 'job-ad';
	addEventListener(
		'afterprint',
		() => {
			delete document.documentElement.dataset.pbrPrint;
			closed.forEach((details) => details.removeAttribute('open'));
		},
		{ once: true },
	);
	window.print();
}

const actions: Record<string, () => unknown> = { match, save, copy, print };
root.addEventListener('click', (event) => {
	const action = (event.target as Element).closest<HTMLElement>('[data-action]')?.dataset.action;
	if (action && action in actions) void actions[action]();
});
bindPace(pace, render);
progress.subscribe(render);
