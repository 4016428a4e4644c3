/**
 * Pure logic of the comparison tables: the cross-field checks run when the data is loaded,
 * and the row building that ComparisonTable.astro renders. No DOM, no `astro:*` imports.
 */

/** Values a "support" cell may take; anything else belongs in a row with `kind: text`. */
export const SUPPORT_VALUES = ['yes', 'partial', 'no', 'via-extension'] as const;
export type SupportValue = (typeof SUPPORT_VALUES)[number];

/** What readers see for each support value (the icon next to it is decoration). */
export const VALUE_LABELS: Record<SupportValue, string> = {
	yes: 'Yes',
	partial: 'Partly',
	no: 'No',
	'via-extension': 'Via extension',
};

/** Small icons shown before the value's text; hidden from assistive technology. */
export const VALUE_ICONS: Record<SupportValue, string> = {
	yes: '✓',
	partial: '◐',
	no: '✕',
	'via-extension': '+',
};

/** A column as the logic sees it. */
export interface TableSystem {
	id: string;
	name: string;
	/** Key of the system's entry in `src/data/versions.yaml`, for `{{version}}` tokens in its cells. */
	version?: string;
}

/** A cell as the logic sees it. */
export interface TableCell {
	value: string;
	note: string;
}

/** A source link as the logic sees it. */
export interface TableSource {
	title: string;
	url: string;
}

/** A row as the logic sees it. */
export interface TableRow {
	id: string;
	label: string;
	kind?: 'support' | 'text';
	cells: Record<string, TableCell>;
	sources: TableSource[];
}

/** A table as the logic sees it (the validated shape of a file in `src/data/comparisons/`). */
export interface TableData {
	caption: string;
	checked: Date;
	versions: string[];
	systems: TableSystem[];
	rows: TableRow[];
}

/** One problem found by the cross-field checks, with the zod-style path of the field at fault. */
export interface TableProblem {
	path: (string | number)[];
	message: string;
}

/** Whether a string is one of the closed set of support values. */
export function isSupportValue(value: string): value is SupportValue {
	return (SUPPORT_VALUES as readonly string[]).includes(value);
}

/**
 * The most systems (columns) a table may have: the column chooser hides columns with one CSS rule per
 * position, written out in ComparisonTable.astro for this many.
 */
export const MAX_SYSTEMS = 8;

/**
 * Checks that need more than one field: unique system and row ids, one cell for every declared
 * system and none for undeclared ones, and support values from the closed set.
 */
export function checkTableRules(table: Pick<TableData, 'systems' | 'rows'>): TableProblem[] {
	const problems: TableProblem[] = [];
	const systemIds = table.systems.map((system) => system.id);

	systemIds.forEach((id, index) => {
		if (systemIds.indexOf(id) !== index) {
			problems.push({
				path: ['systems', index, 'id'],
				message: `system id '${id}' is used twice; give each column its own id`,
			});
		}
	});

	const rowIds = new Map<string, number>();
	table.rows.forEach((row, index) => {
		const first = rowIds.get(row.id);
		if (first !== undefined) {
			problems.push({
				path: ['rows', index, 'id'],
				message: `has the same id as row ${first + 1}; row ids are page anchors and must be unique`,
			});
		} else {
			rowIds.set(row.id, index);
		}

		for (const systemId of systemIds) {
			if (!(systemId in row.cells)) {
				problems.push({
					path: ['rows', index, 'cells'],
					message: `has no cell for '${systemId}'; add cells.${systemId} with a value and a note`,
				});
			}
		}
		for (const [key, cell] of Object.entries(row.cells)) {
			if (!systemIds.includes(key)) {
				problems.push({
					path: ['rows', index, 'cells', key],
					message: `is not one of the table's systems; write one of: ${systemIds.join(', ')}`,
				});
			} else if ((row.kind ?? 'support') === 'support' && !isSupportValue(cell.value)) {
				problems.push({
					path: ['rows', index, 'cells', key, 'value'],
					message: `'${cell.value}' is not a support value; write one of: ${SUPPORT_VALUES.join(', ')} (or set 'kind: text' on the row for free text)`,
				});
			}
		}
	});
	return problems;
}

/**
 * Turns validation issues into messages for authors that name the file and the row by its id,
 * e.g. `src/data/comparisons/x.yaml: row 'admin' has no cell for 'aiohttp'; add …`.
 */
