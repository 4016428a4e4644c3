import { describe, expect, it } from 'vitest';
import { completeCspMeta, inlineBodies, sha256Source } from '../../src/lib/node/csp';

const page = (csp: string, body: string) =>
	`<html><head><meta http-equiv="content-security-policy" content="${csp}"></head><body>${body}</body></html>`;

describe('completeCspMeta', () => {
	it('adds the hash of an is:inline script that Astro left out', () => {
		const html = page("script-src 'self' 'sha256-abc='; style-src 'self'", '<script>window.theme = "dark";</script>');
		const csp = completeCspMeta(html).match(/content="([^"]*)"/)![1];
		expect(csp).toBe(`script-src 'self' 'sha256-abc=' '${sha256Source('window.theme = "dark";')}'; style-src 'self'`);
	});

	it('hashes inline styles into style-src and ignores external and JSON scripts', () => {
		const html = page(
			"script-src 'self'; style-src 'self'",
			'<script src="/a.js"></script><script type="application/ld+json">{}</script><style>p{color:red}</style>',
		);
		const csp = completeCspMeta(html).match(/content="([^"]*)"/)![1];
		expect(csp).toBe(`script-src 'self'; style-src 'self' '${sha256Source('p{color:red}')}'`);
	});

	it('does not add a hash twice and leaves pages without a policy alone', () => {
		const once = completeCspMeta(page("script-src 'self'", '<script>a()</script>'));
		expect(completeCspMeta(once)).toBe(once);
		expect(completeCspMeta('<p>no policy</p>')).toBe('<p>no policy</p>');
	});
});

describe('inlineBodies', () => {
	it('finds module and classic inline scripts', () => {
		expect(inlineBodies('<script type="module">a()</script><script>b()</script>').scripts).toEqual(['a()', 'b()']);
	});
});
