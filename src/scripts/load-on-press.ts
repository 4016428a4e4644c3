// On load, wherever a feature's code waits for a reader (the Run buttons, the job-ad tool), and nothing else
// (about 200 bytes gzipped): on the first press of a button inside an element marked
// `data-pbr-load="URL"`, imports the module at URL, then repeats the press so that the module's own
// listener handles it and every later one. The URL comes from the markup: the component bundles the module on
// its own (`?worker&url`), which spares this file Vite's module-preload helper.
const loaded = new Set<string>();
document.addEventListener('click', (event) => {
	const button = (event.target as Element).closest<HTMLButtonElement>('[data-pbr-load] button');
	const url = button?.closest<HTMLElement>('[data-pbr-load]')!.dataset.pbrLoad;
	if (!button || !url || loaded.has(url)) return;
	loaded.add(url);
	void import(/* @vite-ignore */ url).then(() => button.click());
});
