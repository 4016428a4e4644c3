/**
 * One way to load the data authors write in YAML (comparison tables, the version registry, the job-ad
 * terms, the "Check yourself" questions): parse each text once, check it with a zod schema and the rules a
 * schema cannot express, and report every problem as `<file>: <path>: <message>`, with one path notation
 * (`checklist[0].id`, `topics.core/django[1]`). The helpers up to `yamlData` are pure; `yamlData` reads the
 * files and throws an AstroError for the build. Imports only packages, so Node runs it without a build
 * (`scripts/check-questions.mjs`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { AstroError } from 'astro/errors';
import type { z } from 'astro/zod';
import { parse as parseYamlText } from 'yaml';

/** One problem at a place in the data: a zod issue, or one of the same shape from a rule. */
export interface DataIssue {
	/** Keys from the top of the file down to the field at fault; numbers are list positions. */
	readonly path: readonly PropertyKey[];
	/** What is wrong and how to fix it. */
	readonly message: string;
}

/** Turns the issues of one file into messages; `raw` is the parsed YAML, for formatters that name rows by id. */
export type IssueFormatter = (file: string, issues: readonly DataIssue[], raw: unknown) => string[];

/** Rules the schema cannot express: issues (formatted like schema issues) or finished messages. */
export type DataCheck<T> = (data: T, raw: unknown) => readonly (string | DataIssue)[];

/** Either the checked data (and the parsed YAML it came from), or one message per problem. */
export type DataResult<T> = { ok: true; data: T; raw: unknown } | { ok: false; problems: string[] };

/** What `readYamlData` and `yamlData` do besides parsing and the schema. */
export interface DataOptions<T> {
	/** Rules the schema cannot express, run once the schema passes. */
	check?: DataCheck<T>;
	/** How issues become messages; `formatIssues` by default. */
	format?: IssueFormatter;
	/** The YAML parser; tests inject one to count calls. */
	parse?: (text: string) => unknown;
}

/**
 * A path as authors see it in a YAML file: list positions in brackets, keys after dots, keys written as
 * they are (so a topic id stays whole): `checklist[0].id`, `topics.core/django[1]`, `questions[2].item`.
 */
export function formatPath(path: readonly PropertyKey[]): string {
	return path.reduce<string>(
		(text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)),
		'',
	);
}

/** One message per issue: `<file>: <path>: <message>`, or `<file>: (top level): <message>` for the whole file. */
export function formatIssues(file: string, issues: readonly DataIssue[] | { issues: readonly DataIssue[] }): string[] {
	const list = 'issues' in issues ? issues.issues : issues;
	return list.map(({ path, message }) => `${file}: ${formatPath(path) || '(top level)'}: ${message}`);
}

/** The first line of a YAML syntax error, without the position the message already carries elsewhere. */
function syntaxReason(error: unknown): string {
	const first = String((error as Error)?.message ?? error).split('\n')[0];
	return first.replace(/ at line \d+, column \d+:?\s*$/, '').replace(/:\s*$/, '');
}

/** Where a YAML syntax error is, as `:line:column`, when the parser says. */
function syntaxPosition(error: unknown): string {
	const position = (error as { linePos?: readonly { line: number; col: number }[] })?.linePos?.[0];
	return position ? `:${position.line}:${position.col}` : '';
}

/**
 * Parses a YAML text; a syntax error comes back as one problem naming the file, line and column:
 * `src/data/x.yaml:4:4: is not valid YAML: All mapping items must start at the same column`.
 */
export function parseYaml(
	file: string,
	text: string,
	parse: (text: string) => unknown = parseYamlText,
): { ok: true; data: unknown } | { ok: false; problems: string[] } {
	try {
		return { ok: true, data: parse(text) };
	} catch (error) {
		return { ok: false, problems: [`${file}${syntaxPosition(error)}: is not valid YAML: ${syntaxReason(error)}`] };
	}
}

/** Checks parsed data against a schema, then against the rules; problems are formatted for `file`. */
export function validateData<S extends z.ZodType>(
	file: string,
	raw: unknown,
	schema: S,
	{ check, format = formatIssues }: Omit<DataOptions<z.output<S>>, 'parse'> = {},
): DataResult<z.output<S>> {
	const result = schema.safeParse(raw);
	if (!result.success) return { ok: false, problems: format(file, result.error.issues, raw) };
	const found = check?.(result.data, raw) ?? [];
	const issues = found.filter((problem): problem is DataIssue => typeof problem !== 'string');
	const problems = [
		...found.filter((problem): problem is string => typeof problem === 'string'),
		...(issues.length > 0 ? format(file, issues, raw) : []),
	];
	return problems.length > 0 ? { ok: false, problems } : { ok: true, data: result.data, raw };
}

