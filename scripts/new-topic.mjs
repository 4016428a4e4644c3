#!/usr/bin/env node
// Scaffolds a topic page: `npm run new:topic -- core/task-queues`. The logic lives in src/lib/content/new-topic.ts
// (unit tested); Node 24 runs that TypeScript file directly by stripping its types.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
	DOCS_DIR,
	nextSidebarOrder,
	parseTopicPath,
	questionsPath,
	questionsTemplate,
	topicTemplate,
} from '../src/lib/content/new-topic.ts';

const result = parseTopicPath(process.argv[2]);
if (!result.ok) {
	console.error(`new:topic: ${result.error}`);
	process.exit(1);
}
const { level, slug, file } = result;
const existing = ['.mdx', '.md'].map((extension) => join(DOCS_DIR, level, slug + extension)).find(existsSync);
if (existing) {
	console.error(`new:topic: ${existing} already exists; edit it, or pick another slug (nothing was written)`);
	process.exit(1);
}
const levelDir = join(DOCS_DIR, level);
const sources = readdirSync(levelDir)
	.filter((name) => /\.mdx?$/.test(name) && !name.startsWith('index.'))
	.map((name) => readFileSync(join(levelDir, name), 'utf8'));
const today = new Date().toISOString().slice(0, 10);
const questions = questionsPath(level, slug);
if (existsSync(questions)) {
	console.error(`new:topic: ${questions} already exists; remove it or pick another slug (nothing was written)`);
	process.exit(1);
}
writeFileSync(file, topicTemplate({ level, slug, file, today, order: nextSidebarOrder(sources) }), { flag: 'wx' });
mkdirSync(dirname(questions), { recursive: true });
writeFileSync(questions, questionsTemplate({ level, slug }), { flag: 'wx' });

console.log(`Created ${file}
Created ${questions}

Next:
  1. Replace every TODO (the build fails until the checklist, the resources and the questions are filled in).
  2. Preview it: npm run dev, then open http://localhost:4321/${level}/${slug}/
  3. Run the checks: npm run check
See CONTRIBUTING.md, "Add a topic".`);
