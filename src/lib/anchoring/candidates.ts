import search from 'approx-string-match';
import type { TextRange } from './resolve.ts';
import { occurrences } from './find.ts';
import { contextMisfits, editDistance } from './distance.ts';

/** A place where the quote may be now, with the edits between it and the quote. */
export type Match = { start: number; end: number; errors: number };

/** Beyond this many verbatim occurrences a quote says nothing; only the ones nearest count. */
const MAX_OCCURRENCES = 1000;

/** How far fitEdges may move an end: edge edits are a letter or a word, not a clause. */
const MAX_EDGE_SHIFT = 8;

/** Every verbatim occurrence of `exact`, the `MAX_OCCURRENCES` nearest `origin` if more. */
export function verbatim(text: string, exact: string, origin: number): Match[] {
	let starts = occurrences(text, exact);
	if (starts.length > MAX_OCCURRENCES) {
		starts = starts
			.sort((a, b) => Math.abs(a - origin) - Math.abs(b - origin))
			.slice(0, MAX_OCCURRENCES);
	}
	return starts.map((start) => ({ start, end: start + exact.length, errors: 0 }));
}

/** The most edits each search of approximateMatches may allow. */
export type Budget = {
	/** The quote alone. */
	quote: number;
	/** Prefix + quote + suffix. */
	passage: number;
	/** The quote, inside a stretch where the passage was found. */
	inner: number;
};

/**
 * Approximate matches of the quote within `region` of the text: the best few places, not only
 * the best one.
 *
 * Myers' search (approx-string-match) reports only the matches with the fewest edits, so the true
 * place can hide behind a look-alike with one edit fewer. So each search is repeated with the
 * places found so far blanked out, `rounds` times. And the whole passage (prefix + quote + suffix)
 * is searched as well, which finds the place where the passage as a whole survives even when a
 * short quote's own best match is a look-alike; the quote is then located inside it.
 */
export function approximateMatches(
	text: string,
	region: TextRange,
	{ exact, prefix, suffix }: { exact: string; prefix: string; suffix: string },
	budget: Budget,
	rounds: number
): Match[] {
	const slice = text.slice(region.start, region.end);
	const found: Match[] = [];
	if (budget.quote >= 0) {
		for (const m of repeatedSearch(slice, exact, budget.quote, rounds)) {
			found.push(shift(m, region.start));
		}
	}
	if (prefix.length + suffix.length > 0 && budget.passage >= 0 && budget.inner >= 0) {
		const passage = prefix + exact + suffix;
		for (const hit of mergeOverlaps(repeatedSearch(slice, passage, budget.passage, rounds))) {
			const inner = slice.slice(hit.start, hit.end);
			for (const m of search(inner, exact, budget.inner)) {
				found.push(shift(m, region.start + hit.start));
			}
		}
	}
	return found;
}

/** search() again and again, each time with the matches found so far blanked out. */
function repeatedSearch(
	slice: string,
	pattern: string,
	maxErrors: number,
	rounds: number
): Match[] {
	const found: Match[] = [];
	let rest = slice;
	for (let round = 0; round < rounds; round++) {
		const matches = search(rest, pattern, maxErrors);
		if (matches.length === 0) break;
		found.push(...matches);
		if (round + 1 < rounds) {
			const blanked = mergeOverlaps(matches);
			let next = '';
			let from = 0;
			for (const m of blanked) {
				next += rest.slice(from, m.start) + BLANK.repeat(m.end - m.start);
				from = m.end;
			}
			rest = next + rest.slice(from);
		}
	}
	return found;
}

/** Stands in for text already matched: a character no quote contains. */
const BLANK = '\u0000';

/** Marks which 4-gram hashes the quote holds; reused between calls (one quote at a time). */
const grams = new Uint8Array(1 << 16);

/**
 * Close matches (at most `maxErrors` edits) anywhere in a long text, without running Myers'
 * search over all of it. The text is read as 4-grams side by side (at offsets 0, 4, 8, …), a
 * quarter of the work of every offset; an edit breaks at most one of them, so a match of the
 * quote (at least m − k characters long) keeps at least ⌊(m − k) / 4⌋ − 1 − k of them whole,
 * each a 4-gram of the quote. Only stretches of text holding that many are searched. The filter
 * is strong only for few edits, which is why far matches must be close ones (see resolve.ts).
 */
