/**
 * Prefixes the site's base path to root-relative links written in Markdown and MDX, so authors can
 * write `[testing](/core/testing/)` and the link still works when the site is served under
 * `/python-backend-roadmap/`. Astro 7 renders Markdown with Sätteri by default (its `hastPlugins`
 * are the rehype plugins of that pipeline); `rehypeBaseLinks` covers the unified pipeline.
 * Frontmatter links (hero actions, prev/next) are rewritten too: here for the link validator,
 * which reads them from the Markdown pipeline, and in base-links-route-middleware.ts for the page.
 */

/** Attributes that hold a URL, by element or component name; `*` applies to every element. */
const URL_ATTRIBUTES: Record<string, string[]> = {
	'*': ['href'],
	img: ['src'],
	source: ['src'],
};

/**
 * `href` with `base` in front when it is root-relative (`/core/testing/`); anything else —
 * external (`https:`, `//host`), relative, fragment-only, or already under `base` — is returned as it is.
 */
export function withBase(href: string, base: string): string {
	const prefix = base.replace(/\/+$/, '');
	if (prefix === '' || !href.startsWith('/') || href.startsWith('//')) return href;
	if (
		href === prefix ||
		href.startsWith(`${prefix}/`) ||
		href.startsWith(`${prefix}#`) ||
		href.startsWith(`${prefix}?`)
	)
		return href;
	return `${prefix}${href}`;
}

/** The URL attributes of an element or MDX component with this name. */
function urlAttributesOf(name: string | null | undefined): string[] {
	return [...URL_ATTRIBUTES['*'], ...(name ? (URL_ATTRIBUTES[name] ?? []) : [])];
}

/** A hast node as far as this plugin needs it (HTML elements and MDX JSX elements). */
interface HastNodeLike {
	type: string;
	tagName?: string;
	name?: string | null;
	properties?: Record<string, unknown>;
	attributes?: { type: string; name?: string; value?: unknown }[];
	children?: HastNodeLike[];
}

/** Rewrites every root-relative URL attribute in a hast tree in place. */
export function rewriteTree(tree: HastNodeLike, base: string): void {
	if (tree.type === 'element' && tree.properties) {
		for (const key of urlAttributesOf(tree.tagName)) {
			const value = tree.properties[key];
			if (typeof value === 'string') tree.properties[key] = withBase(value, base);
		}
	}
	if ((tree.type === 'mdxJsxFlowElement' || tree.type === 'mdxJsxTextElement') && tree.attributes) {
		const keys = urlAttributesOf(tree.name);
		for (const attribute of tree.attributes) {
			if (
				attribute.type === 'mdxJsxAttribute' &&
				keys.includes(attribute.name ?? '') &&
				typeof attribute.value === 'string'
			)
				attribute.value = withBase(attribute.value, base);
		}
	}
	for (const child of tree.children ?? []) rewriteTree(child, base);
}

/** rehype plugin (unified pipeline): `rehypePlugins: [[rehypeBaseLinks, { base: '/python-backend-roadmap/' }]]`. */
export function rehypeBaseLinks({ base }: { base: string }) {
	return (tree: HastNodeLike) => rewriteTree(tree, base);
}

/** Frontmatter fields that hold links Starlight renders without adding the base path. */
export interface FrontmatterLinks {
	hero?: { actions?: { link: string }[] };
	prev?: unknown;
	next?: unknown;
}

/**
 * Rewrites the links in `hero.actions[].link` and `prev.link`/`next.link` of a page's frontmatter
 * in place, and returns it. (Topic pages use `next` for a list of topic ids; only `{ link }` objects change.)
 */
export function frontmatterWithBase<T extends FrontmatterLinks>(frontmatter: T, base: string): T {
	for (const action of frontmatter.hero?.actions ?? []) {
		if (typeof action.link === 'string') action.link = withBase(action.link, base);
	}
	for (const key of ['prev', 'next'] as const) {
		const value = frontmatter[key];
		if (value && typeof value === 'object' && 'link' in value && typeof value.link === 'string') {
			(value as { link: string }).link = withBase(value.link, base);
		}
	}
	return frontmatter;
}

/** The parts of Sätteri's hast visitor context this plugin uses. */
interface SatteriContext {
	setProperty(node: unknown, key: string, value: unknown): void;
	data: { astro?: { frontmatter?: FrontmatterLinks } };
}

/** Sätteri hast plugin (Astro 7's default pipeline), the same rewrite as `rehypeBaseLinks`. */
export function satteriBaseLinks(base: string) {
	const visitElement = (node: HastNodeLike, ctx: SatteriContext) => {
		for (const key of urlAttributesOf(node.tagName)) {
			const value = node.properties?.[key];
			if (typeof value === 'string' && withBase(value, base) !== value)
				ctx.setProperty(node, key, withBase(value, base));
		}
	};
	const visitComponent = (node: HastNodeLike, ctx: SatteriContext) => {
		const keys = urlAttributesOf(node.name);
		for (const attribute of node.attributes ?? []) {
			const { name, value } = attribute;
			if (attribute.type !== 'mdxJsxAttribute' || !name || !keys.includes(name) || typeof value !== 'string') continue;
			if (withBase(value, base) !== value) ctx.setProperty(node, name, withBase(value, base));
		}
	};
	return {
		name: 'pbr-base-links',
		before(_root: unknown, ctx: SatteriContext) {
			const frontmatter = ctx.data.astro?.frontmatter;
			if (frontmatter) frontmatterWithBase(frontmatter, base);
		},
		element: { filter: [], visit: visitElement },
		mdxJsxFlowElement: { filter: [], visit: visitComponent },
		mdxJsxTextElement: { filter: [], visit: visitComponent },
	};
}
