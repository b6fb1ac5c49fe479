import type { Point } from '../../geometry/link';
import type { ClaimModel, Voice } from '../../model/types';
import type { Preset, PresetId } from '../presets';
import type { FontSpec, MeasureText } from '../text';
import type { TypeScale } from '../theme';

/** What to export and how; everything the layout needs, nothing from the DOM. */
export type ExportOptions = {
	preset: PresetId;
	/** Width of the explorer's viewport, for the "as on screen" preset. */
	viewportWidth?: number;
	/** A dimension id: export only that row. */
	row?: string | null;
	/** Whether the author's framing layer is on. */
	author: boolean;
	/** Sides as columns with the rows across (the default), or every row as one list. */
	layout?: LayoutId;
	/** Add the timeline of events after the rows. */
	timeline?: boolean;
	/** Add the discussion prompts after the rows (of the one row, when only a row is exported). */
	prompts?: boolean;
	/** The URL of this view, printed in the footer so the image leads back to it. */
	deepLink: string;
	measure: MeasureText;
};

/** "columns": each side a column, each row across them; "list": each row's claims one under another. */
export type LayoutId = 'columns' | 'list';

export type Rect = { x: number; y: number; width: number; height: number };

/** Wrapped text placed on the page; `y` is the top of the first line box. */
export type TextBlock = {
	x: number;
	y: number;
	width: number;
	lines: string[];
	font: FontSpec;
	fill: string;
	align?: 'start' | 'end';
	href?: string;
};

export type CardLayout = {
	claimId: string;
	voice: Voice;
	box: Rect;
	/** The coloured pill down the card's left edge. */
	accent: Rect;
	badge: Rect;
	label: TextBlock;
	attribution?: TextBlock;
	text: TextBlock;
};
/** A quoted passage: a tinted block with a bar in the side's colour down its left edge. */
export type QuoteLayout = {
	claimId: string;
	range: number;
	voice: Voice;
	box: Rect;
	bar: number;
	text: TextBlock;
};
export type LinkLayout = {
	claimId: string;
	range: number;
	voice: Voice;
	d: string;
	from: Point;
	to: Point;
};

/** A dimension row, or the part of one that fits on a page. */
export type RowSegment = {
	dimensionId: string;
	top: number;
	height: number;
	/** Rule above the row, unless it is the first on its page. */
	ruleY?: number;
	heading: TextBlock[];
	cards: CardLayout[];
	quotes: QuoteLayout[];
	links: LinkLayout[];
	notes: TextBlock[];
	/** Plain text after the rows: the timeline's events, the discussion prompts. */
	text?: TextBlock[];
	/** A sequence's lanes: each side's numbered stop on this row and the line it runs along. */
	lanes?: LaneMark[];
};

/** A side's lane through one row segment: the line down its column's edge and, at its step, the number. */
export type LaneMark = {
	voice: Voice;
	x: number;
	y1: number;
	y2: number;
	stop?: { cy: number; r: number; label: string };
};

/** A column's head in the side-by-side layout: the side's letter badge and name over a rule in its colour. */
export type SideHead = { voice: Voice; badge: Rect; label: TextBlock; rule: Rect };

export type LegendItem = {
	voice: Voice;
	badge: Rect;
	sample: { x1: number; x2: number; y: number };
	label: TextBlock;
};

export type PageLayout = {
	number: number;
	count: number;
	width: number;
	height: number;
	margin: number;
	unit: number;
	fonts: TypeScale;
	title: TextBlock;
	question: TextBlock;
	legend: LegendItem[];
	headerRuleY: number;
	columnHeads: TextBlock[];
	sideHeads: SideHead[];
	rows: RowSegment[];
	footerRuleY: number;
	footer: TextBlock[];
	/** "Continued on image 2 of 3", "Scaled to fit …", or nothing. */
	note?: string;
};

/** How the comparison was made to fit: as it is, with smaller (or larger) type, or over several images. */
export type Fit = 'natural' | 'scaled' | 'paginated';

export type ExportLayout = { preset: Preset; scale: number; fit: Fit; pages: PageLayout[] };

/** A claim as a row of the image lists it: its voice, and the label and attribution on its card. */
export type ClaimItem = {
	kind: 'claim';
	claim: ClaimModel;
	voice: Voice;
	label: string;
	attribution?: string;
};
/** What a row lists, in order: claims, and a note naming the sides with nothing there. */
export type Item = ClaimItem | { kind: 'empty'; text: string };
/** A row of the image before layout. */
export type RowContent = { id: string; label: string; note?: string; items: Item[] };
/** A row of the side-by-side image before layout: each side's cell (by side index), then the framing band. */
export type ColumnRow = {
	id: string;
	label: string;
	note?: string;
	/** The row's index in the model (-1 for the author's framing outside the rows), for lanes. */
	index: number;
	step?: number;
	cells: ClaimItem[][];
	framing: ClaimItem[];
};
