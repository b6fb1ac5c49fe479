import { linkPath, markEnd } from '../links/geometry';
import type { Box } from '../dom/link-ends';

/** No scrolling pane on a slide: every end is in view. */
const WHOLE = { top: -Infinity, bottom: Infinity };

/**
 * The link from a claim's card to a quote set beneath it, indented. It uses the explorer's link
 * geometry turned to this layout: the gutter is the quote's indent, so the S-curve leaves the
 * card's lower edge in the middle of the indent, never crosses quoted words however many quotes a
 * claim has, and runs on as the underline of the quote's first line.
 */
export function slideLinkPath(card: Box, line: Box, block: Box): string {
	const from = { x: (card.x + block.x) / 2, y: card.y + card.height };
	const to = markEnd(
		{ left: line.x, top: line.y, right: line.x + line.width, bottom: line.y + line.height },
		WHOLE,
		block.x
	);
	return linkPath(from, to, { left: from.x, right: block.x });
}
