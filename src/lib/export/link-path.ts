import { pathRound } from 'd3-path';
import { linkPath } from '../links/geometry';

export type Point = [x: number, y: number];

/**
 * A claim-to-passage link across a gutter: the explorer's own link curve (horizontal tangents at
 * both ends, control points meeting halfway), with the gutter running from card edge to quote.
 */
export function gutterLink(from: Point, to: Point): string {
	const [x0, y0] = from;
	const [x1, y1] = to;
	return linkPath({ x: x0, y: y0 }, { x: x1, y: y1 }, { left: x0, right: x1 });
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
