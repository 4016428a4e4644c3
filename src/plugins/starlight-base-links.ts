import { fileURLToPath } from 'node:url';
import type { StarlightPlugin } from '@astrojs/starlight/types';
import { rehypeBaseLinks, satteriBaseLinks } from './rehype-base-links';

/** The Markdown processor object of Astro's config (`markdown.processor`). */
interface MarkdownProcessorLike {
	name: string;
	options: { hastPlugins?: unknown[]; rehypePlugins?: unknown[] };
}

/**
 * Starlight plugin: under a base path, root-relative links in content (Markdown, MDX components,
 * hero actions) get the base path. List it before starlight-links-validator so that the validator
 * checks the links as they are published.
 */
export function starlightBaseLinks(): StarlightPlugin {
	return {
		name: 'pbr-base-links',
		hooks: {
			'config:setup'({ astroConfig, addIntegration, addRouteMiddleware, logger }) {
				const { base } = astroConfig;
				if (base === '/' || base === '') return;
				addRouteMiddleware({
					entrypoint: fileURLToPath(new URL('./src/plugins/base-links-route-middleware.ts', astroConfig.root)),
					order: 'pre',
				});
				addIntegration({
					name: 'pbr:base-links',
					hooks: {
						'astro:config:setup': ({ config }) => {
							// MDX uses this same processor, so one registration covers .md and .mdx.
							const processor = config.markdown.processor as MarkdownProcessorLike;
							if (processor.name === 'satteri' && processor.options.hastPlugins) {
								processor.options.hastPlugins.unshift(satteriBaseLinks(base));
							} else if (processor.name === 'unified' && processor.options.rehypePlugins) {
								processor.options.rehypePlugins.unshift([rehypeBaseLinks, { base }]);
							} else {
								throw new Error(
									`pbr-base-links: the '${processor.name}' Markdown processor is not supported; root-relative links in content would miss the base path ${base}`,
								);
							}
						},
					},
				});
				logger.info(`Root-relative links in content get the base path ${base}`);
			},
		},
	};
}
