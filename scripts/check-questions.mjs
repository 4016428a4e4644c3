#!/usr/bin/env node
// Checks "Check yourself" questions files without building the site: the schema, the rules against the
// page (checklist ids, headings, examples) and, for every question with `output`, a real run of the example
// compared with it. `node scripts/check-questions.mjs [src/data/questions/core/testing.yaml …]` (no
// arguments: every file, and every topic page must have one). The build runs the same rules; pytest runs
// the same comparison (tests/examples/test_check_yourself.py).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { QUESTIONS_DIR, normaliseOutput } from '../src/lib/content/questions.ts';
import { pagesWithoutQuestions, questionIds, readQuestionFiles } from '../src/lib/node/questions-files.ts';
import { problemsMessage } from '../src/lib/node/yaml-data.ts';

const root = pathToFileURL(`${process.cwd()}/`);
const python = existsSync('.venv-examples/bin/python') ? '.venv-examples/bin/python' : 'python3';

const all = process.argv.length <= 2;
const ids = all
	? questionIds(root)
	: process.argv.slice(2).map((file) =>
			relative(process.cwd(), file)
				.replace(`${QUESTIONS_DIR}/`, '')
				.replace(/\.ya?ml$/, ''),
		);

const { files, problems } = readQuestionFiles(root, ids);
let ran = 0;
for (const [id, file] of files) {
	file.questions.forEach((question, index) => {
		if (question.output === undefined || !existsSync(join('examples', question.example))) return;
		const where = `${QUESTIONS_DIR}/${id}.yaml: questions[${index}]`;
		let stdout;
		try {
			stdout = execFileSync(python, [join('examples', question.example)], { encoding: 'utf8', timeout: 20_000 });
		} catch (error) {
			problems.push(
				`${where}: examples/${question.example} failed: ${String(error.stderr || error.message)
					.trim()
					.split('\n')
					.at(-1)}`,
			);
			return;
		}
		ran++;
		if (normaliseOutput(stdout) !== normaliseOutput(question.output)) {
			problems.push(
				`${where}.output differs from what examples/${question.example} prints:\n--- output in the file\n${normaliseOutput(question.output)}\n--- real output\n${normaliseOutput(stdout)}`,
			);
		}
	});
}
if (all) problems.push(...pagesWithoutQuestions(root));

if (problems.length > 0) {
	console.error(problemsMessage('the "Check yourself" questions', problems));
	process.exit(1);
}
console.log(
	`${ids.length} questions file${ids.length === 1 ? '' : 's'} OK; ${ran} output${ran === 1 ? '' : 's'} checked by running the example`,
);
