/**
 * "Check yourself" questions: the schema of `src/data/questions/<level>/<slug>.yaml` and the rules that
 * tie a questions file to its page (checklist ids, headings, example files). Pure, so the build, the unit
 * tests and `scripts/check-questions.mjs` share it; imports only packages and `.ts` files, so Node runs it
 * without a build.
 */
import { z } from 'astro/zod';
import GithubSlugger from 'github-slugger';
import { KEBAB_CASE, suggestKebabCase } from './kebab-case.ts';

/** Where the questions files live, relative to the project root; one file per topic page. */
export const QUESTIONS_DIR = 'src/data/questions';

/** How many questions a topic page has (DESIGN.md, "A topic page"). */
export const QUESTION_COUNT = { min: 4, max: 6 } as const;

/** No checklist item may be tested by more questions than this, so a page's questions spread out. */
export const MAX_QUESTIONS_PER_ITEM = 2;

/** The kinds of question, and the label the page shows for each. */
export const QUESTION_KINDS = {
	recall: 'Explain',
	output: 'What does it print?',
	bug: 'What is wrong?',
	choice: 'Which would you choose?',
} as const;
export type QuestionKind = keyof typeof QUESTION_KINDS;
const KIND_NAMES = Object.keys(QUESTION_KINDS) as [QuestionKind, ...QuestionKind[]];

/** Distinct kinds a page must mix: three where the page has code, two on a page without any. */
export const MIN_KINDS = { withCode: 3, withoutCode: 2 } as const;

const PYTHON_LANGS = new Set(['python', 'py', 'pycon', 'python3']);

