// One test names a misspelt prop on purpose.
// cspell:ignore flie
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { describeValue, friendlyProps } from '../../src/lib/content/friendly-props';

const props = z.strictObject({
	file: z.string(),
	region: z.string().optional(),
	show: z.enum(['label', 'version']).default('label'),
	hours: z.number().min(1, { error: 'hours must be at least 1' }).optional(),
});

/** The error friendlyProps throws. */
function thrown(value: unknown, page?: string): { message: string; hint?: string } {
	try {
		friendlyProps(props, value, '<Example>', page);
	} catch (error) {
		return error as { message: string; hint?: string };
	}
	throw new Error('expected friendlyProps to throw');
}

describe('friendlyProps', () => {
	it('returns the parsed props, defaults filled in', () => {
		expect(friendlyProps(props, { file: 'a.py' }, '<Example>')).toEqual({ file: 'a.py', show: 'label' });
	});

	it('names the component and the missing prop', () => {
		expect(thrown({}).message).toBe('<Example>: file: is missing; pass it as a string');
	});

	it('says what a prop of the wrong type got', () => {
		expect(thrown({ file: 3 }).message).toBe('<Example>: file: must be a string, not the number 3');
	});

	it('lists the allowed values of an enum prop', () => {
		expect(thrown({ file: 'a.py', show: 'colour' }).message).toBe(
			"<Example>: show: the text 'colour' is not allowed; write one of: label, version",
		);
	});

	it('keeps the schema’s own messages', () => {
		expect(thrown({ file: 'a.py', hours: 0 }).message).toBe('<Example>: hours: hours must be at least 1');
	});

	it('names an unknown prop', () => {
		expect(thrown({ file: 'a.py', flie: 'b.py' }).message).toBe(
			'<Example>: flie is not a prop; check the spelling or remove it',
		);
	});

	it('puts one line per problem, each with the page when given, and a hint', () => {
		const error = thrown({ file: 1, show: 'x' }, 'src/content/docs/core/testing.mdx');
		expect(error.message.split('\n')).toEqual([
			'src/content/docs/core/testing.mdx: <Example>: file: must be a string, not the number 1',
			"src/content/docs/core/testing.mdx: <Example>: show: the text 'x' is not allowed; write one of: label, version",
		]);
		expect(error.hint).toContain('Props interface');
	});
});

describe('describeValue', () => {
	it.each<[unknown, string]>([
		[undefined, 'nothing'],
		[null, 'nothing'],
		[[1], 'a list'],
		['x', "the text 'x'"],
		[true, 'the boolean true'],
		[{}, 'an object'],
		[() => 1, 'a function'],
	])('%j → %s', (value, expected) => expect(describeValue(value)).toBe(expected));
});
