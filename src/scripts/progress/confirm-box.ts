/**
 * `<pbr-confirm>`: the one "ask first, then offer Undo" flow of the site's tools (reset and import on
 * /progress/, and deleting a target). Nothing changes until the reader presses the confirm button; afterwards
 * an Undo button, when the change offers one, puts things back while the page is open. What is asked, and
 * whether Undo is offered, lives in the element's attributes and children; the actions to run in its fields.
 * Focus goes back where it was when the box closes, so keyboard users keep their place.
 *
 * Markup (ProgressPage.astro): `<pbr-confirm data-confirm hidden>` holding `[data-confirm-text]`,
 * `[data-confirm-yes]`, an optional `[data-confirm-other]` (a second way to go ahead, e.g. restoring a backup
 * instead of merging it) and `[data-confirm-no]`; the Undo button is any element passed to `offerUndo`.
 */
export class PbrConfirm extends HTMLElement {
	private onConfirm: (() => void) | undefined;
	private onOther: (() => void) | undefined;
	private opener: HTMLElement | undefined;

	connectedCallback(): void {
		this.addEventListener('click', (event) => {
			const button = (event.target as Element).closest('button');
			if (button?.matches('[data-confirm-yes]')) this.confirm();
			else if (button?.matches('[data-confirm-other]')) this.confirm(this.onOther);
			else if (button?.matches('[data-confirm-no]')) this.close();
		});
	}

	/**
	 * Shows `question` with a confirm button labelled `label`; `onConfirm` runs only when it is pressed.
	 * `other`, when given, is a second button next to it that goes ahead differently.
	 */
	ask(question: string, label: string, onConfirm: () => void, other?: { label: string; run: () => void }): void {
		this.onConfirm = onConfirm;
		this.onOther = other?.run;
		const second = this.querySelector<HTMLButtonElement>('[data-confirm-other]');
		if (second) {
			second.hidden = !other;
			second.textContent = other?.label ?? '';
		}
		this.opener = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
		this.querySelector('[data-confirm-text]')!.textContent = question;
		const yes = this.querySelector<HTMLButtonElement>('[data-confirm-yes]')!;
		yes.textContent = label;
		this.hidden = false;
		yes.focus();
	}

	/** Runs the confirmed change (or `run`, the second way to go ahead) and closes. */
	confirm(run = this.onConfirm): void {
		this.close(false);
		run?.();
	}

	/** Closes without changing anything; says so through `cancelled` (an event the page turns into a status line). */
	close(cancelled = true): void {
		this.onConfirm = this.onOther = undefined;
		this.hidden = true;
		this.opener?.focus();
		this.opener = undefined;
		if (cancelled) this.dispatchEvent(new Event('cancelled', { bubbles: true }));
	}
}

/** Shows `button` (with `label`, if given) until pressed once; pressing it runs `onUndo` and hides it again. */
export function offerUndo(button: HTMLButtonElement, onUndo: () => void, label?: string): void {
	if (label) button.textContent = label;
	button.hidden = false;
	button.onclick = () => {
		button.hidden = true;
		button.onclick = null;
		onUndo();
	};
	button.focus();
}

if (!customElements.get('pbr-confirm')) customElements.define('pbr-confirm', PbrConfirm);
