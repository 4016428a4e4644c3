// cspell:ignore CICD djnago
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
	matchAd,
	normaliseTerms,
	orderByPrerequisites,
	type JobAdTerms,
	type JobAdTermsSource,
	type TermSource,
} from '../../src/lib/job-ad/match';
import {
	JOB_AD_TERMS_FILE,
	checkJobAdTerms,
	formatJobAdTermsIssues,
	jobAdTermsSchema,
	type JobAdTermsFile,
} from '../../src/schemas/job-ad-terms';

const LEVEL_DIRS = ['foundations', 'core', 'advanced', 'career'];
const FIXTURES = 'tests/fixtures/job-ads';

/** Topic ids (`level/slug`) of the real pages. */
function realTopicIds(): Set<string> {
	return new Set(
		LEVEL_DIRS.flatMap((level) =>
			readdirSync(`src/content/docs/${level}`)
				.filter((file) => file.endsWith('.mdx') && file !== 'index.mdx')
				.map((file) => `${level}/${file.replace(/\.mdx$/, '')}`),
		),
	);
}

/** The real terms file, validated. */
function realTermsFile(): JobAdTermsFile {
	const result = jobAdTermsSchema.safeParse(parse(readFileSync(JOB_AD_TERMS_FILE, 'utf8')));
	if (!result.success) throw new Error(formatJobAdTermsIssues(result.error).join('\n'));
	return result.data;
}

/** Compact terms from a small inline table, for the rule tests. */
function terms(
	topics: Record<string, TermSource[]>,
	uncovered: Record<string, TermSource[]> = {},
	ignore: TermSource[] = [],
): JobAdTerms {
	return normaliseTerms({ topics, uncovered, ignore });
}

const exact = (term: string): TermSource => ({ term, case: 'exact' });

/** Ids of the topics an ad matches, in the order returned. */
const topicsOf = (ad: string, table: JobAdTerms) => matchAd(ad, table).topics.map((match) => match.id);

/** The words matched for one topic. */
const wordsOf = (ad: string, table: JobAdTerms, id: string) =>
	matchAd(ad, table).topics.find((match) => match.id === id)?.words;

describe('matchAd: whole words', () => {
	const table = terms({ go: [exact('Go')], rest: [exact('REST')], sql: ['SQL'], api: ['API'] });

	it('does not match inside longer words', () => {
		expect(topicsOf('good goals, a restaurant, MySQL and PostgreSQL, rapid APIdocs', table)).toEqual([]);
	});

	it('matches the word on its own, wherever it sits in the text', () => {
		expect(topicsOf('Go', table)).toEqual(['go']);
		expect(topicsOf('services in Go. REST: yes; SQL!', table)).toEqual(['go', 'rest', 'sql']);
	});

	it('matches a word with punctuation around it', () => {
		const table = terms({ docker: ['Docker'], django: ['Django'] });
		expect(topicsOf('stack: (Docker), "Django",', table)).toEqual(['docker', 'django']);
		expect(topicsOf('Django’s ORM and Docker’s layers', table)).toEqual(['django', 'docker']);
		expect(wordsOf("the Django's ORM", terms({ orm: ['Django ORM'] }), 'orm')).toEqual(["Django's ORM"]);
	});
});

describe('matchAd: case', () => {
	it('ignores case unless the term is exact', () => {
		const table = terms({ sql: ['PostgreSQL', exact('PG')] });
		expect(wordsOf('postgresql, POSTGRESQL', table, 'sql')).toEqual(['postgresql']);
		expect(topicsOf('pg or Pg', table)).toEqual([]);
		expect(wordsOf('PG 16', table, 'sql')).toEqual(['PG']);
	});

	it('keeps "Go" the language apart from the verb and from capitals in a heading', () => {
		const table = terms({ go: [exact('Go'), 'Golang'] });
		expect(topicsOf('ready to go, LET US GO', table)).toEqual([]);
		expect(wordsOf('Go or golang', table, 'go')).toEqual(['Go', 'golang']);
	});

	it('keeps REST apart from "the rest of the team"', () => {
		const table = terms({ rest: [exact('REST'), 'RESTful'] });
		expect(topicsOf('join the rest of the team; rest assured', table)).toEqual([]);
		expect(topicsOf('REST and restful APIs', table)).toEqual(['rest']);
	});
});

