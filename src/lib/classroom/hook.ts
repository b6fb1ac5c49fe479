import { path } from 'd3-path';
import type { Box } from './link-ends';

/** Radius of the turn from the gutter into a quote, in pixels. */
const TURN = 10;

/**
 * The connector from a claim's card to a quote set beneath it and indented: it leaves the card's
 * lower edge in the middle of the indent, runs down that gutter (so it never crosses quoted text,
 * however many quotes a claim has) and turns in to end just before the quote's first line.
 */
export function hookPath(card: Box, line: Box, block: Box): string {
	const x0 = (card.x + block.x) / 2;
	const y0 = card.y + card.height;
	const x1 = block.x - 3;
	const y1 = line.y + line.height / 2;
	const radius = Math.max(0, Math.min(TURN, y1 - y0, x1 - x0));
	const p = path();
	p.moveTo(x0, y0);
	p.arcTo(x0, y1, x1, y1, radius);
	p.lineTo(x1, y1);
	return p.toString();
}
