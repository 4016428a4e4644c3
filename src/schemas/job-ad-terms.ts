import { z } from 'astro/zod';
import { termKey, type TermSource } from '../lib/job-ad/match';
import { closest } from '../lib/content/questions';
import { formatIssues, type DataIssue } from '../lib/node/yaml-data';

/** Where the job-ad terms live, relative to the project root; every problem message names it. */
export const JOB_AD_TERMS_FILE = 'src/data/job-ad-terms.yaml';

const TERM_SHAPE = 'write a term as text, like PostgreSQL, or as { term: PG, case: exact } to match only that case';

/** Whether a term has a letter or digit to match; one made of symbols alone would match nothing. */
const hasWord = (term: string) => termKey(term) !== '';
const NO_WORD = { error: 'a term needs a letter or a digit, like "C++" or "k8s"; symbols alone match nothing' };

/**
 * One term: a string, or `{ term, case: exact }` for a word that must match in exactly the case written.
 * Either way it comes out as `{ term, case? }`.
 */
export const jobAdTermSchema = z.preprocess(
	(value) => (typeof value === 'string' ? { term: value } : value),
	z.strictObject(
		{
			/** The word or phrase, as ads write it. */
			term: z.string({ error: `term is missing; ${TERM_SHAPE}` }).refine(hasWord, NO_WORD),
			/** `exact`: match only in this case, for short or everyday words such as Go, REST or PG. */
			case: z.literal('exact', { error: "case can only be 'exact'; leave it out to match in any case" }).optional(),
		},
		{
			error: (issue) =>
				issue.code === 'unrecognized_keys' ? `a term can only have the keys term and case; ${TERM_SHAPE}` : TERM_SHAPE,
		},
	),
);

const termListSchema = z.array(jobAdTermSchema, {
	error: 'must be a list of terms, like [PostgreSQL, Postgres, { term: PG, case: exact }]',
});

/** The whole of `src/data/job-ad-terms.yaml`. */
export const jobAdTermsSchema = z.strictObject(
	{
		/** Topic id (`level/slug`) → the words ads use for what that page teaches. */
		topics: z.record(z.string(), termListSchema, {
			error: 'topics must map topic ids to lists of terms, like "core/sql-databases: [PostgreSQL, Postgres]"',
		}),
		/** Skill name → the words ads use for it, for skills no page teaches. */
		uncovered: z.record(z.string().min(1, { error: 'an uncovered skill needs a name' }), termListSchema, {
			error: 'uncovered must map skill names to lists of terms, like "Elasticsearch: [Elasticsearch, OpenSearch]"',
		}),
		/** Phrases that contain a term but never mean it, like "go-getter". */
		ignore: termListSchema.default([]),
	},
	{
		error: (issue) =>
			issue.code === 'unrecognized_keys'
				? `the file has only three sections, topics, uncovered and ignore; remove ${issue.keys.join(', ')}`
				: 'the file must have the sections topics and uncovered (and, if needed, ignore)',
	},
);

/** The validated file; every term comes out as `{ term, case? }`, and `ignore` defaults to an empty list. */
export type JobAdTermsFile = z.infer<typeof jobAdTermsSchema>;
/** One validated term. */
export type JobAdTerm = z.infer<typeof jobAdTermSchema>;

/** Where a term sits in the file, written the way messages show it: `topics.core/django[2]`. */
interface Place {
	path: string;
	term: string;
}

/** The text of a term, whichever way it is written. */
const textOf = (term: TermSource) => (typeof term === 'string' ? term : term.term);

/** Every term of one list, with its path. */
function places(section: string, id: string, terms: readonly TermSource[]): Place[] {
	return terms.map((term, index) => ({ path: `${section}${id ? `.${id}` : ''}[${index}]`, term: textOf(term) }));
}

/** Messages for topic ids that are not pages, with the closest real id as a suggestion. */
function unknownTopics(data: JobAdTermsFile, topicIds: ReadonlySet<string>): string[] {
	return Object.keys(data.topics)
		.filter((id) => !topicIds.has(id))
		.map((id) => {
			const suggestion = closest(id, [...topicIds]);
			return `${JOB_AD_TERMS_FILE}: topics.${id} is not a topic; ${suggestion ? `did you mean '${suggestion}'? ` : ''}write the 'level/slug' of a page in src/content/docs/, like 'core/django'`;
		});
}

/** Messages for topics and skills without a single term. */
function emptyLists(data: JobAdTermsFile): string[] {
	return [
		...Object.entries(data.topics).map(([id, terms]) => ({ path: `topics.${id}`, terms })),
		...Object.entries(data.uncovered).map(([id, terms]) => ({ path: `uncovered.${id}`, terms })),
	]
		.filter(({ terms }) => terms.length === 0)
		.map(({ path }) => `${JOB_AD_TERMS_FILE}: ${path} has no terms; add the words ads use for it, or remove it`);
}

/** Messages for a term listed twice in one list (the same once case, plurals, hyphens and spaces are ignored). */
function repeats(list: readonly Place[]): string[] {
	const first = new Map<string, Place>();
	const messages: string[] = [];
	for (const place of list) {
		const key = termKey(place.term);
		const earlier = first.get(key);
		if (earlier) {
			messages.push(
				`${JOB_AD_TERMS_FILE}: ${place.path} '${place.term}' repeats ${earlier.path} '${earlier.term}' (matching ignores case, plurals, hyphens and spaces); remove one`,
			);
		} else first.set(key, place);
	}
	return messages;
}

/** Messages for a term both under a topic and elsewhere (uncovered, or ignored), which would contradict itself. */
function conflicts(topics: readonly Place[], others: readonly Place[]): string[] {
	const taught = new Map(topics.map((place) => [termKey(place.term), place]));
	return others.flatMap((place) => {
		const topic = taught.get(termKey(place.term));
		if (!topic) return [];
		const fix = place.path.startsWith('uncovered')
			? 'a skill is either taught by a topic or a gap; remove it from one of them'
			: 'an ignored phrase would hide the topic term; remove one of them';
		return [
			`${JOB_AD_TERMS_FILE}: ${place.path} '${place.term}' is also listed as ${topic.path} '${topic.term}'; ${fix}`,
		];
	});
}

/**
 * Problems a schema cannot see: unknown topic ids, empty lists, a term repeated within a list, and a
 * term that is both under a topic and under `uncovered` (or `ignore`). One message per problem, each
 * naming the file, the place (like `topics.core/django[2]`) and the fix; none when the file is sound.
 */
export function checkJobAdTerms(data: JobAdTermsFile, topicIds: ReadonlySet<string>): string[] {
	const topicLists = Object.entries(data.topics).map(([id, terms]) => places('topics', id, terms));
	const uncoveredLists = Object.entries(data.uncovered).map(([id, terms]) => places('uncovered', id, terms));
	const ignored = places('ignore', '', data.ignore);
	return [
		...unknownTopics(data, topicIds),
		...emptyLists(data),
		...[...topicLists, ...uncoveredLists, ignored].flatMap(repeats),
		...conflicts(topicLists.flat(), [...uncoveredLists.flat(), ...ignored]),
	];
}

/**
 * One message per schema issue, each naming the file and the place (`topics.core/django[2].case`, the path
 * notation of `formatIssues`), like the messages of `checkJobAdTerms`.
 */
export function formatJobAdTermsIssues(error: { issues: readonly DataIssue[] }): string[] {
	return formatIssues(JOB_AD_TERMS_FILE, error);
}
