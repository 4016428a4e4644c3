import { countDone, describeCount, isDone } from '../../lib/progress/progress';
import { getProgressStore } from './progress-store';

/** `<pbr-checklist>`: upgrades the server-rendered list of skills into labelled checkboxes. */
class PbrChecklist extends HTMLElement {
	private inputs: HTMLInputElement[] = [];

	connectedCallback(): void {
		if (this.inputs.length > 0) return;
		const store = getProgressStore();
		const aliases = new Map<string, string>();
		for (const item of this.querySelectorAll<HTMLElement>('[data-item-id]')) {
			const id = item.dataset.itemId!;
			for (const alias of item.dataset.aliases?.split(' ') ?? []) aliases.set(alias, id);
			const input = document.createElement('input');
			input.type = 'checkbox';
			input.className = 'pbr-checklist__input';
			input.value = id;
			input.addEventListener('change', () => store.set(id, input.checked));
			item.querySelector('.pbr-checklist__box')?.replaceWith(input);
			this.inputs.push(input);
		}
		store.migrate(aliases);
		store.subscribe(() => this.update());
		this.update();
	}

	/** Reflects stored progress in the checkboxes, the count and the notice. */
	private update(): void {
		const { value: progress, notice } = getProgressStore();
		for (const input of this.inputs) input.checked = isDone(progress, input.value);
		const ids = this.inputs.map((input) => input.value);
		const status = this.querySelector('.pbr-checklist__status');
		if (status) status.textContent = describeCount(countDone(progress, ids), ids.length);
		// The notices' text is in the markup (Checklist.astro), so it costs no JavaScript.
		const message = notice && this.querySelector<HTMLElement>(`.pbr-checklist__notice[data-notice="${notice}"]`);
		if (message) message.hidden = false;
	}
}

customElements.define('pbr-checklist', PbrChecklist);
