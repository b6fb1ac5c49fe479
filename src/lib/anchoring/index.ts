/**
 * Public API of the anchoring module: make anchors over normalised text, find a typed quote, and
 * find anchors again. A leaf: it imports nothing else from `src/lib`, so any layer can use it.
 */
export { normalizeText } from './normalize.ts';
export { CONTEXT_LENGTH, describeRange } from './describe.ts';
export {
	findQuote,
	foldTypography,
	isUnique,
	lineColumn,
	occurrences,
	type FindResult
} from './find.ts';
export {
	MIN_FUZZY_SCORE,
	resolveAnchor,
	type AnchorStatus,
	type Resolution,
	type TextRange
} from './resolve.ts';
export {
	AnchorSchema,
	TextPositionSelectorSchema,
	TextQuoteSelectorSchema,
	type Anchor,
	type TextPositionSelector,
	type TextQuoteSelector
} from './selectors.ts';
