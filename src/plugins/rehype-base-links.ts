/**
 * Prefixes the site's base path to root-relative links written in Markdown and MDX, so authors can
 * write `[testing](/core/testing/)` and the link still works when the site is served under
 * `/python-backend-roadmap/`. Astro 7 renders Markdown with Sätteri by default (its `hastPlugins`
 * are the rehype plugins of that pipeline); `rehypeBaseLinks` covers the unified pipeline.
 */
import type { AstroIntegration } from 'astro';

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
	if (href === prefix || href.startsWith(`${prefix}/`) || href.startsWith(`${prefix}#`) || href.startsWith(`${prefix}?`))
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
			if (attribute.type === 'mdxJsxAttribute' && keys.includes(attribute.name ?? '') && typeof attribute.value === 'string')
				attribute.value = withBase(attribute.value, base);
		}
	}
	for (const child of tree.children ?? []) rewriteTree(child, base);
}

/** rehype plugin (unified pipeline): `rehypePlugins: [[rehypeBaseLinks, { base: '/python-backend-roadmap/' }]]`. */
export function rehypeBaseLinks({ base }: { base: string }) {
	return (tree: HastNodeLike) => rewriteTree(tree, base);
}

/** The parts of Sätteri's hast visitor context this plugin uses. */
interface SatteriContext {
	setProperty(node: unknown, key: string, value: unknown): void;
}

/** Sätteri hast plugin (Astro 7's default pipeline), the same rewrite as `rehypeBaseLinks`. */
export function satteriBaseLinks(base: string) {
	const visitElement = (node: HastNodeLike, ctx: SatteriContext) => {
		for (const key of urlAttributesOf(node.tagName)) {
			const value = node.properties?.[key];
			if (typeof value === 'string' && withBase(value, base) !== value) ctx.setProperty(node, key, withBase(value, base));
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
		element: { filter: [], visit: visitElement },
		mdxJsxFlowElement: { filter: [], visit: visitComponent },
		mdxJsxTextElement: { filter: [], visit: visitComponent },
	};
}

/** The Markdown processor object of Astro's config (`markdown.processor`). */
interface MarkdownProcessorLike {
	name: string;
	options: { hastPlugins?: unknown[]; rehypePlugins?: unknown[] };
}

/**
 * Astro integration that adds the base-path rewrite to whichever Markdown processor is configured
 * (MDX uses the same one). List it before Starlight so the link validator sees the final links.
 */
export function baseLinks(): AstroIntegration {
	return {
		name: 'pbr:base-links',
		hooks: {
			'astro:config:setup': ({ config, logger }) => {
				if (config.base === '/' || config.base === '') return;
				const processor = config.markdown.processor as MarkdownProcessorLike;
				if (processor.name === 'satteri' && processor.options.hastPlugins) {
					processor.options.hastPlugins.unshift(satteriBaseLinks(config.base));
				} else if (processor.name === 'unified' && processor.options.rehypePlugins) {
					processor.options.rehypePlugins.unshift([rehypeBaseLinks, { base: config.base }]);
				} else {
					throw new Error(
						`pbr:base-links: the '${processor.name}' Markdown processor is not supported; root-relative links in content would miss the base path ${config.base}`,
					);
				}
				logger.info(`Root-relative links in content get the base path ${config.base}`);
			},
		},
	};
}
