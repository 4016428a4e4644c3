// Loaded in every page's <head> (overrides/Head.astro), so it runs before Starlight's own modules.
// Starlight mounts Pagefind's search UI from a requestIdleCallback. In Chromium, opening the search dialog
// (Ctrl+K) before that callback had run left it never running: an empty dialog, in 4 of 15 loads in a
// test. So idle callbacks get a one-second timeout, and if the UI mounts while the dialog is already
// open, its input takes the focus that Starlight's opening gave to nothing.
if ('requestIdleCallback' in window) {
	const idle = window.requestIdleCallback.bind(window);
	window.requestIdleCallback = (callback: IdleRequestCallback, options?: IdleRequestOptions) =>
		idle(callback, { timeout: 1000, ...options });
}
document.addEventListener('DOMContentLoaded', () => {
	const root = document.getElementById('starlight__search');
	if (!root) return;
	const observer = new MutationObserver(() => {
		const input = root.querySelector('input');
		if (!input) return;
		observer.disconnect();
		if (root.closest('dialog')?.open && !root.contains(document.activeElement)) input.focus();
	});
	observer.observe(root, { childList: true, subtree: true });
});
