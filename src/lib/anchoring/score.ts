import { CONTEXT_LENGTH } from './describe.ts';

/**
 * How a re-anchoring candidate is weighed: how much of the quote survives there, how well the
 * anchor's prefix and suffix still fit beside it, how far it is from the stored position, and
 * whether that is evidence enough to point at it.
 */

/** What the anchor says about the place it marks, normalised. */
export type Evidence = {
	text: string;
	exact: string;
	prefix: string;
	suffix: string;
	/** The stored position. */
	origin: number;
	originEnd: number;
	minScore: number;
};

/** A place where the quote may be now, weighed. */
export type Candidate = {
	start: number;
	end: number;
	/** Edits between the quote and text.slice(start, end). */
	errors: number;
	/** 1 − errors ÷ quote length. */
	score: number;
	/** contextSimilarity of each side; undefined where the anchor says nothing. */
	prefix: number | undefined;
	suffix: number | undefined;
	/** Characters of quote and context not found here. */
	loss: number;
	/** The loss less the stored position's evidence (nearness): what ranks places. */
	cost: number;
	/** Characters of quote and context found here, context only as far as it beats chance. */
	found: number;
};

/**
 * A side of the context agrees when at least this much of it is still there. Between unrelated
 * places of the seed, 99.9 % of 32-character contexts score under 0.54 (the median is 0.25),
 * while a word of up to about 12 characters inserted next to the quote keeps 0.6.
 */
const AGREES = 0.6;
/** A side this similar is as good as intact: a typo or two in 32 characters. */
const INTACT = 0.9;
/** What unrelated text scores against a context, roughly (see AGREES); only more is evidence. */
const CHANCE = 0.3;

/**
 * A verbatim quote this long speaks for itself, as much as both sides of a context would: a
 * sentence moved elsewhere loses its context but not its words. A shorter one recurs by chance
 * ("the negotiations", "On the one hand") and needs IDENTIFIES characters of quote and context,
 * at least CONTEXT_NEEDED of them context beating chance.
 */
const SPEAKS_FOR_ITSELF = 2 * CONTEXT_LENGTH;
const IDENTIFIES = 40;
const CONTEXT_NEEDED = 8;

/**
 * An edited quote must also be a close match (a look-alike sentence with a word in four changed
 * scores about 0.8) unless both sides of its context agree. Edits an intact-enough long quote may
 * have with no context at all: one in 25, at least 2.
 */
export const CLOSE_SCORE = 0.9;
/**
 * A loosely matching quote (under CLOSE_SCORE) with both sides agreeing must keep this much of
 * quote and context together: a phrase recurring between similar words ("different approaches to
 * and with developments in" beside "… to as the developments in") loses more.
 */
const LOOSE_LOSS = 0.125;
const EDITS_ALONE = 1 / 25;
/**
 * Characters of an edited quote's edge that must be all but intact where its context is lost: a
 * typo or a swapped pair (EDGE_EDITS) is an edit, a different word is another sentence.
 */
const EDGE = 8;
const EDGE_EDITS = 2;

/**
 * The stored position as evidence, in characters: POSITION at the same offset, half that
 * POSITION_SCALE characters away. It decides between places whose words and context fit alike
 * (a pasted duplicate, an edited passage beside its intact twin) but outweighs no more than a
 * few characters of differing context.
 */
const POSITION = 8;
const POSITION_SCALE = 64;

/**
 * How far ahead of every other place the best must be, in cost: LEAD, plus LOSS_LEAD for each
 * character it lost itself. The more a place has lost, the likelier it is a look-alike left
 * after its passage was deleted, and a near rival says exactly that.
 */
const LEAD = 3;
const LOSS_LEAD = 1.5;

/** Weighs a match of the quote (start, end, errors) as a candidate for the anchor's place. */
export function weigh(e: Evidence, start: number, end: number, errors: number): Candidate {
	const { text, prefix, suffix } = e;
	// An anchor with context on one side only was made at the text's edge (describeRange stops
	// there; for the start, its position says so too): the edge is its context on that side,
	// worth half a side. An anchor with no context at all (hand-written) says nothing.
	const before = prefix
		? contextSimilarity(text, prefix, start, 'prefix')
		: suffix && e.origin === 0
			? Number(start === 0)
			: undefined;
	const after = suffix
		? contextSimilarity(text, suffix, end, 'suffix')
		: prefix
			? Number(end === text.length)
			: undefined;
	const m = e.exact.length;
	const loss = errors + weight(prefix) * (1 - (before ?? 1)) + weight(suffix) * (1 - (after ?? 1));
	const found =
		m - errors + beyondChance(before, weight(prefix)) + beyondChance(after, weight(suffix));
	return {
		start,
		end,
		errors,
		score: 1 - errors / m,
		prefix: before,
		suffix: after,
		loss,
		cost: loss - nearness(Math.abs(start - e.origin)),
		found
	};
}

