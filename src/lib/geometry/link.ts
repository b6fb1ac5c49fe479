import { pathRound } from 'd3-path';
import { linkHorizontal } from 'd3-shape';

/** A point in the coordinates of whatever the link is drawn in (an overlay, a slide, an image). */
export type Point = { x: number; y: number };

/** A box in the same coordinates: pixels from the drawing's top-left corner. */
export type Box = { left: number; top: number; right: number; bottom: number };

/** The vertical stretch of a pane that is visible, in overlay coordinates. */
export type Band = { top: number; bottom: number };

/** Where an end lies relative to its pane's visible band; `null` when in view. */
export type Outside = 'above' | 'below' | null;

export type LinkEnd = Point & { outside: Outside };

/** The strip between the claims pane and the source text that links curve through. */
export type Gutter = { left: number; right: number };

/**
 * The path of one link: straight out of the card to the gutter, an S-curve across the gutter, then
 * straight along the line under the text to the mark. Keeping the curve inside the gutter means a
 * link never cuts diagonally through cards or words; the straight runs read as a row connector and
 * as an extension of the mark's underline.
 */
export function linkPath(from: Point, to: Point, gutter: Gutter): string {
	const path = pathRound(1);
	const start = Math.min(Math.max(from.x, gutter.left), gutter.right);
	const end = Math.max(Math.min(to.x, gutter.right), start);
	path.moveTo(from.x, from.y);
	if (start > from.x) path.lineTo(start, from.y);
	// d3-shape's horizontal link: horizontal tangents at both gutter edges, control points meeting
	// halfway, so the curve leaves and arrives level with its straight runs.
	curve.context(continuing(path))({ source: [start, from.y], target: [end, to.y] });
	if (to.x > end) path.lineTo(to.x, to.y);
	return path.toString();
}

const curve = linkHorizontal<
	{ source: [number, number]; target: [number, number] },
	[number, number]
>();

/**
 * `path` as a drawing context for a d3-shape generator that continues it: the generator opens
 * with a moveTo to the point the path is already at, which would start a second subpath.
 */
function continuing(path: ReturnType<typeof pathRound>): CanvasRenderingContext2D {
	const context: Pick<CanvasRenderingContext2D, 'moveTo' | 'lineTo' | 'bezierCurveTo'> = {
		moveTo: () => {},
		lineTo: (x, y) => path.lineTo(x, y),
		bezierCurveTo: (...args) => path.bezierCurveTo(...args)
	};
	// d3-shape types its context as a canvas, but calls only these drawing methods of it.
	return context as CanvasRenderingContext2D;
}

/** Keeps `value` within [min, max]; `min` wins when the range is empty. */
export function clamp(value: number, min: number, max: number): number {
	return Math.max(min, Math.min(value, max));
}

/** How far inside a pane's edge a clamped end sits, so its marker is not cut off. */
export const EDGE_INSET = 6;

function outside(box: Box, band: Band): Outside {
	if (box.bottom <= band.top) return 'above';
	if (box.top >= band.bottom) return 'below';
	return null;
}

/**
 * The card end of a link: the middle of the card's right edge (moved down by `spread`, so links
 * from cards side by side in one row do not leave from one point), kept on the visible part of a
 * card that is partly scrolled away, or pinned to the pane's edge when the card is out of view.
 */
export function cardEnd(card: Box, band: Band, spread = 0): LinkEnd {
	const where = outside(card, band);
	const top = band.top + EDGE_INSET;
	const bottom = band.bottom - EDGE_INSET;
	if (where === 'above') return { x: card.right, y: top, outside: where };
	if (where === 'below') return { x: card.right, y: bottom, outside: where };
	const visibleTop = Math.max(card.top, top);
	const visibleBottom = Math.min(card.bottom, bottom);
	return {
		x: card.right,
		y: clamp((card.top + card.bottom) / 2 + spread, visibleTop, visibleBottom),
		outside: null
	};
}

/**
 * The passage end of a link: the bottom-left corner of the mark's first line, where its underline
 * begins. A mark out of view pins the end to the pane's edge at the text's left margin.
 */
export function markEnd(firstLine: Box, band: Band, textLeft: number): LinkEnd {
	const where = outside(firstLine, band);
	if (where === 'above') return { x: textLeft, y: band.top + EDGE_INSET, outside: where };
	if (where === 'below') return { x: textLeft, y: band.bottom - EDGE_INSET, outside: where };
	return { x: firstLine.left, y: firstLine.bottom, outside: null };
}

/**
 * A claim-to-passage link across a gutter, as an exported image draws it: the explorer's own link
 * curve (horizontal tangents at both ends, control points meeting halfway), with the gutter
 * running from the card's edge to the quote.
 */
export function gutterLink(from: Point, to: Point): string {
	return linkPath(from, to, { left: from.x, right: to.x });
}

/**
 * A link for stacked (narrow) layouts, where the quote sits below its claim and indented: down
 * from the card's edge, then a rounded corner into the quote's left edge.
 */
export function elbowLink(from: Point, to: Point): string {
	const radius = Math.max(0, Math.min(to.x - from.x, to.y - from.y));
	const path = pathRound(1);
	path.moveTo(from.x, from.y);
	if (to.y - radius > from.y) path.lineTo(from.x, to.y - radius);
	path.quadraticCurveTo(from.x, to.y, from.x + radius, to.y);
	if (to.x > from.x + radius) path.lineTo(to.x, to.y);
	return path.toString();
}

/** No scrolling pane on a slide: every end is in view. */
const WHOLE = { top: -Infinity, bottom: Infinity };

/**
 * The link from a claim's card to a quote set beneath it, indented, on a slide. It uses the
 * explorer's link geometry turned to this layout: the gutter is the quote's indent, so the S-curve
 * leaves the card's lower edge in the middle of the indent, never crosses quoted words however
 * many quotes a claim has, and runs on as the underline of the quote's first line.
 */
export function slideLinkPath(card: Box, line: Box, block: Box): string {
	const from = { x: (card.left + block.left) / 2, y: card.bottom };
	const to = markEnd(line, WHOLE, block.left);
	return linkPath(from, to, { left: from.x, right: block.left });
}
