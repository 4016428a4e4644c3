import { getCollection } from 'astro:content';
import { buildManifest, type Manifest } from '../lib/roadmap/roadmap';

let cached: Promise<Manifest> | undefined;

/** The roadmap manifest, built once per build from the docs collection. */
export function getManifest(): Promise<Manifest> {
	cached ??= getCollection('docs').then((entries) => buildManifest(entries));
	return cached;
}

/** Renamed ids as `old:new old:new`, for the browser scripts. */
export function serializeAliases(manifest: Manifest): string {
	return [...manifest.aliases].map(([oldId, newId]) => `${oldId}:${newId}`).join(' ');
}
