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
	/** Each side's lane through the rows, in a sequence. */
	lanes: ComparisonModel['lanes'];
};

/** A column that shows nothing on a page is narrowed to this share, to widen the ones that do. */
const emptyShare = 0.25;

/** The share of the width each column gets: full for those with claims here, less for the empty ones. */
export function columnWeights(filled: readonly boolean[]): number[] {
	if (!filled.some(Boolean)) return filled.map(() => 1);
	return filled.map((f) => (f ? 1 : emptyShare));
}

/** The font of a side's head over its column. */
const headFont = (ctx: Ctx) => ({ ...ctx.fonts.dimension, size: round(ctx.u * 0.95) });

/** The width a side's head needs on one line: its letter badge and its name. */
function headWidth(model: ComparisonModel, side: number, ctx: Ctx): number {
	const font = headFont(ctx);
	const badge = round(lineHeight(font) * 0.85);
	return badge + ctx.u * 0.45 + ctx.measure(model.sides[side]!.label, font) + 1;
}

/**
 * The columns across the page at the context's type unit, sized by `weights` (one per side). A
 * narrowed column is never narrower than its side's head, so the name stays on one line.
 */
export function columnsFor(
	model: ComparisonModel,
	ctx: Ctx,
	weights: readonly number[],
	sequence: boolean
): Columns {
	const { u, frame } = ctx;
	const shares = weights.length > 0 ? weights : [1];
	const gap = round(u * 1.2);
	const room = frame.width - gap * (shares.length - 1);
	const least = shares.map((w, i) => (w < 1 && model.sides[i] ? headWidth(model, i, ctx) : 0));
	const share = (fixed: boolean[]) => {
		const free = room - least.reduce((a, w, i) => a + (fixed[i] ? w : 0), 0);
		const total = shares.reduce((a, w, i) => a + (fixed[i] ? 0 : w), 0);
		return shares.map((w, i) => (fixed[i] ? least[i]! : (free * w) / total));
	};
	let fixed = shares.map(() => false);
	let sized = share(fixed);
	// Raising one narrow column takes room from the others, which may then need raising too.
	while (sized.some((w, i) => !fixed[i] && w < least[i]!)) {
		fixed = sized.map((w, i) => fixed[i]! || w < least[i]!);
		sized = share(fixed);
	}
	// Many long names can leave the columns with claims less than an even share: keep them even.
	const even = room / shares.length;
	if (sized.some((w, i) => shares[i]! >= 1 && w < even)) sized = shares.map(() => even);
	const widths = sized.map(round);
	let x = frame.x;
	const xs = widths.map((w) => {
		const at = round(x);
		x += w + gap;
		return at;
	});
	return {
		x: xs,
		widths,
		gap,
		lane: sequence ? round(u * 1.7) : 0,
		sequence,
		lanes: sequence ? model.lanes : []
	};
}

/** Each column's head: the side's letter badge and name in its colour over a rule of its colour. */
export function sideHeads(model: ComparisonModel, cols: Columns, top: number, ctx: Ctx) {
	const { u } = ctx;
	const font = headFont(ctx);
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
