import * as v from 'valibot';

/** Lower-case slug used for every id, so ids are safe in URLs and `data-*` attributes. */
const Id = v.pipe(
	v.string(),
	v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug such as "us-ceasefire-first"')
);

const Text = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));

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

export const SideSchema = v.strictObject({
	id: Id,
	label: Text,
	/** Who this side is, in one line, as the source presents them. */
	who: Text
});

export const DimensionSchema = v.strictObject({
	id: Id,
	label: Text,
	description: v.optional(Text)
});

const claimCommon = {
	id: Id,
	/** A short, neutral paraphrase of the passage. */
	text: Text,
	anchors: v.pipe(v.array(AnchorSchema), v.minLength(1, 'needs at least one anchor'))
};

/** A position the source attributes to a side, with the source's own words of attribution. */
export const SideClaimSchema = v.strictObject({
	...claimCommon,
	voice: v.literal('side'),
	side: Id,
	dimension: Id,
	/** Position in the side's sequence, for comparisons whose layout is "sequence". */
	step: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
	/** How the source reports it, e.g. "The Russian side believes", "According to Witkoff". */
	attribution: Text
});

/** The author's own evaluative framing: shown in its own layer, never as a side's claim. */
export const AuthorClaimSchema = v.strictObject({
	...claimCommon,
	voice: v.literal('author'),
	/** The sides the framing is about, if any. */
	about: v.optional(v.array(Id)),
	dimension: v.optional(Id)
});

export const ClaimSchema = v.variant('voice', [SideClaimSchema, AuthorClaimSchema]);

export const TimelineEventSchema = v.strictObject({
	id: Id,
	/** ISO date (YYYY, YYYY-MM or YYYY-MM-DD) when the source gives one. */
	date: v.optional(v.pipe(v.string(), v.regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be YYYY[-MM[-DD]]'))),
	/** When, in the source's words, e.g. "Feb. 18" or "Over the past two months". */
	when: Text,
	text: Text,
	anchors: v.pipe(v.array(AnchorSchema), v.minLength(1, 'needs at least one anchor'))
});

export const PromptSchema = v.strictObject({
	id: Id,
	text: Text,
	/** The dimension row the prompt belongs to, so it can be shown at its moment. */
	dimension: v.optional(Id)
});

export const ComparisonSchema = v.strictObject({
	$schema: v.optional(v.string()),
	id: Id,
	title: Text,
	/** The framing question the comparison helps answer. */
	question: Text,
	/** Id of a source in data/sources/. */
	source: Id,
	/** "sequence" draws each side's steps as a numbered lane; "grid" compares point by point. */
	layout: v.picklist(['grid', 'sequence']),
	sides: v.pipe(
		v.array(SideSchema),
		v.minLength(2, 'needs at least 2 sides'),
		v.maxLength(4, 'has at most 4 sides')
	),
	dimensions: v.pipe(v.array(DimensionSchema), v.minLength(1, 'needs at least one dimension')),
	claims: v.pipe(v.array(ClaimSchema), v.minLength(1, 'needs at least one claim')),
	timeline: v.optional(v.array(TimelineEventSchema)),
	prompts: v.array(PromptSchema)
});

export const SourceMetaSchema = v.strictObject({
	$schema: v.optional(v.string()),
	id: Id,
	/** File name of the verbatim text, beside this metadata file. */
	textFile: v.pipe(v.string(), v.regex(/^[a-z0-9-]+\.txt$/, 'must name a .txt file beside the metadata')),
	publication: Text,
	/** ISO date of publication. */
	date: v.pipe(v.string(), v.isoDate('must be an ISO date YYYY-MM-DD')),
	page: v.optional(Text),
	/** Only when the source gives one: nothing is invented. */
	title: v.optional(Text),
	author: v.optional(Text),
	/** BCP 47 tag of the text as stored. */
	language: Text,
	originalLanguage: v.optional(Text),
	translation: v.optional(Text),
	genre: v.optional(Text),
	/** How to cite the source in one line. */
	citation: Text
});

export type TextQuoteSelector = v.InferOutput<typeof TextQuoteSelectorSchema>;
export type TextPositionSelector = v.InferOutput<typeof TextPositionSelectorSchema>;
export type Anchor = v.InferOutput<typeof AnchorSchema>;
export type Side = v.InferOutput<typeof SideSchema>;
export type Dimension = v.InferOutput<typeof DimensionSchema>;
export type SideClaim = v.InferOutput<typeof SideClaimSchema>;
export type AuthorClaim = v.InferOutput<typeof AuthorClaimSchema>;
export type Claim = v.InferOutput<typeof ClaimSchema>;
export type TimelineEvent = v.InferOutput<typeof TimelineEventSchema>;
export type Prompt = v.InferOutput<typeof PromptSchema>;
export type Comparison = v.InferOutput<typeof ComparisonSchema>;
export type SourceMeta = v.InferOutput<typeof SourceMetaSchema>;