/** Parses a YAML text exactly once and checks it: the data, or every problem of the file. */
export function readYamlData<S extends z.ZodType>(
	file: string,
	text: string,
	schema: S,
	{ parse, ...options }: DataOptions<z.output<S>> = {},
): DataResult<z.output<S>> {
	const parsed = parseYaml(file, text, parse);
	return parsed.ok ? validateData(file, parsed.data, schema, options) : parsed;
}

/** The header and list authors see: `Found 2 problems in the comparison tables:\n- …\n- …`. */
export function problemsMessage(label: string, problems: readonly string[]): string {
	const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
	return `Found ${count} in ${label}:\n- ${problems.join('\n- ')}`;
}

/**
 * An AstroError whose hint reaches the author. Astro replaces the hint of any error whose text contains
 * "document" or "window" with advice about browser APIs on the server (so "official documentation first"
 * would lose it); such a message carries the hint at its end as well.
 */
export function hintedError(message: string, hint: string): AstroError {
	return new AstroError(/document|window/.test(message) ? `${message}\n\n${hint}` : message, hint);
}

/** Throws every problem as one AstroError (the message lists them, the hint says where the format is described). */
export function throwIfProblems(label: string, problems: readonly string[], hint: string): void {
	if (problems.length > 0) throw hintedError(problemsMessage(label, problems), hint);
}

/** The data of a result, or its problems thrown as one AstroError. */
export function dataOrThrow<T>(result: DataResult<T>, label: string, hint: string): T {
	if (!result.ok) throw hintedError(problemsMessage(label, result.problems), hint);
	return result.data;
}

/** One file loaded by `yamlData`. */
export interface YamlEntry<T> {
	/** The file name without its extension, e.g. `python-web-frameworks`. */
	id: string;
	/** The path relative to the project root, as messages name it. */
	file: string;
	/** The checked data. */
	data: T;
	/** The parsed YAML before the schema, for a content loader's `parseData`. */
	raw: unknown;
}

/** What `yamlData` loads and how it reports problems. */
export interface YamlDataOptions<T> extends DataOptions<T> {
	/** The project root (`config.root` in a loader). */
	root: URL;
	/** What the problems are in, for the message: `the comparison tables`. */
	label: string;
	/** Where authors find the format, shown under the problems. */
	hint: string;
}

/** The YAML files directly in `dir` (relative to the root), sorted by name. */
export function yamlFilesIn(root: URL, dir: string): string[] {
	return readdirSync(new URL(`${dir}/`, root))
		.filter((name) => /\.ya?ml$/.test(name))
		.sort()
		.map((name) => `${dir}/${name}`);
}

/**
 * Build side: reads one YAML file (`file`) or every YAML file of a directory (`dir`), parses each once, checks
 * it with `schema` and `check`, and throws one AstroError listing every problem of every file.
 */
export function yamlData<S extends z.ZodType>(
	options: YamlDataOptions<z.output<S>> & { file: string; schema: S },
): YamlEntry<z.output<S>>;
export function yamlData<S extends z.ZodType>(
	options: YamlDataOptions<z.output<S>> & { dir: string; schema: S },
): YamlEntry<z.output<S>>[];
export function yamlData<S extends z.ZodType>({
	root,
	label,
	hint,
	schema,
	...rest
}: YamlDataOptions<z.output<S>> & { schema: S } & ({ file: string } | { dir: string })):
	YamlEntry<z.output<S>> | YamlEntry<z.output<S>>[] {
	const { check, format, parse } = rest;
	const files = 'file' in rest ? [rest.file] : yamlFilesIn(root, rest.dir);
	const problems: string[] = [];
	const entries = files.flatMap((file): YamlEntry<z.output<S>>[] => {
		const result = readYamlData(file, readFileSync(new URL(file, root), 'utf8'), schema, { check, format, parse });
		if (!result.ok) {
			problems.push(...result.problems);
			return [];
		}
		const id = file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
		return [{ id, file, data: result.data, raw: result.raw }];
	});
	throwIfProblems(label, problems, hint);
	return 'file' in rest ? entries[0] : entries;
}
