/**
 * The transfer link: a URL to /progress/ whose fragment (`#transfer=1.…`, which browsers never send to a server)
 * holds the reader's ticks, so progress moves to another device without an account, a server or a file.
 *
 * The fragment is `transfer=<version>.<base64url of deflate-raw(payload)>`. Payload, version 1:
 * - byte 0: kind. 1 = bitset over the site's sorted item ids; 2 = the ticked ids listed, space-separated.
 * - bytes 1–4: when the link was made, in seconds since 1970 (big-endian); the ticks it holds are dated then.
 * - kind 1 then has a 4-byte hash of the sorted id list and a 2-byte count of ids, one bit per id (set = ticked),
 *   and the ticked ids the list does not have (ticks kept for removed items), space-separated.
 *   A bitset is only meaningful against the same id list, so a link made by another version of the site's
 *   checklists is refused with a message rather than read against the wrong ids.
 * - kind 2 is what a link is when listing the ids is about as short (few ticks), and is read by any version.
 * Only ticks travel: the link never unticks anything, and the reader confirms before anything changes.
 * Pure and browser-safe (CompressionStream is in every current browser and in Node).
 */
import { isItemId } from '../content/kebab-case';
import type { Progress } from './progress';
import { MAX_IMPORT_ITEMS } from './progress-transfer';

/** Version of the fragment's format; a link from a newer site is refused with a message, never guessed at. */
export const TRANSFER_VERSION = 1;
/** What the fragment starts with, after `#`. */
export const TRANSFER_PREFIX = 'transfer=';
/** Longest fragment accepted; a link with every item of the site ticked is about 100 characters. */
export const MAX_TRANSFER_CHARS = 8 * 1024;
/** Most bytes a fragment may inflate to, so a small hostile link cannot make the page inflate megabytes. */
const MAX_PAYLOAD_BYTES = 64 * 1024;

/** How many characters longer than the bitset a list may be and still be chosen. */
const LIST_BONUS = 64;
const BITSET = 1;
const LIST = 2;

/** Result of reading a fragment: ticks dated when the link was made, or why the link was refused. */
export type TransferResult = { ok: true; progress: Progress; madeAt: Date } | { ok: false; message: string };

const refuse = (message: string): TransferResult => ({ ok: false, message });

