import { sideStyle } from '../comparison/palette';
import type { ClaimView, ComparisonView, EventView, Piece } from '../comparison/view';

export type ExplorerSide = {
	id: string;
	label: string;
	who: string;
	index: number;
	letter: string;
};

/** One quoted passage of a claim; `target` is the start offset of the mark to link and jump to. */
export type ExplorerQuote = { start: number; end: number; text: string; target: number };

export type ExplorerClaim = {
	id: string;
	voice: 'side' | 'author';
	text: string;
	/** How the source reports a side's claim; absent for the author's framing. */
	attribution?: string;
	/** Index of the claim's side in the comparison; absent for the author's framing. */
	side?: number;
	/** Label of the claim's dimension, when it has one. */
	dimension?: string;
	step?: number;
	/** Labels of the sides an author's framing is about. */
	about: string[];
	quotes: ExplorerQuote[];
};

/**
 * A row of the grid: a dimension (grid layout) or a step (sequence layout), each side's claims in
 * it, and the author's framing that belongs to it.
 */
export type ExplorerRow = {
	id: string;
	label: string;
	description?: string;
	step?: number;
	cells: { side: number; claims: string[] }[];
	author: string[];
};

/** A run of passage text; `opens` lists who has an anchor starting here (side index, -1 = author). */
export type ExplorerPiece = Piece & { sides: number[]; author: boolean; opens: number[] };

export type ExplorerEvent = {
	id: string;
	date?: string;
	when: string;
	text: string;
	target: number;
};

/** Everything the explorer page shows, computed at build time so the client only renders it. */
export type ExplorerModel = {
	id: string;
	title: string;
	question: string;
	layout: 'grid' | 'sequence';
	citation: string;
	sides: ExplorerSide[];
	/** Whether cards need to name their dimension (a sequence spanning several dimensions). */
	showDimension: boolean;
	claims: ExplorerClaim[];
	rows: ExplorerRow[];
	/** Author's framing that belongs to no row. */
	authorElsewhere: string[];
	passages: { id: string; pieces: ExplorerPiece[] }[];
	timeline: ExplorerEvent[];
};

/** The model's claims by id. */
export function claimIndex(model: ExplorerModel): ReadonlyMap<string, ExplorerClaim> {
	return new Map(model.claims.map((c) => [c.id, c]));
}

/** Author-voice marks use this in place of a side index. */
export const AUTHOR = -1;

/** Builds the explorer's model from a comparison view. */
export function explorerModel(view: ComparisonView): ExplorerModel {
	const { comparison } = view;
	const sideIndex = new Map(comparison.sides.map((s, i) => [s.id, i]));
	const sideLabel = new Map(comparison.sides.map((s) => [s.id, s.label]));
	const dimensionLabel = new Map(comparison.dimensions.map((d) => [d.id, d.label]));
	const byId = new Map(view.claims.map((c) => [c.id, c]));
	const pieces = view.passages.flatMap((p) => p.pieces);
	const targetOf = (range: { start: number; end: number }, owner: (p: Piece) => boolean) =>
		pieces.find((p) => p.end > range.start && p.start < range.end && owner(p))?.start ??
		range.start;

	const claims: ExplorerClaim[] = view.claims.map((c) => ({
		id: c.id,
		voice: c.voice,
		text: c.text,
		...(c.voice === 'side'
			? { attribution: c.attribution, side: sideIndex.get(c.side) ?? 0, step: c.step }
			: {}),
		dimension: c.dimension === undefined ? undefined : dimensionLabel.get(c.dimension),
		about: c.voice === 'author' ? (c.about ?? []).map((id) => sideLabel.get(id) ?? id) : [],
		quotes: c.ranges.map((r) => ({
			start: r.start,
			end: r.end,
			text: r.quote,
			target: targetOf(r, (p) => p.claims.includes(c.id))
		}))
	}));

	const opening = new Map<number, Set<number>>();
	for (const c of view.claims) {
		const who = c.voice === 'side' ? (sideIndex.get(c.side) ?? 0) : AUTHOR;
		for (const r of c.ranges) {
			const at = targetOf(r, (p) => p.claims.includes(c.id));
			opening.set(at, (opening.get(at) ?? new Set()).add(who));
		}
	}
	const sidesOf = (ids: string[]) => {
		const found = new Set<number>();
		for (const id of ids) {
			const c = byId.get(id);
			if (c?.voice === 'side') found.add(sideIndex.get(c.side) ?? 0);
		}
		return [...found].sort((a, b) => a - b);
	};

	return {
		id: comparison.id,
		title: comparison.title,
		question: comparison.question,
		layout: comparison.layout,
		citation: view.source.citation,
		sides: comparison.sides.map((s, index) => ({
			...s,
			index,
			letter: sideStyle(index).letter
		})),
		showDimension: comparison.layout === 'sequence' && comparison.dimensions.length > 1,
		claims,
		...rowsOf(view),
		passages: view.passages.map((p) => ({
			id: p.id,
			pieces: p.pieces.map((piece) => ({
				...piece,
				sides: sidesOf(piece.claims),
				author: piece.claims.some((id) => byId.get(id)?.voice === 'author'),
				opens: [...(opening.get(piece.start) ?? [])].sort((a, b) => a - b)
			}))
		})),
		timeline: timelineOf(view.timeline, (r, id) => targetOf(r, (p) => p.events.includes(id)))
	};
}

