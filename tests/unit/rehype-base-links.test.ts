import { describe, expect, it } from 'vitest';
import { markdownToHtml, mdxToJs } from 'satteri';
import { frontmatterWithBase, rehypeBaseLinks, satteriBaseLinks, withBase } from '../../src/plugins/rehype-base-links';

const BASE = '/python-backend-roadmap/';

describe('withBase', () => {
	it.each([
		['/core/testing/', BASE, '/python-backend-roadmap/core/testing/'],
		['/core/testing/#fixtures', BASE, '/python-backend-roadmap/core/testing/#fixtures'],
		['/', BASE, '/python-backend-roadmap/'],
		['/og-image.png', '/python-backend-roadmap', '/python-backend-roadmap/og-image.png'],
		['/core/testing/', '/', '/core/testing/'],
		['/python-backend-roadmap/core/testing/', BASE, '/python-backend-roadmap/core/testing/'],
		['/python-backend-roadmap', BASE, '/python-backend-roadmap'],
		['/python-backend-roadmap-2/', BASE, '/python-backend-roadmap/python-backend-roadmap-2/'],
		['https://docs.python.org/3/', BASE, 'https://docs.python.org/3/'],
		['//cdn.example.org/x.js', BASE, '//cdn.example.org/x.js'],
		['#key-ideas', BASE, '#key-ideas'],
		['../testing/', BASE, '../testing/'],
		['mailto:team@example.org', BASE, 'mailto:team@example.org'],
	])('%s under %s → %s', (href, base, expected) => expect(withBase(href, base)).toBe(expected));
});

describe('rehypeBaseLinks (unified pipeline)', () => {
	it('rewrites links, images and MDX component hrefs in a hast tree', () => {
		const tree = {
			type: 'root',
			children: [
				{ type: 'element', tagName: 'a', properties: { href: '/core/testing/' }, children: [] },
				{ type: 'element', tagName: 'img', properties: { src: '/og-image.png' }, children: [] },
				{ type: 'element', tagName: 'a', properties: { href: 'https://example.org/' }, children: [] },
				{
					type: 'mdxJsxFlowElement',
					name: 'LinkCard',
					attributes: [
						{ type: 'mdxJsxAttribute', name: 'title', value: '/not-a-url-attribute' },
						{ type: 'mdxJsxAttribute', name: 'href', value: '/roadmap/' },
					],
					children: [],
				},
			],
		};
		rehypeBaseLinks({ base: BASE })(tree);
		expect(tree.children.map((node) => ('properties' in node ? node.properties : node.attributes))).toEqual([
			{ href: '/python-backend-roadmap/core/testing/' },
			{ src: '/python-backend-roadmap/og-image.png' },
			{ href: 'https://example.org/' },
			[
				{ type: 'mdxJsxAttribute', name: 'title', value: '/not-a-url-attribute' },
				{ type: 'mdxJsxAttribute', name: 'href', value: '/python-backend-roadmap/roadmap/' },
			],
		]);
	});
});

describe('satteriBaseLinks (Astro 7 default pipeline)', () => {
	const hastPlugins = [satteriBaseLinks(BASE)];

	it('prefixes root-relative Markdown links and images, leaving the rest alone', () => {
		const { html } = markdownToHtml('[t](/core/testing/) [e](https://x.org/) [h](#why) ![i](/og-image.png)', {
			hastPlugins,
		});
		expect(html).toContain('href="/python-backend-roadmap/core/testing/"');
		expect(html).toContain('href="https://x.org/"');
		expect(html).toContain('href="#why"');
		expect(html).toContain('src="/python-backend-roadmap/og-image.png"');
	});

	it('prefixes href props of components and raw anchors in MDX', () => {
		const { code } = mdxToJs('<LinkCard title="Map" href="/roadmap/" />\n\n<a href="/progress/">progress</a>\n', {
			hastPlugins,
		});
		expect(code).toContain('href: "/python-backend-roadmap/roadmap/"');
		expect(code).toContain('href: "/python-backend-roadmap/progress/"');
		expect(code).toContain('title: "Map"');
	});

	it('changes nothing when the site is served at /', () => {
		const { html } = markdownToHtml('[t](/core/testing/)', { hastPlugins: [satteriBaseLinks('/')] });
		expect(html).toContain('href="/core/testing/"');
	});
});

describe('frontmatterWithBase', () => {
	it('rewrites hero actions and prev/next links, not topic ids in `next`', () => {
		const frontmatter = {
			hero: { actions: [{ link: '/roadmap/' }, { link: 'https://github.com/' }] },
			prev: { link: '/core/', label: 'Core' },
			next: ['core/testing'],
		};
		expect(frontmatterWithBase(frontmatter, BASE)).toEqual({
			hero: { actions: [{ link: '/python-backend-roadmap/roadmap/' }, { link: 'https://github.com/' }] },
			prev: { link: '/python-backend-roadmap/core/', label: 'Core' },
			next: ['core/testing'],
		});
	});
});