export function formatTableIssues(
	file: string,
	data: unknown,
	issues: readonly { path: readonly PropertyKey[]; message: string }[],
): string[] {
	const rows = (data as { rows?: unknown } | null)?.rows;
	return issues.map(({ path, message }) => {
		const [first, second, ...rest] = path.map(String);
		if (first === 'rows' && second !== undefined && Array.isArray(rows)) {
			const index = Number(second);
			const rowId = (rows[index] as { id?: unknown } | undefined)?.id;
			const row = typeof rowId === 'string' ? `row '${rowId}'` : `row ${index + 1}`;
			const field = rest.join('.');
			// Messages that start with "has …" continue the row's name; others name their field.
			return !field || message.startsWith('has ')
				? `${file}: ${row} ${message}`
				: `${file}: ${row} ${field}: ${message}`;
		}
		const field = path.map(String).join('.');
		return !field || message.startsWith(first) ? `${file}: ${message}` : `${file}: ${field}: ${message}`;
	});
}

/** A cell ready to render. */
export interface CellView {
	systemId: string;
	/** Text shown to readers: "Yes", "Via extension", or the free text itself. */
	label: string;
	/** The support value, or `text` for free-text cells; drives the icon and colour. */
	tone: SupportValue | 'text';
	/** Decorative icon, empty for free text. */
	icon: string;
	/** The note split at backticks: `code` parts render as `<code>`, like inline code in Markdown. */
	noteParts: NotePart[];
}

/** A run of a cell's note: plain text, or code that was written in backticks. */
export interface NotePart {
	text: string;
	code: boolean;
}

/**
 * Splits a note at its backtick pairs, the one piece of Markdown notes may use:
 * "run `fastapi run` first" → text "run ", code "fastapi run", text " first".
 * An unpaired backtick stays as text.
 */
export function splitInlineCode(note: string): NotePart[] {
	const parts: NotePart[] = [];
	let rest = note;
	for (let match = /`([^`]+)`/.exec(rest); match; match = /`([^`]+)`/.exec(rest)) {
		if (match.index > 0) parts.push({ text: rest.slice(0, match.index), code: false });
		parts.push({ text: match[1], code: true });
		rest = rest.slice(match.index + match[0].length);
	}
	if (rest) parts.push({ text: rest, code: false });
	return parts;
}

/** A row ready to render. */
export interface RowView {
	id: string;
	label: string;
	cells: CellView[];
	sources: TableSource[];
}

/** A whole table ready to render. */
export interface TableView {
	caption: string;
	systems: TableSystem[];
	rows: RowView[];
	/** `YYYY-MM-DD`, for `<time datetime>`. */
	checkedIso: string;
	versions: string[];
}

/** Which rows and systems to show; all of them, in file order, when left out. */
export interface TableViewOptions {
	/** Ids of the systems to show, in the table's own column order. */
	systems?: readonly string[];
	/** Ids of the rows to show, in the order given here. */
	rows?: readonly string[];
	/** Name of the table for error messages, e.g. `python-web-frameworks`. */
	name?: string;
}

/** The reader-facing text of a cell value. */
export function valueLabel(value: string, kind: 'support' | 'text' = 'support'): string {
	return kind === 'support' && isSupportValue(value) ? VALUE_LABELS[value] : value;
}

/** The systems to show: the requested ids, kept in the table's column order. Throws on unknown ids. */
export function selectSystems(
	systems: readonly TableSystem[],
	ids?: readonly string[],
	name = 'the table',
): TableSystem[] {
	if (!ids) return [...systems];
	const known = systems.map((system) => system.id);
	const unknown = ids.filter((id) => !known.includes(id));
	if (unknown.length > 0) {
		throw new Error(
			`<ComparisonTable systems> names '${unknown.join("', '")}', which is not a system of ${name}; write one of: ${known.join(', ')}`,
		);
	}
	return systems.filter((system) => ids.includes(system.id));
}

/** The rows to show: the requested ids in the requested order, or all rows in file order. Throws on unknown ids. */
export function selectRows<Row extends { id: string }>(
	rows: readonly Row[],
	ids?: readonly string[],
	name = 'the table',
): Row[] {
	if (!ids) return [...rows];
	return ids.map((id) => {
		const row = rows.find((candidate) => candidate.id === id);
		if (!row) {
			throw new Error(
				`<ComparisonTable rows> names '${id}', which is not a row of ${name}; write one of: ${rows.map((r) => r.id).join(', ')}`,
			);
		}
		return row;
	});
}

