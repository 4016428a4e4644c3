/**
 * Build-only facts about the Pyodide runtime the site ships for its Run buttons: which files of the
 * `pyodide` npm package the browser loads, and how big they are to download.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** What `loadPyodide()` fetches in the browser, in the order it needs them; nothing else is copied. */
export const PYODIDE_FILES = [
	'pyodide.mjs',
	'pyodide.asm.mjs',
	'pyodide.asm.wasm',
	'python_stdlib.zip',
	'pyodide-lock.json',
] as const;

/** Where the runtime is served, under the site's base path: `${base}pyodide/`. */
export const PYODIDE_DIRECTORY = 'pyodide';

/** The installed `pyodide` package's directory. */
export function pyodidePackageDirectory(): string {
	const require = createRequire(import.meta.url);
	return dirname(require.resolve('pyodide/package.json'));
}

export interface RuntimeInfo {
	/** Pyodide's version, e.g. `314.0.8`. */
	version: string;
	/** The Python version inside it, e.g. `3.14.2`. */
	python: string;
	/** Bytes the files weigh as a static host serves them (gzip level 6, the usual default). */
	downloadBytes: number;
	/** Decompressed bytes of the files the browser fetches (the two modules are imported, not fetched): what the loading progress counts. */
	bytes: number;
}

let info: RuntimeInfo | undefined;

/** Reads the version and measures the files once per build. */
export function runtimeInfo(): RuntimeInfo {
	if (info) return info;
	const directory = pyodidePackageDirectory();
	const { version } = JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8')) as { version: string };
	const lock = JSON.parse(readFileSync(join(directory, 'pyodide-lock.json'), 'utf8')) as { info: { python: string } };
	let bytes = 0;
	let downloadBytes = 0;
	for (const file of PYODIDE_FILES) {
		const content = readFileSync(join(directory, file));
		if (!file.endsWith('.mjs')) bytes += content.length;
		downloadBytes += gzipSync(content, { level: 6 }).length;
	}
	info = { version, python: lock.info.python, bytes, downloadBytes };
	return info;
}
