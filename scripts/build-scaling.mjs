#!/usr/bin/env node
// Measures how build time and output size grow with the number of pages.
// Usage: node scripts/build-scaling.mjs [50 200 800]
// Copies the project to a temporary directory, adds N synthetic topic pages (each with a checklist,
// resources, prose and a code example), builds, and prints seconds per page, KB of dist per page (Pyodide's
// 13 MB runtime included) and the gzipped HTML of one real topic page and one synthetic page, the figures
// a reader's download depends on.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const counts = process.argv.slice(2).map(Number).filter(Boolean);
const sizes = counts.length > 0 ? counts : [50, 200, 800];
const root = process.cwd();

/** Total size in bytes of a directory tree. */
function du(dir) {
	return readdirSync(dir, { withFileTypes: true }).reduce((total, entry) => {
		const path = join(dir, entry.name);
		return total + (entry.isDirectory() ? du(path) : statSync(path).size);
	}, 0);
}

/** One generated topic page that passes the content rules. */
function syntheticPage(index) {
	const paragraphs = Array.from(
		{ length: 12 },
		(_, p) =>
			`Paragraph ${p} of synthetic topic ${index} explains connection pooling, request lifecycles, retries with backoff, idempotency keys and how a service degrades when its database is slow.`,
	).join('\n\n');
	const items = Array.from(
		{ length: 7 },
		(_, k) => `  - id: synthetic-${index}-skill-${k}\n    text: I can do synthetic skill ${k} of topic ${index}`,
	).join('\n');
	return `---
title: Synthetic topic ${index}
description: A generated page used only to measure how the build scales.
level: advanced
reviewed: 2026-11-23
versions: [python]
studyTime:
  hours: [4, 8]
  covers: reading the generated page and running its example, for measuring the build only
sidebar:
  order: ${100 + index}
checklist:
${items}
resources:
  - title: Python documentation
    url: https://docs.python.org/3/
    type: official
  - title: Python tutorial
    url: https://docs.python.org/3/tutorial/
    type: docs
  - title: Library reference
    url: https://docs.python.org/3/library/
    type: docs
---
import { Checklist, Example } from '~/components';

${paragraphs}

## Worked example

<Example file="fastapi/fastapi_crud.py" />

## Checklist

<Checklist />
`;
}

/** Its "Check yourself" questions, which every topic page needs. */
function syntheticQuestions(index) {
	const question = (skill, kind, extra = '') => `  - item: synthetic-${index}-skill-${skill}
    kind: ${kind}
    question: Which part of synthetic topic ${index} does skill ${skill} exercise, and why?
${extra}    answer: Skill ${skill} exercises the worked example, because the generated page has only that section to teach from.
    section: worked-example
`;
	return `questions:
${question(0, 'recall')}${question(1, 'choice')}${question(2, 'bug', '    code: SELECT * FROM orders WHERE id = 1\n    lang: sql\n')}${question(3, 'recall')}`;
}

const results = [];
for (const count of sizes) {
	const dir = mkdtempSync(join(tmpdir(), `pbr-scale-${count}-`));
	try {
		cpSync(root, dir, {
			recursive: true,
			filter: (source) =>
				!/^\/(node_modules|dist[^/]*|\.astro|\.git|\.venv-examples)(\/|$)/.test(source.slice(root.length)),
		});
		// Hard links, not symlinks: Astro's compiler does not follow a symlinked node_modules.
		execFileSync('cp', ['-al', join(root, 'node_modules'), join(dir, 'node_modules')]);
		rmSync(join(dir, 'node_modules', '.astro'), { recursive: true, force: true });
		for (let index = 0; index < count; index += 1) {
			writeFileSync(join(dir, 'src/content/docs/advanced', `synthetic-${index}.mdx`), syntheticPage(index));
			writeFileSync(join(dir, 'src/data/questions/advanced', `synthetic-${index}.yaml`), syntheticQuestions(index));
		}
		const started = process.hrtime.bigint();
		execFileSync('npx', ['astro', 'build'], {
			cwd: dir,
			stdio: ['ignore', 'ignore', 'inherit'],
			env: { ...process.env, PBR_DRAFT_EXAMPLES: '1' },
		});
		const seconds = Number(process.hrtime.bigint() - started) / 1e9;
		const pages = readdirSync(join(dir, 'dist'), { recursive: true }).filter((file) =>
			String(file).endsWith('.html'),
		).length;
		const kbPerPage = du(join(dir, 'dist')) / 1024 / pages;
		const gzipKb = (page) =>
			Number((gzipSync(readFileSync(join(dir, 'dist', page, 'index.html')), { level: 9 }).length / 1024).toFixed(1));
		results.push({
			synthetic: count,
			pages,
			seconds: Number(seconds.toFixed(1)),
			msPerPage: Math.round((seconds * 1000) / pages),
			kbPerPage: Number(kbPerPage.toFixed(1)),
			topicHtmlGzKb: gzipKb('core/testing'),
			syntheticHtmlGzKb: count > 0 ? gzipKb('advanced/synthetic-0') : null,
		});
		console.log(
			`${count} synthetic pages: ${pages} pages in ${seconds.toFixed(1)} s, ${kbPerPage.toFixed(1)} KB of dist per page`,
		);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
console.table(results);
