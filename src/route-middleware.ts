import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { isTopicEntry } from './lib/content-rules';
import { FOOTER_SECTIONS } from './lib/topic-footer';

/** Adds the sections that TopicFooter renders from frontmatter to the page's table of contents. */
export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	if (!route.toc || !isTopicEntry(route.entry)) return;
	for (const section of FOOTER_SECTIONS) {
		route.toc.items.push({ depth: 2, slug: section.slug, text: section.text, children: [] });
	}
});
