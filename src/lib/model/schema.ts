import * as v from 'valibot';
import { AnchorSchema } from '../anchoring/index.ts';

/** Lower-case slug used for every id, so ids are safe in URLs and `data-*` attributes. */
export const IdSchema = v.pipe(
	v.string(),
	v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug such as "us-ceasefire-first"')
);

const Text = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));

export const SideSchema = v.strictObject({
	id: IdSchema,
	label: Text,
	who: v.pipe(Text, v.description('Who this side is, in one line, as the source presents them.'))
});

export const DimensionSchema = v.strictObject({
	id: IdSchema,
	label: Text,
	description: v.optional(Text)
});

const claimCommon = {
	id: IdSchema,
	text: v.pipe(Text, v.description('A short, neutral paraphrase of the passage.')),
	anchors: v.pipe(v.array(AnchorSchema), v.minLength(1, 'needs at least one anchor'))
};

/** A position the source attributes to a side, with the source's own words of attribution. */
export const SideClaimSchema = v.strictObject({
	...claimCommon,
	voice: v.literal('side'),
	side: IdSchema,
	dimension: IdSchema,
	step: v.pipe(
		v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
		v.description('Position in the side\'s sequence, for comparisons whose layout is "sequence".')
	),
	attribution: v.pipe(
		Text,
		v.description(
			'How the source reports it, in its words where possible, e.g. "The Russian side believes".'
		)
	)
});

/** The author's own evaluative framing: shown in its own layer, never as a side's claim. */
export const AuthorClaimSchema = v.strictObject({
	...claimCommon,
	voice: v.literal('author'),
	about: v.pipe(
		v.optional(v.array(IdSchema)),
		v.description('The sides the framing is about, if any.')
	),
	dimension: v.optional(IdSchema)
});

export const ClaimSchema = v.variant('voice', [SideClaimSchema, AuthorClaimSchema]);

export const TimelineEventSchema = v.strictObject({
	id: IdSchema,
	date: v.pipe(
		v.optional(
			v.pipe(v.string(), v.regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be YYYY[-MM[-DD]]'))
		),
		v.description('ISO date (YYYY, YYYY-MM or YYYY-MM-DD) when the source gives one.')
	),
	when: v.pipe(
		Text,
		v.description('When, in the source\'s words, e.g. "Feb. 18" or "Over the past two months".')
	),
	text: Text,
	anchors: v.pipe(v.array(AnchorSchema), v.minLength(1, 'needs at least one anchor'))
});

export const PromptSchema = v.strictObject({
	id: IdSchema,
	text: Text,
	dimension: v.pipe(
		v.optional(IdSchema),
		v.description('The dimension row the prompt belongs to, so it is shown at its moment.')
	)
});

export const ComparisonSchema = v.strictObject({
	$schema: v.optional(v.string()),
	id: IdSchema,
	title: Text,
	question: v.pipe(Text, v.description('The framing question the comparison helps answer.')),
	source: v.pipe(IdSchema, v.description('Id of a source in data/sources/.')),
	layout: v.pipe(
		v.picklist(['grid', 'sequence']),
		v.description(
			'"sequence" draws each side\'s steps as a numbered lane; "grid" compares point by point.'
		)
	),
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
	id: IdSchema,
	textFile: v.pipe(
		v.pipe(v.string(), v.regex(/^[a-z0-9-]+\.txt$/, 'must name a .txt file beside the metadata')),
		v.description('File name of the verbatim text, beside this metadata file.')
	),
	publication: Text,
	date: v.pipe(
		v.pipe(v.string(), v.isoDate('must be an ISO date YYYY-MM-DD')),
		v.description('ISO date of publication.')
	),
	page: v.optional(Text),
	title: v.pipe(
		v.optional(Text),
		v.description('Only when the source gives one: nothing is invented.')
	),
	author: v.optional(Text),
	language: v.pipe(Text, v.description('BCP 47 tag of the text as stored.')),
	originalLanguage: v.optional(Text),
	translation: v.optional(Text),
	genre: v.optional(Text),
	citation: v.pipe(Text, v.description('How to cite the source, in one line.'))
});

export type Side = v.InferOutput<typeof SideSchema>;
export type Dimension = v.InferOutput<typeof DimensionSchema>;
export type SideClaim = v.InferOutput<typeof SideClaimSchema>;
export type AuthorClaim = v.InferOutput<typeof AuthorClaimSchema>;
export type Claim = v.InferOutput<typeof ClaimSchema>;
export type TimelineEvent = v.InferOutput<typeof TimelineEventSchema>;
export type Prompt = v.InferOutput<typeof PromptSchema>;
export type Comparison = v.InferOutput<typeof ComparisonSchema>;
export type SourceMeta = v.InferOutput<typeof SourceMetaSchema>;

/** A source with its text in the canonical (NFC, LF) form anchors are made over. */
export type Source = SourceMeta & { text: string };
