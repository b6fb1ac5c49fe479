import * as v from 'valibot';

/** W3C Web Annotation TextQuoteSelector over the source text after Unicode NFC. */
export const TextQuoteSelectorSchema = v.strictObject({
	type: v.literal('TextQuoteSelector'),
	exact: v.pipe(v.string(), v.nonEmpty('must quote at least one character')),
	prefix: v.string(),
	suffix: v.string()
});

/** W3C Web Annotation TextPositionSelector: UTF-16 offsets into the NFC source text, end exclusive. */
export const TextPositionSelectorSchema = v.pipe(
	v.strictObject({
		type: v.literal('TextPositionSelector'),
		start: v.pipe(v.number(), v.integer(), v.minValue(0)),
		end: v.pipe(v.number(), v.integer(), v.minValue(0))
	}),
	v.check((p) => p.end > p.start, 'end must be greater than start')
);

/** One anchor: where in the source a claim comes from, by quote and by position. */
export const AnchorSchema = v.strictObject({
	quote: TextQuoteSelectorSchema,
	position: TextPositionSelectorSchema
});

export type TextQuoteSelector = v.InferOutput<typeof TextQuoteSelectorSchema>;
export type TextPositionSelector = v.InferOutput<typeof TextPositionSelectorSchema>;
export type Anchor = v.InferOutput<typeof AnchorSchema>;