/** Builds what ComparisonTable.astro renders: chosen rows and columns, reader-facing labels, ISO date. */
export function buildTableView(table: TableData, options: TableViewOptions = {}): TableView {
	const name = options.name ? `'${options.name}'` : 'the table';
	const systems = selectSystems(table.systems, options.systems, name);
	const rows = selectRows(table.rows, options.rows, name).map((row) => {
		const kind = row.kind ?? 'support';
		return {
			id: row.id,
			label: row.label,
			sources: row.sources,
			cells: systems.map((system): CellView => {
				const cell = row.cells[system.id];
				const tone = kind === 'support' && isSupportValue(cell.value) ? cell.value : 'text';
				return {
					systemId: system.id,
					label: valueLabel(cell.value, kind),
					tone,
					icon: tone === 'text' ? '' : VALUE_ICONS[tone],
					noteParts: splitInlineCode(cell.note),
				};
			}),
		};
	});
	return {
		caption: table.caption,
		systems,
		rows,
		checkedIso: table.checked.toISOString().slice(0, 10),
		versions: table.versions,
	};
}

/** What a `{{…}}` token in a comparison cell can print from the system's registry entry. */
export interface RegistryVersion {
	/** Name and version as pages show it, e.g. "Django 5.2 LTS". */
	label: string;
	version: string;
	/** First release of the line, already formatted, e.g. "2 April 2025". */
	released: string;
	status: string;
}

/** Tokens cells may use; each prints a part of the column's `version` entry in `src/data/versions.yaml`. */
export const VERSION_TOKENS = ['label', 'version', 'released', 'status'] as const;
const TOKEN = /\{\{\s*([a-z]+)\s*\}\}/g;

/**
 * Checks that registry keys named by a table exist and that `{{version}}`-style tokens are only used in
 * columns that name a registry entry. `known` is the registry's keys.
 */
export function checkTableVersions(
	table: {
		versions: readonly string[];
		systems: readonly TableSystem[];
		rows: readonly TableRow[];
	},
	known: readonly string[],
): TableProblem[] {
	const problems: TableProblem[] = [];
	const missing = (key: string) =>
		`'${key}' is not a key of src/data/versions.yaml; use one of its keys or add an entry there`;
	table.versions.forEach((key, index) => {
		if (!known.includes(key)) problems.push({ path: ['versions', index], message: missing(key) });
	});
	table.systems.forEach((system, index) => {
		if (system.version && !known.includes(system.version)) {
			problems.push({ path: ['systems', index, 'version'], message: missing(system.version) });
		}
	});
	table.rows.forEach((row, index) => {
		for (const system of table.systems) {
			const cell = row.cells[system.id];
			if (!cell) continue;
			for (const [, token] of `${cell.value} ${cell.note}`.matchAll(TOKEN)) {
				if (!(VERSION_TOKENS as readonly string[]).includes(token)) {
					problems.push({
						path: ['rows', index, 'cells', system.id],
						message: `{{${token}}} is not a version token; write one of ${VERSION_TOKENS.map((t) => `{{${t}}}`).join(', ')}`,
					});
				} else if (!system.version) {
					problems.push({
						path: ['rows', index, 'cells', system.id],
						message: `uses {{${token}}} but system '${system.id}' names no registry entry; add 'version: <key>' to it`,
					});
				}
			}
		}
	});
	return problems;
}

/** Replaces `{{label}}`, `{{version}}`, `{{released}}` and `{{status}}` in one cell text with the column's entry. */
export function fillVersionTokens(text: string, version: RegistryVersion | undefined): string {
	if (!version) return text;
	return text.replace(TOKEN, (token, part: string) =>
		(VERSION_TOKENS as readonly string[]).includes(part) ? version[part as (typeof VERSION_TOKENS)[number]] : token,
	);
}

/** The table with every cell's tokens filled from its column's registry entry. */
export function withRegistryVersions<T extends TableData>(
	table: T,
	versionOf: (key: string) => RegistryVersion | undefined,
): T {
	const bySystem = new Map(
		table.systems.map((system) => [system.id, system.version ? versionOf(system.version) : undefined]),
	);
	return {
		...table,
		rows: table.rows.map((row) => ({
			...row,
			cells: Object.fromEntries(
				Object.entries(row.cells).map(([id, cell]) => [
					id,
					{
						value: fillVersionTokens(cell.value, bySystem.get(id)),
						note: fillVersionTokens(cell.note, bySystem.get(id)),
					},
				]),
			),
		})),
	};
}
