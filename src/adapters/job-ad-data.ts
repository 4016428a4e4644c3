import raw from '../data/job-ad-terms.yaml?raw';
import { JOB_AD_TERMS_FILE, checkJobAdTerms, jobAdTermsSchema, type JobAdTermsFile } from '../schemas/job-ad-terms';
import { normaliseTerms, type JobAdTerms } from '../lib/job-ad/match';
import type { Manifest } from '../lib/roadmap/roadmap';
import { pageUrl } from '../lib/content/urls';
import { dataOrThrow, readYamlData, throwIfProblems, type DataResult } from '../lib/node/yaml-data';

const LABEL = 'the job-ad terms';
const HINT = `Fix them in ${JOB_AD_TERMS_FILE}; the comment at the top of the file explains its shape. For a YAML syntax error, check the indentation around the line named: every topic is a key with a list of terms under it.`;

let termsFile: DataResult<JobAdTermsFile> | undefined;

/** The terms file, parsed and checked against its schema once per build (the module reloads when the file changes). */
function readTermsFile(): DataResult<JobAdTermsFile> {
	termsFile ??= readYamlData(JOB_AD_TERMS_FILE, raw, jobAdTermsSchema);
	return termsFile;
}

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
	const data = dataOrThrow(readTermsFile(), LABEL, HINT);
	throwIfProblems(LABEL, checkJobAdTerms(data, new Set(topics.map((topic) => topic.id))), HINT);
	return {
		terms: normaliseTerms(data),
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
