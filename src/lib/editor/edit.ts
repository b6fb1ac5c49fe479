/**
 * Every change the editor makes to a draft, as pure functions from one version of the draft to
 * the next: the page keeps whole versions, so undo and redo are only older and newer ones. Ids
 * are made here and never shown, so renaming a side or a row never breaks a claim.
 */
import { describeRange, normalizeText, type Anchor } from '../anchoring/index.ts';
import type { Claim, Comparison, Dimension, Side } from '../model/schema.ts';
import type { Draft, DraftSourceMeta } from '../draft/draft.ts';

/** Who speaks in a claim being made: a side, the author about a side, or the author's framing. */
export type ClaimVoice =
	{ kind: 'side'; side: string } | { kind: 'account'; side: string } | { kind: 'framing' };

/** A fresh id `<stem><n>` not yet used in `taken`. */
export function freshId(stem: string, taken: Iterable<{ id: string }>): string {
	const used = new Set(Array.from(taken, (t) => t.id));
	let n = 1;
	while (used.has(`${stem}${n}`)) n++;
	return `${stem}${n}`;
}

function withComparison(draft: Draft, comparison: Comparison): Draft {
	return { ...draft, comparison };
}

/** The draft with a new text, stored in the canonical form anchors are made over. */
export function setText(draft: Draft, text: string): Draft {
	return { ...draft, source: { ...draft.source, text: normalizeText(text) } };
}

/** The draft with some of its source's metadata changed; an empty optional field is dropped. */
export function setMeta(draft: Draft, patch: Partial<DraftSourceMeta>): Draft {
	const meta: Record<string, unknown> = { ...draft.source.meta, ...patch };
	for (const key of ['date', 'page', 'title', 'author', 'kind'] as const) {
		if (meta[key] === '') delete meta[key];
	}
	return { ...draft, source: { ...draft.source, meta: meta as DraftSourceMeta } };
}

/** The draft with its title, question or layout changed. */
export function setFrame(
	draft: Draft,
	patch: Partial<Pick<Comparison, 'title' | 'question' | 'layout'>>
): Draft {
	return withSteps(withComparison(draft, { ...draft.comparison, ...patch }));
}

/** Adds a side, with empty label and description, up to four. */
export function addSide(draft: Draft): Draft {
	const { sides } = draft.comparison;
	if (sides.length >= 4) return draft;
	const side: Side = { id: freshId('side-', sides), label: '', who: '' };
	return withComparison(draft, { ...draft.comparison, sides: [...sides, side] });
}

/** Changes the side at `index`; an empty list of words to hide is dropped. */
export function updateSide(draft: Draft, index: number, patch: Partial<Omit<Side, 'id'>>): Draft {
	const sides = draft.comparison.sides.map((s, i): Side => {
		if (i !== index) return s;
		const { hide, ...rest } = { ...s, ...patch };
		return hide && hide.length > 0 ? { ...rest, hide } : rest;
	});
	return withComparison(draft, { ...draft.comparison, sides });
}

/** Removes a side, its claims and the author's account of it; framing no longer names it. */
export function removeSide(draft: Draft, index: number): Draft {
	const gone = draft.comparison.sides[index]?.id;
	const claims = draft.comparison.claims.flatMap((c): Claim[] => {
		if (c.voice === 'side') return c.side === gone ? [] : [c];
		if (c.voice === 'account') return c.about.includes(gone ?? '') ? [] : [c];
		return [{ ...c, about: c.about?.filter((s) => s !== gone) }];
	});
	const sides = draft.comparison.sides.filter((_, i) => i !== index);
	return withComparison(draft, { ...draft.comparison, sides, claims });
}

/** Adds a row at the end. */
export function addRow(draft: Draft, label = ''): Draft {
	const { dimensions } = draft.comparison;
	const row: Dimension = { id: freshId('row-', dimensions), label };
	return withSteps(
		withComparison(draft, { ...draft.comparison, dimensions: [...dimensions, row] })
	);
}

/** Renames the row at `index`. */
export function renameRow(draft: Draft, index: number, label: string): Draft {
	const dimensions = draft.comparison.dimensions.map((d, i) => (i === index ? { ...d, label } : d));
	return withComparison(draft, { ...draft.comparison, dimensions });
}

/** Moves the row at `index` up (-1) or down (+1). */
export function moveRow(draft: Draft, index: number, by: -1 | 1): Draft {
	const dimensions = [...draft.comparison.dimensions];
	const to = index + by;
	if (to < 0 || to >= dimensions.length) return draft;
	[dimensions[index], dimensions[to]] = [dimensions[to]!, dimensions[index]!];
	return withSteps(withComparison(draft, { ...draft.comparison, dimensions }));
}

/**
 * Deletes the row at `index`. Its claims go to the row `moveTo`, or are deleted with it when
 * none is given (the author's framing stays, apart from the rows); the page asks first.
 */
