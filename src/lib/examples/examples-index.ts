/** Where an example file is shown: the page id and the region, if only part of the file is shown. */
export interface ExampleUse {
	page: string;
	region?: string;
	/** Shown by the page's "Check yourself" questions rather than in its text. */
	inQuestions?: boolean;
}

/** Finds every `<Example file="…" region="…" />` in an MDX source. */
export function findExampleUses(mdx: string): { file: string; region?: string }[] {
	return [...mdx.matchAll(/<Example\b([^>]*?)\/?>/g)].flatMap(([, attributes]) => {
		const file = attributes.match(/\bfile=["']([^"']+)["']/)?.[1];
		const region = attributes.match(/\bregion=["']([^"']+)["']/)?.[1];
		return file ? [{ file, ...(region ? { region } : {}) }] : [];
	});
}

/** The page id of a docs source path such as `/src/content/docs/core/testing.mdx` → `core/testing`. */
export function pageIdOfSource(path: string): string {
	return path
		.replace(/^.*src\/content\/docs\//, '')
		.replace(/\.mdx?$/, '')
		.replace(/(^|\/)index$/, '');
}

/** Maps each example file to the pages that show it, from the MDX sources keyed by path. */
export function indexExampleUses(sources: Record<string, string>): Map<string, ExampleUse[]> {
	const uses = new Map<string, ExampleUse[]>();
	for (const [path, mdx] of Object.entries(sources)) {
		for (const { file, region } of findExampleUses(mdx)) {
			const list = uses.get(file) ?? [];
			list.push({ page: pageIdOfSource(path), ...(region ? { region } : {}) });
			uses.set(file, list);
		}
	}
	return uses;
}

/** Adds the examples that "Check yourself" questions show to `uses` (once per page, with `section: questions`). */
export function addQuestionUses(
	uses: Map<string, ExampleUse[]>,
	pages: readonly { id: string; questions: readonly { example?: string }[] }[],
): Map<string, ExampleUse[]> {
	for (const { id, questions } of pages) {
		for (const example of new Set(questions.flatMap((question) => (question.example ? [question.example] : [])))) {
			const list = uses.get(example) ?? [];
			if (!list.some((use) => use.page === id)) list.push({ page: id, inQuestions: true });
			uses.set(example, list);
		}
	}
	return uses;
}

/** The first line of a Python module docstring, or of a leading `#` comment block, as a summary. */
export function summaryOf(source: string): string | undefined {
	const docstring = source.match(/^\s*(?:#[^\n]*\n\s*)*(?:"""|''')\s*([^\n]*?)\s*(?:\n|"""|''')/);
	if (docstring?.[1]) return docstring[1];
	const comment = source.match(/^(?:#!.*\n)?\s*#\s*(\S[^\n]*)/);
	return comment?.[1];
}
