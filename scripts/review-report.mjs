// Lists topic pages whose `reviewed:` date and registry entries whose `checked:` date are more than six
// months old. A report, not a check: time passing must never fail a build or CI. Part of `npm run check`.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { VERSIONS_FILE, staleReviews } from '../src/lib/content/versions.ts';
import { DOCS_DIR as DOCS } from '../src/lib/content/levels.ts';

const MONTHS = 6;
const today = new Date(process.env.PBR_TODAY ?? Date.now());
const day = (date) => date.toISOString().slice(0, 10);

const pages = readdirSync(DOCS, { recursive: true })
	.filter((name) => name.endsWith('.mdx') || name.endsWith('.md'))
	.flatMap((name) => {
		const file = join(DOCS, name);
		const reviewed = /^reviewed:\s*(\d{4}-\d{2}-\d{2})\s*$/m.exec(readFileSync(file, 'utf8'))?.[1];
		return reviewed ? [{ file, reviewed: new Date(`${reviewed}T00:00:00Z`) }] : [];
	});
const registry = parse(readFileSync(VERSIONS_FILE, 'utf8'));
const entries = Object.entries(registry).map(([key, entry]) => ({
	file: `${VERSIONS_FILE} → ${key}`,
	reviewed: new Date(`${day(new Date(entry.checked))}T00:00:00Z`),
}));

const stalePages = staleReviews(pages, today, MONTHS);
const staleEntries = staleReviews(entries, today, MONTHS);
console.log(
	`Review dates: ${pages.length} pages and ${entries.length} registry entries; ${stalePages.length + staleEntries.length} older than ${MONTHS} months.`,
);
for (const { file, reviewed } of [...stalePages, ...staleEntries]) {
	console.log(`  ${day(reviewed)}  ${file}  (check its facts against their sources, then update the date)`);
}