describe('matchAd: plurals', () => {
	const table = terms({
		micro: ['microservice'],
		api: ['REST API'],
		db: ['databases'],
		query: ['query'],
		cache: ['cache'],
		process: ['process'],
	});

	it('matches a singular term against a plural in the ad and the other way round', () => {
		expect(topicsOf('microservices', table)).toEqual(['micro']);
		expect(topicsOf('REST APIs', table)).toEqual(['api']);
		expect(topicsOf('a database', table)).toEqual(['db']);
		expect(topicsOf('slow queries', table)).toEqual(['query']);
		expect(topicsOf('caches', table)).toEqual(['cache']);
		expect(topicsOf('processes', table)).toEqual(['process']);
	});

	it('does not strip a final s from short abbreviations', () => {
		const table = terms({ aws: ['AWS'], aw: ['AW'] });
		expect(topicsOf('AWS', table)).toEqual(['aws']);
	});
});

describe('matchAd: punctuation, hyphens and spacing', () => {
	it('matches CI/CD however the slash is written', () => {
		const table = terms({ ci: ['CI/CD'] });
		for (const ad of ['CI/CD', 'CI-CD', 'CI / CD', 'ci/cd', 'CICD']) expect(topicsOf(ad, table)).toEqual(['ci']);
		expect(topicsOf('CI, CD', table)).toEqual([]);
	});

	it('keeps the symbols of C++, C# and .NET', () => {
		const table = terms({ cpp: ['C++'], cs: ['C#'], net: ['.NET'], c: [exact('C')] });
		expect(topicsOf('C++, C# and .NET', table)).toEqual(['cpp', 'cs', 'net']);
		expect(topicsOf('the net result', table)).toEqual([]);
		expect(topicsOf('plain C', table)).toEqual(['c']);
	});

	it('matches Node.js written with or without the dot', () => {
		const table = terms({ node: ['Node.js'] });
		for (const ad of ['Node.js', 'NodeJS', 'node js', '(node.js)']) expect(topicsOf(ad, table)).toEqual(['node']);
	});

	it('matches hyphenated, spaced and closed-up spellings alike', () => {
		const table = terms({ mail: ['e-mail'], rt: ['real-time'], hints: ['type hints'] });
		expect(topicsOf('email', table)).toEqual(['mail']);
		for (const ad of ['real-time', 'real time', 'realtime', 'Real-Time']) expect(topicsOf(ad, table)).toEqual(['rt']);
		expect(topicsOf('type-hints', table)).toEqual(['hints']);
	});

	it('matches a multi-word term across a line break and several spaces', () => {
		const table = terms({ drf: ['Django REST framework'] });
		expect(wordsOf('with Django REST\n    framework', table, 'drf')).toEqual(['Django REST framework']);
		expect(topicsOf('Django REST.\nFramework', table)).toEqual([]);
	});
});

describe('matchAd: NoSQL and SQL', () => {
	const table = terms({ sql: ['SQL', 'databases'], nosql: ['NoSQL', 'NoSQL databases', 'not only SQL'] });

	it('counts NoSQL for NoSQL only, however it is written', () => {
		expect(topicsOf('NoSQL databases', table)).toEqual(['nosql']);
		expect(topicsOf('No-SQL', table)).toEqual(['nosql']);
		expect(topicsOf('Not Only SQL', table)).toEqual(['nosql']);
	});

	it('counts both when the ad asks for both', () => {
		expect(topicsOf('SQL and NoSQL', table)).toEqual(['sql', 'nosql']);
	});
});

