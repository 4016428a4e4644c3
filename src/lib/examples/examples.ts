/** Marker lines that delimit a named region in an example file: `# region NAME` … `# endregion NAME`. */
const REGION_MARKER = /^\s*(?:#|\/\/|--)\s*(region|endregion)\b\s*(\S*)\s*$/;

/** Removes common leading indentation so a region taken from inside a function reads naturally. */
export function dedent(lines: readonly string[]): string[] {
	const indents = lines.filter((line) => line.trim() !== '').map((line) => line.match(/^ */)![0].length);
	const shared = indents.length > 0 ? Math.min(...indents) : 0;
	return lines.map((line) => line.slice(shared));
}

/**
 * The code to show for an example: the whole file, or one named region of it,
 * with every region marker line removed and surrounding blank lines trimmed.
 * Throws with an author-facing message when the region does not exist.
 */
export function extractExample(source: string, file: string, region?: string): string {
	const lines = source.replace(/\r\n/g, '\n').split('\n');
	let selected: string[];
	if (region === undefined) {
		selected = lines;
	} else {
		const start = lines.findIndex(
			(line) => line.match(REGION_MARKER)?.[1] === 'region' && line.match(REGION_MARKER)?.[2] === region,
		);
		const end = lines.findIndex(
			(line, index) =>
				index > start && line.match(REGION_MARKER)?.[1] === 'endregion' && line.match(REGION_MARKER)?.[2] === region,
		);
		if (start === -1 || end === -1) {
			const names = lines
				.map((line) => line.match(REGION_MARKER))
				.filter((m) => m?.[1] === 'region')
				.map((m) => m![2]);
			throw new Error(
				`<Example file="${file}" region="${region}">: no '# region ${region}' … '# endregion ${region}' pair in examples/${file}; ` +
					(names.length > 0
						? `regions there: ${names.join(', ')}`
						: 'add the two marker lines around the code to show'),
			);
		}
		selected = dedent(lines.slice(start + 1, end));
	}
	const visible = selected.filter((line) => !REGION_MARKER.test(line));
	while (visible.length > 0 && visible[0].trim() === '') visible.shift();
	while (visible.length > 0 && visible[visible.length - 1].trim() === '') visible.pop();
	return visible.join('\n');
}

const LANGUAGES: Record<string, string> = {
	py: 'python',
	sql: 'sql',
	yml: 'yaml',
	yaml: 'yaml',
	toml: 'toml',
	conf: 'nginx',
	sh: 'bash',
	txt: 'text',
	cfg: 'ini',
	ini: 'ini',
	service: 'ini', // systemd unit files use the INI syntax
	md: 'markdown',
	log: 'text',
	json: 'json',
};

/** The syntax-highlighting language for an example file, from its name. */
export function languageOf(file: string): string {
	const name = file.split('/').pop() ?? file;
	if (name === 'Dockerfile' || name.endsWith('.Dockerfile')) return 'dockerfile';
	const extension = name.includes('.') ? name.split('.').pop()! : '';
	return LANGUAGES[extension] ?? 'text';
}
