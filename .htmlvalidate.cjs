/** html-validate settings that fit Starlight's and Expressive Code's output; used by tests/build/html.test.ts. */
module.exports = {
	extends: ['html-validate:standard'],
	elements: [
		'html5',
		{
			// Our checklist island: a block-level custom element.
			'pbr-checklist': { flow: true, phrasing: false },
			// Expressive Code renders each code line as a <div> inside <code>, and its copy button wraps a <div>.
			// Both are upstream markup that browsers handle; allow exactly those two nestings.
			code: { permittedContent: ['@phrasing', 'div'] },
			button: { permittedContent: ['@phrasing', 'div'] },
		},
	],
	rules: {
		// Astro writes void elements as <meta />; either style is valid HTML.
		'void-style': 'off',
		// Expressive Code colours tokens with style attributes; the CSP allows attribute styles only.
		'no-inline-style': 'off',
		// Starlight's "Overview" heading target is id="_top".
		'valid-id': ['error', { relaxed: true }],
		// role="list" on styled lists keeps list semantics in Safari/VoiceOver.
		'no-redundant-role': 'off',
	},
};
