import { isDone, type Progress } from '../lib/progress';
import { MAX_IMPORT_BYTES, createExport, describeImport, parseImport, planImport } from '../lib/progress-transfer';
import { aliases } from './progress-display';
import { getProgressStore } from './progress-store';
import { getTargetsStore } from './targets-store';
import { showTargets } from './targets-view';

export { showTargets };

/** What the pending confirmation will do, where focus was before it, and which items the last reset unticked. */
let pending: (() => void) | undefined;
let opener: HTMLElement | undefined;
let undoIds: string[] = [];

const store = getProgressStore();
const doneIds = (progress: Progress) => [...progress.keys()].filter((id) => isDone(progress, id));

/** Runs one of the progress page's actions: export, import, reset, confirm, cancel, undo. */
export function runAction(page: HTMLElement, action: string, known: ReadonlySet<string>): void {
	const find = <T extends HTMLElement>(selector: string) => page.querySelector<T>(selector)!;
	const say = (message: string) => (find('[data-status]').textContent = message);
	/** Hides the confirmation; focus goes back where it was, so keyboard users keep their place. */
	const close = () => {
		pending = undefined;
		find('[data-confirm]').hidden = true;
		opener?.focus();
		opener = undefined;
	};
	/** Shows a confirmation with one action; nothing changes until it is pressed. */
	const ask = (question: string, label: string, onConfirm: () => void) => {
		pending = onConfirm;
		opener = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
		find('[data-confirm-text]').textContent = question;
		const confirm = find<HTMLButtonElement>('[data-action="confirm"]');
		confirm.textContent = label;
		find('[data-confirm]').hidden = false;
		confirm.focus();
	};

	if (action === 'export') {
		const link = document.createElement('a');
		link.href = URL.createObjectURL(
			new Blob([createExport(store.value, new Date(), getTargetsStore().targets)], { type: 'application/json' }),
		);
		link.download = `python-backend-roadmap-progress-${new Date().toISOString().slice(0, 10)}.json`;
		link.click();
		setTimeout(() => URL.revokeObjectURL(link.href), 1000);
		say(`Exported ${doneIds(store.value).length} ticked items.`);
	} else if (action === 'import') {
		const input = find<HTMLInputElement>('[data-action="import"]');
		const file = input.files?.[0];
		input.value = '';
		if (file) void importFile(page, file, known, say, close, ask);
	} else if (action === 'reset') {
		const ticked = doneIds(store.value);
		if (ticked.length === 0) {
			say('There is nothing to reset.');
			return;
		}
		ask(`Untick all ${ticked.length} ticked items in this browser?`, 'Reset progress', () => {
			undoIds = ticked;
			store.setMany(ticked, false);
			const undo = find('[data-action="undo"]');
			undo.hidden = false;
			undo.focus();
			say(`Progress reset: ${ticked.length} items unticked. You can undo this while the page is open.`);
		});
	} else if (action === 'confirm') {
		const run = pending;
		close();
		run?.();
	} else if (action === 'cancel') {
		close();
		say('Nothing was changed.');
	} else if (action === 'undo') {
		store.setMany(undoIds, true);
		undoIds = [];
		find('[data-action="undo"]').hidden = true;
		find('[data-action="reset"]').focus();
		say('Reset undone: your ticks are back.');
	}
}

/** Validates a chosen file completely, then asks before merging it. */
async function importFile(
	page: HTMLElement,
	file: File,
	known: ReadonlySet<string>,
	say: (message: string) => void,
	close: () => void,
	ask: (question: string, label: string, onConfirm: () => void) => void,
): Promise<void> {
	const result = file.size > MAX_IMPORT_BYTES ? parseImport('', file.size) : parseImport(await file.text(), file.size);
	if (!result.ok) {
		close();
		say(`Import refused: ${result.message} Your progress was not changed.`);
		return;
	}
	const targets = getTargetsStore();
	const plan = planImport(store.value, result.progress, known, aliases, {
		current: targets.targets,
		imported: result.targets,
	});
	ask(`Importing ${file.name}: ${describeImport(plan)}`, 'Import', () => {
		store.merge(plan.incoming);
		targets.merge(result.targets);
		if (result.targets.length > 0) showTargets(page);
		say(`Imported. ${describeImport(plan)}`);
	});
}
