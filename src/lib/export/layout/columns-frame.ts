import type { ComparisonModel } from '../../model/types';
import { lineHeight } from '../text';
import { round } from '../theme';
import { block, heightOf, type Ctx } from './frame';
import type { SideHead } from './types';

/** Where each side's column sits across the page, with a lane gutter in a sequence. */
export type Columns = {
	x: number[];
	widths: number[];
	gap: number;
	lane: number;
	sequence: boolean;
};

/** A column that shows nothing on a page is narrowed to this share, to widen the ones that do. */
const emptyShare = 0.4;

/** The share of the width each column gets: full for those with claims here, less for the empty ones. */
export function columnWeights(filled: readonly boolean[]): number[] {
	if (!filled.some(Boolean)) return filled.map(() => 1);
	return filled.map((f) => (f ? 1 : emptyShare));
}

/** The columns across the page at the context's type unit, sized by `weights` (one per side). */
export function columnsFor(ctx: Ctx, weights: readonly number[], sequence: boolean): Columns {
	const { u, frame } = ctx;
	const shares = weights.length > 0 ? weights : [1];
	const gap = round(u * 1.2);
	const total = shares.reduce((a, b) => a + b, 0);
	const room = frame.width - gap * (shares.length - 1);
	const widths = shares.map((w) => round((room * w) / total));
	let x = frame.x;
	const xs = widths.map((w) => {
		const at = round(x);
		x += w + gap;
		return at;
	});
	return { x: xs, widths, gap, lane: sequence ? round(u * 1.7) : 0, sequence };
}

/** Each column's head: the side's letter badge and name in its colour over a rule of its colour. */
export function sideHeads(model: ComparisonModel, cols: Columns, top: number, ctx: Ctx) {
	const { u, fonts } = ctx;
	const font = { ...fonts.dimension, size: round(u * 0.95) };
	const lh = lineHeight(font);
	const size = round(lh * 0.85);
	let bottom = top;
	const heads: SideHead[] = model.sides.map((side, i) => {
		const x = cols.x[i]!;
		const width = cols.widths[i]!;
		const label = block(
			ctx,
			side.label,
			x + size + u * 0.45,
			top,
			width - size - u * 0.45,
			font,
			side.ink
		);
		const labelBottom = top + heightOf(label);
		bottom = Math.max(bottom, labelBottom);
		return {
			voice: { kind: 'side', side: i },
			badge: { x, y: round(top + (lh - size) / 2), width: size, height: size },
			label,
			rule: { x, y: 0, width, height: round(u * 0.16) }
		};
	});
	const ruleY = round(bottom + u * 0.3);
	for (const head of heads) head.rule.y = ruleY;
	return { heads, bottom: ruleY + u * 0.16 + u * 0.9 };
}
