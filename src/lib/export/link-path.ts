import { pathRound } from 'd3-path';
import { linkHorizontal } from 'd3-shape';

export type Point = [x: number, y: number];

const horizontal = linkHorizontal<{ source: Point; target: Point }, Point>().digits(1);

/**
 * A claim-to-passage link across a gutter: a cubic Bézier that leaves the claim card and enters
 * the quote horizontally, with both control points at the gutter's middle (d3's link "bump").
 */
export function gutterLink(from: Point, to: Point): string {
	return horizontal({ source: from, target: to }) ?? '';
}

/**
 * A link for stacked (narrow) layouts, where the quote sits below its claim and indented: down
 * from the card's edge, then a rounded corner into the quote's left edge.
 */
export function elbowLink(from: Point, to: Point): string {
	const [x0, y0] = from;
	const [x1, y1] = to;
	const radius = Math.max(0, Math.min(x1 - x0, y1 - y0));
	const path = pathRound(1);
	path.moveTo(x0, y0);
	if (y1 - radius > y0) path.lineTo(x0, y1 - radius);
	path.quadraticCurveTo(x0, y1, x0 + radius, y1);
	if (x1 > x0 + radius) path.lineTo(x1, y1);
	return path.toString();
}