/** How far ahead in cost of every other place a candidate must be to be chosen. */
export function lead(c: Candidate): number {
	return LEAD + LOSS_LEAD * c.loss;
}

/** Whether a candidate's quote and context are evidence enough to point at it. */
export function acceptable(c: Candidate, e: Evidence): boolean {
	const m = e.exact.length;
	if (c.score < e.minScore - 1e-9) return false;
	if (c.prefix === undefined && c.suffix === undefined) return true;
	if (c.errors === 0) {
		// A hand-written anchor may carry less context than describeRange gives: ask for part of it.
		const carried =
			(c.prefix === undefined ? 0 : weight(e.prefix)) +
			(c.suffix === undefined ? 0 : weight(e.suffix));
		const context = c.found - m;
		if (m >= SPEAKS_FOR_ITSELF) return true;
		// A quote shorter than a context, with one side foreign: the other must be as good as intact.
		const sides = [c.prefix, c.suffix].filter((x) => x !== undefined);
		const lost = sides.some((x) => x < AGREES) && !sides.some((x) => x >= INTACT);
		if (lost && m < CONTEXT_LENGTH) return false;
		// Verbatim where it was stored, with one side intact: the sentence after it (or before it)
		// was edited. Near the start or end of a text the intact side is too short to add up to
		// IDENTIFIES, yet the quote has not moved at all.
		if (c.start === e.origin && sides.some((x) => x >= INTACT)) return true;
		return (
			context >= Math.min(CONTEXT_NEEDED, carried / 2) &&
			c.found >= Math.min(IDENTIFIES, 0.75 * (m + carried))
		);
	}
	const sides = [c.prefix, c.suffix].filter((x) => x !== undefined);
	const window = m + weight(e.prefix) + weight(e.suffix);
	if (sides.every((x) => x >= AGREES))
		return c.score >= CLOSE_SCORE || c.loss <= LOOSE_LOSS * window;
	if (c.score < CLOSE_SCORE) return false;
	// One side lost (a paragraph moved, words added next to the quote): the other intact (or, for
	// a long quote, agreeing), and the quote's own edge on the lost side too. A sentence copied
	// elsewhere differs from a quote running into the sentence before it ("cooperation. The
	// second thing …") right at that edge.
	const edgeKept = (side: number | undefined, edge: string, at: number) =>
		side === undefined ||
		side >= AGREES ||
		editDistance(edge, e.text.slice(Math.max(0, at), at + EDGE)) <= EDGE_EDITS;
	const edges =
		edgeKept(c.prefix, e.exact.slice(0, EDGE), c.start) &&
		edgeKept(c.suffix, e.exact.slice(-EDGE), c.end - EDGE);
	if (edges && m >= CONTEXT_LENGTH && sides.some((x) => x >= INTACT)) return true;
	if (edges && m >= SPEAKS_FOR_ITSELF && sides.some((x) => x >= AGREES)) return true;
	return m >= SPEAKS_FOR_ITSELF && c.errors <= Math.max(2, m * EDITS_ALONE);
}

/**
 * What a side of the context counts for: its length, or for the text's edge half a side (it is
 * one fact, start or end, where a context is many characters).
 */
function weight(context: string): number {
	return context.length || CONTEXT_LENGTH / 2;
}

/** The stored position's evidence for a place `distance` characters from it (see POSITION). */
export function nearness(distance: number): number {
	return POSITION / (1 + distance / POSITION_SCALE);
}

/** Context characters that agree beyond chance. */
function beyondChance(similarity: number | undefined, length: number): number {
	if (similarity === undefined) return 0;
	return (length * Math.max(0, similarity - CHANCE)) / (1 - CHANCE);
}

