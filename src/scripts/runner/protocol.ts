/** Messages between a page's Run panel (run-panel.ts) and its Python worker (python-worker.ts). */

export type ToWorker =
	/** Load Pyodide from `${base}pyodide/`. */
	| { type: 'boot'; base: string }
	/** Run `code` as the file `file` (a path under examples/), as `python examples/<file>` would. */
	| { type: 'run'; code: string; file: string };

export type FromWorker =
	/** Bytes of the runtime read so far (decompressed). */
	| { type: 'progress'; loaded: number }
	| { type: 'ready' }
	| { type: 'output'; stream: 'stdout' | 'stderr'; text: string }
	/** The program ended; `status` is its exit status (0 unless it raised or called sys.exit). */
	| { type: 'done'; status: number }
	/** The runtime itself failed (not the program): a message for the reader. */
	| { type: 'failed'; message: string };
