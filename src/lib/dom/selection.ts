/**
 * The page's text selection as offsets into the source: each run of source text is an element
 * carrying `data-start`, so a point in the DOM maps back to the offset the anchors use.
 */
import type { Span } from '../model/types';

/** The source offset of a DOM point inside `root`, or undefined outside any run. */
function offsetAt(root: Element, node: Node, offset: number): number | undefined {
	if (node.nodeType === Node.TEXT_NODE) {
		const run = node.parentElement?.closest<HTMLElement>('[data-start]');
		return run && root.contains(run) ? Number(run.dataset.start) + offset : undefined;
	}
	if (!(node instanceof Element)) return undefined;
	// A point between elements: the start of the run after it, or the end of the one before.
	const after = node.childNodes[offset];
	const next = after instanceof Element ? after.closest<HTMLElement>('[data-start]') : undefined;
	if (next && root.contains(next)) return Number(next.dataset.start);
	const before = node.childNodes[offset - 1];
	const prev = before instanceof HTMLElement && before.matches('[data-start]') ? before : null;
	if (prev) return Number(prev.dataset.start) + (prev.textContent ?? '').length;
	const run = node.closest<HTMLElement>('[data-start]');
	if (run && root.contains(run)) {
		return Number(run.dataset.start) + (offset > 0 ? (run.textContent ?? '').length : 0);
	}
	return undefined;
}

/** The document's selection as a source range within `root`, or undefined if there is none. */
export function selectedSpan(root: Element): Span | undefined {
	const selection = root.ownerDocument.getSelection();
	if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return undefined;
	const range = selection.getRangeAt(0);
	if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return undefined;
	const start = offsetAt(root, range.startContainer, range.startOffset);
	const end = offsetAt(root, range.endContainer, range.endOffset);
	if (start === undefined || end === undefined || end <= start) return undefined;
	return { start, end };
}
