import { defineRouteMiddleware, type StarlightRouteData } from '@astrojs/starlight/route-data';
import { getManifest } from './adapters/manifest';
import { isTopicEntry } from './lib/content/content-rules';
import { countWidthClass } from './lib/progress/progress';
import { itemIds } from './lib/roadmap/roadmap';
import { CHECK_SECTION, FOOTER_SECTIONS } from './lib/content/topic-footer';
import { pageUrl } from './lib/content/urls';

type SidebarEntry = StarlightRouteData['sidebar'][number];

/**
 * Adds the sections CheckYourself and TopicFooter render to the table of contents, and gives every topic link
 * in the sidebar a "0/7" badge, which the progress script updates in the browser. Only the current page's link
 * carries its item ids (so its badge follows the page's checklist at once); the others' ids are in one cached
 * file (src/adapters/sidebar-items.ts), so a page does not grow with the number of pages.
 */
export const onRequest = defineRouteMiddleware(async (context) => {
	const route = context.locals.starlightRoute;
	if (route.toc && isTopicEntry(route.entry)) {
		for (const section of [CHECK_SECTION, ...FOOTER_SECTIONS]) {
			route.toc.items.push({ depth: 2, slug: section.slug, text: section.text, children: [] });
		}
	}

	const manifest = await getManifest();
	const topicsByHref = new Map(
		manifest.levels
			.flatMap((level) => level.topics)
			.map((topic) => [pageUrl(import.meta.env.BASE_URL, topic.id), topic]),
	);
	const annotate = (entries: SidebarEntry[]) => {
		for (const entry of entries) {
			if (entry.type === 'group') {
				annotate(entry.entries);
				continue;
			}
			const topic = topicsByHref.get(entry.href);
			if (!topic) continue;
			const ids = itemIds(topic);
			if (entry.isCurrent) entry.attrs = { ...entry.attrs, 'data-pbr-items': ids.join(' ') };
			entry.badge = { text: `0/${ids.length}`, variant: 'default', class: `pbr-count ${countWidthClass(ids.length)}` };
		}
	};
	annotate(route.sidebar);
});
