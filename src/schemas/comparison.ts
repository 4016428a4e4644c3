import { z } from 'astro/zod';
import { KEBAB_CASE, suggestKebabCase } from '../lib/content/kebab-case';
import { MAX_SYSTEMS, checkTableRules, checkTableVersions } from '../lib/comparisons/comparison-table';
import { formatPath, readYamlData, type DataIssue, type DataOptions } from '../lib/node/yaml-data';

export { SUPPORT_VALUES, type SupportValue } from '../lib/comparisons/comparison-table';

/** `support` rows take a value from SUPPORT_VALUES; `text` rows take free text such as a version number. */
export const ROW_KINDS = ['support', 'text'] as const;
export type RowKind = (typeof ROW_KINDS)[number];

/** A kebab-case id, used as a row's URL anchor or a system's key in `cells`. */
const idSchema = z.string().regex(KEBAB_CASE, {
	error: (issue) => `'${String(issue.input)}' must be kebab-case, like '${suggestKebabCase(String(issue.input))}'`,
});

/** One column of the table: a framework or a language. */
export const systemSchema = z.object({
	/** Key used in every row's `cells`, e.g. `fastapi`. */
	id: idSchema,
	/** Column heading, e.g. `FastAPI`. */
	name: z.string().min(1, { error: 'systems need a name, the column heading, like "FastAPI"' }),
	/** Key of its entry in `src/data/versions.yaml`; cells of this column may then print `{{version}}`, `{{released}}`, …. */
	version: idSchema.optional(),
});

/** Where a row's claims come from; official documentation first. */
export const sourceSchema = z.object({
	/** Link text, e.g. "Django docs: Asynchronous support". */
	title: z.string().min(3, { error: 'sources need a title of at least 3 characters' }),
	/** An https:// address. */
	url: z.url({
		protocol: /^https$/,
		error: (issue) => `'${String(issue.input)}' must be a full https:// address`,
	}),
});

/** What one system offers for one row. */
export const cellSchema = z.object({
	/** For support rows one of SUPPORT_VALUES; for text rows a short free text such as "5.2 LTS". */
	value: z
		.string({ error: 'value is missing; write yes, partial, no or via-extension (or text in a text row)' })
		.min(1),
	/** One or two sentences saying what the value means here, with the caveats. */
	note: z
		.string({ error: 'note is missing; add a short note that explains the value' })
		.min(3, { error: 'note is too short; explain the value in a sentence' }),
});

/** One row of the table: a feature or property compared across all systems. */
export const rowSchema = z.object({
	/** Permanent anchor of the row (`#async-support`); topic pages link to it, so never rename it. */
	id: idSchema,
	/** Row heading, e.g. "Async support". */
	label: z.string().min(2, { error: 'rows need a label, the row heading, like "Async support"' }),
	/** Whether cells take a value from the closed set (`support`, the default) or free text (`text`). */
	kind: z
		.enum(ROW_KINDS, {
			error: (issue) => `'${String(issue.input)}' is not a row kind; write one of: ${ROW_KINDS.join(', ')}`,
		})
		.default('support'),
	/** One cell per system, keyed by system id. */
	cells: z.record(z.string(), cellSchema, {
		error: 'cells is missing; add one cell per system, like "cells: { django: { value: yes, note: ... } }"',
	}),
	/** Where the claims in this row come from (at least one), official documentation first. */
	sources: z
		.array(sourceSchema, {
			error: 'has no sources; add at least one source with a title and an https url, official documentation first',
		})
		.min(1, {
			error: 'has no sources; add at least one source with a title and an https url, official documentation first',
		}),
});