/** The fields of one question, as an author writes them. */
const questionShape = {
	/** Id of the checklist item on the same page that this question tests. */
	item: z.string().regex(KEBAB_CASE, {
		error: (issue) => `'${String(issue.input)}' must be a checklist id of the page, like 'explain-the-gil'`,
	}),
	/** What kind of question this is. */
	kind: z.enum(KIND_NAMES, {
		error: (issue) => `'${String(issue.input)}' is not a kind; write one of: ${KIND_NAMES.join(', ')}`,
	}),
	/** The question: one Markdown paragraph. */
	question: z.string().trim().min(15, { error: 'question needs a full sentence (at least 15 characters)' }),
	/** A file under `examples/` shown with the question; required for `output` questions. */
	example: z
		.string()
		.regex(/^[\w-]+(\/[\w.-]+)+$/, {
			error: (issue) => `'${String(issue.input)}' must be a path under examples/, like 'concurrency/check_counter.py'`,
		})
		.optional(),
	/** A `# region NAME` of the example to show instead of the whole file. */
	region: z.string().min(1).optional(),
	/** Exactly what running the example prints; the example tests compare it with a real run. */
	output: z.string().optional(),
	/** A snippet that is not Python (SQL, shell, YAML …); Python always comes from an example file. */
	code: z.string().min(1).optional(),
	/** The language of `code`, for highlighting. */
	lang: z
		.string()
		.regex(/^[a-z0-9+#-]+$/, { error: 'lang must be a language name like sql, bash or yaml' })
		.optional(),
	/** The answer: a short Markdown explanation that says why. */
	answer: z.string().trim().min(40, { error: 'answer must explain (at least 40 characters), not just name an option' }),
	/** Id of the heading on the page that teaches the answer; the answer links to it. */
	section: z.string().regex(/^[\p{Ll}\p{Lo}\p{N}_-]+$/u, {
		error: (issue) => `'${String(issue.input)}' must be a heading id, like '${suggestKebabCase(String(issue.input))}'`,
	}),
};

/** One question, as an author writes it. */
export const questionSchema = z.strictObject(questionShape).superRefine((question, context) => {
	const problem = (path: string, message: string) => context.addIssue({ code: 'custom', path: [path], message });
	if (question.kind === 'output' && (!question.example || question.output === undefined)) {
		problem(
			question.example ? 'output' : 'example',
			"an 'output' question needs 'example' (the file that runs) and 'output' (exactly what it prints)",
		);
	}
	if (question.output !== undefined && !question.example) {
		problem('output', "'output' is what an example prints, so the question needs 'example' too");
	}
	if (question.example?.endsWith('.py') && question.output === undefined && question.kind !== 'output') {
		problem('output', "a Python example is run by the tests: write 'output', exactly what it prints");
	}
	if (question.example && question.output !== undefined && !question.example.endsWith('.py')) {
		problem('example', "only Python files are run to check 'output'; name a .py file or drop 'output'");
	}
	if (question.region && !question.example) {
		problem('region', "'region' selects part of 'example'; add 'example' or remove 'region'");
	}
	if (question.code !== undefined) {
		if (question.example) problem('code', "write either 'code' or 'example', not both");
		if (!question.lang) problem('lang', "'code' needs 'lang' (sql, bash, yaml, toml, dockerfile …)");
		else if (PYTHON_LANGS.has(question.lang)) {
			problem(
				'code',
				"Python in a question must be a tested file: put it in examples/<topic>/check_<name>.py and write 'example'",
			);
		}
	} else if (question.lang) {
		problem('lang', "'lang' describes 'code'; remove it or add 'code'");
	}
});

/** A questions file. */
export const questionsFileSchema = z.strictObject({
	questions: z.array(questionSchema, { error: "the file needs a 'questions:' list" }),
});

/** A question as the site stores it: the author's fields plus the question and answer rendered to HTML. */
export const renderedQuestionsSchema = z.object({
	questions: z.array(z.object({ ...questionShape, questionHtml: z.string(), answerHtml: z.string() })),
});

export type Question = z.infer<typeof questionSchema>;
export type QuestionsFile = z.infer<typeof questionsFileSchema>;

/** A path as authors see it in a YAML file: `questions[2].item`. */
export function formatPath(path: readonly PropertyKey[]): string {
	return path.reduce<string>(
		(text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)),
		'',
	);
}

/** Parses a questions file's data; problems come back as "<file>: questions[2].item: …". */
export function parseQuestionsFile(
	file: string,
	data: unknown,
): { ok: true; data: QuestionsFile } | { ok: false; problems: string[] } {
	const result = questionsFileSchema.safeParse(data);
	if (result.success) return { ok: true, data: result.data };
	return {
		ok: false,
		problems: result.error.issues.map(
			(issue) => `${file}: ${formatPath(issue.path) || '(top level)'}: ${issue.message}`,
		),
	};
}

/** A heading of a page: its level, its id and its text. */
export interface Heading {
	depth: number;
	slug: string;
	text: string;
}

/** The plain text of a Markdown heading: inline code, emphasis, links and tags reduced to their text. */
export function headingText(markdown: string): string {
	// Code spans keep their text as written; emphasis markers are only removed outside them.
	return markdown
		.replace(/<[^>]+>/g, '')
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
		.split(/(`[^`]*`)/)
		.map((part) =>
			part.startsWith('`')
				? part.slice(1, -1)
				: part
						.replace(/(\*\*|__)(.+?)\1/g, '$2')
						.replace(/(^|\W)[*_](.+?)[*_](?=\W|$)/g, '$1$2')
						.replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1'),
		)
		.join('')
		.trim();
}

/**
 * The headings of an MDX body with the ids the site gives them (GitHub-style slugs, numbered when repeated,
 * as Astro's Markdown processor does), skipping fenced code blocks.
 */
export function headingsOf(body: string): Heading[] {
	const slugger = new GithubSlugger();
	const headings: Heading[] = [];
	let fence: string | undefined;
	for (const line of body.split('\n')) {
		const marker = line.match(/^\s*(`{3,}|~{3,})/)?.[1];
		if (marker) {
			if (!fence) fence = marker;
			else if (marker.startsWith(fence[0]) && marker.length >= fence.length) fence = undefined;
			continue;
		}
		if (fence) continue;
		const match = line.match(/^(#{1,6})\s+(.+?)(?:\s+#+)?\s*$/);
		if (!match) continue;
		const text = headingText(match[2]);
		headings.push({ depth: match[1].length, slug: slugger.slug(text), text });
	}
	return headings;
}

/** The closest of `options` to `input` (by edit distance), when it is close enough to be a typo. */
export function closest(input: string, options: readonly string[]): string | undefined {
	let best: { option: string; distance: number } | undefined;
	for (const option of options) {
		const distance = editDistance(input, option);
		if (!best || distance < best.distance) best = { option, distance };
	}
	return best && best.distance <= Math.max(2, Math.floor(input.length / 3)) ? best.option : undefined;
}

function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
		}
		previous = current;
	}
	return previous[b.length];
}

/** What the rules need to know about the page a questions file belongs to. */
export interface QuestionPage {
	/** The page's source file, e.g. `src/content/docs/core/testing.mdx`. */
	file: string;
	/** The ids of its checklist items. */
	checklistIds: readonly string[];
	/** Its headings (from `headingsOf`). */
	headings: readonly Heading[];
	/** Whether the page shows code (a fenced block or an `<Example>`). */
	hasCode: boolean;
}

/** Headings a question may not point at: the checklist itself says nothing that answers a question. */
const NOT_TEACHING = new Set(['checklist', 'check-yourself']);

/** A rule over one questions file: returns one message per problem, each naming the field and the fix. */
type QuestionRule = (
	file: string,
	questions: readonly Question[],
	page: QuestionPage,
	context: RuleContext,
) => string[];

/** What rules may ask of the outside world. */
export interface RuleContext {
	/** Whether `examples/<path>` exists. */
	exampleExists: (path: string) => boolean;
	/** The region names declared in `examples/<path>`. */
	regionsOf: (path: string) => readonly string[];
}

/** The rules, each small and tested on its own in tests/unit/questions.test.ts. */
export const QUESTION_RULES: Record<string, QuestionRule> = {
	count(file, questions) {
		const { min, max } = QUESTION_COUNT;
		return questions.length < min || questions.length > max
			? [`${file}: has ${questions.length} questions; a topic page needs ${min} to ${max}`]
			: [];
	},
	itemsExist(file, questions, page) {
		return questions.flatMap((question, index) =>
			page.checklistIds.includes(question.item)
				? []
				: [
						`${file}: questions[${index}].item '${question.item}' is not in the checklist of ${page.file}; ${
							closest(question.item, page.checklistIds)
								? `did you mean '${closest(question.item, page.checklistIds)}'? `
								: ''
						}write one of: ${page.checklistIds.join(', ')}`,
					],
		);
	},
	itemsSpread(file, questions) {
		const counts = new Map<string, number>();
		for (const question of questions) counts.set(question.item, (counts.get(question.item) ?? 0) + 1);
		return [...counts]
			.filter(([, count]) => count > MAX_QUESTIONS_PER_ITEM)
			.map(
				([item, count]) =>
					`${file}: ${count} questions test '${item}'; at most ${MAX_QUESTIONS_PER_ITEM} may, so test other items of the checklist`,
			);
	},
	kindsMixed(file, questions, page) {
		const needed = page.hasCode ? MIN_KINDS.withCode : MIN_KINDS.withoutCode;
		const kinds = new Set(questions.map((question) => question.kind));
		return kinds.size < needed
			? [
					`${file}: uses ${kinds.size} kind${kinds.size === 1 ? '' : 's'} of question (${[...kinds].join(', ')}); mix at least ${needed} of: ${KIND_NAMES.join(', ')}`,
				]
			: [];
	},
	sectionsExist(file, questions, page) {
		const slugs = page.headings.map((heading) => heading.slug).filter((slug) => !NOT_TEACHING.has(slug));
		return questions.flatMap((question, index) => {
			if (slugs.includes(question.section)) return [];
			const suggestion = closest(question.section, slugs);
			return [
				`${file}: questions[${index}].section '${question.section}' is not a heading of ${page.file}; ${
					suggestion ? `did you mean '${suggestion}'? ` : ''
				}write the id of the heading that teaches the answer, one of: ${slugs.join(', ')}`,
			];
		});
	},
	examplesExist(file, questions, _page, context) {
		return questions.flatMap((question, index) => {
			if (!question.example) return [];
			if (!context.exampleExists(question.example)) {
				return [
					`${file}: questions[${index}].example 'examples/${question.example}' does not exist; write a path under examples/, like 'concurrency/check_counter.py'`,
				];
			}
			if (question.region && !context.regionsOf(question.example).includes(question.region)) {
				return [
					`${file}: questions[${index}].region '${question.region}' is not a '# region' of examples/${question.example}; mark it in the file or remove 'region'`,
				];
			}
			return [];
		});
	},
};

/** Every rule over one questions file. */
export function checkQuestions(
	file: string,
	questions: readonly Question[],
	page: QuestionPage,
	context: RuleContext,
): string[] {
	return Object.values(QUESTION_RULES).flatMap((rule) => rule(file, questions, page, context));
}

/** The region names declared in an example's source (`# region NAME`, `-- region NAME`, `// region NAME`). */
export function regionNames(source: string): string[] {
	return [...source.matchAll(/^\s*(?:#|--|\/\/)\s*region\s+(\S+)\s*$/gm)].map((match) => match[1]);
}

/** The questions file of a topic page id: `core/testing` → `src/data/questions/core/testing.yaml`. */
export function questionsFileOf(pageId: string): string {
	return `${QUESTIONS_DIR}/${pageId}.yaml`;
}

/** The problem of a topic page that has no questions file. */
export function missingQuestionsMessage(pageFile: string, pageId: string): string {
	return `${pageFile}: has no "Check yourself" questions; write ${questionsFileOf(pageId)} (see CONTRIBUTING.md, "Check yourself")`;
}

/** Normalises program output for comparison: no trailing spaces, no trailing blank lines. */
export function normaliseOutput(text: string): string {
	return text
		.replace(/\r\n/g, '\n')
		.split('\n')
		.map((line) => line.trimEnd())
		.join('\n')
		.replace(/\n+$/, '');
}

/** Reads what the rules need from a page's MDX source: its checklist ids, headings and whether it shows code. */
export function questionPageOf(file: string, source: string, parseYaml: (text: string) => unknown): QuestionPage {
	const match = source.match(/^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/);
	const frontmatter = (match ? parseYaml(match[1]) : {}) as { checklist?: { id?: unknown }[] } | null;
	const body = match ? match[2] : source;
	return {
		file,
		checklistIds: (frontmatter?.checklist ?? []).map((item) => String(item?.id)),
		headings: headingsOf(body),
		hasCode: /^\s*(```|~~~)|<Example\b/m.test(body),
	};
}
