/** Joins the site's base path and a page id into a URL with a trailing slash, e.g. `/core/testing/`. */
export function pageUrl(base: string, id: string): string {
	const prefix = base.endsWith('/') ? base : `${base}/`;
	const path = id.replace(/^\/+|\/+$/g, '');
	return path === '' ? prefix : `${prefix}${path}/`;
}
