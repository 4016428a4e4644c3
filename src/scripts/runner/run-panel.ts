/**
 * The Run panel under a runnable example, loaded on the first press of one of its buttons. Python runs
 * in a Web Worker (python-worker.ts), so a long or endless program never freezes the page; Stop ends
 * the worker. Each program gets a fresh worker; a booted spare waits for the next run.
 */
import type { FromWorker, ToWorker } from './protocol';

/** Output beyond this is cut and the program stopped, so a runaway `print` loop cannot swamp the page. */
const OUTPUT_LIMIT = 200_000;

/** A worker that has loaded, or is loading, the runtime. */
interface Session {
	worker: Worker;
	ready: Promise<void>;
	/** Set by the run that takes the session; receives every message. */
	listen?: (message: FromWorker) => void;
	loaded: number;
}

/** Where Example.astro says the pieces are: the site's base path and the worker's bundled URL. */
interface Places {
	base: string;
	worker: string;
}

function boot({ base, worker: url }: Places): Session {
	const worker = new Worker(url, { type: 'module', name: 'python' });
	const session: Session = { worker, loaded: 0, ready: Promise.resolve() };
	session.ready = new Promise((resolve, reject) => {
		worker.addEventListener('message', (event: MessageEvent<FromWorker>) => {
			const message = event.data;
			if (message.type === 'progress') session.loaded = message.loaded;
			if (message.type === 'ready') resolve();
			if (message.type === 'failed') reject(new Error(message.message));
			session.listen?.(message);
		});
		worker.addEventListener('error', (event) =>
			reject(new Error(event.message || 'the Python worker failed to start')),
		);
	});
	session.ready.catch(() => worker.terminate());
	worker.postMessage({ type: 'boot', base } satisfies ToWorker);
	return session;
}

/** The page's booted spare, taken by the next run. */
const pool: { spare?: Session } = {};

function take(places: Places): Session {
	const session = pool.spare ?? boot(places);
	pool.spare = undefined;
	return session;
}

function prepareSpare(places: Places): void {
	pool.spare ??= boot(places);
	pool.spare.ready.catch(() => (pool.spare = undefined));
}

/** The elements of one example's Run bar, found from its markup (Example.astro). */
class Panel {
	readonly bar: HTMLElement;
	readonly file: string;
	readonly places: Places;
	readonly runButton: HTMLButtonElement;
	readonly editor: HTMLElement;
	readonly code: HTMLTextAreaElement;
	readonly status: HTMLElement;
	readonly output: HTMLElement;
	readonly log: HTMLElement;
	session?: Session;
	started = 0;
	written = 0;
	pending: { stream: string; text: string }[] = [];
	frame = 0;

	constructor(bar: HTMLElement) {
		this.bar = bar;
		this.file = bar.dataset.file!;
		this.places = { base: bar.dataset.base!, worker: bar.dataset.worker! };
		this.runButton = bar.querySelector('[data-action="run"]')!;
		this.editor = bar.querySelector('.pbr-run__editor')!;
		this.code = bar.querySelector('textarea')!;
		this.status = bar.querySelector('.pbr-run__status')!;
		this.output = bar.querySelector('.pbr-run__output')!;
		this.log = bar.querySelector('[role="log"]')!;
	}

	get running(): boolean {
		return this.session !== undefined;
	}

	say(text: string): void {
		this.status.textContent = text;
	}

	loadingMessage(loaded: number): string {
		const total = Number(this.bar.dataset.bytes);
		const download = (Number(this.bar.dataset.download) / 1e6).toFixed(1);
		const percent = Math.min(99, Math.floor((loaded / total) * 100));
		return `Loading Python… ${percent}% of ${download} MB (once; later runs reuse it)`;
	}

