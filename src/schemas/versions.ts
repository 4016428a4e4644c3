import { z } from 'astro/zod';
import { KEBAB_CASE } from '../lib/content/kebab-case';

/** A date written as YYYY-MM-DD, YYYY-MM or YYYY (YAML may hand over a Date for the full form). */
const releaseDateSchema = z.preprocess(
	(value) =>
		value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'number' ? String(value) : value,
	z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, {
		error: 'released must be a date written as YYYY-MM-DD, YYYY-MM or YYYY, like 2026-10-01',
	}),
);

/** One technology's current release, as the whole site names it. */
export const versionEntrySchema = z.object({
	/** What it is called, e.g. `Python`. */
	name: z.string().min(1, { error: 'name is missing; write what the technology is called, like "Python"' }),
	/** The version pages show, e.g. `3.15` (quote it in YAML so 3.10 stays 3.10). */
	version: z.string({ error: "version must be text; quote it, like version: '3.15'" }).min(1),
	/** How pages name it when the name and version alone are not enough, e.g. `Django 5.2 LTS`. */
	label: z.string().min(2).optional(),
	/** The full number of the latest release in the line, e.g. `3.15.0`. */
	release: z.string().optional(),
	/** When the version line was first released. */
	released: releaseDateSchema,
	/** One line on its support status, e.g. "long-term support release; fixes until April 2028". */
	status: z.string().min(3, { error: 'status is missing; say in one line whether it is current, LTS, …' }),
	/** The official page that states the version and status. */
	source: z.url({ protocol: /^https$/, error: (issue) => `'${String(issue.input)}' must be a full https:// address` }),
	/** The date someone last checked this entry against its source (YYYY-MM-DD). */
	checked: z.coerce.date({
		error: "checked must be the date you looked, written as YYYY-MM-DD, like 'checked: 2026-12-02'",
	}),
	/** Name of the package pinned in `examples/requirements.txt`; its pin must match `version`. */
	pypi: z.string().optional(),
	/**
	 * The version the examples pin, when it is older than `version` because the package index the tests
	 * install from does not carry the current release yet; pages then say which version the examples ran on.
	 */
	examples: z.string().optional(),
	/** The pin is compared on its major version only (for projects numbered like Gunicorn 27). */
	'major-only': z.boolean().default(false),
});

/** The whole registry: `src/data/versions.yaml`, keyed by kebab-case ids. */
export const versionRegistrySchema = z.record(
	z
		.string()
		.regex(KEBAB_CASE, { error: (issue) => `key '${String(issue.input)}' must be kebab-case, like 'django-lts'` }),
	versionEntrySchema,
);

export type VersionEntry = z.infer<typeof versionEntrySchema>;
export type VersionRegistry = z.infer<typeof versionRegistrySchema>;
