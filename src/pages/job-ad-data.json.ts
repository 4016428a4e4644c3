/**
 * `/job-ad-data.json`: the terms and topics the job-ad tool matches an ad against, fetched only when a reader
 * presses "Find topics" on /career/job-ad-checklist/, so no other page pays for them.
 */
import type { APIRoute } from 'astro';
import { getManifest } from '../adapters/manifest';
import { jobAdData } from '../adapters/job-ad-data';

export const GET: APIRoute = async () =>
	new Response(JSON.stringify(jobAdData(await getManifest(), import.meta.env.BASE_URL)), {
		headers: { 'Content-Type': 'application/json' },
	});