	async run(): Promise<void> {
		const session = take(this.places);
		this.session = session;
		this.runButton.textContent = 'Stop';
		this.log.replaceChildren();
		this.written = 0;
		this.output.hidden = false;
		session.listen = (message) => this.receive(session, message);
		try {
			this.say(this.loadingMessage(session.loaded));
			await session.ready;
		} catch (error) {
			if (this.session === session) this.finish(`Python could not start: ${(error as Error).message}`);
			return;
		}
		if (this.session !== session) return;
		this.say('Running…');
		this.started = performance.now();
		session.worker.postMessage({ type: 'run', code: this.code.value, file: this.file } satisfies ToWorker);
	}

	receive(session: Session, message: FromWorker): void {
		if (this.session !== session) return;
		if (message.type === 'progress') this.say(this.loadingMessage(message.loaded));
		if (message.type === 'output') this.write(message.stream, message.text);
		if (message.type === 'done') {
			const seconds = this.seconds();
			this.finish(
				message.status === 0 ? `Finished in ${seconds}.` : `Exited with status ${message.status} after ${seconds}.`,
			);
		}
		if (message.type === 'failed' && this.started > 0) this.finish(`Python failed: ${message.message}`);
	}

	seconds(): string {
		return `${((performance.now() - this.started) / 1000).toFixed(2)} s`;
	}

	/** Queues output and adds it to the log once per frame, so a fast printer does not thrash the page. */
	write(stream: string, text: string): void {
		if (this.written >= OUTPUT_LIMIT) return;
		const room = OUTPUT_LIMIT - this.written;
		this.written += text.length;
		this.pending.push({ stream, text: text.slice(0, room) });
		if (this.written >= OUTPUT_LIMIT) {
			this.pending.push({
				stream: 'stderr',
				text: `\n[Output cut at ${OUTPUT_LIMIT.toLocaleString('en')} characters]\n`,
			});
			this.stop('Stopped: the program printed too much.');
		}
		this.frame ||= requestAnimationFrame(() => this.flush());
	}

	flush(): void {
		this.frame = 0;
		for (const { stream, text } of this.pending.splice(0)) {
			const last = this.log.lastElementChild as HTMLElement | null;
			if (last?.dataset.stream === stream) {
				last.append(text);
			} else {
				const span = document.createElement('span');
				span.dataset.stream = stream;
				span.textContent = text;
				this.log.append(span);
			}
		}
	}

	finish(status: string): void {
		this.session?.worker.terminate();
		this.session = undefined;
		this.started = 0;
		this.flush();
		if (this.log.childElementCount === 0) this.log.textContent = '(no output)';
		this.runButton.textContent = this.bar.dataset.runLabel!;
		this.say(status);
		prepareSpare(this.places);
	}

	stop(status = `Stopped after ${this.seconds()}.`): void {
		this.finish(this.started > 0 ? status : 'Stopped before Python had loaded.');
	}

	toggleEditor(button: HTMLButtonElement): void {
		const open = this.editor.hidden;
		this.editor.hidden = !open;
		button.setAttribute('aria-expanded', String(open));
		if (open) this.code.focus();
	}

	reset(): void {
		this.code.value = this.code.defaultValue;
		this.say('The code is back to the file’s text.');
	}
}

const panels = new WeakMap<HTMLElement, Panel>();

/** Handles a press on a button in a Run bar. */
function press(button: HTMLButtonElement): void {
	const bar = button.closest<HTMLElement>('[data-pbr-run]')!;
	let panel = panels.get(bar);
	if (!panel) panels.set(bar, (panel = new Panel(bar)));
	const action = button.dataset.action;
	if (action === 'run') void (panel.running ? panel.stop() : panel.run());
	if (action === 'edit') panel.toggleEditor(button);
	if (action === 'reset') panel.reset();
}

// Loaded by src/scripts/load-on-press.ts on the first press, which it then repeats so that this listener handles it.
document.addEventListener('click', (event) => {
	const button = (event.target as Element).closest<HTMLButtonElement>('[data-pbr-run] button');
	if (button) press(button);
});
