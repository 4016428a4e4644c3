import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { AstroError } from 'astro/errors';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parse } from 'yaml';
import { LEVELS } from '../lib/levels';
import {
	QUESTIONS_DIR,
	checkQuestions,
	parseQuestionsFile,
	questionPageOf,
	questionsFileOf,
	regionNames,
	type QuestionsFile,
} from '../lib/questions';

const DOCS_DIR = 'src/content/docs';

/** The topic pages' ids (`core/testing`), from the level directories. */
function topicIds(root: URL): string[] {
	return LEVELS.flatMap((level) => {
		const dir = new URL(`${DOCS_DIR}/${level}/`, root);
		if (!existsSync(dir)) return [];
		return readdirSync(dir)
			.filter((name) => /\.mdx?$/.test(name) && !name.startsWith('index.'))
			.map((name) => `${level}/${name.replace(/\.mdx?$/, '')}`);
	});
}

/** Every questions file's page id (`core/testing`), from `src/data/questions/<level>/<slug>.yaml`. */
function questionIds(root: URL): string[] {
	const dir = new URL(`${QUESTIONS_DIR}/`, root);
	if (!existsSync(dir)) return [];
	return (readdirSync(dir, { recursive: true }) as string[])
		.filter((name) => /\.ya?ml$/.test(name))
		.map((name) => name.replace(/\\/g, '/').replace(/\.ya?ml$/, ''))
		.sort();
}

/**
 * Reads and checks every questions file; returns the parsed files, or throws one error listing every problem.
 * A topic page without a questions file fails when it renders (CheckYourself), not here: this loader runs
 * before the pages' own schema is checked, and failing first would hide a broken page's messages.
 */
export function readQuestions(root: URL): Map<string, QuestionsFile> {
	const problems: string[] = [];
	const files = new Map<string, QuestionsFile>();
	const context = {
		exampleExists: (path: string) => existsSync(new URL(`examples/${path}`, root)),
		regionsOf: (path: string) => regionNames(readFileSync(new URL(`examples/${path}`, root), 'utf8')),
	};
	const pages = new Set(topicIds(root));
	for (const id of questionIds(root)) {
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
		let data: unknown;
		try {
			data = parse(readFileSync(new URL(file, root), 'utf8'));
		} catch (error) {
			problems.push(`${file}: is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
			continue;
		}
		const parsed = parseQuestionsFile(file, data);
		if (!parsed.ok) {
			problems.push(...parsed.problems);
			continue;
		}
		const page = questionPageOf(pageFile, readFileSync(new URL(pageFile, root), 'utf8'), parse);
		problems.push(...checkQuestions(file, parsed.data.questions, page, context));
		files.set(id, parsed.data);
	}
	if (problems.length > 0) {
		throw new AstroError(
			`The "Check yourself" questions have ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n- ${problems.join('\n- ')}`,
			'Each message names the file, the field and the fix; CONTRIBUTING.md, "Check yourself", describes the format. `node scripts/check-questions.mjs` checks the files (and runs the examples) without a build.',
		);
	}
	return files;
}

async function load({ config, store, parseData, renderMarkdown, generateDigest }: LoaderContext) {
	const files = readQuestions(config.root);
	store.clear();
	for (const [id, file] of files) {
		const questions = await Promise.all(
			file.questions.map(async (question) => ({
				...question,
				questionHtml: (await renderMarkdown(question.question)).html,
				answerHtml: (await renderMarkdown(question.answer)).html,
			})),
		);
		const data = await parseData({ id, data: { questions } });
		store.set({ id, data, digest: generateDigest(data) });
	}
}

/**
 * The "Check yourself" questions as a content collection, one entry per topic page (id `core/testing`),
 * with each question and answer rendered by the site's Markdown pipeline. Any problem fails the build.
 */
export function questionsLoader(): Loader {
	return {
		name: 'questions-loader',
		async load(context) {
			await load(context);
			const dir = new URL(`${QUESTIONS_DIR}/`, context.config.root).pathname;
			context.watcher?.add(dir);
			context.watcher?.on('all', (_event, path) => {
				if (path.startsWith(dir))
					void load(context).catch((error) => context.logger.error(String(error.message ?? error)));
			});
		},
	};
}
