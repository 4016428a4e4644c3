import type { Loader, LoaderContext } from 'astro/loaders';
import { QUESTIONS_DIR, type QuestionsFile } from '../lib/content/questions';
import { readQuestionFiles } from '../lib/node/questions-files';
import { throwIfProblems } from '../lib/node/yaml-data';

const HINT =
	'Each message names the file, the field and the fix; CONTRIBUTING.md, "Check yourself", describes the format. `node scripts/check-questions.mjs` checks the files (and runs the examples) without a build.';

/**
 * Reads and checks every questions file; returns the parsed files, or throws one error listing every problem.
 * A topic page without a questions file fails when it renders (CheckYourself), not here: this loader runs
 * before the pages' own schema is checked, and failing first would hide a broken page's messages.
 */
export function readQuestions(root: URL): Map<string, QuestionsFile> {
	const { files, problems } = readQuestionFiles(root);
	throwIfProblems('the "Check yourself" questions', problems, HINT);
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