describe('matchAd: results', () => {
	it('reports the words as written, without repeats in another case, in order of first appearance', () => {
		const table = terms({ sql: ['PostgreSQL', 'Postgres'], docker: ['Docker'] });
		const result = matchAd('Docker, postgres, Postgres, POSTGRES and PostgreSQL; docker', table);
		expect(result.topics).toEqual([
			{ id: 'docker', words: ['Docker'] },
			{ id: 'sql', words: ['postgres', 'PostgreSQL'] },
		]);
	});

	it('lets the longest term win where terms overlap, crediting every topic that lists it', () => {
		const table = terms({ git: ['GitLab'], ci: ['GitLab CI'], django: ['Django', 'Django REST framework'] });
		expect(topicsOf('GitLab CI', table)).toEqual(['ci']);
		expect(topicsOf('GitLab', table)).toEqual(['git']);
		const both = terms({ django: ['DRF'], api: ['DRF'] });
		expect(topicsOf('DRF', both)).toEqual(['django', 'api']);
	});

	it('reports uncovered skills separately, and counts ignored phrases for nothing', () => {
		const table = terms({ go: [exact('Go')] }, { Kafka: ['Kafka'] }, ['go-getter']);
		expect(matchAd('Go-getter with Kafka; Go', table)).toEqual({
			topics: [{ id: 'go', words: ['Go'] }],
			uncovered: [{ id: 'Kafka', words: ['Kafka'] }],
		});
		expect(topicsOf('a Go-getter', table)).toEqual([]);
	});

	it('finds nothing in an empty ad or with no terms', () => {
		expect(matchAd('', terms({ sql: ['SQL'] }))).toEqual({ topics: [], uncovered: [] });
		expect(matchAd('SQL', terms({}))).toEqual({ topics: [], uncovered: [] });
	});
});

describe('normaliseTerms', () => {
	it('turns the YAML shape into the compact one', () => {
		const source: JobAdTermsSource = {
			topics: { 'core/sql-databases': ['Postgres', { term: 'PG', case: 'exact' }, { term: 'MySQL' }] },
			uncovered: { Spark: [{ term: 'Spark', case: 'exact' }] },
		};
		expect(normaliseTerms(source)).toEqual({
			topics: { 'core/sql-databases': [{ term: 'Postgres' }, { term: 'PG', exact: true }, { term: 'MySQL' }] },
			uncovered: { Spark: [{ term: 'Spark', exact: true }] },
			ignore: [],
		});
	});
});

describe('matchAd: hostile input', () => {
	it('treats regular-expression characters in terms and ads as text', () => {
		const table = terms({ odd: ['(a+)+$', '.*', '[', '\\d', 'C++'], symbols: ['+++', '***'] });
		const ad = '((((((((((((((((((((a+)+$ .* [ \\d ' + 'a'.repeat(5000) + '!'.repeat(5000) + ' C++';
		const result = matchAd(ad, table);
		expect(result.topics.map((match) => match.id)).toEqual(['odd']);
		expect(matchAd('+++ ***', table).topics).toEqual([]);
	});

	it('keeps ids like __proto__ as plain ids', () => {
		const table = normaliseTerms(JSON.parse('{"topics": {"__proto__": ["proto"]}, "uncovered": {}}'));
		expect(matchAd('proto', table).topics).toEqual([{ id: '__proto__', words: ['proto'] }]);
	});

	it('matches a megabyte of hostile text in linear time', () => {
		const table = normaliseTerms(realTermsFile());
		const parts = ['a'.repeat(200_000), ' '.repeat(200_000), '-/-/'.repeat(50_000), 'Django '.repeat(50_000)];
		const start = performance.now();
		const result = matchAd(parts.join('\n'), table);
		const elapsed = performance.now() - start;
		expect(result.topics.map((match) => match.id)).toEqual(['core/django']);
		expect(elapsed).toBeLessThan(2000);
	});
});

