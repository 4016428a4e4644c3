import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { versionRegistrySchema } from '../../src/schemas/versions';
import {
	examplesBehind,
	VERSIONS_FILE,
	formatReleased,
	pinSeries,
	staleReviews,
	unknownVersionKeys,
	versionText,
} from '../../src/lib/content/versions';

const registry = versionRegistrySchema.parse(parse(readFileSync(VERSIONS_FILE, 'utf8')));

/** `examples/requirements.txt` as package name (lower case, `_` → `-`) → pinned version. */
const pins = new Map(
	readFileSync('examples/requirements.txt', 'utf8')
		.split('\n')
		.map((line) => line.replace(/#.*/, '').trim())
		.filter(Boolean)
		.map((line) => {
			const [name, version] = line.split('==');
			return [
				name
					.replace(/\[.*\]/, '')
					.toLowerCase()
					.replace(/_/g, '-'),
				version,
			] as const;
		}),
);

describe('the version registry', () => {
	it('describes the technologies the site names', () => {
		for (const key of ['python', 'django-lts', 'django', 'fastapi', 'sqlalchemy', 'gunicorn', 'nodejs', 'go']) {
			expect(registry, key).toHaveProperty(key);
		}
	});

	const pinned = Object.entries(registry).filter(([, entry]) => entry.pypi);
	it.each(pinned)('%s: the examples pin the version the registry calls current', (key, entry) => {
		const pin = pins.get(entry.pypi!.toLowerCase());
		expect(pin, `examples/requirements.txt has no pin for ${entry.pypi}`).toBeDefined();
		const expected = entry.examples ?? entry.version;
		expect(
			pinSeries(pin!, entry['major-only']),
			`${entry.pypi}==${pin} in examples/requirements.txt, but ${VERSIONS_FILE} says the examples run ${key} ${expected}; upgrade the pin or the registry`,
		).toBe(expected);
	});

	it('reports which examples run on an older release than the current one', () => {
		const lagging = pinned.filter(([, entry]) => entry.examples && entry.examples !== entry.version);
		console.log(
			`Examples behind the current release (the package index lacks it): ${
				lagging.map(([key, entry]) => `${key} ${entry.examples} (current ${entry.version})`).join(', ') || 'none'
			}`,
		);
		// An `examples` version is only allowed to lag: the same or a newer one than current is a typo.
		for (const [key, entry] of lagging)
			expect(entry.examples! < entry.version || entry.examples!.length < entry.version.length, key).toBe(true);
	});
});

describe('versionText', () => {
	const python = registry.python;
	it.each([
		['label', `Python ${python.version}`],
		['version', python.version],
		['name', 'Python'],
	] as const)('show="%s" → %s', (part, expected) => {
		expect(versionText(python, part)).toBe(expected);
	});

	it('prefers the label when an entry has one', () => {
		expect(versionText({ ...python, label: 'Django 5.2 LTS' })).toBe('Django 5.2 LTS');
	});
});

describe('formatReleased', () => {
	it.each([
		['2026-10-01', '1 October 2026'],
		['2026-08', 'August 2026'],
		['2026', '2026'],
	])('%s → %s', (released, expected) => {
		expect(formatReleased(released)).toBe(expected);
	});
});

describe('pinSeries', () => {
	it.each([
		['2.1.9', false, '2.1'],
		['0.163.2', false, '0.163'],
		['27.0.1', true, '27'],
		['17', false, '17'],
	] as const)('%s (major only: %s) → %s', (pin, majorOnly, expected) => {
		expect(pinSeries(pin, majorOnly)).toBe(expected);
	});
});

describe('unknownVersionKeys', () => {
	it('names unknown keys with the closest known one', () => {
		expect(unknownVersionKeys(['python', 'Python 3.14', 'fastapi-0'], ['python', 'fastapi'])).toEqual([
			{ key: 'Python 3.14', suggestion: 'python' },
			{ key: 'fastapi-0', suggestion: 'fastapi' },
		]);
	});

	it('offers no suggestion when nothing is close', () => {
		expect(unknownVersionKeys(['zig'], ['python'])).toEqual([{ key: 'zig', suggestion: undefined }]);
	});
});

describe('staleReviews', () => {
	const today = new Date('2026-12-02T00:00:00Z');
	it('lists pages reviewed more than six months ago, oldest first', () => {
		const pages = [
			{ file: 'a.mdx', reviewed: new Date('2026-06-03T00:00:00Z') },
			{ file: 'b.mdx', reviewed: new Date('2026-06-01T00:00:00Z') },
			{ file: 'c.mdx', reviewed: new Date('2025-01-01T00:00:00Z') },
		];
		expect(staleReviews(pages, today).map((page) => page.file)).toEqual(['c.mdx', 'b.mdx']);
	});
});

describe('examplesBehind', () => {
	it('names only the entries whose examples pin an older version', () => {
		expect(
			examplesBehind([
				{ name: 'FastAPI', version: '0.163', examples: '0.142' },
				{ name: 'SQLAlchemy', version: '2.1', examples: '2.1' },
				{ name: 'Python', version: '3.15' },
			]),
		).toEqual(['FastAPI 0.142']);
	});
});
