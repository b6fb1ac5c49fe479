import type { Anchor } from './selectors.ts';
import { approximateMatches, closeMatches, fitEdges, verbatim } from './candidates.ts';
import { normalizeText } from './normalize.ts';
import {
	acceptable,
	CLOSE_SCORE,
	lead,
	nearness,
	weigh,
	type Candidate,
	type Evidence
} from './score.ts';

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
 * Where approximate matches are searched, around the stored position: LOCAL first, also for
 * matches edited past acceptance (they block weaker look-alikes elsewhere, and give an orphan its
 * closest match), then NEAR for acceptable ones. Beyond NEAR only verbatim occurrences and close
 * matches (CLOSE_SCORE, quotes of FAR_MIN_LENGTH or more) are looked for, through a filter that
 * skips text which cannot hold one: a long text stays cheap to search, and a far, much-edited
 * look-alike is the match least worth trusting.
 */
const LOCAL = 512;
const NEAR = 4096;
const FAR_MIN_LENGTH = 32;
/**
 * Most edits a far match may have. Beyond it the 4-gram filter (closeMatches) passes most of a
 * long text in the same vocabulary, and the search costs tens of milliseconds on 500 KB; a passage
 * both moved far and much edited is orphaned with its closest match for a person to confirm.
 */
const MAX_FAR_ERRORS = 32;
/** How many distinct places each search reports at most (see approximateMatches). */
const ROUNDS = 1;
/** Cap on the edits searched for a closest match (Myers' search costs O(errors / 32 × n)). */
const MAX_CLOSEST_ERRORS = 256;

/**
 * Finds where `anchor` now points in `text` (which must already be normalised with normalizeText).
 *
 * Every candidate, verbatim occurrences and approximate matches alike, is weighed (score.ts) on
 * how much of the quote survives, how well the prefix and suffix fit beside it, and its distance
 * from the stored position. The best place is accepted only if
 * - its quote score is at least `minScore` (default MIN_FUZZY_SCORE),
 * - its context vouches for it: a short verbatim quote needs context beyond chance, an edited one
 *   both sides agreeing or one side intact, and only a long, nearly intact quote may do without,
 * - it is clearly ahead of every other place, the more so the more it has lost itself.
 * The status then says what kind of place it is: `exact` (verbatim at the stored position),
 * `moved` (verbatim elsewhere) or `fuzzy` (edited; `score` is its quote score). Otherwise the
 * answer is `ambiguous` (the places that tie) or `orphaned` (with the closest match, scoring at
 * least 0.5, for error messages): a wrong highlight is worse than an error.
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
	const prefix = normalizeText(anchor.quote.prefix).slice(-CONTEXT_COMPARED);
	const suffix = normalizeText(anchor.quote.suffix).slice(0, CONTEXT_COMPARED);
	const { start, end } = anchor.position;

	// The common case, unchanged text, needs no search.
	if (
		text.startsWith(exact, start) &&
		text.slice(Math.max(0, start - prefix.length), start) === prefix &&
		text.startsWith(suffix, end)
	) {
		return { status: 'exact', start, end };
	}

	const e: Evidence = { text, exact, prefix, suffix, origin: start, originEnd: end, minScore };
	const m = exact.length;
	const found = new Map<string, Candidate>();
	const add = (start: number, end: number, errors: number) => {
		const key = `${start}:${end}`;
		if (!found.has(key)) found.set(key, weigh(e, start, end, errors));
	};
	const addMatches = (matches: { start: number; end: number; errors: number }[]) => {
		for (const c of matches) {
			if (found.has(`${c.start}:${c.end}`)) continue;
			add(c.start, c.end, c.errors);
			if (c.errors > 0 && (prefix || suffix)) {
				const fit = fitEdges(text, prefix, suffix, exact, c);
				add(fit.start, fit.end, fit.errors);
			}
		}
	};
	/**
	 * The most edits a match at least `beyond` characters from the stored position may have and
	 * still matter: its cost (at least its edits less its nearness) must come within the best
	 * place's lead. So once a good place is found near, the wider searches look for little or
	 * nothing: the common edits (a word inserted, a typo) cost no long search.
	 */
	const budget = (beyond: number) => {
		let best: Candidate | undefined;
		for (const c of found.values()) if (!best || c.cost < best.cost) best = c;
		if (!best) return Infinity;
		return Math.floor(best.cost + lead(best) + nearness(beyond));
	};
	for (const c of verbatim(text, exact, start)) add(c.start, c.end, 0);

	const needed = Math.floor(m * (1 - minScore) + 1e-9);
	const visible = Math.max(needed, Math.min(Math.ceil(m / 2), MAX_CLOSEST_ERRORS));
	const passage = needed + Math.ceil((prefix.length + suffix.length) / 2);
	const around = (reach: number) => ({
		start: Math.max(0, Math.min(start, text.length) - reach),
		end: Math.min(text.length, Math.max(end, 0) + reach)
	});
	const local = around(LOCAL);
	const near = around(NEAR);
	for (const [region, quote, beyond] of [
		[local, visible, 0],
		[near, needed, LOCAL]
	] as const) {
		if (region === near && near.start === local.start && near.end === local.end) break;
		const b = budget(beyond);
		const limits = {
			quote: Math.min(quote, b),
			passage: Math.min(passage, b),
			inner: Math.min(visible, b)
		};
		addMatches(approximateMatches(text, region, e, limits, ROUNDS));
	}
	const farErrors = Math.min(
		Math.floor(m * (1 - CLOSE_SCORE) + 1e-9),
		MAX_FAR_ERRORS,
		budget(NEAR)
	);
	if ((near.start > 0 || near.end < text.length) && m >= FAR_MIN_LENGTH && farErrors >= 0) {
		addMatches(closeMatches(text, exact, farErrors));
	}
	// A match keeping under half the quote is no match, not even a rival.
	const plausible = () => [...found.values()].filter((c) => c.score >= 0.5);
	const r = decide(plausible(), e);
	if (r.status !== 'orphaned' || r.closest || m < 2) return r;
	// Only for an error message: the closest match in the wider window too.
	addMatches(approximateMatches(text, near, e, { quote: visible, passage: -1, inner: -1 }, 1));
	return orphaned(
		plausible().sort((a, b) => a.cost - b.cost),
		text
	);
}

