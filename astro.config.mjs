// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { cspInlineHashes } from './src/integrations/csp-inline-hashes';
import { pyodideRuntime } from './src/integrations/pyodide-runtime';
import { chunkOrigins } from './src/integrations/chunk-origins';
import { serviceWorker } from './src/integrations/service-worker';
import { THEME_COLORS } from './src/lib/offline/offline';
import { REPOSITORY_URL, repositoryFileUrl } from './src/lib/content/repository';
import starlightLinksValidator from 'starlight-links-validator';
import starlightLlmsTxt from 'starlight-llms-txt';
import { starlightBaseLinks } from './src/plugins/starlight-base-links';

/** Public URL of the deployed site; override with SITE_URL when publishing elsewhere. */
const site = process.env.SITE_URL ?? 'https://python-backend-roadmap.github.io';
/** Sub-path the site is served under, e.g. `/python-backend-roadmap/`; `/` by default. */
const base = process.env.BASE_PATH ?? '/';
/** The base path with a trailing slash, for links to files at the site's root. */
const root = base.replace(/\/?$/, '/');
/** Absolute URL of the 1200×630 social preview image in public/. */
const socialImage = new URL(`${root}og-image.png`, site).href;

/** A sidebar group listing one content directory in `sidebar.order`. */
const level = (/** @type {string} */ label, /** @type {string} */ directory) => ({
	label,
	items: [{ autogenerate: { directory } }],
});

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	// The Run buttons' Python worker is an ES module (it imports Pyodide from this origin on demand).
	vite: { worker: { format: 'es' } },
	security: {
		// Scripts only from this origin or hashed; no 'unsafe-inline' for scripts. Pagefind needs WebAssembly.
		// Style attributes (Expressive Code's token colours) need 'unsafe-inline' for attributes only.
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
			styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
		},
	},
	integrations: [
		starlight({
			title: 'Python Backend Roadmap',
			description:
				'A free, searchable roadmap from “I know some Python” to working as a Python backend engineer, with progress kept in your browser.',
			social: [
				{
					icon: 'github',
					label: 'GitHub',
					href: REPOSITORY_URL,
				},
			],
			editLink: {
				baseUrl: repositoryFileUrl('', 'edit'),
			},
			lastUpdated: true,
			head: [
				{ tag: 'meta', attrs: { property: 'og:image', content: socialImage } },
				{ tag: 'meta', attrs: { property: 'og:image:width', content: '1200' } },
				{ tag: 'meta', attrs: { property: 'og:image:height', content: '630' } },
				{
					tag: 'meta',
					attrs: { property: 'og:image:alt', content: 'Python Backend Roadmap: foundations, core skills, advanced' },
				},
				{ tag: 'meta', attrs: { name: 'twitter:image', content: socialImage } },
				// Installable: the web app manifest, the icon iOS uses, and the browser chrome's colour per scheme.
				{ tag: 'link', attrs: { rel: 'manifest', href: `${root}manifest.webmanifest` } },
				{ tag: 'link', attrs: { rel: 'apple-touch-icon', href: `${root}icons/icon-192.png` } },
				{
					tag: 'meta',
					attrs: { name: 'theme-color', media: '(prefers-color-scheme: light)', content: THEME_COLORS.light },
				},
				{
					tag: 'meta',
					attrs: { name: 'theme-color', media: '(prefers-color-scheme: dark)', content: THEME_COLORS.dark },
				},
			],
			plugins: [
				// Under BASE_PATH, root-relative links in content get the base path (before they are validated).
				starlightBaseLinks(),
				// A broken internal link or heading anchor in content fails the build with the file and the link.
				starlightLinksValidator({
					// /contributing/ renders CONTRIBUTING.md, whose headings the validator does not see; skip its own anchors.
					exclude: ({ slug, link }) => slug.endsWith('contributing') && link.startsWith('#'),
				}),
				// Raw MDX bodies: rendering pages outside Starlight's route (as the plugin does) breaks <Checklist />.
				starlightLlmsTxt({ projectName: 'Python Backend Roadmap', rawContent: true }),
			],
			// Long lines wrap (indent kept) instead of scrolling sideways: easier on phones, and no scrollable
			// regions that Expressive Code only makes keyboard-focusable after an idle callback.
			expressiveCode: { defaultProps: { wrap: true } },
			customCss: ['./src/styles/custom.css'],
			components: {
				MarkdownContent: './src/components/overrides/MarkdownContent.astro',
				Head: './src/components/overrides/Head.astro',
				Sidebar: './src/components/overrides/Sidebar.astro',
				// Starlight's theme scripts with storage access that cannot throw (disabled, full or corrupted storage).
				ThemeProvider: './src/components/overrides/ThemeProvider.astro',
				ThemeSelect: './src/components/overrides/ThemeSelect.astro',
			},
			routeMiddleware: './src/route-middleware.ts',
			sidebar: [
				{
					label: 'Start here',
					items: [
						{ label: 'Home', link: '/' },
						{ label: 'The roadmap', link: '/roadmap/' },
						{ label: 'My progress', link: '/progress/' },
					],
				},
				level('Foundations', 'foundations'),
				level('Core skills', 'core'),
				level('Advanced', 'advanced'),
				level('Career', 'career'),
				level('Compare', 'compare'),
				{
					label: 'Reference',
					items: [
						{ label: 'Runnable examples', link: '/examples/' },
						{ label: 'Contributing', link: '/contributing/' },
					],
				},
			],
		}),
		cspInlineHashes(),
		// The Run buttons' Python runtime, served from this origin (no CDN).
		pyodideRuntime(),
		chunkOrigins(),
		// Last: it precaches pages after the integrations above have finished writing them.
		serviceWorker(),
	],
});
