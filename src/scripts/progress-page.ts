import { MAX_IMPORT_BYTES, createExport, describeImport, parseImport, planImport } from '../lib/progress-transfer';
import { isDone, type Progress } from '../lib/progress';
import { unknownDoneIds } from '../lib/roadmap';
import { getProgressStore } from './progress-store';

/** `<pbr-progress-page>`: export, import (validated, previewed, merged) and reset with undo. */
class PbrProgressPage extends HTMLElement {
	private store = getProgressStore();
	private known = new Set<string>();
	private pending: (() => void) | undefined;
	private undoIds: string[] = [];

	connectedCallback(): void {
		this.known = new Set([...this.querySelectorAll<HTMLElement>('[data-item-id]')].map((item) => item.dataset.itemId!));
		this.addEventListener('click', (event) => this.onClick(event));
		this.control<HTMLInputElement>('import').addEventListener('change', () => void this.onFile());
		this.store.subscribe(() => this.update());
		this.update();
	}

	private control<T extends HTMLElement>(action: string): T {
		return this.querySelector<T>(`[data-action="${action}"]`)!;
	}

	private say(message: string): void {
		this.querySelector('[data-status]')!.textContent = message;
	}

	/** Shows a confirmation with one action; nothing changes until it is pressed. */
	private ask(question: string, action: string, onConfirm: () => void): void {
		this.pending = onConfirm;
		this.querySelector('[data-confirm-text]')!.textContent = question;
		const confirm = this.control<HTMLButtonElement>('confirm');
		confirm.textContent = action;
		this.querySelector<HTMLElement>('[data-confirm]')!.hidden = false;
		confirm.focus();
	}

	private closeQuestion(): void {
		this.pending = undefined;
		this.querySelector<HTMLElement>('[data-confirm]')!.hidden = true;
	}

	private onClick(event: Event): void {
		const action = (event.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset.action;
		if (action === 'export') this.exportFile();
		else if (action === 'reset') this.askReset();
		else if (action === 'confirm') {
			const run = this.pending;
			this.closeQuestion();
			run?.();
		} else if (action === 'cancel') {
			this.closeQuestion();
			this.say('Nothing was changed.');
		} else if (action === 'undo') {
			this.store.setMany(this.undoIds, true);
			this.undoIds = [];
			this.control('undo').hidden = true;
			this.say('Reset undone: your ticks are back.');
		}
	}

	private exportFile(): void {
		const blob = new Blob([createExport(this.store.progress, new Date())], { type: 'application/json' });
		const link = document.createElement('a');
		link.href = URL.createObjectURL(blob);
		link.download = `python-backend-roadmap-progress-${new Date().toISOString().slice(0, 10)}.json`;
		link.click();
		setTimeout(() => URL.revokeObjectURL(link.href), 1000);
		this.say(`Exported ${this.doneIds(this.store.progress).length} ticked items.`);
	}

	private async onFile(): Promise<void> {
		const input = this.control<HTMLInputElement>('import');
		const file = input.files?.[0];
		input.value = '';
		if (!file) return;
		const result =
			file.size > MAX_IMPORT_BYTES ? parseImport('', file.size) : parseImport(await file.text(), file.size);
		if (!result.ok) {
			this.closeQuestion();
			this.say(`Import refused: ${result.message} Your progress was not changed.`);
			return;
		}
		const plan = planImport(this.store.progress, result.progress, this.known);
		this.ask(`Importing ${file.name}: ${describeImport(plan)}`, 'Import', () => {
			this.store.merge(result.progress);
			this.say(`Imported. ${describeImport(plan)}`);
		});
	}

	private askReset(): void {
		const ticked = this.doneIds(this.store.progress);
		if (ticked.length === 0) {
			this.say('There is nothing to reset.');
			return;
		}
		this.ask(`Untick all ${ticked.length} ticked items in this browser?`, 'Reset progress', () => {
			this.undoIds = ticked;
			this.store.setMany(ticked, false);
			this.control('undo').hidden = false;
			this.say(`Progress reset: ${ticked.length} items unticked. You can undo this while the page is open.`);
		});
	}

	private doneIds(progress: Progress): string[] {
		return [...progress.keys()].filter((id) => isDone(progress, id));
	}

	private update(): void {
		const { progress } = this.store;
		for (const item of this.querySelectorAll<HTMLElement>('[data-item-id]')) {
			item.toggleAttribute('data-done', isDone(progress, item.dataset.itemId!));
		}
		this.querySelector('[data-pbr-unknown]')!.textContent = String(unknownDoneIds(progress, this.known).length);
	}
}

customElements.define('pbr-progress-page', PbrProgressPage);
