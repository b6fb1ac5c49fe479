import search from 'approx-string-match';
import type { Anchor } from './selectors.ts';
import { normalizeText } from './normalize.ts';

export type AnchorStatus = 'exact' | 'moved' | 'fuzzy' | 'ambiguous' | 'orphaned';
export type TextRange = { start: number; end: number };
export type Resolution =
	| { status: 'exact' | 'moved'; start: number; end: number }
	| { status: 'fuzzy'; start: number; end: number; score: number } // score in (0,1], 1 = identical
	| { status: 'ambiguous'; candidates: TextRange[] }
	| { status: 'orphaned'; closest?: { start: number; end: number; text: string; score: number } };

/**
 * Lowest quote similarity (1 − edits ÷ quote length) a fuzzy match may have: one edit in five.
 *
 * That keeps a typo fix or a few words inserted into a sentence-long quote (a 100-character quote
 * tolerates 20 edits), while quotes under five characters can never match fuzzily (they would need
 * zero edits, i.e. an exact match). Over the seed text, the best match left after deleting the
 * anchored sentence scores at most about 0.6 (see resolve.test.ts), so 0.8 leaves a wide margin
 * between "edited" and "gone".
 */
export const MIN_FUZZY_SCORE = 0.8;

/**
 * Context characters compared on each side of a candidate. Anchors made by describeRange carry 32;
 * a longer hand-written context is cut to the part nearest the quote, which says the most about
 * the place and keeps the per-candidate comparison small.
 */
const CONTEXT_COMPARED = 64;

/**
 * A fuzzy match also needs one side of its context (prefix or suffix) to be at least half intact.
 * When the words changed and their surroundings are foreign too, the match is a look-alike
 * elsewhere ("No. 8" for a deleted "No. 7"), not the edited passage.
 */
const MIN_CONTEXT_SCORE = 0.5;

/**
 * Cap on the edits an approximate search looks for beyond what acceptance needs. Only the "closest
 * match" of an orphaned anchor needs them, and Myers' search costs O(errors / 32 × n). Even
 * uncapped, the search stops at half the quote's length: unrelated prose of the same length is
 * about that far from any quote, so a "closest match" scoring under 0.5 would be noise.
 */
const MAX_EXTRA_ERRORS = 256;

/** How far fitEdges may move an end: edge edits are a letter or a word, not a clause. */
const MAX_EDGE_SHIFT = 8;

type Candidate = {
	start: number;
	end: number;
	/** Edits between the quote and text.slice(start, end). */
	errors: number;
	/** Edits between the anchor's prefix/suffix and the text around the candidate. */
	contextErrors: number;
};

/**
 * Finds where `anchor` now points in `text` (which must already be normalised with normalizeText).
 *
 * Order of evidence:
 * 1. `exact`: the quote is still at its stored position and no other occurrence fits the prefix
 *    and suffix better. A quote at its position whose context disagrees is not trusted blindly: an
 *    edit can shift a different occurrence of a short phrase onto the old offsets.
 * 2. `moved`: the quote occurs verbatim elsewhere; among several occurrences the one whose
 *    surroundings best match prefix/suffix wins, then the one clearly nearest the old position.
 * 3. `fuzzy`: the quote is found with edits, `score` = 1 − edits ÷ quote length ≥ `minScore`
 *    (default MIN_FUZZY_SCORE), and its prefix or suffix is at least half intact. Context chooses
 *    among matches but does not enter the score, which says how much of the quote itself survives.
 * 4. `ambiguous` when the evidence ties between separate places (never a guess), else `orphaned`
 *    with the closest match (highest score, at least 0.5), if any, for error messages.
 *
 * An empty quote anchors nothing and resolves `orphaned` without a closest match rather than
 * throwing, so a build can report every broken anchor at once (the schema already rejects it).
 */
