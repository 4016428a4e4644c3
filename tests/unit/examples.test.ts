import { describe, expect, it } from 'vitest';
import { dedent, extractExample, languageOf } from '../../src/lib/examples/examples';

const source = `"""Demo."""
import os


# region greet
def greet(name: str) -> str:
    return f"Hello, {name}"
# endregion greet


def main() -> None:
    # region call
    print(greet(os.environ.get("USER", "you")))
    # endregion call
`;

describe('extractExample', () => {
	it('shows the whole file without region markers', () => {
		const code = extractExample(source, 'demo.py');
		expect(code).not.toMatch(/region/);
		expect(code.startsWith('"""Demo."""')).toBe(true);
		expect(code.endsWith('print(greet(os.environ.get("USER", "you")))')).toBe(true);
	});

	it('shows one region, dedented', () => {
		expect(extractExample(source, 'demo.py', 'call')).toBe('print(greet(os.environ.get("USER", "you")))');
		expect(extractExample(source, 'demo.py', 'greet')).toBe(
			'def greet(name: str) -> str:\n    return f"Hello, {name}"',
		);
	});

	it('names the file and the regions that exist when a region is missing', () => {
		expect(() => extractExample(source, 'demo.py', 'nope')).toThrow(
			/<Example file="demo.py" region="nope">.*examples\/demo\.py; regions there: greet, call/,
		);
	});
});

describe('dedent', () => {
	it('keeps relative indentation and ignores blank lines', () => {
		expect(dedent(['    a', '', '      b'])).toEqual(['a', '', '  b']);
	});
});

describe('languageOf', () => {
	it.each([
		['fastapi/fastapi_crud.py', 'python'],
		['docker/Dockerfile', 'dockerfile'],
		['docker/compose.yaml', 'yaml'],
		['ci_cd/github-actions-ci.yml', 'yaml'],
		['deployment/nginx.conf', 'nginx'],
		['sql_databases/schema.sql', 'sql'],
		['command_line/find_slow_requests.sh', 'bash'],
		['packaging/pyproject.toml', 'toml'],
		['deployment/app.service', 'ini'],
		['notes/README', 'text'],
	])('%s → %s', (file, language) => expect(languageOf(file)).toBe(language));
});
