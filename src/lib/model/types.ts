/**
 * The comparison model: one normalised shape, built once from a comparison and its source text,
 * that every mode reads (explorer, present, quiz, handout, export). Plain data, so it can be
 * prerendered into a page, served as `view.json`, or built in the browser from a draft.
 */
import type { AnchorStatus } from '../anchoring/index.ts';
import type { SourceMeta } from './schema.ts';

/**
 * Who speaks in a claim, one of three, never blurred: a side's position as the source reports it;
 * the author's account of one side (the author's words about it, shown in its column); or the
 * author's own framing (in the author's band). `side` is the side's index in the comparison.
 */
export type Voice =
	{ kind: 'side'; side: number } | { kind: 'account'; side: number } | { kind: 'framing' };

/**
 * How a voice's line is drawn: underlines, card edges and links, so colour is never the only cue.
 * "dash-dot-dot" is the author's account of a side, apart from both the sides and the framing.
 */
export type LineStyle = 'solid' | 'dashed' | 'dotted' | 'double' | 'wavy' | 'dash-dot-dot';

/** A side, with its place in the comparison and what draws it: letter, colours, line style. */
export type SideModel = {
	id: string;
	label: string;
	who: string;
	/** Words besides its label and the names in `who` that the quiz hides because they name it. */
	hide: string[];
	index: number;
	letter: string;
	ink: string;
	soft: string;
	line: LineStyle;
};

/** An anchor that resolved: where its words are now, and the mark its link ends at. */
export type PlacedAnchor = {
	status: Extract<AnchorStatus, 'exact' | 'moved' | 'fuzzy'>;
	/** How much of the quote survives, for a fuzzy match (1 = identical). */
	score?: number;
	start: number;
	end: number;
	/** The source's own words at [start, end). */
	quote: string;
	/** Id of the passage the anchor starts in. */
	passage: string;
	/** Start offset of the mark the claim's link ends at and "Show in the article" jumps to. */
	target: number;
};

/** An anchor that found no single place: kept with its status and the words it was looking for. */
export type LostAnchor = { status: Extract<AnchorStatus, 'ambiguous' | 'orphaned'>; quote: string };

export type AnchorModel = PlacedAnchor | LostAnchor;

/** A claim, once: its paraphrase, its voice and its anchors. */
export type ClaimModel = {
	id: string;
	text: string;
	voice: Voice;
	/** How the source reports a side's claim, in its words; only side claims have one. */
	attribution?: string;
	/** Id of the dimension row the claim is on, when it has one. */
	dimension?: string;
	/**
	 * The step of a side's lane: in a "sequence", the step of the row a side's claim is on. Derived
	 * from the row; the author's words never have one.
	 */
	step?: number;
	/** Indices of the sides the author's words are about: an account's one side, framing's any. */
	about: number[];
	anchors: AnchorModel[];
};

/** One side's column on a row: its claims and the author's accounts of it, in the file's order. */
export type CellModel = { side: number; claims: string[] };

/** A dimension row: each side's column on it, the author's framing of it, who is silent, its prompts. */
export type RowModel = {
	id: string;
	label: string;
	description?: string;
	/** In a "sequence", the step of every side's lane this row is. */
	step?: number;
	/** One per side, in side order, empty cells included. */
	cells: CellModel[];
	/** Ids of the author's framing on this row. */
	framing: string[];
	/**
	 * Indices of the sides with no position of their own on this row: an empty column, or one with
	 * only the author's accounts of the side.
	 */
	silent: number[];
	/** Ids of the prompts that belong to this row. */
	prompts: string[];
};

/** One number of a side's lane, with the rows its claims are shown on. */
export type LaneStop = { step: number; rows: string[] };

/** A side's numbered lane in a sequence: the rows (by index) of its first and last step, and its stops. */
export type Lane = { side: number; first: number; last: number; stops: LaneStop[] };

/** A run of passage text covered by the same claims and events (possibly none). */
export type Piece = {
	start: number;
	end: number;
	text: string;
	claims: string[];
	events: string[];
};

/** A range of source offsets, end exclusive. */
export type Span = { start: number; end: number };

/** A paragraph of the source, cut into pieces at every anchor edge, with its sentences. */
export type PassageModel = {
	id: string;
	start: number;
	end: number;
	pieces: Piece[];
	sentences: Span[];
};

/** A timeline event; `target` is where its first placed anchor's passage starts. */
export type EventModel = {
	id: string;
	date?: string;
	/** The date is not stated in full in the text; it follows from the dateline. */
	inferred?: boolean;
	when: string;
	text: string;
	anchors: AnchorModel[];
	target?: number;
};

export type PromptModel = { id: string; text: string; dimension?: string };

/** The source's metadata: how to cite it, never its text (the passages carry that). */
export type SourceModel = Omit<SourceMeta, '$schema' | 'textFile'>;

/** Everything any mode shows of a comparison. */
export type ComparisonModel = {
	id: string;
	title: string;
	question: string;
	layout: 'grid' | 'sequence';
	source: SourceModel;
	sides: SideModel[];
	/** Every claim once, in the comparison's order. */
	claims: ClaimModel[];
	rows: RowModel[];
	/** Ids of the author's framing that belongs to no row. */
	framingElsewhere: string[];
	/** By side index: the side's lane in a sequence, or null (always null in a grid). */
	lanes: (Lane | null)[];
	passages: PassageModel[];
	/** The events, in the order the comparison gives them. */
	timeline: EventModel[];
	prompts: PromptModel[];
};
