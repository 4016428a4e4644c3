/**
 * `/data/items.<hash>.json`: the checklist ids of every topic page, which the sidebar's progress badges read
 * (src/adapters/sidebar-items.ts explains why they are not in the sidebar's HTML).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSidebarItems } from '../../adapters/sidebar-items';

export const getStaticPaths = (async () => {
	const { name, body } = await getSidebarItems();
	return [{ params: { name }, props: { body } }];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
	new Response(props.body as string, { headers: { 'Content-Type': 'application/json' } });
