import { deflateRawSync } from 'node:zlib';
import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import type { Progress } from '../../src/lib/progress/progress';
import {
	MAX_TRANSFER_CHARS,
	TRANSFER_PREFIX,
	decodeTransfer,
	encodeTransfer,
	idListHash,
	isTransferFragment,
} from '../../src/lib/progress/transfer-link';
import { topicSources } from '../support/content';

const NOW = new Date('2026-12-04T10:00:00.000Z');
const LATER = new Date('2026-12-05T10:00:00.000Z');
/** Every checklist item id on the site, as the build's manifest has them. */
const SITE_IDS = topicSources().flatMap((topic) => topic.checklist.map((item) => item.id));
/** The deployed /progress/ page the link points to (astro.config.mjs's default site, no base path). */
const PAGE = 'https://python-backend-roadmap.github.io/progress/';

const ticks = (ids: readonly string[], at = NOW.toISOString()): Progress =>
	new Map(ids.map((id) => [id, { done: true, at }]));
/** `count` ids spread over the whole site (every n-th), as a reader's ticks are. */
const spread = (count: number) =>
	SITE_IDS.filter((_, index) => index % Math.floor(SITE_IDS.length / count) === 0).slice(0, count);
const base64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
const fragmentOf = (payload: Uint8Array) => `${TRANSFER_PREFIX}1.${base64url(deflateRawSync(payload))}`;

describe('transfer links', () => {
	it('are found in a location’s fragment', () => {
		expect(isTransferFragment('#transfer=1.abc')).toBe(true);
		expect(isTransferFragment('#overall')).toBe(false);
		expect(isTransferFragment('')).toBe(false);
	});

	it.each([0, 1, 50, SITE_IDS.length])('carry %i ticks there and back, dated when the link was made', async (count) => {
		const ticked = spread(count);
		const progress = ticks(ticked, '2026-01-01T00:00:00.000Z');
		progress.set(SITE_IDS.at(-1)!, { done: false, at: NOW.toISOString() });
		const fragment = await encodeTransfer(progress, SITE_IDS, NOW);
		const result = await decodeTransfer(`#${fragment}`, [...SITE_IDS].reverse(), LATER);
		expect(result).toEqual({ ok: true, progress: ticks(ticked.filter((id) => id !== SITE_IDS.at(-1))), madeAt: NOW });
	});

	it('keep ticks of items the site no longer has aside, as an import does', async () => {
		const fragment = await encodeTransfer(ticks([SITE_IDS[0], 'removed-item']), SITE_IDS, NOW);
		const result = await decodeTransfer(fragment, SITE_IDS, LATER);
		expect(result.ok && [...result.progress.keys()].sort()).toEqual([SITE_IDS[0], 'removed-item'].sort());
	});

	it('never date ticks later than the device that opens them (a clock that runs ahead)', async () => {
		const fragment = await encodeTransfer(ticks([SITE_IDS[0]]), SITE_IDS, LATER);
		const result = await decodeTransfer(fragment, SITE_IDS, NOW);
		expect(result.ok && result.progress.get(SITE_IDS[0])?.at).toBe(NOW.toISOString());
	});

	it('list the ids when the site’s checklists changed, or refuse a bitset made over other ids', async () => {
		const few = await encodeTransfer(ticks(spread(1)), SITE_IDS, NOW);
		const changed = [...SITE_IDS, 'a-new-item'];
		expect((await decodeTransfer(few, changed, NOW)).ok).toBe(true);
		const many = await encodeTransfer(ticks(spread(100)), SITE_IDS, NOW);
		expect(await decodeTransfer(many, changed, NOW)).toEqual({
			ok: false,
			message: expect.stringMatching(/another version of the site’s checklists/),
		});
		expect(idListHash(changed)).not.toBe(idListHash(SITE_IDS));
	});

	it.each([
		['a future version', 'transfer=2.AAAA', /newer version of the site/],
		['version 0', 'transfer=0.AAAA', /not supported/],
		['another fragment', 'overall', /not a transfer link/],
		['no data', 'transfer=1.', /damaged or incomplete/],
		['characters base64url never has', 'transfer=1.<img src=x>', /damaged or incomplete/],
		['random data', 'transfer=1.q83vd8N_W2Y', /damaged or incomplete/],
		['a huge link', `transfer=1.${'A'.repeat(MAX_TRANSFER_CHARS)}`, /at most 8192/],
		['a deflate bomb', fragmentOf(new Uint8Array(2_000_000)), /far more than any progress/],
		['an unknown kind', fragmentOf(Uint8Array.of(9, 0, 0, 0, 0)), /damaged/],
		['a short payload', fragmentOf(Uint8Array.of(2, 0)), /damaged/],
		['HTML as an id', fragmentOf(new Uint8Array([2, 0, 0, 0, 0, ...Buffer.from('<b>x</b>')])), /never uses/],
		['a __proto__ id', fragmentOf(new Uint8Array([2, 0, 0, 0, 0, ...Buffer.from('__proto__')])), /never uses/],
	])('refuse %s with a message', async (_name, fragment, message) => {
		const result = await decodeTransfer(fragment, SITE_IDS, NOW);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.message).toMatch(message);
	});

	it('refuse a link cut short (copied or typed in part)', async () => {
		const fragment = await encodeTransfer(ticks(spread(50)), SITE_IDS, NOW);
		for (const cut of [fragment.length - 1, fragment.length - 5, Math.floor(fragment.length / 2)]) {
			const result = await decodeTransfer(fragment.slice(0, cut), SITE_IDS, NOW);
			// A cut can fall where the remaining bytes still inflate: then what is left must be a subset, never more.
			if (result.ok) for (const id of result.progress.keys()) expect(spread(50)).toContain(id);
			else expect(result.message).toMatch(/damaged or incomplete|never uses/);
		}
	});
});

/**
 * The numbers the issue asks for. A phone camera reads QR codes up to about version 25 easily (117×117 modules);
 * the limits below keep the full roadmap far inside that, at error correction M.
 */
describe('link length and QR code size', () => {
	const measure = async (count: number) => {
		const url = `${PAGE}#${await encodeTransfer(ticks(spread(count)), SITE_IDS, NOW)}`;
		return {
			count,
			length: url.length,
			qrL: encode(url, { ecc: 'L' }).version,
			qrM: encode(url, { ecc: 'M' }).version,
		};
	};

	it('stays short and scannable for 0, 50 and every item ticked', async () => {
		expect(SITE_IDS.length).toBeGreaterThanOrEqual(300);
		const figures = await Promise.all([0, 50, 309, SITE_IDS.length].map(measure));
		console.log(
			[
				`Transfer link for ${SITE_IDS.length} items on the site (${PAGE}):`,
				...figures.map((f) => `  ${f.count} ticked: ${f.length} characters, QR version ${f.qrL} (L) / ${f.qrM} (M)`),
			].join('\n'),
		);
		for (const figure of figures) {
			expect(figure.length, `${figure.count} ticked`).toBeLessThanOrEqual(200);
			expect(figure.qrM, `${figure.count} ticked`).toBeLessThanOrEqual(10);
		}
	});
});