/** Picks the answer from the weighed candidates (see resolveAnchor). */
function decide(candidates: Candidate[], e: Evidence): Resolution {
	// Ties within a place go to the candidate whose context fits best (its edges are where the
	// anchor's were), then to the one whose length is nearest the quote's.
	const m = e.exact.length;
	const off = (c: Candidate) => Math.abs(c.end - c.start - m);
	candidates.sort(
		(a, b) => a.cost - b.cost || a.loss - a.errors - (b.loss - b.errors) || off(a) - off(b)
	);
	const top = candidates[0];
	if (top === undefined) return { status: 'orphaned' };
	const overlap = (a: TextRange, b: TextRange) => a.start < b.end && b.start < a.end;
	// The best candidate that qualifies, from the best place if it has one: "\nBoth" may beat
	// "Both" by a hair when a blank line was added before the paragraph the quote starts.
	const best =
		candidates.find((c) => overlap(c, top) && acceptable(c, e)) ??
		candidates.find((c) => acceptable(c, e));
	// A place that does not qualify still counts: if it is clearly the best, the passage is no
	// longer anywhere acceptable (rewritten where it was, say); if not, it is a rival.
	if (best === undefined || best.cost - top.cost >= lead(top)) return orphaned(candidates, e.text);
	const rivals = [best];
	for (const c of candidates) {
		if (c.cost - best.cost >= lead(best)) break;
		if (!rivals.some((r) => overlap(c, r))) rivals.push(c);
	}
	if (rivals.length > 1) {
		return {
			status: 'ambiguous',
			candidates: rivals
				.map(({ start, end }) => ({ start, end }))
				.sort((a, b) => a.start - b.start || a.end - b.end)
		};
	}
	if (best.errors > 0) {
		return { status: 'fuzzy', start: best.start, end: best.end, score: best.score };
	}
	const here = best.start === e.origin && best.end === e.originEnd;
	return { status: here ? 'exact' : 'moved', start: best.start, end: best.end };
}

/** No acceptable place: the closest match (lowest cost, quote score at least 0.5), if any. */
function orphaned(candidates: Candidate[], text: string): Resolution {
	const closest = candidates.find((c) => c.score >= 0.5);
	if (closest === undefined) return { status: 'orphaned' };
	return {
		status: 'orphaned',
		closest: {
			start: closest.start,
			end: closest.end,
			text: text.slice(closest.start, closest.end),
			score: closest.score
		}
	};
}
