/**
 * Reading the "Check yourself" questions files from disk and checking each against its page. Shared by the
 * content loader (which throws the problems as one AstroError) and `scripts/check-questions.mjs` (which also
 * runs the examples); build-time only (`node:fs`). Imports `.ts` files only, so Node runs it without a build.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { LEVELS } from '../content/levels.ts';
import { DOCS_DIR } from '../content/new-topic.ts';
import {
	QUESTIONS_DIR,
	checkQuestions,
	questionPageOf,
	questionsFileSchema,
	missingQuestionsMessage,
	questionsFileOf,
	regionNames,
	type QuestionPage,
	type QuestionsFile,
} from '../content/questions.ts';
import { readYamlData } from './yaml-data.ts';

/** The topic pages' ids (`core/testing`), from the level directories. */
export function topicIds(root: URL): string[] {
	return LEVELS.flatMap((level) => {
		const dir = new URL(`${DOCS_DIR}/${level}/`, root);
		if (!existsSync(dir)) return [];
		return readdirSync(dir)
			.filter((name) => /\.mdx?$/.test(name) && !name.startsWith('index.'))
			.map((name) => `${level}/${name.replace(/\.mdx?$/, '')}`);
	});
}

/** Every questions file's page id (`core/testing`), from `src/data/questions/<level>/<slug>.yaml`. */
export function questionIds(root: URL): string[] {
	const dir = new URL(`${QUESTIONS_DIR}/`, root);
	if (!existsSync(dir)) return [];
	return (readdirSync(dir, { recursive: true }) as string[])
		.filter((name) => /\.ya?ml$/.test(name))
		.map((name) => name.replace(/\\/g, '/').replace(/\.ya?ml$/, ''))
		.sort();
}

/** What the rules need from a page; nothing when its frontmatter is not valid YAML (the docs loader reports that). */
function readPage(pageFile: string, source: string): QuestionPage | undefined {
	try {
		return questionPageOf(pageFile, source, parse);
	} catch {
		return undefined;
	}
}

/**
 * Reads and checks the questions files of the given page ids (default: every file): the schema, then the
 * rules against the page. Returns the files that parsed and one message per problem.
 */
export function readQuestionFiles(
	root: URL,
	ids: readonly string[] = questionIds(root),
): { files: Map<string, QuestionsFile>; problems: string[] } {
	const problems: string[] = [];
	const files = new Map<string, QuestionsFile>();
	const context = {
		exampleExists: (path: string) => existsSync(new URL(`examples/${path}`, root)),
		regionsOf: (path: string) => regionNames(readFileSync(new URL(`examples/${path}`, root), 'utf8')),
	};
	const pages = new Set(topicIds(root));
	for (const id of ids) {
		const file = questionsFileOf(id);
		const pageFile = ['.mdx', '.md']
			.map((extension) => `${DOCS_DIR}/${id}${extension}`)
			.find((path) => pages.has(id) && existsSync(new URL(path, root)));
		if (!pageFile) {
			problems.push(
				`${file}: there is no topic page ${DOCS_DIR}/${id}.mdx; name the file after its page, like ${questionsFileOf('core/testing')}`,
			);
			continue;
		}
		const parsed = readYamlData(file, readFileSync(new URL(file, root), 'utf8'), questionsFileSchema);
		if (!parsed.ok) {
			problems.push(...parsed.problems);
			continue;
		}
		const page = readPage(pageFile, readFileSync(new URL(pageFile, root), 'utf8'));
		if (!page) {
			problems.push(
				`${file}: not checked against its page, because the frontmatter of ${pageFile} is not valid YAML; fix the page first`,
			);
			continue;
		}
		problems.push(...checkQuestions(file, parsed.data.questions, page, context));
		files.set(id, parsed.data);
	}
	return { files, problems };
}

/** Topic pages that have no questions file, as problems naming the file to write. */
export function pagesWithoutQuestions(root: URL): string[] {
	return topicIds(root)
		.filter((id) => !existsSync(new URL(questionsFileOf(id), root)))
		.map((id) => missingQuestionsMessage(`${DOCS_DIR}/${id}.mdx`, id));
}
