/** Matches ids such as `explain-the-gil`: lowercase letters and digits joined by single hyphens. */
export const KEBAB_CASE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Turns any string into the kebab-case id an author probably meant (`Write Tests` → `write-tests`). */
export function suggestKebabCase(input: string): string {
	const suggestion = input
		.replace(/([a-z0-9])([A-Z])/g, '$1-$2')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	return suggestion || 'my-item-id';
}
