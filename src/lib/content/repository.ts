/** The project's repository, for "edit this page" and links to files; MDX pages spell it out where they link to it. */
export const REPOSITORY_URL = 'https://github.com/python-backend-roadmap/python-backend-roadmap';

/** The address of a file or folder of the repository on its main branch, e.g. `examples/testing/fixtures.py`. */
export function repositoryFileUrl(path: string, kind: 'blob' | 'edit' | 'tree' = 'blob'): string {
	return `${REPOSITORY_URL}/${kind}/main/${path.replace(/^\/+/, '')}`;
}