export function closeMatches(text: string, exact: string, maxErrors: number): Match[] {
	const m = exact.length;
	const step = 4;
	const needed = Math.floor((m - maxErrors) / step) - 1 - maxErrors;
	if (needed <= 0) return search(text, exact, maxErrors);
	const marked: number[] = [];
	for (let i = 0, h = 0; i < m; i++) {
		h = roll(h, exact.charCodeAt(i));
		if (i >= 3 && grams[h] === 0) {
			grams[h] = 1;
			marked.push(h);
		}
	}
	// A sliding count of the quote's 4-grams among the last `window` grams read, as many as fit
	// in the longest a match can be; `ring` remembers which of them counted.
	const longest = m + maxErrors;
	const window = Math.floor(longest / step) + 1;
	const ring = new Uint8Array(window);
	const stretches: TextRange[] = [];
	const n = text.length;
	let count = 0;
	for (let j = 0, slot = 0; j + 4 <= n; j += step) {
		// roll() four times over, unrolled: this loop reads the whole text.
		const h =
			((fold(text.charCodeAt(j)) << 12) ^
				(fold(text.charCodeAt(j + 1)) << 8) ^
				(fold(text.charCodeAt(j + 2)) << 4) ^
				fold(text.charCodeAt(j + 3))) &
			0xffff;
		const hit = grams[h]!;
		count += hit - ring[slot]!;
		ring[slot] = hit;
		if (++slot === window) slot = 0;
		if (count >= needed) {
			const start = Math.max(0, j + 4 - longest - step - 4 - maxErrors);
			const end = Math.min(n, j + 4 + step + 4 + maxErrors);
			const last = stretches.at(-1);
			if (last && start <= last.end) last.end = end;
			else stretches.push({ start, end });
		}
	}
	for (const h of marked) grams[h] = 0;
	return stretches.flatMap((r) =>
		search(text.slice(r.start, r.end), exact, maxErrors).map((x) => shift(x, r.start))
	);
}

/** A hash of the last four characters read (each folded to 8 bits), updated one at a time. */
function roll(hash: number, code: number): number {
	return ((hash << 4) ^ fold(code)) & 0xffff;
}

/** A UTF-16 code unit folded to 8 bits. */
function fold(code: number): number {
	return (code ^ (code >>> 8)) & 0xff;
}

/**
 * Moves a match's ends to where the prefix and suffix fit best. Levenshtein alone cannot place an
 * edit at the quote's edge: "the sky is bleu" matches "the sky is blu" with one edit, leaving the
 * "e" that the suffix shows belongs to the quote outside the range. Ends move by at most the
 * match's edits (at least one, at most MAX_EDGE_SHIFT), so a refit never jumps to another place.
 */
export function fitEdges(
	text: string,
	prefix: string,
	suffix: string,
	exact: string,
	c: Match
): Match {
	const reach = Math.min(Math.max(1, c.errors), MAX_EDGE_SHIFT);
	const best = (from: number, to: number, home: number, misfits: Int32Array) => {
		let at = home;
		let least = misfits[home - from]!;
		for (let i = from; i <= to; i++) {
			const m = misfits[i - from]!;
			if (m < least || (m === least && Math.abs(i - home) < Math.abs(at - home))) {
				at = i;
				least = m;
			}
		}
		return at;
	};
	let start = c.start;
	if (prefix) {
		const [from, to] = [Math.max(0, c.start - reach), Math.min(c.end - 1, c.start + reach)];
		start = best(from, to, c.start, contextMisfits(text, prefix, from, to, 'prefix'));
	}
	let end = c.end;
	if (suffix) {
		const [from, to] = [Math.max(start + 1, c.end - reach), Math.min(text.length, c.end + reach)];
		if (from <= c.end)
			end = best(from, to, c.end, contextMisfits(text, suffix, from, to, 'suffix'));
	}
	if (start === c.start && end === c.end) return c;
	return { start, end, errors: editDistance(exact, text.slice(start, end)) };
}

function shift(m: { start: number; end: number; errors: number }, by: number): Match {
	return { start: m.start + by, end: m.end + by, errors: m.errors };
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
