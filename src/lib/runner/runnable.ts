/**
 * Build-only: which example files get a Run button. Each file's imports are checked inside the same
 * Pyodide the site ships (loaded once per build in Node), never against a hand-kept list of examples.
 */
import { loadPyodide, type PyodideInterface } from 'pyodide';
import analyser from './analyse_example.py?raw';
import { pyodidePackageDirectory } from './runtime';

/** What `analyse_example.py` reports about one file. */
export interface Analysis {
	/** Top-level modules the in-page Python does not have (third-party packages, sibling files). */
	missing: string[];
	/** Modules that import but do not work in a browser, with why. */
	notWorking: Record<string, string>;
	/** `module.name`s used by the file that the in-page Python's module lacks, e.g. `hashlib.scrypt`. */
	missingNames: string[];
	/** Relative imports (`from . import x`): the file is part of a package. */
	localImports: string[];
	/** Whether running the file does anything (a top-level call or an `if __name__ == "__main__":` block). */
	runsSomething: boolean;
}

export type RunDecision = { runnable: true } | { runnable: false; reason: string };

const list = (names: readonly string[]) =>
	names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;

/** Turns an analysis into the decision and, when the answer is no, the one-line reason a reader sees. */
export function decide(analysis: Analysis): RunDecision {
	const { missing, notWorking, missingNames, localImports, runsSomething } = analysis;
	if (missing.length > 0) {
		const code = missing.map((name) => `\`${name}\``);
		return {
			runnable: false,
			reason: `It needs ${list(code)}, which Python in the browser does not include.`,
		};
	}
	const [module, why] = Object.entries(notWorking)[0] ?? [];
	if (module) return { runnable: false, reason: `It uses \`${module}\`: ${why}.` };
	if (missingNames.length > 0) {
		return {
			runnable: false,
			reason: `It uses ${list(missingNames.map((name) => `\`${name}\``))}, which Python in the browser lacks.`,
		};
	}
	if (localImports.length > 0) {
		return { runnable: false, reason: 'It is part of a package and imports its neighbours, so it runs with them.' };
	}
	if (!runsSomething) {
		return { runnable: false, reason: 'It only defines things for other code to use; running it prints nothing.' };
	}
	return { runnable: true };
}

/** `# not runnable in the browser: WHY` (continued on following comment lines). */
const OPT_OUT = /^# not runnable in the browser: (.+(?:\n# .+)*)$/m;

let python: Promise<PyodideInterface> | undefined;
const cache = new Map<string, RunDecision>();

/** Whether `source` can run in the page, and if not, why. Loads Pyodide in Node on first use. */
export async function canRunInPage(source: string): Promise<RunDecision> {
	const known = cache.get(source);
	if (known) return known;
	python ??= loadPyodide({ indexURL: `${pyodidePackageDirectory()}/` }).then((pyodide) => {
		pyodide.runPython(analyser);
		return pyodide;
	});
	const pyodide = await python;
	const analyse = pyodide.globals.get('analyse') as (code: string) => string;
	// A file can say why it must not run in the page, when its imports cannot tell (a comment, so it shows).
	const optOut = source.match(OPT_OUT);
	const decision: RunDecision = optOut
		? { runnable: false, reason: `In the browser it would behave differently: ${optOut[1].replace(/\n#\s*/g, ' ')}` }
		: decide(JSON.parse(analyse(source)) as Analysis);
	cache.set(source, decision);
	return decision;
}
