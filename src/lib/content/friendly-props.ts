/**
 * Run-time checks of component props, with messages for authors: a page that passes a wrong prop fails the
 * build with `<Example>: file: is missing; …` instead of a stack trace from deep inside the component
 * (the idea of Starlight's `parseWithFriendlyErrors`). Build side only: components render at build time.
 */
import type { z } from 'astro/zod';
import { formatPath, hintedError } from '../node/yaml-data';

/** What a value is, in words: `the number 3`, `a list`, `nothing`. */
export function describeValue(value: unknown): string {
	if (value === undefined || value === null) return 'nothing';
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'string') return `the text '${value}'`;
	if (typeof value === 'number' || typeof value === 'boolean') return `the ${typeof value} ${String(value)}`;
	return `${/^[aeiou]/.test(typeof value) ? 'an' : 'a'} ${typeof value}`;
}

/** Messages for the issues zod words for developers; schema-level messages still win. */
export function propIssueMessage(issue: z.core.$ZodRawIssue): string | undefined {
	switch (issue.code) {
		case 'invalid_type':
			return issue.input === undefined
				? `is missing; pass it as a ${issue.expected}`
				: `must be a ${issue.expected}, not ${describeValue(issue.input)}`;
		case 'invalid_value':
			return `${describeValue(issue.input)} is not allowed; write one of: ${issue.values.map(String).join(', ')}`;
		case 'unrecognized_keys':
			return `${issue.keys.join(', ')} ${issue.keys.length === 1 ? 'is not a prop' : 'are not props'}; check the spelling or remove ${issue.keys.length === 1 ? 'it' : 'them'}`;
		default:
			return undefined;
	}
}

/**
 * The props, checked with `schema`; invalid props throw one AstroError with a line per problem,
 * `<Example>: file: is missing; pass it as a string`, prefixed with the page when `page` is given.
 */
export function friendlyProps<S extends z.ZodType>(
	schema: S,
	props: unknown,
	componentName: string,
	page?: string,
): z.output<S> {
	const result = schema.safeParse(props, { error: propIssueMessage });
	if (result.success) return result.data;
	const lines = result.error.issues.map(({ path, message }) => {
		const prop = formatPath(path);
		return `${page ? `${page}: ` : ''}${componentName}: ${prop ? `${prop}: ` : ''}${message}`;
	});
	throw hintedError(
		lines.join('\n'),
		`Check the props where the page uses ${componentName}; the Props interface at the top of the component says what each prop takes.`,
	);
}
