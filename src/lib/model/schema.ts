import * as v from 'valibot';
import { AnchorSchema } from '../anchoring/index.ts';
import { onCalendar } from './dates.ts';
import { MAX_ID, MAX_LABEL, MAX_LINE, MAX_TEXT } from './limits.ts';

type TooLong = (issue: v.MaxLengthIssue<string, number>) => string;
const longest = (max: number, what: string): v.MaxLengthAction<string, number, TooLong> =>
	v.maxLength(
		max,
		(issue) => `is ${issue.input.length} characters long; ${what} has at most ${max}`
	);

/**
 * Lower-case slug used for every id, so ids are safe in URLs and `data-*` attributes; short,
 * because a comparison's id names a folder of the built site.
 */
export const IdSchema = v.pipe(
	v.string(),
	v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug such as "us-ceasefire-first"'),
	longest(MAX_ID, 'an id')
);

/** Trimmed, non-empty text of at most `max` characters. */
const text = (max: number, what: string) =>
	v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'), longest(max, what));
const Text = text(MAX_TEXT, 'a text field');
/** A short name; say more in the side's `who` or the dimension's `description`. */
const Label = text(MAX_LABEL, 'a label (say more in "who" or "description")');
/** One line: a title, an attribution, a "when". */
const Line = text(MAX_LINE, 'a one-line field');

export const SideSchema = v.strictObject({
	id: IdSchema,
	label: v.pipe(
		Label,
		v.description('The side\'s name on its column, e.g. "Russia" or "Board member Hartman".')
	),
	who: v.pipe(
		Text,
		v.description(
			'Who this side is, in one line, as the source presents them. Names in it (capitalised words) are hidden in the quiz.'
		)
	),
	hide: v.pipe(
		v.optional(v.array(Text)),
		v.description(
			'More words to hide in the quiz because they name this side, such as a title or role ("who chairs the board\'s finance committee"); its label and the names in `who` are hidden already.'
		)
	)
});

export const DimensionSchema = v.strictObject({
	id: IdSchema,
	label: Label,
	description: v.optional(Text),
	step: v.pipe(
		v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
		v.description(
			'Only in a comparison whose layout is "sequence": this row is step n of every side\'s lane. Steps are numbered 1, 2, … in row order; a side\'s claims on the row are its step n, and rows without a step are not in the lanes.'
		)
	)
});

const claimCommon = {
	id: IdSchema,
	text: v.pipe(
		Text,
		v.description(
			'A short, neutral paraphrase of the passage that adds nothing the text does not say; loaded words are quoted.'
		)
	),
	anchors: v.pipe(v.array(AnchorSchema), v.minLength(1, 'needs at least one anchor'))
};

/** A side's position as the source reports it, with the source's own words of attribution. */
export const SideClaimSchema = v.strictObject({
	...claimCommon,
	voice: v.pipe(
		v.literal('side'),
		v.description('A side\'s position as the text reports it ("The Russian side believes").')
	),
	side: v.pipe(IdSchema, v.description('The side whose position it is.')),
	dimension: v.pipe(IdSchema, v.description('The row it is compared on.')),
	attribution: v.pipe(
		Line,
		v.description(
			'The text\'s own reporting words, e.g. "The Russian side believes" or "According to Witkoff"; never "The author…" or "The article…": a passage with no reporting words is the author\'s ("account" or "framing").'
		)
	)
});

/**
 * The author's account of one side: the author's own words about what a side needs, wants or
 * does, with no reporting verb. Shown in that side's column, marked as the author's.
 */
export const AccountClaimSchema = v.strictObject({
	...claimCommon,
	voice: v.pipe(
		v.literal('account'),
		v.description(
			"The author's account of a side: the author's words about what one side needs, wants or does, with no reporting verb (\"the first thing Russia needs…\"). Shown in that side's column, marked as the author's, never as a step of its lane; in the quiz its answer is the author."
		)
	),
	about: v.pipe(
		v.array(IdSchema),
		v.length(
			1,
			'must name exactly one side, the one whose column the account shows in; for the author\'s words about several sides or none, use "voice": "framing"'
		),
		v.description('The one side the account is about, e.g. ["russia"]: it shows in that column.')
	),
	dimension: v.pipe(IdSchema, v.description('The row it is shown on.'))
});

/** The author's own framing: shown in the author's own band, never as a side's claim. */
export const FramingClaimSchema = v.strictObject({
	...claimCommon,
	voice: v.pipe(
		v.literal('framing'),
		v.description(
			"The author's own framing: their view, judgement or loaded words, shown in the author's band across the row (or apart from the rows), never in a side's column."
		)
	),
	about: v.pipe(v.optional(v.array(IdSchema)), v.description('The sides it is about, if any.')),
	dimension: v.pipe(
		v.optional(IdSchema),
		v.description('The row it belongs to; without one it is shown apart from the rows.')
	)
});

