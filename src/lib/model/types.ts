/**
 * The comparison model: one normalised shape, built once from a comparison and its source text,
 * that every mode reads (explorer, present, quiz, handout, export). Plain data, so it can be
 * prerendered into a page, served as `view.json`, or built in the browser from a draft.
 */
import type { AnchorStatus } from '../anchoring/index.ts';
import type { SourceMeta } from './schema.ts';

/**
 * Who speaks in a claim: a side's position as the source reports it, or the author's own framing.
 * A union on `kind`, so a further voice (the author's account of a side) can join it.
 */
export type Voice = { kind: 'side'; side: number } | { kind: 'author' };

/** How a voice's line is drawn: underlines, card edges and links, so colour is never the only cue. */
export type LineStyle = 'solid' | 'dashed' | 'dotted' | 'double' | 'wavy';

/** A side, with its place in the comparison and what draws it: letter, colours, line style. */
export type SideModel = {
	id: string;
	label: string;
	who: string;
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
	/** Position in the side's sequence, for comparisons whose layout is "sequence". */
	step?: number;
	/** Indices of the sides an author's framing is about. */
	about: number[];
	anchors: AnchorModel[];
};

/** One side's claims on a row, in step order. */
export type CellModel = { side: number; claims: string[] };

/** A dimension row: each side's claims on it, the author's framing of it, who is silent, its prompts. */
export type RowModel = {
	id: string;
	label: string;
	description?: string;
	/** One per side, in side order, empty cells included. */
	cells: CellModel[];
	author: string[];
	/** Indices of the sides with nothing on this row. */
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
	authorElsewhere: string[];
	/** By side index: the side's lane in a sequence, or null (always null in a grid). */
	lanes: (Lane | null)[];
	passages: PassageModel[];
	/** Dated events in date order, then undated ones in the order the source tells them. */
	timeline: EventModel[];
	prompts: PromptModel[];
};