const ids = (claims: ClaimView[]) => claims.map((c) => c.id);

/** Grid rows are the view's dimension rows; sequence rows are steps, then unnumbered claims. */
function rowsOf(view: ComparisonView): Pick<ExplorerModel, 'rows' | 'authorElsewhere'> {
	const { comparison } = view;
	const authorElsewhere = ids(view.authorElsewhere);
	if (comparison.layout === 'grid') {
		return {
			rows: view.rows.map((row) => ({
				id: row.dimension.id,
				label: row.dimension.label,
				description: row.dimension.description,
				cells: row.cells.map((cell, side) => ({ side, claims: ids(cell.claims) })),
				author: ids(row.author)
			})),
			authorElsewhere
		};
	}
	// A sequence compares each side's n-th step across, so "trust first" meets "ceasefire first".
	const sideClaims = view.rows.flatMap((row) => row.cells.flatMap((cell) => cell.claims));
	const steps = [...new Set(sideClaims.flatMap((c) => (c.step === undefined ? [] : [c.step])))];
	steps.sort((a, b) => a - b);
	const stepRows: ExplorerRow[] = steps.map((step) => ({
		id: `step-${step}`,
		label: `Step ${step}`,
		step,
		cells: comparison.sides.map((side, index) => ({
			side: index,
			claims: ids(sideClaims.filter((c) => c.side === side.id && c.step === step))
		})),
		author: []
	}));
	const unnumbered: ExplorerRow[] = view.rows.flatMap((row) => {
		const cells = row.cells.map((cell, side) => ({
			side,
			claims: ids(cell.claims.filter((c) => c.step === undefined))
		}));
		if (cells.every((cell) => cell.claims.length === 0)) return [];
		return [{ id: row.dimension.id, label: row.dimension.label, cells, author: [] }];
	});
	const author = view.rows.flatMap((row) => ids(row.author));
	return { rows: [...stepRows, ...unnumbered], authorElsewhere: [...author, ...authorElsewhere] };
}

/** Dated events in date order, then undated ones in the order the source tells them. */
function timelineOf(
	events: EventView[],
	targetOf: (range: { start: number; end: number }, id: string) => number
): ExplorerEvent[] {
	const start = (e: EventView) => e.ranges[0]?.start ?? 0;
	const sorted = [...events].sort((a, b) => {
		if (a.date && b.date) return a.date.localeCompare(b.date) || start(a) - start(b);
		if (a.date || b.date) return a.date ? -1 : 1;
		return start(a) - start(b);
	});
	return sorted.map((e) => ({
		id: e.id,
		date: e.date,
		when: e.when,
		text: e.text,
		target: e.ranges[0] ? targetOf(e.ranges[0], e.id) : 0
	}));
}
