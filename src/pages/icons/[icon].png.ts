/** `/icons/icon-192.png`, `icon-512.png`, `maskable-512.png`: the web app manifest's icons, drawn from the favicon. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { APP_ICONS, appIconPng, type AppIconName } from '../../adapters/app-icons';

export const getStaticPaths = (() =>
	Object.keys(APP_ICONS).map((icon) => ({ params: { icon } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
	new Response(new Uint8Array(await appIconPng(params.icon as AppIconName)), {
		headers: { 'Content-Type': 'image/png' },
	});
