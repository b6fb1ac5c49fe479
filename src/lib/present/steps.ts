import { claimOf } from '../model/select';
import type { ComparisonModel, RowModel } from '../model/types';

/**
 * A step that shows one dimension row: each side's column on it (its claims, and the author's
 * accounts of it) and the author's framing of it.
 */
export type RowStep = { kind: 'row'; row: RowModel };

/** The author's framing that belongs to no row, shown on a step of its own. */
export type FramingStep = { kind: 'framing'; claims: string[] };

/** The last step: every prompt (by id), for the discussion. */
export type FinalStep = { kind: 'final'; prompts: string[] };

export type Step = { kind: 'title' } | RowStep | FramingStep | FinalStep;

/**
 * The steps of a presentation: a title, each dimension row in order, the author's framing that
 * belongs to no row (if any), then a final step with every prompt. In a "sequence" comparison each
 * row is one step along the sides' lanes, so the rows are the steps there too.
 */
export function presentSteps(model: ComparisonModel): Step[] {
	const rows = model.rows.map((row): RowStep => ({ kind: 'row', row }));
	const framing: FramingStep[] =
		model.framingElsewhere.length > 0 ? [{ kind: 'framing', claims: model.framingElsewhere }] : [];
	const final: FinalStep = { kind: 'final', prompts: model.prompts.map((p) => p.id) };
	return [{ kind: 'title' }, ...rows, ...framing, final];
}

/**
 * The claims a step shows: each side's column in side order, then the author's framing. With the
 * author's words switched off, only the sides' own claims (no accounts, no framing).
 */
export function stepClaimIds(model: ComparisonModel, step: Step, showAuthor = true): string[] {
	if (step.kind === 'framing') return showAuthor ? step.claims : [];
	if (step.kind !== 'row') return [];
	const columns = step.row.cells.flatMap((c) => c.claims);
	if (showAuthor) return [...columns, ...step.row.framing];
	return columns.filter((id) => claimOf(model, id)?.voice.kind === 'side');
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
