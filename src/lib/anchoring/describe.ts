import type { Anchor } from './selectors.ts';

/** How many characters of context a new anchor keeps on each side of its quote. */
export const CONTEXT_LENGTH = 32;

/** Makes an anchor (quote with context, plus position) for `text.slice(start, end)` of normalised text. */
export function describeRange(
	text: string,
	start: number,
	end: number,
	context = CONTEXT_LENGTH
): Anchor {
	if (start < 0 || end > text.length || end <= start) {
		throw new RangeError(`range ${start}–${end} is not inside a text of ${text.length} characters`);
	}
	return {
		quote: {
			type: 'TextQuoteSelector',
			exact: text.slice(start, end),
			prefix: text.slice(Math.max(0, start - context), start),
			suffix: text.slice(end, end + context)
		},
		position: { type: 'TextPositionSelector', start, end }
	};
}
