import type { AuthorClaimView, ComparisonView, SideClaimView } from '../comparison/view';
import type { Dimension, Prompt, Side } from '../comparison/schema';

/** One side's claims on a step, with the side's index for its palette colour. */
export type StepCell = { side: Side; sideIndex: number; claims: SideClaimView[] };

/** A step that shows one dimension row, or one sequence step of it. */
export type RowStep = {
	kind: 'row';
	dimension: Dimension;
	/** The lane position shown, for "sequence" comparisons whose row holds several steps. */
	lane?: number;
	cells: StepCell[];
	author: AuthorClaimView[];
	/** Prompts whose dimension is this row: shown on the row's last step, when it is complete. */
	prompts: Prompt[];
};

export type Step =
	| { kind: 'title' }
	| RowStep
	| {
			kind: 'final';
			prompts: Prompt[];
	  };

/**
 * The steps of a presentation: a title, then each dimension row in order (for "sequence" layouts
 * each lane position of a row in turn), then a final step with every prompt.
 */
export function presentSteps(view: ComparisonView): Step[] {
	const { comparison } = view;
	const rows = view.rows.flatMap((row): RowStep[] => {
		const prompts = comparison.prompts.filter((p) => p.dimension === row.dimension.id);
		const cells = row.cells.map((cell) => ({
			side: cell.side,
			sideIndex: comparison.sides.findIndex((s) => s.id === cell.side.id),
			claims: cell.claims
		}));
		const lanes =
			comparison.layout === 'sequence' ? distinct(cells.flatMap((c) => c.claims.map(laneOf))) : [];
		if (lanes.length <= 1) {
			return [{ kind: 'row', dimension: row.dimension, cells, author: row.author, prompts }];
		}
		return lanes.map((lane, i) => {
			const last = i === lanes.length - 1;
			return {
				kind: 'row',
				dimension: row.dimension,
				lane,
				cells: cells.map((c) => ({ ...c, claims: c.claims.filter((cl) => laneOf(cl) === lane) })),
				// The author's framing of a row comments on the whole row, so it waits for its end.
				author: last ? row.author : [],
				prompts: last ? prompts : []
			};
		});
	});
	return [{ kind: 'title' }, ...rows, { kind: 'final', prompts: comparison.prompts }];
}

function laneOf(claim: SideClaimView): number {
	return claim.step ?? 0;
}

function distinct(values: number[]): number[] {
	return [...new Set(values)].sort((a, b) => a - b);
}

/** The claims a step shows, side claims first in side order, then the author's framing. */
export function stepClaimIds(step: Step): string[] {
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
