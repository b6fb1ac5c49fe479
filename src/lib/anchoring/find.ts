/**
 * Finding a quote typed or pasted by a person in a source text, to turn it into an anchor: exact
 * matching first, then one that takes straight quotes and hyphens for the source's typographic
 * ones. Pure, so the authoring CLI and the browser share it.
 */
import { describeRange } from './describe.ts';
import { normalizeText } from './normalize.ts';
import type { Anchor } from './selectors.ts';

/** Characters a keyboard cannot easily type, folded one-for-one so offsets stay the same. */
const FOLD: Record<string, string> = {
	'\u201c': '"',
	'\u201d': '"',
	'\u201e': '"',
	'\u00ab': '"',
	'\u00bb': '"',
	'\u2018': "'",
	'\u2019': "'",
	'\u2010': '-',
	'\u2011': '-',
	'\u2012': '-',
	'\u2013': '-',
	'\u2014': '-',
	'\u00a0': ' '
};

/** Replaces typographic quotes, dashes and no-break spaces by ASCII, one UTF-16 unit for one. */
export function foldTypography(text: string): string {
	return text.replace(
		/[\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019\u2010-\u2014\u00a0]/g,
		(c) => FOLD[c] ?? c
	);
}

/** Every start offset of `needle` in `haystack`, overlapping occurrences included. */
export function occurrences(haystack: string, needle: string): number[] {
	const found: number[] = [];
	if (needle.length === 0) return found;
	for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) {
		found.push(i);
	}
	return found;
}

export type FindResult =
	| { kind: 'found'; anchor: Anchor; folded: boolean; occurrences: number[] }
	| { kind: 'absent'; longestPrefix: string }
	| { kind: 'ambiguous'; occurrences: number[] }
	| { kind: 'bad-occurrence'; occurrences: number[] };

/**
 * Finds `quote` in the normalised `text` and describes it. Exact matching first; only when that
 * finds nothing, a match that treats typographic quotes and dashes as their ASCII forms.
 */
export function findQuote(text: string, quote: string, occurrence?: number): FindResult {
	const needle = normalizeText(quote).trim();
	let folded = false;
	let starts = occurrences(text, needle);
	if (starts.length === 0) {
		starts = occurrences(foldTypography(text), foldTypography(needle));
		folded = starts.length > 0;
	}
	if (starts.length === 0) {
		return {
			kind: 'absent',
			longestPrefix: longestOccurringPrefix(foldTypography(text), foldTypography(needle), needle)
		};
	}
	if (occurrence === undefined && starts.length > 1)
		return { kind: 'ambiguous', occurrences: starts };
	const index = (occurrence ?? 1) - 1;
	const start = starts[index];
	if (start === undefined) return { kind: 'bad-occurrence', occurrences: starts };
	return {
		kind: 'found',
		anchor: describeRange(text, start, start + needle.length),
		folded,
		occurrences: starts
	};
}

/** The longest beginning of the quote that the text contains, to show where a quote goes wrong. */
function longestOccurringPrefix(foldedText: string, foldedNeedle: string, needle: string): string {
	// Containment of prefixes is monotonic (if a prefix occurs, every shorter one does): bisect.
	let lo = 0;
	let hi = foldedNeedle.length;
	while (lo < hi) {
		const mid = Math.ceil((lo + hi) / 2);
		if (foldedText.includes(foldedNeedle.slice(0, mid))) lo = mid;
		else hi = mid - 1;
	}
	return needle.slice(0, lo);
}

/** 1-based line and column of an offset, for listing occurrences. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
	const before = text.slice(0, offset);
	const line = before.split('\n').length;
	return { line, column: offset - before.lastIndexOf('\n') };
}

/** Whether prefix + exact + suffix picks out a single place in the text. */
export function isUnique(text: string, anchor: Anchor): boolean {
	const { prefix, exact, suffix } = anchor.quote;
	return occurrences(text, prefix + exact + suffix).length === 1;
}
