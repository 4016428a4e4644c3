#!/usr/bin/env node
// Checks "Check yourself" questions files without building the site: the schema, the rules against the
// page (checklist ids, headings, examples) and, for every question with `output`, a real run of the example
// compared with it. `node scripts/check-questions.mjs [src/data/questions/core/testing.yaml …]` (no
// arguments: every file, and every topic page must have one). The build runs the same rules; pytest runs
// the same comparison (tests/examples/test_check_yourself.py).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import {
	QUESTIONS_DIR,
	checkQuestions,
	normaliseOutput,
	parseQuestionsFile,
	questionPageOf,
	regionNames,
} from '../src/lib/questions.ts';
import { LEVELS } from '../src/lib/levels.ts';

const DOCS = 'src/content/docs';
const python = existsSync('.venv-examples/bin/python') ? '.venv-examples/bin/python' : 'python3';
const context = {
	exampleExists: (path) => existsSync(join('examples', path)),
	regionsOf: (path) => regionNames(readFileSync(join('examples', path), 'utf8')),
};

const all = process.argv.length <= 2;
const files = all
	? readdirSync(QUESTIONS_DIR, { recursive: true })
			.filter((name) => name.endsWith('.yaml'))
			.map((name) => join(QUESTIONS_DIR, name))
			.sort()
	: process.argv.slice(2).map((file) => relative(process.cwd(), file));

const problems = [];
let ran = 0;
for (const file of files) {
	const id = file.replace(`${QUESTIONS_DIR}/`, '').replace(/\.ya?ml$/, '');
	const pageFile = `${DOCS}/${id}.mdx`;
	if (!existsSync(pageFile)) {
		problems.push(
			`${file}: there is no page ${pageFile}; name the file after the page, like ${QUESTIONS_DIR}/core/testing.yaml`,
		);
		continue;
	}
	let data;
	try {
		data = parse(readFileSync(file, 'utf8'));
	} catch (error) {
		problems.push(`${file}: is not valid YAML: ${error.message.split('\n')[0]}`);
		continue;
	}
	const parsed = parseQuestionsFile(file, data);
	if (!parsed.ok) {
		problems.push(...parsed.problems);
		continue;
	}
	const page = questionPageOf(pageFile, readFileSync(pageFile, 'utf8'), parse);
	problems.push(...checkQuestions(file, parsed.data.questions, page, context));
	parsed.data.questions.forEach((question, index) => {
		if (question.output === undefined || !context.exampleExists(question.example)) return;
		let stdout;
		try {
			stdout = execFileSync(python, [join('examples', question.example)], { encoding: 'utf8', timeout: 20_000 });
		} catch (error) {
			problems.push(
				`${file}: questions[${index}]: examples/${question.example} failed: ${String(error.stderr || error.message)
					.trim()
					.split('\n')
					.at(-1)}`,
			);
			return;
		}
		ran++;
		if (normaliseOutput(stdout) !== normaliseOutput(question.output)) {
			problems.push(
				`${file}: questions[${index}].output differs from what examples/${question.example} prints:\n--- output in the file\n${normaliseOutput(question.output)}\n--- real output\n${normaliseOutput(stdout)}`,
			);
		}
	});
}
if (all) {
	for (const level of LEVELS) {
		for (const name of readdirSync(join(DOCS, level)).filter((n) => /\.mdx?$/.test(n) && !n.startsWith('index.'))) {
			const yaml = `${QUESTIONS_DIR}/${level}/${name.replace(/\.mdx?$/, '')}.yaml`;
			if (!existsSync(yaml))
				problems.push(
					`${DOCS}/${level}/${name}: has no questions; write ${yaml} (see CONTRIBUTING.md, "Check yourself")`,
				);
		}
	}
}

if (problems.length > 0) {
	console.error(`${problems.length} problem${problems.length === 1 ? '' : 's'}:\n- ${problems.join('\n- ')}`);
	process.exit(1);
}
console.log(
	`${files.length} questions file${files.length === 1 ? '' : 's'} OK; ${ran} output${ran === 1 ? '' : 's'} checked by running the example`,
);
