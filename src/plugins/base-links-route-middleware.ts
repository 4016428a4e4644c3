import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { frontmatterWithBase } from './rehype-base-links';

/** Starlight renders hero action and prev/next links as written; give them the base path. */
export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	const { hero, prev, next } = route.entry.data;
	const hasLinkObject = (value: unknown) => typeof value === 'object' && value !== null && 'link' in value;
	if (!hero?.actions.length && !hasLinkObject(prev) && !hasLinkObject(next)) return;
	// Rewrite a copy: the entry's data is shared by every render of the page.
	const data = {
		...route.entry.data,
		hero: hero && { ...hero, actions: hero.actions.map((action) => ({ ...action })) },
	};
	if (hasLinkObject(prev)) data.prev = { ...(prev as object) } as typeof prev;
	if (hasLinkObject(next)) data.next = { ...(next as object) } as typeof next;
	route.entry = { ...route.entry, data: frontmatterWithBase(data, import.meta.env.BASE_URL) };
});
