import type { Box } from '../geometry/link';

/**
 * What one link joins: a claim's card and the first line of one of its marked quotes, with the
 * block the quote is set in.
 */
export type LinkEnds = { claim: string; card: Box; line: Box; block: Box };

/**
 * Measures, inside `root`, where each claim's card and the marks of its quotes sit, relative to
 * `origin` (the SVG the links are drawn in). Reads layout only; the curve is drawn elsewhere.
 */
export function measureLinkEnds(
	root: Element,
	origin: Element,
	claims: readonly string[]
): LinkEnds[] {
	const base = origin.getBoundingClientRect();
	const relative = (r: DOMRect): Box => ({
		left: r.left - base.left,
		top: r.top - base.top,
		right: r.right - base.left,
		bottom: r.bottom - base.top
	});
	const ends: LinkEnds[] = [];
	for (const claim of claims) {
		const id = CSS.escape(claim);
		const card = root.querySelector(`:not(path)[data-claim="${id}"]`);
		if (!card) continue;
		const marks = [...root.querySelectorAll(`mark[data-claims~="${id}"]`)];
		for (const mark of marks.filter((m) => !continuesQuote(m, claim))) {
			const line = mark.getClientRects()[0];
			const block = mark.parentElement;
			if (!line || !block) continue;
			ends.push({
				claim,
				card: relative(card.getBoundingClientRect()),
				line: relative(line),
				block: relative(block.getBoundingClientRect())
			});
		}
	}
	return ends;
}

/**
 * Whether a mark goes on with the same quote as the mark right before it (overlapping quotes cut a
 * quote into several marks), so a quote gets one link, not one per piece.
 */
function continuesQuote(mark: Element, claim: string): boolean {
	let node = mark.previousSibling;
	while (node && (node.nodeType === Node.COMMENT_NODE || node.textContent === '')) {
		node = node.previousSibling;
	}
	return node instanceof Element && node.matches('mark') && hasClaim(node, claim);
}

function hasClaim(mark: Element, claim: string): boolean {
	return (mark.getAttribute('data-claims') ?? '').split(' ').includes(claim);
}
