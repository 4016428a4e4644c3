/// <reference lib="webworker" />
/**
 * Runs one example in Pyodide, off the page's main thread. Each worker runs one program and is then
 * thrown away, so every run starts with a fresh interpreter (the page keeps a booted spare).
 */
import type { PyodideAPI } from 'pyodide';
import type { FromWorker, ToWorker } from './protocol';

declare const self: DedicatedWorkerGlobalScope;

/**
 * Runs a program as `python FILE` does: a fresh `__main__`, `__file__` and `sys.argv` set, the file's
 * directory first on `sys.path`, and an uncaught exception printed as CPython prints it (without this
 * function's own frame) with exit status 1.
 */
const HARNESS = `
import os, sys, traceback, types

def _pbr_run(code, filename):
    main = types.ModuleType("__main__")
    main.__file__ = filename
    sys.modules["__main__"] = main
    sys.argv = [filename]
    sys.path.insert(0, os.path.dirname(filename))
    status = 0
    try:
        exec(compile(code, filename, "exec"), main.__dict__)
    except SystemExit as exc:
        if exc.code is None or isinstance(exc.code, int):
            status = exc.code or 0
        else:
            print(exc.code, file=sys.stderr)
            status = 1
    except BaseException as exc:
        tb = exc.__traceback__.tb_next if exc.__traceback__ else None
        traceback.print_exception(type(exc), exc, tb)
        status = 1
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
    return status
`;

const post = (message: FromWorker) => self.postMessage(message);

/** Wraps fetch so the page can show how much of the runtime has arrived. */
function countingFetch(): typeof fetch {
	const realFetch = self.fetch.bind(self);
	let loaded = 0;
	let reported = 0;
	return async (input, init) => {
		const response = await realFetch(input, init);
		if (!response.body) return response;
		const reader = response.body.getReader();
		const body = new ReadableStream<Uint8Array>({
			async pull(controller) {
				const { done, value } = await reader.read();
				if (done) return controller.close();
				loaded += value.byteLength;
				if (loaded - reported > 256 * 1024) {
					reported = loaded;
					post({ type: 'progress', loaded });
				}
				controller.enqueue(value);
			},
		});
		return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
	};
}

/** Streams a Python stream's bytes to the page as text (UTF-8 split across writes decodes correctly). */
function streamTo(stream: 'stdout' | 'stderr') {
	const decoder = new TextDecoder();
	return {
		write(bytes: Uint8Array) {
			post({ type: 'output', stream, text: decoder.decode(bytes, { stream: true }) });
			return bytes.length;
		},
	};
}

let python: PyodideAPI | undefined;

async function boot(base: string): Promise<void> {
	self.fetch = countingFetch();
	const { loadPyodide } = (await import(/* @vite-ignore */ `${base}pyodide/pyodide.mjs`)) as typeof import('pyodide');
	python = await loadPyodide({ indexURL: `${base}pyodide/` });
	python.setStdout(streamTo('stdout'));
	python.setStderr(streamTo('stderr'));
	// No keyboard: input() raises EOFError, as with `python FILE < /dev/null`.
	python.setStdin({ stdin: () => null });
	python.runPython(HARNESS);
	post({ type: 'ready' });
}

async function run(code: string, file: string): Promise<void> {
	const pyodide = python!;
	const path = `/home/pyodide/examples/${file}`;
	pyodide.FS.mkdirTree(path.slice(0, path.lastIndexOf('/')));
	pyodide.FS.writeFile(path, code);
	pyodide.globals.set('_pbr_code', code);
	pyodide.globals.set('_pbr_file', path);
	// runPythonAsync, so that asyncio.run() in an example can wait (Pyodide uses JavaScript promise integration).
	const status = (await pyodide.runPythonAsync('_pbr_run(_pbr_code, _pbr_file)')) as number;
	post({ type: 'done', status });
}

self.addEventListener('message', (event: MessageEvent<ToWorker>) => {
	const message = event.data;
	const task = message.type === 'boot' ? boot(message.base) : run(message.code, message.file);
	task.catch((error: unknown) =>
		post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
	);
});
