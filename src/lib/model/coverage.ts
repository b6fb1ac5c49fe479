/**
 * What the claims leave out: which passages each side's claims cite and which no claim cites
 * (the explorer's coverage strip), and, per row, whether a side is empty although the text has
 * an uncited sentence reporting it (the editor's omission check). Hints for a person, never a
 * verdict: a passage nobody cites may simply say nothing of either side.
 */
import { placed } from './select.ts';
import type { ComparisonModel, Span } from './types.ts';

/** One passage and who cites it: sides by their own claims, the author by account or framing. */
export type PassageCoverage = {
	passage: string;
	start: number;
	end: number;
	/** Indices of the sides whose own claims cite the passage, in side order. */
	sides: number[];
	/** Whether the author's words (an account of a side, or framing) cite it. */
	author: boolean;
	/** Ids of every claim citing the passage, in the comparison's order. */
	claims: string[];
};

/** Every passage in text order with the voices that cite it; `claims` empty for an uncited one. */
export function coverage(model: ComparisonModel): PassageCoverage[] {
	return model.passages.map((passage) => {
		const citing = model.claims.filter((claim) =>
			placed(claim).some((a) => a.start < passage.end && a.end > passage.start)
		);
		const sides = new Set<number>();
		for (const c of citing) if (c.voice.kind === 'side') sides.add(c.voice.side);
		return {
			passage: passage.id,
			start: passage.start,
			end: passage.end,
			sides: [...sides].sort((a, b) => a - b),
			author: citing.some((c) => c.voice.kind !== 'side'),
			claims: citing.map((c) => c.id)
		};
	});
}

/** A side with no position of its own on a row, and the uncited sentences that report it. */
export type Omission = {
	row: string;
	side: number;
	/** "omission": the text reports the side in a sentence no claim cites; "nothing": it does not. */
	kind: 'omission' | 'nothing';
	sentences: Span[];
};

/** Verbs and phrases by which a text reports what someone holds. */
const REPORTING =
	/\b(?:says?|said|saying|believes?|believed|argues?|argued|insists?|insisted|told|tells|stated?|states|claims?|claimed|wants?|wanted|warned|warns|proposed?|proposes|called for|calls for|according to|in (?:his|her|their|its) view|thinks?|thought|maintains?|maintained|added|noted)\b/iu;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Words that point to a side: its label, the words it is also known by, and the subjects of its
 * claims' reporting words ("The Russian side believes" gives "The Russian side").
 */
function pointers(model: ComparisonModel, side: number): RegExp | undefined {
	const s = model.sides[side]!;
	const subjects = model.claims.flatMap((c) =>
		c.voice.kind === 'side' && c.voice.side === side && c.attribution
			? [
					c.attribution
						.replace(/\s*\([^)]*\)/g, '')
						.replace(REPORTING, '')
						.trim()
				]
			: []
	);
	const words = [s.label, ...s.hide, ...subjects]
		.map((w) => w.replace(/^(?:the|a|an)\s+/i, '').trim())
		.filter((w) => w.length > 2);
	if (words.length === 0) return undefined;
	const list = [...new Set(words)].map(escape).join('|');
	return new RegExp(`(?<![\\p{L}\\p{N}])(?:${list})(?![\\p{L}\\p{N}])`, 'iu');
}

/**
 * For every row on which a side has no position of its own: the sentences of `text` (the
 * model's normalised source) that no claim cites and that name the side beside a reporting
 * verb. With some, the side may be empty by omission; with none, the text gives nothing there.
 */
export function omissions(model: ComparisonModel, text: string): Omission[] {
	const cited = model.claims.flatMap((c) => placed(c));
	const uncited = model.passages
		.flatMap((p) => p.sentences)
		.filter((s) => !cited.some((a) => a.start < s.end && a.end > s.start));
	const bySide = model.sides.map((_s, i) => {
		const pattern = pointers(model, i);
		return uncited.filter((s) => {
			const sentence = text.slice(s.start, s.end);
			return pattern !== undefined && pattern.test(sentence) && REPORTING.test(sentence);
		});
	});
	return model.rows.flatMap((row) =>
		row.silent.map((side) => {
			const sentences = bySide[side] ?? [];
			return {
				row: row.id,
				side,
				kind: sentences.length > 0 ? ('omission' as const) : ('nothing' as const),
				sentences
			};
		})
	);
}
