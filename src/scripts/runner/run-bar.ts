// On load, on pages with a runnable example, and nothing else (about 200 bytes gzipped): on a reader's
// first press of a Run bar's button, loads the runner, which then handles that press and every later one.
// The bars are shown by CSS only when scripting is enabled. The runner's URL comes from the bar
// (Example.astro bundles it on its own), which spares this file Vite's module-preload helper.
const load = (event: Event) => {
	const button = (event.target as Element).closest<HTMLButtonElement>('[data-pbr-run] button');
	if (!button) return;
	document.removeEventListener('click', load);
	void import(/* @vite-ignore */ button.closest<HTMLElement>('[data-pbr-run]')!.dataset.runner!).then(() =>
		button.click(),
	);
};
document.addEventListener('click', load);
