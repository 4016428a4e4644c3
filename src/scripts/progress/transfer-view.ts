/**
 * The browser side of transfer links on /progress/: "Link for another device" shows the link (text field,
 * Copy, its length and a QR code), and opening such a link previews it like an import. Loaded on demand by
 * ./progress-actions; the QR encoder (uqr) loads only when a link is built. The encoding is in
 * src/lib/progress/transfer-link.ts.
 */
import { pageUrl } from '../../lib/content/urls';
import { decodeTransfer, encodeTransfer } from '../../lib/progress/transfer-link';
import type { ProgressStore } from './progress-store';

/** The URL of this site's /progress/ page carrying `progress`'s ticks in its fragment. */
export async function buildTransferUrl(store: ProgressStore, known: ReadonlySet<string>): Promise<string> {
	const fragment = await encodeTransfer(store.value, known, new Date());
	return new URL(`${pageUrl(import.meta.env.BASE_URL, 'progress')}#${fragment}`, location.origin).href;
}

/** Fills in and shows the link panel (`[data-transfer]`) of the progress page. */
export async function showTransferLink(page: HTMLElement, store: ProgressStore, known: ReadonlySet<string>) {
	const panel = page.querySelector<HTMLElement>('[data-transfer]')!;
	const url = await buildTransferUrl(store, known);
	const field = panel.querySelector<HTMLInputElement>('[data-transfer-url]')!;
	field.value = url;
	panel.querySelector('[data-transfer-length]')!.textContent =
		`The link is ${url.length} characters long. Open it on the other device, or scan the QR code with its camera.`;
	const holder = panel.querySelector('[data-transfer-qr]')!;
	holder.replaceChildren();
	panel.hidden = false;
	field.focus();
	field.select();
	try {
		const { renderSVG } = await import('uqr');
		const image = document.createElement('img');
		image.alt = 'QR code of the link for another device';
		image.width = image.height = 200;
		image.src = `data:image/svg+xml,${encodeURIComponent(renderSVG(url, { ecc: 'M', pixelSize: 4, border: 2 }))}`;
		holder.replaceChildren(image);
	} catch {
		// The QR encoder could not load (offline before it was ever cached): the link in the field still works.
	}
}

/** Copies the link in the panel's field, saying what happened in `say`. */
export async function copyTransferLink(page: HTMLElement, say: (message: string) => void): Promise<void> {
	const field = page.querySelector<HTMLInputElement>('[data-transfer-url]')!;
	try {
		await navigator.clipboard.writeText(field.value);
		say('Link copied. Anyone who has it can see what you ticked, so send it only to yourself.');
	} catch {
		field.select();
		say('This browser did not allow copying: the link is selected, copy it with the keyboard or the menu.');
	}
}

/** Reads the transfer link in the address bar against the site's item ids. */
export function readTransferLink(known: ReadonlySet<string>) {
	return decodeTransfer(location.hash, known, new Date());
}

/** Takes the transfer link out of the address bar (and so out of bookmarks and history), keeping the page. */
export function forgetTransferLink(): void {
	history.replaceState(history.state, '', `${location.pathname}${location.search}`);
}