/** A short hash of the id list (FNV-1a, 32 bits): links over the same list carry the same one. */
export function idListHash(sortedIds: readonly string[]): number {
	let hash = 0x811c9dc5;
	for (const char of sortedIds.join('\n')) {
		hash ^= char.charCodeAt(0);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash;
}

/** Whether a location's fragment (`#…`, with or without `#`) is a transfer link. */
export function isTransferFragment(hash: string): boolean {
	return hash.replace(/^#/, '').startsWith(TRANSFER_PREFIX);
}

function toBase64Url(bytes: Uint8Array): string {
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | undefined {
	if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
	const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
	return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/** Runs bytes through a (De)CompressionStream, giving up past `limit` bytes of output. */
async function transform(bytes: Uint8Array, stream: CompressionStream | DecompressionStream, limit = Infinity) {
	const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(stream).getReader();
	const chunks: Uint8Array[] = [];
	let length = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		length += value.length;
		if (length > limit) {
			await reader.cancel();
			return undefined;
		}
		chunks.push(value);
	}
	const out = new Uint8Array(length);
	let offset = 0;
	for (const chunk of chunks) {
		out.set(chunk, offset);
		offset += chunk.length;
	}
	return out;
}

const encoder = new TextEncoder();

/** The fragment (without `#`) for the ticked items of `progress`, over the site's item ids `knownIds`. */
export async function encodeTransfer(progress: Progress, knownIds: Iterable<string>, now: Date): Promise<string> {
	const sorted = [...new Set(knownIds)].sort();
	const known = new Set(sorted);
	const ticked = [...progress.keys()].filter((id) => progress.get(id)!.done).sort();
	const header = (kind: number) => {
		const bytes = new Uint8Array(5);
		bytes[0] = kind;
		new DataView(bytes.buffer).setUint32(1, Math.floor(now.getTime() / 1000));
		return bytes;
	};
	const bits = new Uint8Array(6 + Math.ceil(sorted.length / 8));
	const view = new DataView(bits.buffer);
	view.setUint32(0, idListHash(sorted));
	view.setUint16(4, sorted.length);
	sorted.forEach((id, index) => {
		if (progress.get(id)?.done) bits[6 + (index >> 3)] |= 0x80 >> (index & 7);
	});
	const extra = encoder.encode(ticked.filter((id) => !known.has(id)).join(' '));
	const candidates = [
		[header(BITSET), bits, extra],
		[header(LIST), encoder.encode(ticked.join(' '))],
	].map(async (parts) => {
		const payload = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
		let offset = 0;
		for (const part of parts) {
			payload.set(part, offset);
			offset += part.length;
		}
		return toBase64Url((await transform(payload, new CompressionStream('deflate-raw')))!);
	});
	const [bitset, list] = await Promise.all(candidates);
	// The list reads on any version of the site, so it is worth a few more characters than the bitset.
	return `${TRANSFER_PREFIX}${TRANSFER_VERSION}.${list.length <= bitset.length + LIST_BONUS ? list : bitset}`;
}

/** Space-separated ids, each a valid item id, or undefined. */
function readIds(bytes: Uint8Array): string[] | undefined {
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return undefined;
	}
	const ids = text === '' ? [] : text.split(' ');
	return ids.length <= MAX_IMPORT_ITEMS && ids.every(isItemId) ? ids : undefined;
}

/**
 * Reads a fragment (with or without `#`) against the site's item ids. Anything wrong refuses the whole link
 * with a message for the reader; nothing about it is guessed at. Ticks are dated when the link was made, or
 * `now` if that is later (a link from a device whose clock runs ahead must not win every later change).
 */
export async function decodeTransfer(fragment: string, knownIds: Iterable<string>, now: Date): Promise<TransferResult> {
	const text = fragment.replace(/^#/, '');
	if (text.length > MAX_TRANSFER_CHARS) {
		return refuse(`This link is ${text.length} characters long; a transfer link is at most ${MAX_TRANSFER_CHARS}.`);
	}
	const match = /^transfer=(\d{1,6})\.(.*)$/s.exec(text);
	if (!match) return refuse('This is not a transfer link from this site.');
	const version = Number(match[1]);
	if (version > TRANSFER_VERSION) {
		return refuse('This link comes from a newer version of the site; reload this page and open the link again.');
	}
	if (version !== TRANSFER_VERSION) return refuse('This transfer link’s format is not supported.');
	const damaged = refuse('This link is damaged or incomplete: copy the whole link again, or scan the QR code.');
	const packed = fromBase64Url(match[2]);
	if (!packed || packed.length === 0) return damaged;
	let payload: Uint8Array | undefined;
	try {
		payload = await transform(packed, new DecompressionStream('deflate-raw'), MAX_PAYLOAD_BYTES);
	} catch {
		return damaged;
	}
	if (!payload) return refuse('This link holds far more than any progress on this site, so it was not read.');
	if (payload.length < 5) return damaged;
	const view = new DataView(payload.buffer, payload.byteOffset, payload.byteLength);
	const madeAt = new Date(Math.min(view.getUint32(1) * 1000, now.getTime()));
	const at = madeAt.toISOString();
	const kind = payload[0];
	let ticked: string[] | undefined;
	if (kind === LIST) {
		ticked = readIds(payload.subarray(5));
	} else if (kind === BITSET) {
		if (payload.length < 11) return damaged;
		const sorted = [...new Set(knownIds)].sort();
		if (view.getUint32(5) !== idListHash(sorted) || view.getUint16(9) !== sorted.length) {
			return refuse(
				'This link was made by another version of the site’s checklists. Reload /progress/ on both devices, then make a new link.',
			);
		}
		const end = 11 + Math.ceil(sorted.length / 8);
		if (payload.length < end) return damaged;
		const extra = readIds(payload.subarray(end));
		ticked = extra && [...sorted.filter((_, index) => payload[11 + (index >> 3)] & (0x80 >> (index & 7))), ...extra];
	} else {
		return damaged;
	}
	if (!ticked) return refuse('This link holds an item id that the site never uses, so nothing was read.');
	return { ok: true, progress: new Map(ticked.map((id) => [id, { done: true, at }])), madeAt };
}
