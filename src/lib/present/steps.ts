import { claimOf } from '../model/select';
import type { ComparisonModel, RowModel } from '../model/types';

/**
 * A step that shows one dimension row: each side's column on it (its claims, and the author's
 * accounts of it) and the author's framing of it.
 */
export type RowStep = { kind: 'row'; row: RowModel; part?: RowPart };

/**
 * Which share of a row a step shows when the row is too tall for one screen at the type's floor:
 * part `number` of `of`, and the claims on it (each side's column and the framing, in order).
 */
export type RowPart = { number: number; of: number; claims: string[] };

/** The author's framing that belongs to no row, shown on a step of its own. */
export type FramingStep = { kind: 'framing'; claims: string[] };

/** The last step: every prompt (by id), for the discussion. */
export type FinalStep = { kind: 'final'; prompts: string[] };

export type Step = { kind: 'title' } | RowStep | FramingStep | FinalStep;

/**
 * The steps of a presentation: a title, each dimension row in order, the author's framing that
 * belongs to no row (if any), then a final step with every prompt. In a "sequence" comparison each
 * row is one step along the sides' lanes, so the rows are the steps there too. A row listed in
 * `parts` continues over that many steps ("First, 2 of 2") rather than shrinking its type.
 */
export function presentSteps(
	model: ComparisonModel,
	parts: ReadonlyMap<string, number> = new Map(),
	showAuthor = true
): Step[] {
	const rows = model.rows.flatMap((row) =>
		rowParts(model, row, parts.get(row.id) ?? 1, showAuthor)
	);
	const framing: FramingStep[] =
		model.framingElsewhere.length > 0 ? [{ kind: 'framing', claims: model.framingElsewhere }] : [];
	const final: FinalStep = { kind: 'final', prompts: model.prompts.map((p) => p.id) };
	return [{ kind: 'title' }, ...rows, ...framing, final];
}

/**
 * The claims a step shows: each side's column in side order, then the author's framing. With the
 * author's words switched off, only the sides' own claims (no accounts, no framing). A part of a
 * row shows only its share.
 */
export function stepClaimIds(model: ComparisonModel, step: Step, showAuthor = true): string[] {
	if (step.kind === 'framing') return showAuthor ? step.claims : [];
	if (step.kind !== 'row') return [];
	const own = (id: string) => !step.part || step.part.claims.includes(id);
	const columns = step.row.cells.flatMap((c) => c.claims).filter(own);
	if (showAuthor) return [...columns, ...step.row.framing.filter(own)];
	return columns.filter((id) => claimOf(model, id)?.voice.kind === 'side');
}

/**
 * A row as `of` steps: each side's column and the framing cut into `of` runs in order, the n-th
 * of each on step n, so the claims of a row still stand opposite each other. One step when `of`
 * is 1 or the row has too few claims to share out.
 */
export function rowParts(
	model: ComparisonModel,
	row: RowModel,
	of: number,
	showAuthor = true
): RowStep[] {
	const whole: RowStep = { kind: 'row', row };
	const shown = new Set(stepClaimIds(model, whole, showAuthor));
	const groups = [...row.cells.map((c) => c.claims), row.framing].map((ids) =>
		ids.filter((id) => shown.has(id))
	);
	const count = Math.min(of, Math.max(0, ...groups.map((g) => g.length)));
	if (count <= 1) return [whole];
	const shares = Array.from({ length: count }, () => [] as string[]);
	for (const group of groups) {
		const size = Math.ceil(group.length / count);
		group.forEach((id, i) => shares[Math.floor(i / size)]!.push(id));
	}
	return shares.map((claims, i) => ({
		kind: 'row',
		row,
		part: { number: i + 1, of: count, claims }
	}));
}

/**
 * How many steps each row takes, from how far its slides overflow (content over screen height,
 * the largest of its parts): a row that overflows gets as many more as its overflow asks for,
 * with a margin, since cutting a row also repeats its heading. Rows never lose a step here, so
 * a re-measure cannot make the deck flip back and forth.
 */
export function continuedRows(
	parts: ReadonlyMap<string, number>,
	overflow: ReadonlyMap<string, number>
): Map<string, number> {
	const next = new Map(parts);
	for (const [row, ratio] of overflow) {
		const of = parts.get(row) ?? 1;
		if (ratio > 1.005) next.set(row, Math.max(of + 1, Math.ceil(of * ratio * 1.1)));
	}
	return next;
}

/** A row step's title: the row's label, with the part when it continues over several ("First, 2 of 2"). */
export function rowTitle(step: RowStep): string {
	return step.part ? `${step.row.label}, ${step.part.number} of ${step.part.of}` : step.row.label;
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
