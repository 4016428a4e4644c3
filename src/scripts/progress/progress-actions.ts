import { isDone, type Progress } from '../../lib/progress/progress';
import {
	MAX_IMPORT_BYTES,
	createExport,
	describeImport,
	parseImport,
	planImport,
} from '../../lib/progress/progress-transfer';
import { getProgressStore } from './progress-store';
import { getTargetsStore } from './targets-store';
import { showTargets } from './targets-view';
import { offerUndo, type PbrConfirm } from './confirm-box';

export { showTargets };

const store = getProgressStore();
const doneIds = (progress: Progress) => [...progress.keys()].filter((id) => isDone(progress, id));

/** The parts of the progress page the actions use. */
function partsOf(page: HTMLElement) {
	return {
		confirm: page.querySelector<PbrConfirm>('pbr-confirm')!,
		undo: page.querySelector<HTMLButtonElement>('[data-undo]')!,
		say: (message: string) => (page.querySelector('[data-status]')!.textContent = message),
	};
}

/** Downloads the progress (and saved targets) as a versioned JSON file. */
function exportProgress(page: HTMLElement): void {
	const link = document.createElement('a');
	link.href = URL.createObjectURL(
		new Blob([createExport(store.value, new Date(), getTargetsStore().targets)], { type: 'application/json' }),
	);
	link.download = `python-backend-roadmap-progress-${new Date().toISOString().slice(0, 10)}.json`;
	link.click();
	setTimeout(() => URL.revokeObjectURL(link.href), 1000);
	partsOf(page).say(`Exported ${doneIds(store.value).length} ticked items.`);
}

/** Unticks everything after asking; Undo ticks the same items again while the page is open. */
function resetProgress(page: HTMLElement): void {
	const { confirm, undo, say } = partsOf(page);
	const ticked = doneIds(store.value);
	if (ticked.length === 0) {
		say('There is nothing to reset.');
		return;
	}
	confirm.ask(`Untick all ${ticked.length} ticked items in this browser?`, 'Reset progress', () => {
		store.setMany(ticked, false);
		say(`Progress reset: ${ticked.length} items unticked. You can undo this while the page is open.`);
		offerUndo(undo, () => {
			store.setMany(ticked, true);
			page.querySelector<HTMLButtonElement>('[data-action="reset"]')!.focus();
			say('Reset undone: your ticks are back.');
		});
	});
}

/** Validates the chosen file completely, then asks before merging it. */
async function importProgress(page: HTMLElement, known: ReadonlySet<string>): Promise<void> {
	const input = page.querySelector<HTMLInputElement>('[data-action="import"]')!;
	const file = input.files?.[0];
	input.value = '';
	if (!file) return;
	const { confirm, say } = partsOf(page);
	const result = file.size > MAX_IMPORT_BYTES ? parseImport('', file.size) : parseImport(await file.text(), file.size);
	if (!result.ok) {
		if (!confirm.hidden) confirm.close(false);
		say(`Import refused: ${result.message} Your progress was not changed.`);
		return;
	}
	const targets = getTargetsStore();
	const plan = planImport(store.value, result.progress, known, store.aliases, {
		current: targets.targets,
		imported: result.targets,
	});
	confirm.ask(`Importing ${file.name}: ${describeImport(plan)}`, 'Import', () => {
		store.merge(plan.incoming);
		targets.merge(result.targets);
		if (result.targets.length > 0) showTargets(page);
		say(`Imported. ${describeImport(plan)}`);
	});
}

/** The progress page's actions, by the `data-action` of the control that starts them. */
export const actions: Record<string, (page: HTMLElement, known: ReadonlySet<string>) => unknown> = {
	export: exportProgress,
	import: importProgress,
	reset: resetProgress,
};

document.addEventListener('cancelled', (event) => {
	const page = (event.target as Element).closest<HTMLElement>('pbr-progress-page');
	if (page) partsOf(page).say('Nothing was changed.');
});