export function resolveAnchor(
	text: string,
	anchor: Anchor,
	options: { minScore?: number } = {}
): Resolution {
	const minScore = options.minScore ?? MIN_FUZZY_SCORE;
	if (!(minScore > 0 && minScore <= 1))
		throw new RangeError(`minScore ${minScore} is not in (0, 1]`);
	const exact = normalizeText(anchor.quote.exact);
	if (exact.length === 0) return { status: 'orphaned' };
	// Only the context nearest the quote is compared, see CONTEXT_COMPARED.
	const prefix = normalizeText(anchor.quote.prefix).slice(-CONTEXT_COMPARED);
	const suffix = normalizeText(anchor.quote.suffix).slice(0, CONTEXT_COMPARED);
	const { start, end } = anchor.position;
	const context = { text, prefix, suffix };

	if (
		text.slice(start, end) === exact &&
		text.slice(Math.max(0, start - prefix.length), start) === prefix &&
		text.slice(end, end + suffix.length) === suffix
	) {
		return { status: 'exact', start, end };
	}

	const occurrences: Candidate[] = [];
	for (let i = text.indexOf(exact); i !== -1; i = text.indexOf(exact, i + 1)) {
		const c = { start: i, end: i + exact.length, errors: 0, contextErrors: 0 };
		c.contextErrors = contextErrors(context, c);
		occurrences.push(c);
	}
	if (occurrences.length > 0) {
		const choice = choose(occurrences, start);
		if ('tied' in choice) return { status: 'ambiguous', candidates: choice.tied };
		const { best } = choice;
		const status = best.start === start && best.end === end ? 'exact' : 'moved';
		return { status, start: best.start, end: best.end };
	}

	return resolveFuzzy(context, exact, start, minScore);
}

/** Approximate search for a quote that no longer occurs verbatim. */
function resolveFuzzy(
	context: Context,
	exact: string,
	origin: number,
	minScore: number
): Resolution {
	const { text, prefix, suffix } = context;
	const score = (c: Candidate) => 1 - c.errors / exact.length;
	// Acceptance needs up to (1 − minScore) × length edits; more only serves the closest match.
	const needed = Math.floor(exact.length * (1 - minScore) + 1e-9);
	const maxErrors = Math.max(needed, Math.min(Math.ceil(exact.length / 2), MAX_EXTRA_ERRORS));

	const found = new Map<string, Candidate>();
	const add = (start: number, end: number, errors: number) => {
		const key = `${start}:${end}`;
		const known = found.get(key);
		if (known && known.errors <= errors) return;
		const c = { start, end, errors, contextErrors: 0 };
		c.contextErrors = contextErrors(context, c);
		found.set(key, c);
	};
	// search() only reports the lowest-error matches, so a short quote's true place can lose to a
	// look-alike with one edit fewer. Searching prefix + quote + suffix as well finds the place
	// where the passage as a whole survives; the quote is then located inside that region.
	for (const m of search(text, exact, maxErrors)) add(m.start, m.end, m.errors);
	if (prefix.length + suffix.length > 0) {
		const passage = prefix + exact + suffix;
		const passageErrors = maxErrors + Math.ceil((prefix.length + suffix.length) / 2);
		for (const region of mergeOverlaps(search(text, passage, passageErrors))) {
			const slice = text.slice(region.start, region.end);
			for (const m of search(slice, exact, maxErrors)) {
				add(region.start + m.start, region.start + m.end, m.errors);
			}
		}
	}
	if (prefix.length + suffix.length > 0) {
		for (const c of [...found.values()]) {
			const edges = fitEdges(context, c);
			if (edges.start === c.start && edges.end === c.end) continue;
			add(edges.start, edges.end, editDistance(exact, text.slice(edges.start, edges.end)));
		}
	}
	const candidates = [...found.values()];
	const accepted = candidates.filter(
		(c) => score(c) >= minScore - 1e-9 && contextSupport(context, c) >= MIN_CONTEXT_SCORE
	);

	if (accepted.length > 0) {
		const choice = choose(accepted, origin, exact.length);
		if ('tied' in choice) return { status: 'ambiguous', candidates: choice.tied };
		const { best } = choice;
		return { status: 'fuzzy', start: best.start, end: best.end, score: score(best) };
	}
	if (candidates.length === 0) return { status: 'orphaned' };
	const closest = candidates.reduce((a, b) =>
		score(b) > score(a) ||
		(score(b) === score(a) && cost(b) < cost(a)) ||
		(score(b) === score(a) &&
			cost(b) === cost(a) &&
			Math.abs(b.start - origin) < Math.abs(a.start - origin))
			? b
			: a
	);
	return {
		status: 'orphaned',
		closest: {
			start: closest.start,
			end: closest.end,
			text: text.slice(closest.start, closest.end),
			score: score(closest)
		}
	};
}

type Context = { text: string; prefix: string; suffix: string };

/** Total edits of quote and context: how much of the anchored passage differs at a candidate. */
function cost(c: Candidate): number {
	return c.errors + c.contextErrors;
}

/**
 * Picks the candidate whose quote-with-context differs least. A tie between separate places is
 * broken by the old position only when one is clearly nearer (under half the runner-up's
 * distance): a stale offset is weak evidence, and a wrong highlight is worse than an error.
 */
