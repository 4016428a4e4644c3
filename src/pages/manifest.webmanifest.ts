/**
 * `/manifest.webmanifest`: makes the site installable, with `start_url` and `scope` under the base path.
 * Linked from every page's <head> (astro.config.mjs), with a theme colour for each colour scheme there.
 */
import type { APIRoute } from 'astro';
import { APP_ICONS, ICON_BACKGROUND } from '../adapters/app-icons';
import { pageUrl } from '../lib/content/urls';
import { THEME_COLORS } from '../lib/offline/offline';

export const GET: APIRoute = () => {
	const base = pageUrl(import.meta.env.BASE_URL, '');
	const manifest = {
		name: 'Python Backend Roadmap',
		short_name: 'PyBackend',
		description:
			'From “I know some Python” to working as a Python backend engineer, with progress kept on your device.',
		id: base,
		start_url: base,
		scope: base,
		display: 'standalone',
		background_color: ICON_BACKGROUND,
		theme_color: THEME_COLORS.dark,
		icons: Object.entries(APP_ICONS).map(([name, { size, maskable }]) => ({
			src: `${base}icons/${name}.png`,
			sizes: `${size}x${size}`,
			type: 'image/png',
			purpose: maskable ? 'maskable' : 'any',
		})),
	};
	return new Response(JSON.stringify(manifest, null, '\t'), {
		headers: { 'Content-Type': 'application/manifest+json' },
	});
};
