/**
 * The edit distances anchoring weighs places by: between a quote and a match, and between an
 * anchor's prefix or suffix and the text beside a candidate, read outwards from the quote.
 */

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