/** Levenshtein distance, O(n·m): contexts are short, and whole quotes are only refitted once. */
export function editDistance(a: string, b: string): number {
	if (a === b) return 0;
	if (a.length === 0) return b.length;
	if (b.length === 0) return a.length;
	let previous = new Uint32Array(b.length + 1);
	let current = new Uint32Array(b.length + 1);
	for (let j = 0; j <= b.length; j++) previous[j] = j;
	for (let i = 1; i <= a.length; i++) {
		current[0] = i;
		const ch = a.charCodeAt(i - 1);
		for (let j = 1; j <= b.length; j++) {
			const substitution = previous[j - 1]! + (ch === b.charCodeAt(j - 1) ? 0 : 1);
			current[j] = Math.min(substitution, previous[j]! + 1, current[j - 1]! + 1);
		}
		[previous, current] = [current, previous];
	}
	return previous[b.length]!;
}

/**
 * How well `context` (an anchor's prefix or suffix) still reads beside a candidate, as
 * 1 − edits ÷ context length, at least 0. `side` says where it belongs: the prefix ends at
 * `at`, the suffix starts there.
 *
 * The context is aligned from the quote outwards and its far end may stop anywhere: a word
 * inserted 30 characters away costs only the characters it pushes out of sight, not a shift of
 * the whole context, while a word inserted next to the quote costs its length. Text missing
 * beyond the start or end of the document counts as changed.
 */
export function contextSimilarity(
	text: string,
	context: string,
	at: number,
	side: 'prefix' | 'suffix'
): number {
	const n = context.length;
	if (n === 0) return 1;
	// Far enough to hold the context with a few inserted words in it; both read outwards.
	const reach =
		side === 'prefix' ? Math.min(n + (n >> 1), at) : Math.min(n + (n >> 1), text.length - at);
	const own = new Uint16Array(n);
	for (let j = 0; j < n; j++) own[j] = context.charCodeAt(side === 'prefix' ? n - 1 - j : j);
	let previous = new Uint32Array(n + 1);
	let current = new Uint32Array(n + 1);
	for (let j = 0; j <= n; j++) previous[j] = j;
	let best = n;
	for (let i = 1; i <= reach; i++) {
		current[0] = i;
		const ch = text.charCodeAt(side === 'prefix' ? at - i : at + i - 1);
		for (let j = 1; j <= n; j++) {
			const substitution = previous[j - 1]! + (ch === own[j - 1] ? 0 : 1);
			current[j] = Math.min(substitution, previous[j]! + 1, current[j - 1]! + 1);
		}
		best = Math.min(best, current[n]!);
		[previous, current] = [current, previous];
	}
	return 1 - best / n;
}

/**
 * contextSimilarity's edits (context length × (1 − similarity)) for every offset from..to at once,
 * in one pass: the edits of the best alignment of `context` ending at the offset (a prefix) or
 * starting there (a suffix), its far end free.
 */
export function contextMisfits(
	text: string,
	context: string,
	from: number,
	to: number,
	side: 'prefix' | 'suffix'
): Int32Array {
	const n = context.length;
	const reach = n + (n >> 1);
	// Read inwards from the far end, so the far end is the free start of Sellers' search.
	const lo = side === 'prefix' ? Math.max(0, from - reach) : from;
	const hi = side === 'prefix' ? to : Math.min(text.length, to + reach);
	const ch = (j: number) => text.charCodeAt(side === 'prefix' ? lo + j : hi - 1 - j);
	const own = new Uint16Array(n);
	for (let i = 0; i < n; i++) own[i] = context.charCodeAt(side === 'prefix' ? i : n - 1 - i);
	// column[i]: edits of context[0..i) against the text so far, ending at the current character.
	const column = new Int32Array(n + 1);
	for (let i = 0; i <= n; i++) column[i] = i;
	const misfits = new Int32Array(to - from + 1);
	const record = (j: number) => {
		const at = side === 'prefix' ? lo + j : hi - j;
		if (at >= from && at <= to) misfits[at - from] = column[n]!;
	};
	// Missing text before the document's start or after its end costs one edit per character.
	if (side === 'prefix' ? lo === 0 : hi === text.length) record(0);
	for (let j = 0; j < hi - lo; j++) {
		let diagonal = column[0]!;
		column[0] = 0;
		const c = ch(j);
		for (let i = 1; i <= n; i++) {
			const up = column[i]!;
			column[i] = Math.min(diagonal + (own[i - 1] === c ? 0 : 1), up + 1, column[i - 1]! + 1);
			diagonal = up;
		}
		record(j + 1);
	}
	return misfits;
}