/** What a claim whose voice is none of the three is told: the old "author" voice names its two successors. */
function voiceMessage(issue: v.BaseIssue<unknown>): string {
	return issue.input === 'author'
		? 'the "author" voice is gone: use "account" for the author\'s own words about one side (with "about": [that side]), or "framing" for the author\'s own view or framing'
		: 'must be "side" (a side\'s reported position), "account" (the author\'s account of one side) or "framing" (the author\'s own framing)';
}

export const ClaimSchema = v.variant(
	'voice',
	[SideClaimSchema, AccountClaimSchema, FramingClaimSchema],
	voiceMessage
);

export const TimelineEventSchema = v.strictObject({
	id: IdSchema,
	date: v.pipe(
		v.optional(
			v.pipe(
				v.string(),
				v.regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be YYYY[-MM[-DD]]'),
				onCalendar
			)
		),
		v.description(
			'ISO date (YYYY, YYYY-MM or YYYY-MM-DD), when the source gives one or it follows from the dateline (then set "inferred").'
		)
	),
	inferred: v.pipe(
		v.optional(v.boolean()),
		v.description(
			'true when the text does not state the date in full and it follows from the dateline, e.g. "Feb. 18" in a text dated 2025 → "2025-02-18". It is shown as inferred.'
		)
	),
	when: v.pipe(
		Line,
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

export const ComparisonSchema = v.pipe(
	v.strictObject({
		$schema: v.optional(v.string()),
		id: IdSchema,
		title: Line,
		question: v.pipe(Text, v.description('The framing question the comparison helps answer.')),
		source: v.pipe(IdSchema, v.description('Id of a source in data/sources/.')),
		layout: v.pipe(
			v.picklist(['grid', 'sequence']),
			v.description(
				'"grid" compares the sides point by point, one row per dimension. "sequence" also draws each side\'s steps as a numbered lane: the rows that carry a "step" are the steps, and a side\'s claims on row n are its step n (claims carry no step of their own).'
			)
		),
		sides: v.pipe(
			v.array(SideSchema),
			v.minLength(1, 'needs at least 1 side'),
			v.maxLength(4, 'has at most 4 sides'),
			v.description(
				"1 to 4 parties whose positions the text reports. One side is enough when the text reports one party beside the author's own weighing."
			)
		),
		dimensions: v.pipe(v.array(DimensionSchema), v.minLength(1, 'needs at least one dimension')),
		claims: v.pipe(
			v.array(ClaimSchema),
			v.minLength(1, 'needs at least one claim'),
			v.description(
				'Each claim is in one of three voices: "side" (a side\'s position as the text reports it), "account" (the author\'s account of one side) or "framing" (the author\'s own framing).'
			)
		),
		timeline: v.pipe(
			v.optional(v.array(TimelineEventSchema)),
			v.description('Events the text mentions, shown in the order given here.')
		),
		prompts: v.array(PromptSchema)
	}),
	v.description(
		'A comparison of the positions inside one text. Validated by `npm run build`: every anchor must resolve exactly.'
	)
);

/** The kinds of text, each naming the voice that is not a side's: "the author", "the reporter", … */
export const SOURCE_KINDS = ['opinion', 'news', 'press-release', 'other'] as const;

export const SourceMetaSchema = v.strictObject({
	$schema: v.optional(v.string()),
	id: IdSchema,
	textFile: v.pipe(
		v.pipe(v.string(), v.regex(/^[a-z0-9-]+\.txt$/, 'must name a .txt file beside the metadata')),
		v.description('File name of the verbatim text, beside this metadata file.')
	),
	publication: Text,
	date: v.pipe(
		v.optional(
			v.pipe(
				v.string(),
				v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date YYYY-MM-DD'),
				onCalendar
			)
		),
		v.description('ISO date of publication, when the text has one.')
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
	kind: v.pipe(
		v.optional(v.picklist(SOURCE_KINDS, 'must be "opinion", "news", "press-release" or "other"')),
		v.description(
			'The kind of text, which names the voice that is no side\'s: "opinion" → "the author", "news" → "the reporter", "press-release" → "the issuer", "other" (the default) → "the author".'
		)
	),
	note: v.pipe(
		v.optional(Text),
		v.description(
			'Anything a reader must know about the text, shown beside its citation (e.g. that it is fictional).'
		)
	),
	citation: v.pipe(Text, v.description('How to cite the source, in one line.'))
});

export type Side = v.InferOutput<typeof SideSchema>;
export type Dimension = v.InferOutput<typeof DimensionSchema>;
export type SideClaim = v.InferOutput<typeof SideClaimSchema>;
export type AccountClaim = v.InferOutput<typeof AccountClaimSchema>;
export type FramingClaim = v.InferOutput<typeof FramingClaimSchema>;
export type Claim = v.InferOutput<typeof ClaimSchema>;
export type TimelineEvent = v.InferOutput<typeof TimelineEventSchema>;
export type Prompt = v.InferOutput<typeof PromptSchema>;
export type Comparison = v.InferOutput<typeof ComparisonSchema>;
export type SourceKind = (typeof SOURCE_KINDS)[number];
export type SourceMeta = v.InferOutput<typeof SourceMetaSchema>;

/** A source with its text in the canonical (NFC, LF) form anchors are made over. */
export type Source = SourceMeta & { text: string };
