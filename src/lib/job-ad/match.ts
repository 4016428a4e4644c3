/**
 * Finds the roadmap topics, and the skills the roadmap does not teach, that a pasted job ad asks for.
 * Pure and browser-safe: the job-ad checklist page bundles it, with the terms of
 * `src/data/job-ad-terms.yaml` in the compact form `normaliseTerms` returns.
 *
 * An ad is split into words; a term matches a run of consecutive words whose letters, joined and
 * lower-cased (unless the term is exact-case), equal the term's, with a final plural `s` ignored. So
 * "real-time", "real time" and "realtime" all match, and "go" never matches inside "good". Where
 * terms overlap, the longest one starting earliest wins. No regular expression is built from a term,
 * so terms and ads may contain any characters, and the work grows linearly with the ad.
 */

/** One term in compact form: `exact` terms match only in the case written. */
export interface TermEntry {
	term: string;
	exact?: boolean;
}

/** All terms in compact form: topic id or uncovered skill name → terms; `ignore` phrases count for nothing. */
export interface JobAdTerms {
	topics: Record<string, TermEntry[]>;
	uncovered: Record<string, TermEntry[]>;
	ignore?: TermEntry[];
}

/** A term as written in the YAML file: a string, or `{ term, case: exact }`. */
export type TermSource = string | { term: string; case?: 'exact' };

/** The YAML file's shape, as parsed (and validated by `src/schemas/job-ad-terms.ts`). */
export interface JobAdTermsSource {
	topics: Record<string, TermSource[]>;
	uncovered: Record<string, TermSource[]>;
	ignore?: TermSource[];
}

/**
 * A topic or skill the ad asks for: its id, and the ad's own words that matched as written there (line breaks and
 * runs of spaces shown as one space), each once whatever its case, in order of first appearance.
 */
export interface TermMatch {
	id: string;
	words: string[];
}

/** What an ad asks for, each list in order of first appearance in the ad. */
export interface AdMatches {
	topics: TermMatch[];
	uncovered: TermMatch[];
}

