import { AstroError } from 'astro/errors';
import { parse } from 'yaml';
import raw from '../data/job-ad-terms.yaml?raw';
import { JOB_AD_TERMS_FILE, checkJobAdTerms, formatJobAdTermsIssues, jobAdTermsSchema } from '../schemas/job-ad-terms';
import { normaliseTerms, type JobAdTerms } from '../lib/job-ad/match';
import type { Manifest } from '../lib/roadmap';
import { pageUrl } from '../lib/urls';

/** One topic as the job-ad tool needs it. */
export interface JobAdTopic {
	id: string;
	title: string;
	url: string;
	hours: readonly [number, number];
	prerequisites: string[];
	items: { id: string; text: string }[];
}

/** What the job-ad tool fetches on its first use: the terms, and every topic in learning order. */
export interface JobAdData {
	terms: JobAdTerms;
	topics: JobAdTopic[];
}

/** Reads and checks the terms file against the site's topics; any problem fails the build with the file and the fix. */
export function jobAdData(manifest: Manifest, base: string): JobAdData {
	const topics = manifest.levels.flatMap((level) => level.topics);
	let parsed: unknown;
	try {
		parsed = parse(raw);
	} catch (error) {
		throw new AstroError(
			`${JOB_AD_TERMS_FILE} is not valid YAML: ${(error as Error).message.split('\n')[0]}`,
			'Check the indentation around the line named; every topic is a key with a list of terms under it.',
		);
	}
	const result = jobAdTermsSchema.safeParse(parsed);
	const problems = result.success
		? checkJobAdTerms(result.data, new Set(topics.map((topic) => topic.id)))
		: formatJobAdTermsIssues(result.error);
	if (!result.success || problems.length > 0) {
		throw new AstroError(
			`The job-ad terms have ${problems.length} problem(s):\n- ${problems.join('\n- ')}`,
			`Fix them in ${JOB_AD_TERMS_FILE}; the comment at the top of the file explains its shape.`,
		);
	}
	return {
		terms: normaliseTerms(result.data),
		topics: topics.map((topic) => ({
			id: topic.id,
			title: topic.title,
			url: pageUrl(base, topic.id),
			hours: topic.hours,
			prerequisites: topic.prerequisites,
			items: topic.items,
		})),
	};
}