describe('matchAd: speed', () => {
	it('matches a 10,000-character ad against the real terms in well under 50 ms', () => {
		const table = normaliseTerms(realTermsFile());
		const ads = readdirSync(FIXTURES).map((file) => readFileSync(`${FIXTURES}/${file}`, 'utf8'));
		const ad = ads.join('\n').repeat(2).slice(0, 10_000);
		matchAd(ad, table);
		const times = Array.from({ length: 5 }, () => {
			const start = performance.now();
			matchAd(ad, table);
			return performance.now() - start;
		});
		expect(Math.min(...times)).toBeLessThan(25);
	});
});

describe('orderByPrerequisites', () => {
	const learningOrder = ['a', 'b', 'c', 'd', 'e'];

	it('puts a prerequisite first even when it comes later in the learning order', () => {
		const prerequisites = new Map([['a', ['d']]]);
		expect(orderByPrerequisites(['a', 'd'], prerequisites, learningOrder)).toEqual(['d', 'a']);
	});

	it('follows prerequisites through topics that were not given', () => {
		const prerequisites = new Map([
			['a', ['c']],
			['c', ['e']],
		]);
		expect(orderByPrerequisites(['e', 'b', 'a'], prerequisites, learningOrder)).toEqual(['b', 'e', 'a']);
	});

	it('breaks ties by learning order, puts unknown ids last in the order given, and returns each id once', () => {
		expect(orderByPrerequisites(['x', 'c', 'y', 'a', 'c'], new Map(), learningOrder)).toEqual(['a', 'c', 'x', 'y']);
	});

	it('returns only the given ids', () => {
		const prerequisites = new Map([['b', ['a', 'c']]]);
		expect(orderByPrerequisites(['b'], prerequisites, learningOrder)).toEqual(['b']);
	});

	it('ends on a prerequisite cycle, ordering the cycle by learning order and its dependants after it', () => {
		const prerequisites = new Map([
			['b', ['d']],
			['d', ['b']],
			['a', ['d']],
		]);
		expect(orderByPrerequisites(['a', 'd', 'b', 'e'], prerequisites, learningOrder)).toEqual(['b', 'd', 'a', 'e']);
		expect(orderByPrerequisites(['a'], new Map([['a', ['a']]]), learningOrder)).toEqual(['a']);
	});

	it('orders real topics so that prerequisites come first', () => {
		const prerequisites = new Map(
			[...realTopicIds()].map((id) => {
				const source = readFileSync(`src/content/docs/${id}.mdx`, 'utf8');
				const list = source.match(/^prerequisites:\s*\[([^\]]*)\]/m)?.[1] ?? '';
				return [
					id,
					list
						.split(',')
						.map((ref) => ref.trim())
						.filter(Boolean),
				];
			}),
		);
		const ordered = orderByPrerequisites(
			['advanced/kubernetes', 'core/docker', 'foundations/command-line'],
			prerequisites,
			[],
		);
		expect(ordered).toEqual(['foundations/command-line', 'core/docker', 'advanced/kubernetes']);
	});
});

