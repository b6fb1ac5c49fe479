/**
 * Where each claim's passages are in the text now, for painting them and for finding the claim a
 * click lands on. Anchors are found again by the anchoring module, never assumed in place.
 */
import { resolveAnchor } from '../anchoring/index.ts';
import type { Comparison } from '../model/schema.ts';

/** A passage of a claim, placed in the text: whose it is and where. */
export type Mark = { claim: string; start: number; end: number; tone: string };

/**
 * Every passage that resolves, with the tone it is painted in: `side-0`, … for a side's words,
 * `author` for the author's, their account of a side included.
 */
export function marksOf(comparison: Comparison, text: string): Mark[] {
	const sides = comparison.sides.map((s) => s.id);
	return comparison.claims.flatMap((claim) => {
		const tone = claim.voice === 'side' ? `side-${sides.indexOf(claim.side)}` : 'author';
		return claim.anchors.flatMap((anchor) => {
			const found = resolveAnchor(text, anchor);
			if (found.status === 'ambiguous' || found.status === 'orphaned') return [];
			return [{ claim: claim.id, start: found.start, end: found.end, tone }];
		});
	});
}

/** The claims whose passages cover `offset`, the shortest passage first. */
export function claimsAt(marks: Mark[], offset: number): string[] {
	return marks
		.filter((m) => m.start <= offset && offset < m.end)
		.sort((a, b) => a.end - a.start - (b.end - b.start))
		.map((m) => m.claim);
}

/** The text as its lines, each with the offset it starts at; empty lines are left out. */
export function linesOf(text: string): { start: number; text: string }[] {
	const lines: { start: number; text: string }[] = [];
	let start = 0;
	for (const line of text.split('\n')) {
		if (line !== '') lines.push({ start, text: line });
		start += line.length + 1;
	}
	return lines;
}
