import { isDone, type Progress } from '../../lib/progress/progress';
import {
	MAX_IMPORT_BYTES,
	canRestore,
	createExport,
	describeImport,
	describeRestore,
	parseImport,
	planImport,
	restoreChanges,
	undoChanges,
} from '../../lib/progress/progress-transfer';
import { undoTargetImport, type Target } from '../../lib/progress/targets';
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
		offerUndo(
			undo,
			() => {
				store.setMany(ticked, true);
				page.querySelector<HTMLButtonElement>('[data-action="reset"]')!.focus();
				say('Reset undone: your ticks are back.');
			},
			'Undo reset',
		);
	});
}

/**
 * Asks before bringing in progress read from a file or a link (`source`, and `name`: "x.json", "this link"):
 * merge, keeping each item's later change, or, when it holds changes older than this browser's, restore its
 * state. Either can be undone while the page is open.
 */
export function offerImport(
	page: HTMLElement,
	known: ReadonlySet<string>,
	{ source, name }: { source: 'file' | 'link'; name: string },
	imported: { progress: Progress; targets: Target[] },
	onDone?: () => void,
): void {
	const { confirm, undo, say } = partsOf(page);
	const targets = getTargetsStore();
	const plan = planImport(store.value, imported.progress, known, store.aliases, {
		current: targets.targets,
		imported: imported.targets,
	});
	const bringIn = (changes: Progress, done: string) => {
		const [before, targetsBefore] = [store.value, targets.targets];
		store.merge(changes);
		targets.merge(imported.targets);
		if (imported.targets.length > 0) showTargets(page);
		const [after, targetsAfter] = [store.value, targets.targets];
		say(`${done} You can undo this while the page is open.`);
		onDone?.();
		offerUndo(
			undo,
			() => {
				store.merge(undoChanges(before, after, new Date()));
				if (imported.targets.length > 0) targets.update((now) => undoTargetImport(targetsBefore, targetsAfter, now));
				say('Import undone: your progress is as it was before.');
			},
			'Undo import',
		);
	};
	const preview = `Importing ${name}: ${describeImport(plan, source)}`;
	const merge = () => bringIn(plan.incoming, `Imported. ${describeImport(plan, source)}`);
	if (!canRestore(plan)) {
		confirm.ask(preview, 'Import', merge);
		return;
	}
	confirm.ask(`${preview} ${describeRestore(plan, 'plan', source)}`, 'Merge (keep newer)', merge, {
		label: `Restore the ${source}'s state`,
		run: () => bringIn(restoreChanges(store.value, plan.incoming, new Date()), describeRestore(plan, 'done', source)),
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
	offerImport(page, known, { source: 'file', name: file.name }, result);
}

/** Builds the link for another device and shows it, with its QR code. */
async function linkProgress(page: HTMLElement, known: ReadonlySet<string>): Promise<void> {
	const { showTransferLink } = await import('./transfer-view');
	await showTransferLink(page, store, known);
}

/** Copies the link for another device. */
async function copyLink(page: HTMLElement): Promise<void> {
	const { copyTransferLink } = await import('./transfer-view');
	await copyTransferLink(page, partsOf(page).say);
}

/**
 * Previews the transfer link this page was opened with, like an import; nothing changes until the reader
 * confirms, and then the link leaves the address bar. A link that cannot be read changes nothing and says why.
 */
async function openLink(page: HTMLElement, known: ReadonlySet<string>): Promise<void> {
	const { readTransferLink, forgetTransferLink } = await import('./transfer-view');
	const result = await readTransferLink(known);
	if (!result.ok) {
		partsOf(page).say(`Link refused: ${result.message} Your progress was not changed.`);
		return;
	}
	const made = result.madeAt.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
	offerImport(
		page,
		known,
		{ source: 'link', name: `the link from your other device (made ${made})` },
		{ progress: result.progress, targets: [] },
		forgetTransferLink,
	);
}

/** The progress page's actions, by the `data-action` of the control that starts them. */
export const actions: Record<string, (page: HTMLElement, known: ReadonlySet<string>) => unknown> = {
	export: exportProgress,
	import: importProgress,
	reset: resetProgress,
	link: linkProgress,
	'copy-link': copyLink,
	'open-link': openLink,
};

document.addEventListener('cancelled', (event) => {
	const page = (event.target as Element).closest<HTMLElement>('pbr-progress-page');
	if (page) partsOf(page).say('Nothing was changed.');
});
