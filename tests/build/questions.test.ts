import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { QUESTION_COUNT, questionsFileOf, type QuestionsFile } from '../../src/lib/content/questions';
import { readPage } from '../support/dist';
import { topicSources } from '../support/content';

const topics = topicSources().map((topic) => ({
	...topic,
	questions: (parse(readFileSync(questionsFileOf(topic.id), 'utf8')) as QuestionsFile).questions,
}));

/** The "Check yourself" section of a built page, or '' when it has none. */
function section(html: string): string {
	return (
		html.match(/<section class="pbr-questions[^"]*" aria-labelledby="check-yourself">[\s\S]*?<\/section>/)?.[0] ?? ''
	);
}

/**
 * Words only, so Markdown and the HTML it renders compare equal: entities decoded, then link targets,
 * tags (and `<placeholders>`, which Markdown shows as text), and punctuation (which typography turns into curly quotes and dashes) removed.
 */
function words(html: string): string {
	return html
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
		.replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
		.replace(/&\w+;/g, ' ')
		.replace(/\]\([^)]*\)/g, ']')
		.replace(/<[^>]*>/g, ' ')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

describe('every topic page ends with a "Check yourself" section', () => {
	it('finds the topic pages', () => {
		expect(topics.length).toBeGreaterThanOrEqual(30);
	});

	it.each(topics.map((topic) => [topic.id, topic] as const))('%s', (id, topic) => {
		const html = readPage(`${id}/index.html`);
		const questions = section(html);
		expect(questions, 'no Check yourself section').not.toBe('');
		expect(questions).toContain('<h2 id="check-yourself"');
		expect(html, 'the table of contents links to it').toMatch(
			/<a href="#check-yourself"[^>]*>\s*<span[^>]*>Check yourself<\/span>/,
		);

		// After the checklist it tests, before the footer (what to read next, resources).
		const at = html.indexOf(questions);
		expect(at).toBeGreaterThan(html.lastIndexOf('</pbr-checklist>'));
		expect(at).toBeLessThan(html.indexOf('id="before-and-after"'));

		const items = questions.split(/<li class="pbr-question[ "]/).slice(1);
		expect(items.length).toBeGreaterThanOrEqual(QUESTION_COUNT.min);
		expect(items.length).toBeLessThanOrEqual(QUESTION_COUNT.max);
		expect(items).toHaveLength(topic.questions.length);

		const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]));
		items.forEach((item, index) => {
			const question = topic.questions[index];
			const where = `${id} question ${index + 1}`;
			expect(words(item), `${where}: the question is shown`).toContain(words(question.question).slice(0, 60));
			// The answer is hidden until asked: a closed <details> whose <summary> names it.
			const details = item.match(/<details\b[^>]*>/)?.[0] ?? '';
			expect(details, `${where}: answer inside <details>`).toContain('pbr-question__answer');
			expect(details, `${where}: answer starts closed`).not.toMatch(/\sopen[\s>=]/);
			expect(item).toContain(`Answer ${index + 1}</summary>`);
			const answer = words(item.slice(item.indexOf('<details')));
			expect(answer, `${where}: the answer explains`).toContain(words(question.answer).slice(0, 60));
			if (question.output !== undefined) {
				expect(answer, `${where}: the answer shows the output`).toContain(words(question.output));
			}
			// "Read again" points at a heading that exists on this page.
			const target = item.match(/Read again: <a href="#([^"]+)"/)?.[1];
			expect(target, `${where}: links to the section that teaches it`).toBe(question.section);
			expect(ids.has(target!), `${where}: #${target} is not an id on the page`).toBe(true);
		});
	});
});