export function deleteRow(draft: Draft, index: number, moveTo?: string): Draft {
	const gone = draft.comparison.dimensions[index]?.id;
	const dimensions = draft.comparison.dimensions.filter((_, i) => i !== index);
	const claims = draft.comparison.claims.flatMap((c): Claim[] => {
		if (c.dimension !== gone) return [c];
		if (moveTo) return [{ ...c, dimension: moveTo }];
		if (c.voice !== 'framing') return [];
		const { dimension: _row, ...rest } = c;
		return [rest];
	});
	const prompts = draft.comparison.prompts.filter((p) => p.dimension !== gone);
	return withSteps(withComparison(draft, { ...draft.comparison, dimensions, claims, prompts }));
}

/** How many claims are on a row. */
export function claimsOnRow(draft: Draft, row: string): number {
	return draft.comparison.claims.filter((c) => c.dimension === row).length;
}

/** The step a row gives its side's claims in a sequence, or undefined in a grid. */
export function stepOf(comparison: Comparison, row: string | undefined): number | undefined {
	if (comparison.layout !== 'sequence') return undefined;
	return comparison.dimensions.find((d) => d.id === row)?.step;
}

/** In a sequence every row is a step, numbered in row order; in a grid no row has one. */
function withSteps(draft: Draft): Draft {
	const { comparison } = draft;
	const dimensions = comparison.dimensions.map((row, i): Dimension => {
		const { step: _old, ...rest } = row;
		return comparison.layout === 'sequence' ? { ...rest, step: i + 1 } : rest;
	});
	return withComparison(draft, { ...comparison, dimensions });
}

/** The anchor for `[start, end)` of the draft's text, made by the anchoring module. */
export function anchorAt(draft: Draft, start: number, end: number): Anchor {
	return describeRange(draft.source.text, start, end);
}

/**
 * Adds a claim in `voice` for one passage, on `row` (a side's claim and an account need one:
 * the first row when none is given). Returns the new draft and the claim's id.
 */
export function addClaim(
	draft: Draft,
	voice: ClaimVoice,
	anchor: Anchor,
	options: { row?: string; attribution?: string } = {}
): { draft: Draft; id: string } {
	const { comparison } = draft;
	const id = freshId('claim-', comparison.claims);
	const row = options.row ?? comparison.dimensions[0]?.id;
	const common = { id, text: '', anchors: [anchor] };
	const claim: Claim =
		voice.kind === 'framing'
			? { ...common, voice: 'framing', ...(row ? { dimension: row } : {}) }
			: voice.kind === 'account'
				? { ...common, voice: 'account', about: [voice.side], dimension: row ?? '' }
				: {
						...common,
						voice: 'side',
						side: voice.side,
						dimension: row ?? '',
						attribution: options.attribution ?? ''
					};
	const next = { ...comparison, claims: [...comparison.claims, claim] };
	return { draft: withSteps(withComparison(draft, next)), id };
}

/** A change to a claim: its paraphrase, attribution, row or side. */
export type ClaimPatch = { text?: string; attribution?: string; row?: string; side?: string };

/** Changes the claim `id`; a row or side it cannot have (a framing's side) is ignored. */
export function updateClaim(draft: Draft, id: string, patch: ClaimPatch): Draft {
	const claims = draft.comparison.claims.map((c): Claim => {
		if (c.id !== id) return c;
		const text = patch.text ?? c.text;
		const dimension = patch.row ?? c.dimension;
		if (c.voice === 'side') {
			return {
				...c,
				text,
				dimension: dimension ?? '',
				attribution: patch.attribution ?? c.attribution,
				side: patch.side ?? c.side
			};
		}
		if (c.voice === 'account') {
			return { ...c, text, dimension: dimension ?? '', about: patch.side ? [patch.side] : c.about };
		}
		const { dimension: _row, ...rest } = c;
		return { ...rest, text, ...(dimension ? { dimension } : {}) };
	});
	return withSteps(withComparison(draft, { ...draft.comparison, claims }));
}

/** Adds another passage to the claim `id`. */
export function addPassage(draft: Draft, id: string, anchor: Anchor): Draft {
	const claims = draft.comparison.claims.map((c) =>
		c.id === id ? { ...c, anchors: [...c.anchors, anchor] } : c
	);
	return withComparison(draft, { ...draft.comparison, claims });
}

/** Removes the passage at `index` of the claim `id`; its last passage stays. */
export function removePassage(draft: Draft, id: string, index: number): Draft {
	const claims = draft.comparison.claims.map((c) =>
		c.id === id && c.anchors.length > 1
			? { ...c, anchors: c.anchors.filter((_, i) => i !== index) }
			: c
	);
	return withComparison(draft, { ...draft.comparison, claims });
}

/** Deletes the claim `id`. */
export function deleteClaim(draft: Draft, id: string): Draft {
	const claims = draft.comparison.claims.filter((c) => c.id !== id);
	return withComparison(draft, { ...draft.comparison, claims });
}

/** The voice a stored claim is made in, as the editor names it. */
export function claimVoice(claim: Claim): ClaimVoice {
	if (claim.voice === 'side') return { kind: 'side', side: claim.side };
	if (claim.voice === 'account') return { kind: 'account', side: claim.about[0]! };
	return { kind: 'framing' };
}