describe('checkJobAdTerms', () => {
	const ids = new Set(['core/django', 'core/flask', 'core/api-design']);
	const check = (data: unknown) => checkJobAdTerms(jobAdTermsSchema.parse(data), ids);

	it('finds nothing wrong with a sound file', () => {
		expect(check({ topics: { 'core/django': ['Django', 'DRF'], 'core/api-design': ['DRF'] }, uncovered: {} })).toEqual(
			[],
		);
	});

	it('names an unknown topic id and suggests the closest', () => {
		expect(check({ topics: { 'core/djnago': ['Django'] }, uncovered: {} })).toEqual([
			`${JOB_AD_TERMS_FILE}: topics.core/djnago is not a topic; did you mean 'core/django'? write the 'level/slug' of a page in src/content/docs/, like 'core/django'`,
		]);
	});

	it('names empty lists', () => {
		expect(check({ topics: { 'core/flask': [] }, uncovered: { Kafka: [] } })).toEqual([
			`${JOB_AD_TERMS_FILE}: topics.core/flask has no terms; add the words ads use for it, or remove it`,
			`${JOB_AD_TERMS_FILE}: uncovered.Kafka has no terms; add the words ads use for it, or remove it`,
		]);
	});

	it('names a term repeated under one topic, counting plurals and case as the same term', () => {
		const messages = check({ topics: { 'core/django': ['Django', 'ORM', 'orms'] }, uncovered: {} });
		expect(messages).toEqual([
			`${JOB_AD_TERMS_FILE}: topics.core/django[2] 'orms' repeats topics.core/django[1] 'ORM' (matching ignores case, plurals, hyphens and spaces); remove one`,
		]);
	});

	it('names a term that is under a topic and under uncovered', () => {
		const messages = check({ topics: { 'core/flask': ['Jinja'] }, uncovered: { Templates: ['HTML', 'jinja'] } });
		expect(messages).toEqual([
			`${JOB_AD_TERMS_FILE}: uncovered.Templates[1] 'jinja' is also listed as topics.core/flask[0] 'Jinja'; a skill is either taught by a topic or a gap; remove it from one of them`,
		]);
	});

	it('rejects malformed terms with a message naming the place and the fix', () => {
		const result = jobAdTermsSchema.safeParse({
			topics: { 'core/django': ['Django', { term: 'DRF', case: 'Exact' }, '+++'] },
			uncovered: {},
		});
		expect(result.success).toBe(false);
		expect(formatJobAdTermsIssues(result.error!)).toEqual([
			`${JOB_AD_TERMS_FILE}: topics.core/django[1].case: case can only be 'exact'; leave it out to match in any case`,
			`${JOB_AD_TERMS_FILE}: topics.core/django[2].term: a term needs a letter or a digit, like "C++" or "k8s"; symbols alone match nothing`,
		]);
	});
});

describe('src/data/job-ad-terms.yaml', () => {
	const file = realTermsFile();
	const table = normaliseTerms(file);
	const topicIds = realTopicIds();

	it('has no problems', () => {
		expect(checkJobAdTerms(file, topicIds)).toEqual([]);
	});

	it('gives every topic page at least three terms', () => {
		expect(topicIds.size).toBeGreaterThanOrEqual(45);
		const thin = [...topicIds].filter((id) => (file.topics[id]?.length ?? 0) < 3);
		expect(thin).toEqual([]);
	});

	it('lists at least 25 skills the roadmap does not teach', () => {
		expect(Object.keys(file.uncovered).length).toBeGreaterThanOrEqual(25);
	});

	it.each([
		['k8s and Helm charts', 'advanced/kubernetes'],
		['Postgres', 'core/sql-databases'],
		['PG 16', 'core/sql-databases'],
		['DRF', 'core/django'],
		['DRF', 'core/api-design'],
		['GitLab CI', 'advanced/ci-cd'],
		['deployment automation', 'advanced/ci-cd'],
		['RabbitMQ', 'core/task-queues'],
		['AWS Lambda', 'advanced/cloud'],
		['serverless', 'advanced/cloud'],
	])('maps "%s" to %s', (ad, id) => {
		expect(matchAd(ad, table).topics.map((match) => match.id)).toContain(id);
	});

	it('does not count everyday words as technologies', () => {
		const ad =
			'You will go the extra mile with the rest of the team, take the helm of a good product, react quickly, ' +
			'spark ideas, use a lambda in a sort key and solve problems. A pg of text.';
		const { topics, uncovered } = matchAd(ad, table);
		expect(topics.map((match) => match.id)).toEqual(['foundations/functional-programming']);
		expect(uncovered).toEqual([]);
	});

	it('keeps NoSQL apart from SQL', () => {
		expect(matchAd('NoSQL (MongoDB)', table).topics.map((match) => match.id)).toEqual(['core/nosql']);
	});
});

/** One labelled ad from tests/fixtures/job-ads/. */
interface LabelledAd {
	file: string;
	topics: string[];
	uncovered: string[];
	text: string;
}

