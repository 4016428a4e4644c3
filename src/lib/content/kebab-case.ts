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

/** Names that could reach an object's prototype if used as keys; never valid item ids. */
const RESERVED = new Set(['__proto__', 'constructor', 'prototype', 'hasownproperty', 'tostring', 'valueof']);

/** Whether a string can be a checklist item id: kebab-case and not a reserved object key. */
export function isItemId(id: string): boolean {
	return KEBAB_CASE.test(id) && !RESERVED.has(id.toLowerCase());
}
