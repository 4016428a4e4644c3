import { createHash } from 'node:crypto';

/** The `sha256-…` source expression for an inline script or style body. */
export function sha256Source(body: string): string {
	return `sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}`;
}

const META = /<meta http-equiv="content-security-policy" content="([^"]*)"\s*\/?>/i;

/** Inline `<script>` (without `src`, not JSON data) and `<style>` bodies of a page. */
export function inlineBodies(html: string): { scripts: string[]; styles: string[] } {
	const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
		.filter(([, attributes]) => !/\bsrc=/i.test(attributes) && !/type="application\/(ld\+)?json"/i.test(attributes))
		.map(([, , body]) => body);
	const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map(([, body]) => body);
	return { scripts, styles };
}

/**
 * Adds the hashes of every inline script and style on a page to its CSP `<meta>` tag.
 * Astro hashes what it bundles but skips `is:inline` scripts, which Starlight uses to set the
 * theme and restore the sidebar before first paint. Returns the page unchanged if it has no CSP meta.
 */
export function completeCspMeta(html: string): string {
	const match = html.match(META);
	if (!match) return html;
	const { scripts, styles } = inlineBodies(html);
	const directives = match[1]
		.split(';')
		.map((directive) => directive.trim())
		.filter(Boolean);
	const extend = (name: string, bodies: string[]) => {
		const index = directives.findIndex((directive) => directive.split(/\s+/)[0] === name);
		if (index === -1 || bodies.length === 0) return;
		const sources = new Set(directives[index].split(/\s+/));
		for (const body of bodies) sources.add(`'${sha256Source(body)}'`);
		directives[index] = [...sources].join(' ');
	};
	extend('script-src', scripts);
	extend('style-src', styles);
	return html.replace(META, `<meta http-equiv="content-security-policy" content="${directives.join('; ')}">`);
}