function labelledAds(): LabelledAd[] {
	return readdirSync(FIXTURES)
		.filter((file) => file.endsWith('.md'))
		.map((file) => {
			const source = readFileSync(`${FIXTURES}/${file}`, 'utf8');
			const [, frontmatter, text] = source.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/) ?? [];
			const labels = parse(frontmatter ?? '') as { topics?: string[]; uncovered?: string[] };
			// The ad follows the frontmatter, between comments that keep Prettier from reformatting it.
			const ad = (text ?? '').replace(/<!--[\s\S]*?-->/g, '');
			return { file, topics: labels.topics ?? [], uncovered: labels.uncovered ?? [], text: ad };
		});
}

/** Micro-averaged counts over all ads: true positives, found, expected. */
interface Score {
	hits: number;
	found: number;
	expected: number;
	notes: string[];
}

function score(ads: readonly LabelledAd[], table: JobAdTerms, kind: 'topics' | 'uncovered'): Score {
	const total: Score = { hits: 0, found: 0, expected: 0, notes: [] };
	for (const ad of ads) {
		const found = matchAd(ad.text, table)[kind];
		const expected = new Set(ad[kind]);
		const falseHits = found.filter((match) => !expected.has(match.id));
		const misses = [...expected].filter((id) => !found.some((match) => match.id === id));
		total.hits += found.length - falseHits.length;
		total.found += found.length;
		total.expected += expected.size;
		if (falseHits.length || misses.length) {
			const extra = falseHits.map((match) => `${match.id} ("${match.words.join('", "')}")`).join(', ');
			total.notes.push(`  ${ad.file} ${kind}: false hits: ${extra || 'none'}; misses: ${misses.join(', ') || 'none'}`);
		}
	}
	return total;
}

const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);

describe('labelled job ads', () => {
	const ads = labelledAds();
	const file = realTermsFile();
	const table = normaliseTerms(file);

	it('has at least 12 ads, labelled only with real topics and listed skills', () => {
		expect(ads.length).toBeGreaterThanOrEqual(12);
		const topicIds = realTopicIds();
		const skills = new Set(Object.keys(file.uncovered));
		const unknown = ads.flatMap((ad) => [
			...ad.topics.filter((id) => !topicIds.has(id)).map((id) => `${ad.file}: topic ${id}`),
			...ad.uncovered.filter((id) => !skills.has(id)).map((id) => `${ad.file}: skill ${id}`),
		]);
		expect(unknown).toEqual([]);
		expect(ads.every((ad) => ad.topics.length > 0 && ad.text.length > 500)).toBe(true);
	});

	it('finds the labelled topics and gaps with high precision and recall', () => {
		const topics = score(ads, table, 'topics');
		const uncovered = score(ads, table, 'uncovered');
		const figures = {
			topicsPrecision: ratio(topics.hits, topics.found),
			topicsRecall: ratio(topics.hits, topics.expected),
			uncoveredPrecision: ratio(uncovered.hits, uncovered.found),
			uncoveredRecall: ratio(uncovered.hits, uncovered.expected),
		};
		const f = (value: number) => value.toFixed(2);
		console.log(
			[
				`job-ad matcher on ${ads.length} ads: topics precision ${f(figures.topicsPrecision)} recall ${f(figures.topicsRecall)}; ` +
					`uncovered precision ${f(figures.uncoveredPrecision)} recall ${f(figures.uncoveredRecall)}`,
				...topics.notes,
				...uncovered.notes,
			].join('\n'),
		);
		expect(figures.topicsPrecision).toBeGreaterThanOrEqual(0.9);
		expect(figures.topicsRecall).toBeGreaterThanOrEqual(0.85);
		expect(figures.uncoveredPrecision).toBeGreaterThanOrEqual(0.8);
		expect(figures.uncoveredRecall).toBeGreaterThanOrEqual(0.8);
	});
});
