/** Public API of the anchoring module: make anchors over normalised text and find them again. */
export { normalizeText } from './normalize';
export { CONTEXT_LENGTH, describeRange } from './describe';
export {
	MIN_FUZZY_SCORE,
	resolveAnchor,
	type AnchorStatus,
	type Resolution,
	type TextRange
} from './resolve';
export type { Anchor, TextPositionSelector, TextQuoteSelector } from '../comparison/schema';
