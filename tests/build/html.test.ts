import { createRequire } from 'node:module';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST, readPage } from '../support/dist';

const pages = builtPages();
const config = createRequire(import.meta.url)('../../.htmlvalidate.cjs');
const validator = new HtmlValidate(new FileSystemConfigLoader(config));

describe('the built HTML', () => {
	it.each(pages)('%s is valid HTML', async (page) => {
		const report = await validator.validateFile(join(DIST, page));
		const errors = report.results.flatMap((result) =>
			result.messages.map(
				(message) => `${page}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`,
			),
		);
		expect(errors).toEqual([]);
	});

	it('opens no link in a new tab without rel="noopener noreferrer"', () => {
		const unsafe = pages.flatMap((page) =>
			[...readPage(page).matchAll(/<a\b[^>]*target="_blank"[^>]*>/g)]
				.map((match) => match[0])
				.filter((tag) => !/rel="[^"]*noopener[^"]*"/.test(tag) || !/rel="[^"]*noreferrer[^"]*"/.test(tag))
				.map((tag) => `${page}: ${tag}`),
		);
		expect(unsafe).toEqual([]);
	});

	it('loads nothing over plain http (no mixed content)', () => {
		const insecure = pages.flatMap((page) =>
			[
				...readPage(page).matchAll(/<(?:script|link|img|iframe|source|video|audio)\b[^>]*(?:src|href)="(http:[^"]*)"/g),
			].map((match) => `${page}: ${match[1]}`),
		);
		expect(insecure).toEqual([]);
	});

	it('gives every page a Content-Security-Policy without unsafe-inline scripts', () => {
		const missing = pages.filter((page) => {
			const csp = readPage(page).match(/http-equiv="content-security-policy" content="([^"]*)"/)?.[1];
			const scriptSrc = csp?.split(';').find((directive) => directive.trim().startsWith('script-src'));
			return !scriptSrc || scriptSrc.includes("'unsafe-inline'");
		});
		expect(missing).toEqual([]);
	});
});