function choose(
	candidates: Candidate[],
	origin: number,
	/** Set for approximate matches, which are reported once per end offset. */
	quoteLength?: number
): { best: Candidate } | { tied: TextRange[] } {
	let min = Infinity;
	for (const c of candidates) min = Math.min(min, cost(c));
	let top = candidates.filter((c) => cost(c) === min);
	// Overlapping approximate matches are the same place, not rival ones.
	if (quoteLength !== undefined) top = distinctPlaces(top, quoteLength);
	const distance = (c: Candidate) => Math.abs(c.start - origin);
	top.sort((a, b) => distance(a) - distance(b) || a.start - b.start);
	const [first, second] = top as [Candidate, ...Candidate[]];
	if (second === undefined || 2 * distance(first) < distance(second)) return { best: first };
	return {
		tied: top
			.map(({ start, end }) => ({ start, end }))
			.sort((a, b) => a.start - b.start || a.end - b.end)
	};
}

/** Keeps one candidate per place: fewest quote edits, then length nearest the quote's, then first. */
function distinctPlaces(candidates: Candidate[], quoteLength: number): Candidate[] {
	const off = (c: Candidate) => Math.abs(c.end - c.start - quoteLength);
	const sorted = [...candidates].sort(
		(a, b) => a.errors - b.errors || off(a) - off(b) || a.start - b.start
	);
	const kept: Candidate[] = [];
	for (const c of sorted) {
		if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
	}
	return kept;
}

/** Unions overlapping ranges, so each region of the text is searched once. */
function mergeOverlaps(ranges: TextRange[]): TextRange[] {
	const merged: TextRange[] = [];
	for (const r of [...ranges].sort((a, b) => a.start - b.start)) {
		const last = merged.at(-1);
		if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
		else merged.push({ start: r.start, end: r.end });
	}
	return merged;
}

/** Edits between the anchor's context and the same-length text beside the candidate. */
function contextErrors({ text, prefix, suffix }: Context, c: TextRange): number {
	const before = text.slice(Math.max(0, c.start - prefix.length), c.start);
	const after = text.slice(c.end, c.end + suffix.length);
	return editDistance(prefix, before) + editDistance(suffix, after);
}

/** Similarity (1 − edits ÷ length) of the better-kept side of the context; 1 if there is none. */
function contextSupport({ text, prefix, suffix }: Context, c: TextRange): number {
	const sides: number[] = [];
	if (prefix.length > 0) {
		const before = text.slice(Math.max(0, c.start - prefix.length), c.start);
		sides.push(1 - editDistance(prefix, before) / prefix.length);
	}
	if (suffix.length > 0) {
		sides.push(1 - editDistance(suffix, text.slice(c.end, c.end + suffix.length)) / suffix.length);
	}
	return sides.length === 0 ? 1 : Math.max(...sides);
}

/**
 * Moves a match's ends to where the prefix and suffix fit best. Levenshtein alone cannot place an
 * edit at the quote's edge: "the sky is bleu" matches "the sky is blu" with one edit, leaving the
 * "e" that the suffix shows belongs to the quote outside the range. Ends move by at most the
 * match's edits (at least one, at most MAX_EDGE_SHIFT), so a refit never jumps to another place.
 */
function fitEdges({ text, prefix, suffix }: Context, c: Candidate): TextRange {
	const reach = Math.min(Math.max(1, c.errors), MAX_EDGE_SHIFT);
	const best = (from: number, to: number, home: number, misfit: (at: number) => number) => {
		let at = home;
		let least = misfit(home);
		for (let i = from; i <= to; i++) {
			const m = misfit(i);
			if (m < least || (m === least && Math.abs(i - home) < Math.abs(at - home))) {
				at = i;
				least = m;
			}
		}
		return at;
	};
	const start = prefix
		? best(Math.max(0, c.start - reach), Math.min(c.end - 1, c.start + reach), c.start, (at) =>
				editDistance(prefix, text.slice(Math.max(0, at - prefix.length), at))
			)
		: c.start;
	const end = suffix
		? best(Math.max(start + 1, c.end - reach), Math.min(text.length, c.end + reach), c.end, (at) =>
				editDistance(suffix, text.slice(at, at + suffix.length))
			)
		: c.end;
	return { start, end };
}

/** Levenshtein distance, O(n·m): contexts are short, and whole quotes are only refitted once. */
function editDistance(a: string, b: string): number {
	if (a === b) return 0;
	if (a.length === 0) return b.length;
	if (b.length === 0) return a.length;
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	let current = new Array<number>(b.length + 1);
	for (let i = 1; i <= a.length; i++) {
		current[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
			current[j] = Math.min(substitution, previous[j]! + 1, current[j - 1]! + 1);
		}
		[previous, current] = [current, previous];
	}
	return previous[b.length]!;
}