// A word: letters and digits, keeping the symbols of C++ and C# and the dot that starts .NET.
const WORD = /(?:(?<![\p{L}\p{N}])\.)?[\p{L}\p{N}]+(?:\+\+|#)?/gu;
// What may sit between the words of one term: spaces and line breaks, a hyphen or slash, or a bare dot,
// underscore or plus (Node.js, select_related, N+1).
const JOINER = /^(?:\s+|\s*[-–/]\s*|[._+])$/;
// A possessive `'s` is dropped (Django's ORM), keeping every other character where it was.
const POSSESSIVE = /['’]s\b/g;

/** Turns the YAML shape into the compact form: `{ term }` or `{ term, exact: true }`. */
export function normaliseTerms(source: JobAdTermsSource): JobAdTerms {
	const entry = (term: TermSource): TermEntry =>
		typeof term === 'string'
			? { term }
			: term.case === 'exact'
				? { term: term.term, exact: true }
				: { term: term.term };
	const lists = (record: Record<string, TermSource[]>) =>
		Object.fromEntries(Object.entries(record).map(([id, terms]) => [id, terms.map(entry)]));
	return { topics: lists(source.topics), uncovered: lists(source.uncovered), ignore: (source.ignore ?? []).map(entry) };
}

/** Drops a final plural ending so singular and plural compare equal: databases → database, queries → query. */
function singular(word: string): string {
	const stem = word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
	return stem.replace(/ie$/, 'y').replace(/(ss|x|ch|sh|zz)e$/, '$1');
}

/** The words of a text: each with its position and whether it may continue a term begun by the word before. */
function words(text: string): { text: string; start: number; end: number; joins: boolean }[] {
	const clean = text.replace(POSSESSIVE, '  ');
	let end = -1;
	return [...clean.matchAll(WORD)].map((m) => {
		const joins = end >= 0 && JOINER.test(clean.slice(end, m.index));
		end = m.index + m[0].length;
		return { text: m[0], start: m.index, end, joins };
	});
}

/**
 * The key a term is compared by: its words joined, plural ending dropped, lower-cased unless `exact`.
 * Terms with the same key match the same text; an empty key (no letters or digits) matches nothing.
 */
export function termKey(term: string, exact = false): string {
	const joined = words(term)
		.map((word) => word.text)
		.join('');
	return singular(exact ? joined : joined.toLowerCase());
}

interface Candidate {
	id: string;
	/** 0 topic, 1 uncovered skill, 2 ignored phrase. */
	kind: number;
	/** The exact-case key, or `undefined` for a term that matches in any case. */
	exact?: string;
}

/** Indexes every term by its lower-case key. */
function buildIndex(terms: JobAdTerms): { index: Map<string, Candidate[]>; longest: number } {
	const index = new Map<string, Candidate[]>();
	let longest = 0;
	const add = (id: string, kind: number, entry: TermEntry) => {
		const key = termKey(entry.term);
		if (!key) return;
		longest = Math.max(longest, key.length);
		const list = index.get(key) ?? [];
		list.push({ id, kind, exact: entry.exact ? termKey(entry.term, true) : undefined });
		index.set(key, list);
	};
	[terms.topics, terms.uncovered].forEach((record, kind) => {
		for (const [id, entries] of Object.entries(record)) for (const entry of entries) add(id, kind, entry);
	});
	for (const entry of terms.ignore ?? []) add('', 2, entry);
	return { index, longest };
}

/** Adds `word` to the words found for `id`, unless it is there already in another case. */
function record(found: Map<string, string[]>, id: string, word: string): void {
	const list = found.get(id) ?? [];
	if (!list.some((seen) => seen.toLowerCase() === word.toLowerCase())) list.push(word);
	found.set(id, list);
}

/** Finds the topics and uncovered skills a job ad asks for, with the ad's words that matched. */
export function matchAd(ad: string, terms: JobAdTerms): AdMatches {
	const { index, longest } = buildIndex(terms);
	const tokens = words(ad);
	const found = [new Map<string, string[]>(), new Map<string, string[]>()];
	for (let i = 0; i < tokens.length;) {
		let best: Candidate[] = [];
		let bestEnd = i;
		let raw = '';
		for (let j = i; j < tokens.length; j++) {
			if (j > i && !tokens[j].joins) break;
			raw += tokens[j].text;
			if (raw.length > longest + 2) break;
			const exact = singular(raw);
			const hits = index.get(singular(raw.toLowerCase()))?.filter((c) => c.exact === undefined || c.exact === exact);
			if (hits?.length) [best, bestEnd] = [hits, j];
		}
		if (best.length) {
			const word = ad.slice(tokens[i].start, tokens[bestEnd].end).replace(/\s+/g, ' ');
			for (const candidate of best) if (candidate.kind < 2) record(found[candidate.kind], candidate.id, word);
			i = bestEnd + 1;
		} else i++;
	}
	const list = (map: Map<string, string[]>) => [...map].map(([id, words]) => ({ id, words }));
	return { topics: list(found[0]), uncovered: list(found[1]) };
}

/** Every (transitive) prerequisite of `id`; stops at topics already seen, so cycles end. */
function prerequisitesOf(id: string, prerequisites: ReadonlyMap<string, readonly string[]>): Set<string> {
	const seen = new Set<string>();
	const stack = [...(prerequisites.get(id) ?? [])];
	while (stack.length) {
		const next = stack.pop()!;
		if (seen.has(next)) continue;
		seen.add(next);
		stack.push(...(prerequisites.get(next) ?? []));
	}
	return seen;
}

/**
 * Orders topic ids so that every (transitive) prerequisite of another given id comes before it; ties,
 * and topics caught in a prerequisite cycle, go by position in `learningOrder` (ids missing from it go
 * last, in the order given). Returns only the given ids, each once.
 */
export function orderByPrerequisites(
	ids: readonly string[],
	prerequisites: ReadonlyMap<string, readonly string[]>,
	learningOrder: readonly string[],
): string[] {
	const given = [...new Set(ids)];
	const rank = (id: string) => {
		const position = learningOrder.indexOf(id);
		return position === -1 ? learningOrder.length + given.indexOf(id) : position;
	};
	const remaining = [...given].sort((a, b) => rank(a) - rank(b));
	const before = new Map(given.map((id) => [id, prerequisitesOf(id, prerequisites)]));
	// Ready: every remaining prerequisite is in a cycle with it. A cycle-free topic is ready once its prerequisites are out.
	const ready = (id: string) => remaining.every((other) => !before.get(id)!.has(other) || before.get(other)!.has(id));
	const ordered: string[] = [];
	while (remaining.length) ordered.push(...remaining.splice(Math.max(remaining.findIndex(ready), 0), 1));
	return ordered;
}