/** A comparison table: one YAML file under `src/data/comparisons/`. */
export const comparisonTableSchema = z
	.object({
		/** Caption of the table, e.g. "Python web frameworks compared". */
		caption: z.string().min(3, { error: 'caption is missing; write what the table compares' }),
		/** Date every cell was last checked against its sources (YYYY-MM-DD). */
		checked: z.preprocess(
			// Only dates and date strings; `checked:` left empty (null) must not become 1970-01-01.
			(value) => (value instanceof Date || typeof value === 'string' ? value : undefined),
			z.coerce.date({
				error: "checked is missing or not a date; write the date you checked the table, like 'checked: 2026-11-23'",
			}),
		),
		/** Keys of `src/data/versions.yaml` the table describes, e.g. [django-lts, fastapi]. */
		versions: z
			.array(z.string().min(2), {
				error: 'versions is missing; list what the table describes, like \'versions: ["Django 5.2 LTS"]\'',
			})
			.min(1, { error: 'versions is empty; list what the table describes, like \'versions: ["Django 5.2 LTS"]\'' }),
		/** The columns, in display order. */
		systems: z
			.array(systemSchema, { error: 'systems is missing; list the columns, each with an id and a name' })
			.min(2, { error: 'a comparison needs at least two systems' })
			.max(MAX_SYSTEMS, {
				error: `a comparison shows at most ${MAX_SYSTEMS} systems (the column chooser's limit); split the table in two`,
			}),
		/** The rows, in display order. */
		rows: z
			.array(rowSchema, { error: 'rows is missing; add at least one row' })
			.min(1, { error: 'rows is empty; add at least one row' }),
	})
	.superRefine((table, context) => {
		for (const problem of checkTableRules(table)) {
			context.addIssue({ code: 'custom', path: problem.path, message: problem.message });
		}
	});

export type ComparisonTable = z.infer<typeof comparisonTableSchema>;
export type ComparisonSystem = z.infer<typeof systemSchema>;
export type ComparisonRow = z.infer<typeof rowSchema>;
export type ComparisonCell = z.infer<typeof cellSchema>;
export type ComparisonSource = z.infer<typeof sourceSchema>;

/** How a message names a row: by its id when it has one (`row 'admin'`), else by its position (`row 2`). */
function rowName(raw: unknown, index: number): string {
	const rows = (raw as { rows?: unknown } | null)?.rows;
	const id = Array.isArray(rows) ? (rows[index] as { id?: unknown } | undefined)?.id : undefined;
	return typeof id === 'string' ? `row '${id}'` : `row ${index + 1}`;
}

/**
 * Messages for authors that name the file and the row by its id, with the usual path notation after it:
 * `src/data/comparisons/x.yaml: row 'testing' sources[0].url: 'http://…' must be a full https:// address`.
 * Messages that start with "has …" continue the row's name; others name their field.
 */
export function formatComparisonIssues(file: string, issues: readonly DataIssue[], raw: unknown): string[] {
	return issues.map(({ path, message }) => {
		const [first, second, ...rest] = path;
		if (first === 'rows' && typeof second === 'number') {
			const field = formatPath(rest);
			return !field || message.startsWith('has ')
				? `${file}: ${rowName(raw, second)} ${message}`
				: `${file}: ${rowName(raw, second)} ${field}: ${message}`;
		}
		const field = formatPath(path);
		return !field || message.startsWith(String(first)) ? `${file}: ${message}` : `${file}: ${field}: ${message}`;
	});
}

/**
 * How comparison files are checked besides the schema: the registry keys they name (when `versionKeys` is
 * given), and messages that name rows by id. Shared by `checkComparisonFile` and the comparisons loader.
 */
export function comparisonDataOptions(versionKeys?: readonly string[]): DataOptions<ComparisonTable> {
	return {
		format: formatComparisonIssues,
		check: versionKeys ? (table) => checkTableVersions(table, versionKeys) : undefined,
	};
}

/**
 * Parses one comparison YAML file once and returns its problems, each naming the file and the row,
 * e.g. `src/data/comparisons/x.yaml: row 'admin' has no cell for 'aiohttp'; add cells.aiohttp …`.
 * An empty list means the file is valid.
 */
export function checkComparisonFile(file: string, text: string, versionKeys?: readonly string[]): string[] {
	const result = readYamlData(file, text, comparisonTableSchema, comparisonDataOptions(versionKeys));
	return result.ok ? [] : result.problems;
}
