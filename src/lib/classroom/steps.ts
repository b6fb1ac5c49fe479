import type { AuthorClaimView, ComparisonView, SideClaimView } from '../comparison/view';
import type { Dimension, Prompt, Side } from '../model/schema';

/** One side's claims on a step, with the side's index for its palette colour. */
export type StepCell = { side: Side; sideIndex: number; claims: SideClaimView[] };

/** A step that shows one dimension row: each side's claims on it and the author's framing of it. */
export type RowStep = {
	kind: 'row';
	dimension: Dimension;
	cells: StepCell[];
	author: AuthorClaimView[];
	/** Prompts whose dimension is this row. */
	prompts: Prompt[];
};

/** The author's framing that belongs to no row, shown on a step of its own. */
export type FramingStep = { kind: 'framing'; claims: AuthorClaimView[] };

export type Step = { kind: 'title' } | RowStep | FramingStep | { kind: 'final'; prompts: Prompt[] };

/**
 * The steps of a presentation: a title, each dimension row in order, the author's framing that
 * belongs to no row (if any), then a final step with every prompt. In a "sequence" comparison each
 * row is one step along the sides' lanes, so the rows are the steps there too.
 */
export function presentSteps(view: ComparisonView): Step[] {
	const { comparison } = view;
	const rows = view.rows.map((row): RowStep => ({
		kind: 'row',
		dimension: row.dimension,
		cells: row.cells.map((cell) => ({
			side: cell.side,
			sideIndex: comparison.sides.findIndex((s) => s.id === cell.side.id),
			claims: cell.claims
		})),
		author: row.author,
		prompts: comparison.prompts.filter((p) => p.dimension === row.dimension.id)
	}));
	const framing: FramingStep[] =
		view.authorElsewhere.length > 0 ? [{ kind: 'framing', claims: view.authorElsewhere }] : [];
	return [{ kind: 'title' }, ...rows, ...framing, { kind: 'final', prompts: comparison.prompts }];
}

/** One position in a side's lane: a step number and the rows its claims are shown on. */
export type LaneStop = { step: number; dimensions: string[] };

/** A side's lane in a "sequence" comparison. */
export type Lane = { side: Side; sideIndex: number; stops: LaneStop[] };

/**
 * Each side's lane of a "sequence" comparison: the step numbers its claims carry, in order, with
 * the rows they are on. Claims without a step are not in a lane; sides with none have no lane.
 */
export function lanes(view: ComparisonView): Lane[] {
	return view.comparison.sides
		.map((side, sideIndex) => {
			const stops = new Map<number, string[]>();
			for (const row of view.rows) {
				const cell = row.cells.find((c) => c.side.id === side.id);
				for (const claim of cell?.claims ?? []) {
					if (claim.step === undefined) continue;
					const rows = stops.get(claim.step) ?? [];
					if (!rows.includes(row.dimension.id)) rows.push(row.dimension.id);
					stops.set(claim.step, rows);
				}
			}
			return {
				side,
				sideIndex,
				stops: [...stops]
					.sort(([a], [b]) => a - b)
					.map(([step, dimensions]) => ({ step, dimensions }))
			};
		})
		.filter((lane) => lane.stops.length > 0);
}

/** The claims a step shows, side claims first in side order, then the author's framing. */
export function stepClaimIds(step: Step): string[] {
	if (step.kind === 'framing') return step.claims.map((c) => c.id);
	if (step.kind !== 'row') return [];
	return [
		...step.cells.flatMap((c) => c.claims.map((cl) => cl.id)),
		...step.author.map((a) => a.id)
	];
}

/** The 1-based step in a `?step=` parameter, clamped to [1, count]; 1 when missing or invalid. */
export function parseStep(param: string | null | undefined, count: number): number {
	const n = param != null && /^\d+$/.test(param) ? Number(param) : 1;
	return Math.min(Math.max(n, 1), Math.max(count, 1));
}

/** The parts of a keyboard event that decide where it moves. */
export type StepKey = { key: string; shiftKey?: boolean };

/**
 * The step a key moves to from `current` (1-based, of `count`), or undefined if the key does not
 * navigate. Clickers send PageDown/PageUp; Shift+Space goes back, as in slide software.
 */
export function stepAfterKey(event: StepKey, current: number, count: number): number | undefined {
	const clamp = (n: number) => Math.min(Math.max(n, 1), count);
	switch (event.key) {
		case 'ArrowRight':
		case 'PageDown':
			return clamp(current + 1);
		case ' ':
			return clamp(current + (event.shiftKey ? -1 : 1));
		case 'ArrowLeft':
		case 'PageUp':
			return clamp(current - 1);
		case 'Home':
			return 1;
		case 'End':
			return count;
		default:
			return undefined;
	}
}

/** Prompts in the order a worksheet asks them: each row's in row order, then the general ones. */
export function promptOrder(view: ComparisonView): Prompt[] {
	const rows = view.comparison.dimensions.map((d) => d.id);
	const rank = (p: Prompt) => (p.dimension === undefined ? rows.length : rows.indexOf(p.dimension));
	return [...view.comparison.prompts].sort((a, b) => rank(a) - rank(b));
}

/** The most columns of claim cards a slide lays side by side, for type large enough to read. */
export const MAX_ACROSS = 4;

/**
 * How many claims each side's column shows side by side: one per claim, up to three, so every
 * card on a slide gets about the same width; narrowed, widest first, until all fit in MAX_ACROSS.
 */
export function cardsAcross(claimCounts: readonly number[]): number[] {
	const across = claimCounts.map((n) => Math.min(n, 3));
	const total = () => across.reduce((a, b) => a + b, 0);
	while (total() > MAX_ACROSS) {
		const widest = across.lastIndexOf(Math.max(...across));
		if (across[widest]! <= 1) break;
		across[widest]!--;
	}
	return across;
}
