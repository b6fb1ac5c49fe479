import { labels } from '../model/labels';
import { claimOf, placed, sideLabels } from '../model/select';
import type { ClaimModel, ComparisonModel, Voice } from '../model/types';
import { sameVoice, voiceSide, voiceStyle } from '../model/voice';
import { elbowLink, gutterLink, type Point } from '../geometry/link';
import { maxPageHeight, resolvePreset, type Preset, type PresetId } from './presets';
import {
	baselineOffset,
	cachedMeasure,
	lineHeight,
	wrapText,
	type FontSpec,
	type MeasureText
} from './text';
import { ink, round, typeScale, type TypeScale } from './theme';

/** What to export and how; everything the layout needs, nothing from the DOM. */
export type ExportOptions = {
	preset: PresetId;
	/** Width of the explorer's viewport, for the "as on screen" preset. */
	viewportWidth?: number;
	/** A dimension id: export only that row. */
	row?: string | null;
	/** Whether the author's framing layer is on. */
	author: boolean;
	/** The URL of this view, printed in the footer so the image leads back to it. */
	deepLink: string;
	measure: MeasureText;
};

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
};

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
	rows: RowSegment[];
	footerRuleY: number;
	footer: TextBlock[];
	/** "Continued on image 2 of 3", "Scaled to fit …", or nothing. */
	note?: string;
};

/** How the comparison was made to fit: as it is, with smaller (or larger) type, or over several images. */
export type Fit = 'natural' | 'scaled' | 'paginated';

export type ExportLayout = { preset: Preset; scale: number; fit: Fit; pages: PageLayout[] };

type ClaimItem = {
	kind: 'claim';
	claim: ClaimModel;
	voice: Voice;
	label: string;
	attribution?: string;
};
type Item = ClaimItem | { kind: 'empty'; text: string };
type RowContent = { id: string; label: string; note?: string; items: Item[] };

/** The rows to draw: the chosen one or all, each side's claims in order, then the author's framing. */
function collectRows(model: ComparisonModel, options: ExportOptions): RowContent[] {
	const rows = model.rows.filter((r) => !options.row || r.id === options.row);
	if (options.row && rows.length === 0) throw new Error(`No row "${options.row}" in ${model.id}`);
	const item = (id: string): Item[] => {
		const claim = claimOf(model, id);
		if (!claim) return [];
		const side = model.sides[voiceSide(claim.voice) ?? -1];
		const step = model.layout === 'sequence' ? claim.step : undefined;
		return [
			{
				kind: 'claim',
				claim,
				voice: claim.voice,
				label: side ? labels.step.image(side.label, step) : labels.author.short,
				attribution: claim.attribution
			}
		];
	};
	const content: RowContent[] = rows.map((row) => {
		const items: Item[] = row.cells.flatMap((cell) => cell.claims.flatMap(item));
		if (options.author) items.push(...row.author.flatMap(item));
		if (row.silent.length > 0) {
			items.push({ kind: 'empty', text: labels.empty.image(sideLabels(model, row.silent)) });
		}
		return { id: row.id, label: row.label, note: row.description, items };
	});
	if (options.author && !options.row && model.authorElsewhere.length > 0) {
		content.push({
			id: 'author-elsewhere',
			label: labels.elsewhere.image,
			note: labels.elsewhere.imageNote,
			items: model.authorElsewhere.flatMap(item)
		});
	}
	return content;
}

/** Column geometry for one page width and type unit. */
type Frame = ReturnType<typeof frameFor>;

/**
 * Wide pages keep the dimension in its own left column; medium ones put it above the row; narrow
 * ones (phones) stack each claim above its quotes, as there is no room for a gutter between them.
 */
function frameFor(preset: Preset, u: number) {
	const x = preset.margin;
	const width = preset.width - 2 * preset.margin;
	const mode: 'wide' | 'medium' | 'narrow' =
		width >= 1400 ? 'wide' : width >= 700 ? 'medium' : 'narrow';
	const dimW = mode === 'wide' ? Math.round(width * 0.17) : 0;
	const dimGap = mode === 'wide' ? Math.round(u * 1.5) : 0;
	const rest = width - dimW - dimGap;
	const claimsW = mode === 'narrow' ? width : Math.round(rest * (mode === 'wide' ? 0.42 : 0.44));
	const gutterW = mode === 'narrow' ? 0 : Math.round(Math.max(u * 3, rest * 0.07));
	const claimsX = x + dimW + dimGap;
	const quotesX = mode === 'narrow' ? x + Math.round(u * 1.6) : claimsX + claimsW + gutterW;
	return {
		mode,
		top: preset.margin,
		x,
		width,
		dimX: x,
		dimW,
		claimsX,
		claimsW,
		quotesX,
		quotesW: x + width - quotesX
	};
}

/** Lays out a comparison for export: picks the type scale, then splits it into pages if needed. */
export function layoutComparison(model: ComparisonModel, options: ExportOptions): ExportLayout {
	const preset = resolvePreset(options.preset, options.viewportWidth);
	const measure = cachedMeasure(options.measure);
	const rows = collectRows(model, options);

	const setups = new Map<number, Setup>();
	const at = (scale: number) => {
		let setup = setups.get(scale);
		if (!setup) setups.set(scale, (setup = prepare(model, options, preset, scale, rows, measure)));
		return setup;
	};
	for (const scale of preset.scales) {
		const pages = paginate(at(scale), { pageLimit: 1 });
		if (pages.length === 1 && !pages[0]!.overflow) {
			const fit: Fit = scale < 1 ? 'scaled' : 'natural';
			return { preset, scale, fit, pages: finish(pages, fit, scale) };
		}
	}
	// A single claim taller than a page (absurdly long data) is the only case shrinking is forced.
	let scale = 1;
	let pages = paginate(at(scale));
	while (pages.some((p) => p.overflow) && scale > 0.5) {
		scale = round(scale - 0.1);
		pages = paginate(at(scale));
	}
	const setup = at(scale);
	// Rows are kept whole only when that costs no extra image (or sheet of paper).
	const loose = paginate(setup, { keepRows: false });
	const keepRows = pages.length <= loose.length;
	if (!keepRows) pages = loose;
	pages = balance(pages, (fill) => paginate(setup, { fill, keepRows }));
	const fit: Fit = pages.length > 1 ? 'paginated' : 'scaled';
	return { preset, scale, fit, pages: finish(pages, fit, scale) };
}

/**
 * Spreads content evenly over the same number of pages, so the last one is not a lone card:
 * finds by bisection the smallest share of each page's body that still needs no extra page.
 */
function balance(greedy: Draft[], paginateAt: (fill: number) => Draft[]): Draft[] {
	if (greedy.length < 2) return greedy;
	const fits = (pages: Draft[]) => pages.length === greedy.length && !pages.some((p) => p.overflow);
	let best = greedy;
	let low = 0.5;
	let high = 1;
	for (let i = 0; i < 7; i++) {
		const fill = (low + high) / 2;
		const pages = paginateAt(fill);
		if (fits(pages)) {
			best = pages;
			high = fill;
		} else {
			low = fill;
		}
	}
	return best;
}

/** A page before numbering; `noteLine` is what the page grows by if it gets a note (phones only). */
type Draft = Omit<PageLayout, 'number' | 'count'> & { overflow: boolean; noteLine: number };

function finish(drafts: Draft[], fit: Fit, scale: number): PageLayout[] {
	return drafts.map(({ overflow: _overflow, noteLine, ...page }, i) => {
		const note =
			drafts.length > 1
				? i < drafts.length - 1
					? `Continued on image ${i + 2} of ${drafts.length}`
					: `Image ${drafts.length} of ${drafts.length}`
				: fit === 'scaled'
					? `Scaled to fit: text at ${Math.round(scale * 100)} %`
					: undefined;
		if (!note) return { ...page, number: i + 1, count: drafts.length };
		const height = Math.ceil(page.height + noteLine);
		return { ...placeNote(page, note), height, number: i + 1, count: drafts.length, note };
	});
}

/** Puts the page note in the footer's reserved slot (right column, or below the link on phones). */
function placeNote<P extends Pick<PageLayout, 'footer'>>(page: P, note: string): P {
	const slot = page.footer.find((b) => b.lines.length === 0);
	if (!slot) return page;
	return { ...page, footer: page.footer.map((b) => (b === slot ? { ...b, lines: [note] } : b)) };
}

/**
 * Lays out the pages at one type scale, filling each page's body up to the share `fill` and, with
 * `keepRows`, starting a row that fits a page whole on a fresh one; a page whose content does not
 * fit is flagged. Stops early once more than `pageLimit` pages would be
 * needed, flagging the last page kept.
 */
function prepare(
	model: ComparisonModel,
	options: ExportOptions,
	preset: Preset,
	scale: number,
	rows: RowContent[],
	measure: MeasureText
) {
	const u = round(preset.base * scale);
	const fonts = typeScale(u);
	const frame = frameFor(preset, u);
	const wrap = (text: string, width: number, font: FontSpec, mode?: 'words' | 'url') =>
		wrapText(text, width, font, measure, mode);
	const ctx: Ctx = { u, fonts, frame, wrap, measure };
	return {
		preset,
		ctx,
		// Measured on first use: a scale that overflows its one page never measures later rows.
		rows: rows.map((row) => {
			let metrics: RowMetrics | undefined;
			return { row, metrics: () => (metrics ??= rowMetrics(row, ctx)) };
		}),
		head: header(model, options, ctx),
		foot: footer(model, options, ctx)
	};
}

/** Everything that does not change while pages are cut at one type scale. */
type Setup = ReturnType<typeof prepare>;

function paginate(
	{ preset, ctx, rows, head, foot }: Setup,
	{
		pageLimit = Infinity,
		fill = 1,
		keepRows = true
	}: { pageLimit?: number; fill?: number; keepRows?: boolean } = {}
): Draft[] {
	const { u, fonts } = ctx;
	const bodyTop = head.bottom;
	const fixed = preset.height;
	const pageHeight = (bodyEnd: number) =>
		fixed ??
		Math.min(maxPageHeight, Math.ceil(bodyEnd + foot.gapAbove + foot.height + preset.margin));
	const bodyLimit =
		bodyTop +
		((fixed ?? maxPageHeight) -
			preset.margin -
			foot.height -
			foot.noteLine -
			foot.gapAbove -
			bodyTop) *
			fill;

	const drafts: Draft[] = [];
	let segments: RowSegment[] = [];
	let y = bodyTop;
	let overflow = false;
	const closePage = () => {
		const height = pageHeight(y);
		const footerTop = height - preset.margin - foot.height;
		drafts.push({
			width: preset.width,
			height,
			margin: preset.margin,
			unit: u,
			fonts,
			title: head.title,
			question: head.question,
			legend: head.legend,
			headerRuleY: head.ruleY,
			columnHeads: head.columnHeads,
			rows: segments,
			footerRuleY: round(footerTop - foot.gapAbove / 2),
			noteLine: foot.noteLine,
			footer: foot.blocks.map((b) => ({ ...b, y: round(b.y + footerTop) })),
			overflow
		});
		segments = [];
		y = bodyTop;
		overflow = false;
	};

	for (const { row, metrics: measured } of rows) {
		const metrics = measured();
		// Keep a row together on a fresh page when it fits there whole, unless that leaves much of this page empty.
		if (keepRows && segments.length > 0) {
			const whole = segmentHeight(metrics, 0, row.items.length, false, ctx);
			const left = bodyLimit - y;
			const wasteOk = left < (bodyLimit - bodyTop) * 0.4;
			if (y + u * 1.4 + whole > bodyLimit && bodyTop + whole <= bodyLimit && wasteOk) closePage();
		}
		let from = 0;
		while (from < row.items.length) {
			if (drafts.length >= pageLimit) {
				drafts[drafts.length - 1]!.overflow = true;
				return drafts;
			}
			const gap = segments.length > 0 ? u * 1.4 : 0;
			let fits = from;
			while (fits < row.items.length) {
				if (y + gap + segmentHeight(metrics, from, fits + 1, from > 0, ctx) > bodyLimit) break;
				fits++;
			}
			// The "no claim from …" note belongs to the claims above it: never let it open a page.
			if (fits < row.items.length && row.items[fits]!.kind === 'empty' && fits > from) {
				if (fits - from >= 2) fits--;
				else if (segments.length > 0) fits = from;
			}
			if (fits === from) {
				if (segments.length > 0) {
					closePage();
					continue;
				}
				fits = from + 1;
				overflow = true;
			}
			const segment = rowSegment(row, from, fits, from > 0, y + gap, segments.length > 0, ctx);
			segments.push(segment);
			y = segment.top + segment.height;
			from = fits;
			if (from < row.items.length) closePage();
		}
	}
	if (segments.length > 0 || drafts.length === 0) closePage();
	return drafts;
}

type Ctx = {
	u: number;
	fonts: TypeScale;
	frame: Frame;
	measure: MeasureText;
	wrap: (text: string, width: number, font: FontSpec, mode?: 'words' | 'url') => string[];
};

function block(
	ctx: Ctx,
	text: string,
	x: number,
	y: number,
	width: number,
	font: FontSpec,
	fill: string,
	extra: Partial<TextBlock> = {}
): TextBlock {
	return {
		x: round(x),
		y: round(y),
		width: round(width),
		lines: ctx.wrap(text, width, font),
		font,
		fill,
		...extra
	};
}

function heightOf(b: TextBlock): number {
	return b.lines.length * lineHeight(b.font);
}

/** Title, framing question, side legend and column heads: repeated on every page so each stands alone. */
function header(model: ComparisonModel, options: ExportOptions, ctx: Ctx) {
	const { u, fonts, frame } = ctx;
	let y: number = frame.top;
	const title = block(ctx, model.title, frame.x, y, frame.width, fonts.title, ink.text);
	y += heightOf(title) + u * 0.2;
	const question = block(ctx, model.question, frame.x, y, frame.width, fonts.question, ink.muted);
	y += heightOf(question) + u * 0.7;

	const entries: { voice: Voice; label: string }[] = model.sides.map((s) => ({
		voice: { kind: 'side', side: s.index },
		label: s.label
	}));
	if (options.author) entries.push({ voice: { kind: 'author' }, label: labels.author.legend });
	const legend: LegendItem[] = [];
	const lh = lineHeight(fonts.legend);
	const badgeSize = round(lh * 0.9);
	const sampleW = u * 1.8;
	let x = frame.x;
	for (const entry of entries) {
		const labelW = Math.min(
			ctx.measure(entry.label, fonts.legend),
			frame.width - badgeSize - sampleW - u
		);
		const itemW = badgeSize + u * 0.4 + sampleW + u * 0.4 + labelW;
		if (x > frame.x && x + itemW > frame.x + frame.width) {
			x = frame.x;
			y += lh + u * 0.3;
		}
		const midY = y + lh / 2;
		const sampleX = x + badgeSize + u * 0.4;
		legend.push({
			voice: entry.voice,
			badge: { x: round(x), y: round(midY - badgeSize / 2), width: badgeSize, height: badgeSize },
			sample: { x1: round(sampleX), x2: round(sampleX + sampleW), y: round(midY) },
			label: block(
				ctx,
				entry.label,
				sampleX + sampleW + u * 0.4,
				y,
				labelW + 1,
				fonts.legend,
				ink.text
			)
		});
		x += itemW + u * 1.4;
	}
	y += lh + u * 0.6;
	const ruleY = round(y);
	y += u * 0.9;

	const columnHeads: TextBlock[] = [];
	if (frame.mode !== 'narrow') {
		const muted = { ...fonts.columnHead };
		columnHeads.push(
			block(ctx, 'Claims, in brief', frame.claimsX, y, frame.claimsW, muted, ink.muted)
		);
		columnHeads.push(
			block(ctx, 'In the article’s words', frame.quotesX, y, frame.quotesW, muted, ink.muted)
		);
		y += lineHeight(muted) + u * 0.5;
	}
	return { title, question, legend, ruleY, columnHeads, bottom: y };
}

/** Source citation, deep link and a reserved slot for the page note; positioned from the footer's top. */
function footer(model: ComparisonModel, options: ExportOptions, ctx: Ctx) {
	const { u, fonts, frame } = ctx;
	const narrow = frame.mode === 'narrow';
	const leftW = narrow ? frame.width : Math.round(frame.width * 0.68);
	const noteW = narrow ? frame.width : Math.round(frame.width * 0.28);
	const noteX = narrow ? frame.x : frame.x + frame.width;
	const { source } = model;
	const citation = source.citation.includes(source.publication)
		? source.citation
		: `${source.publication}, ${source.date}${source.page ? `, p. ${source.page}` : ''}`;
	let y = 0;
	const sourceBlock = block(ctx, `Source: ${citation}`, frame.x, y, leftW, fonts.footer, ink.text);
	y += heightOf(sourceBlock);
	const linkBlock: TextBlock = {
		x: frame.x,
		y,
		width: leftW,
		lines: ctx.wrap(`Interactive version: ${options.deepLink}`, leftW, fonts.footer, 'url'),
		font: fonts.footer,
		fill: ink.muted,
		href: options.deepLink
	};
	y += heightOf(linkBlock);
	// On a phone the note goes below the link, and the page grows by its line only when there is one.
	const noteLine = narrow ? round(u * 0.3 + lineHeight(fonts.note)) : 0;
	const note: TextBlock = {
		x: round(noteX),
		y: narrow ? round(y + u * 0.3) : 0,
		width: noteW,
		lines: [],
		font: fonts.note,
		fill: ink.text,
		align: narrow ? 'start' : 'end'
	};
	const height = round(Math.max(y, lineHeight(fonts.note)));
	return { blocks: [sourceBlock, linkBlock, note], height, noteLine, gapAbove: u * 1.4 };
}

/** Lays out items [from, to) of a row at `top`; `continued` marks a row carried over from the previous page. */
function rowSegment(
	row: RowContent,
	from: number,
	to: number,
	continued: boolean,
	top: number,
	ruled: boolean,
	ctx: Ctx
): RowSegment {
	const { u, frame } = ctx;
	const heading = rowHeading(row, continued, top, ctx);
	const last = heading.at(-1)!;
	const headingBottom = last.y + heightOf(last);
	let y = frame.mode === 'wide' ? top : headingBottom + u * 0.6;
	const segment: RowSegment = {
		dimensionId: row.id,
		top: round(top),
		height: 0,
		ruleY: ruled ? round(top - u * 0.7) : undefined,
		heading,
		cards: [],
		quotes: [],
		links: [],
		notes: []
	};
	let previous: Item | undefined;
	for (const item of row.items.slice(from, to)) {
		if (previous) y += gapBetween(previous, item, u);
		if (item.kind === 'empty') {
			const note = emptyNote(item.text, y, ctx);
			segment.notes.push(note);
			y += heightOf(note);
		} else {
			const placed = claimItem(item, y, ctx);
			segment.cards.push(placed.card);
			segment.quotes.push(...placed.quotes);
			segment.links.push(...placed.links);
			y += placed.height;
		}
		previous = item;
	}
	const bottom = Math.max(y, frame.mode === 'wide' ? headingBottom : y);
	segment.height = round(bottom - top);
	return segment;
}

/** The dimension's label (marked when carried over from the previous page) and its description. */
function rowHeading(row: RowContent, continued: boolean, top: number, ctx: Ctx): TextBlock[] {
	const { u, fonts, frame } = ctx;
	const label = continued ? `${row.label} (continued)` : row.label;
	const width = frame.mode === 'wide' ? frame.dimW : frame.width;
	const heading = [block(ctx, label, frame.dimX, top, width, fonts.dimension, ink.text)];
	if (row.note && !continued) {
		const y = top + heightOf(heading[0]!) + u * 0.15;
		heading.push(block(ctx, row.note, frame.dimX, y, width, fonts.dimensionNote, ink.muted));
	}
	return heading;
}

function emptyNote(text: string, y: number, ctx: Ctx): TextBlock {
	const { frame, fonts } = ctx;
	const width = frame.width - (frame.claimsX - frame.x);
	return block(ctx, text, frame.claimsX, y, width, fonts.empty, ink.muted);
}

/** Space between two items of a row: more between sides than within one. */
function gapBetween(previous: Item, item: Item, u: number): number {
	const sameSide =
		previous.kind === 'claim' && item.kind === 'claim' && sameVoice(previous.voice, item.voice);
	return sameSide ? u * 0.5 : u * 0.85;
}

/** Heights of a row's headings and items, measured once so pages can be cut by arithmetic. */
type RowMetrics = { heading: [fresh: number, continued: number]; items: number[]; gaps: number[] };

function rowMetrics(row: RowContent, ctx: Ctx): RowMetrics {
	const headingHeight = (continued: boolean) => {
		const heading = rowHeading(row, continued, 0, ctx);
		const last = heading.at(-1)!;
		return last.y + heightOf(last);
	};
	return {
		heading: [headingHeight(false), headingHeight(true)],
		items: row.items.map((item) =>
			item.kind === 'empty'
				? heightOf(emptyNote(item.text, 0, ctx))
				: claimItem(item, 0, ctx).height
		),
		gaps: row.items.map((item, i) => (i === 0 ? 0 : gapBetween(row.items[i - 1]!, item, ctx.u)))
	};
}

/** The height `rowSegment` gives items [from, to) of a row, without laying them out. */
function segmentHeight(
	m: RowMetrics,
	from: number,
	to: number,
	continued: boolean,
	ctx: Ctx
): number {
	let items = 0;
	for (let i = from; i < to; i++) items += m.items[i]! + (i > from ? m.gaps[i]! : 0);
	const heading = m.heading[continued ? 1 : 0];
	return ctx.frame.mode === 'wide' ? Math.max(heading, items) : heading + ctx.u * 0.6 + items;
}

/** One claim card with its quotes and the links between them, placed at `top`. */
function claimItem(item: ClaimItem, top: number, ctx: Ctx) {
	const { u, fonts, frame } = ctx;
	const colour = voiceStyle(item.voice);
	const narrow = frame.mode === 'narrow';
	const padY = u * 0.5;
	const bar = round(u * 0.2);
	const accentX = frame.claimsX + u * 0.45;
	const innerX = accentX + bar + u * 0.55;
	const innerW = frame.claimsX + frame.claimsW - u * 0.7 - innerX;

	const labelH = lineHeight(fonts.sideLabel);
	const badgeSize = round(labelH * 0.9);
	const cardParts = (cardTop: number) => {
		let y = cardTop + padY;
		const badge = {
			x: round(innerX),
			y: round(y + (labelH - badgeSize) / 2),
			width: badgeSize,
			height: badgeSize
		};
		const labelX = innerX + badgeSize + u * 0.4;
		const label = block(
			ctx,
			item.label,
			labelX,
			y,
			innerW - (labelX - innerX),
			fonts.sideLabel,
			colour.ink
		);
		const attribution = item.attribution
			? attributionBlock(item.attribution, label, innerX, innerW, ctx)
			: undefined;
		y = Math.max(
			label.y + heightOf(label),
			attribution ? attribution.y + heightOf(attribution) : 0
		);
		y += u * 0.2;
		const text = block(ctx, item.claim.text, innerX, y, innerW, fonts.claim, ink.text);
		y += heightOf(text) + padY;
		return { badge, label, attribution, text, height: y - cardTop };
	};

	const quotePadX = u * 0.6;
	const quotePadY = u * 0.45;
	const quoteBar = round(u * 0.16);
	const quoteGap = u * 0.4;
	const quoteTexts = placed(item.claim).map((r) =>
		ctx.wrap(r.quote, frame.quotesW - quoteBar - 2 * quotePadX, fonts.quote)
	);
	const quoteHeights = quoteTexts.map(
		(lines) => lines.length * lineHeight(fonts.quote) + 2 * quotePadY
	);
	const quotesH =
		quoteHeights.reduce((a, b) => a + b, 0) + quoteGap * Math.max(0, quoteHeights.length - 1);

	const cardH = cardParts(0).height;
	const cardTop = narrow ? top : top + Math.max(0, (quotesH - cardH) / 2);
	const parts = cardParts(cardTop);
	const cardBox = {
		x: frame.claimsX,
		y: round(cardTop),
		width: frame.claimsW,
		height: round(parts.height)
	};
	const card: CardLayout = {
		claimId: item.claim.id,
		voice: item.voice,
		box: cardBox,
		accent: {
			x: round(accentX),
			y: round(cardTop + padY),
			width: bar,
			height: round(parts.height - 2 * padY)
		},
		badge: parts.badge,
		label: parts.label,
		attribution: parts.attribution,
		text: parts.text
	};
	const quotes: QuoteLayout[] = [];
	const links: LinkLayout[] = [];

	let y = narrow ? cardTop + parts.height + u * 0.5 : top + Math.max(0, (cardH - quotesH) / 2);
	quoteTexts.forEach((lines, range) => {
		const height = quoteHeights[range]!;
		const box = { x: frame.quotesX, y: round(y), width: frame.quotesW, height: round(height) };
		const text: TextBlock = {
			x: round(frame.quotesX + quoteBar + quotePadX),
			y: round(y + quotePadY),
			width: round(frame.quotesW - quoteBar - 2 * quotePadX),
			lines,
			font: fonts.quote,
			fill: ink.text
		};
		quotes.push({ claimId: item.claim.id, range, voice: item.voice, box, bar: quoteBar, text });
		// Ends to 0.1 px, the precision of the path strings, so dots and paths meet exactly.
		const point = (x: number, y: number): Point => ({
			x: Math.round(x * 10) / 10,
			y: Math.round(y * 10) / 10
		});
		const to = point(box.x, box.y + box.height / 2);
		const from = narrow
			? point(frame.claimsX + u * 0.8, cardBox.y + cardBox.height)
			: point(cardBox.x + cardBox.width, cardBox.y + cardBox.height / 2);
		const d = narrow ? elbowLink(from, to) : gutterLink(from, to);
		links.push({ claimId: item.claim.id, range, voice: item.voice, d, from, to });
		y += height + quoteGap;
	});
	const quotesBottom = y - (quoteTexts.length > 0 ? quoteGap : 0);
	const height = Math.max(cardBox.y + cardBox.height, quotesBottom) - top;
	return { card, quotes, links, height };
}

/**
 * Who reports the claim, in the source's words: on the label's line when it fits there whole
 * (baselines aligned), otherwise on its own lines below.
 */
function attributionBlock(
	text: string,
	label: TextBlock,
	innerX: number,
	innerW: number,
	ctx: Ctx
): TextBlock {
	const { u, fonts, measure } = ctx;
	const font = fonts.attribution;
	if (label.lines.length === 1) {
		const x = label.x + measure(label.lines[0]!, label.font) + u * 0.6;
		const room = innerX + innerW - x;
		if (measure(text, font) <= room) {
			const y = label.y + baselineOffset(label.font) - baselineOffset(font);
			return block(ctx, text, x, y, room, font, ink.muted);
		}
	}
	return block(ctx, text, innerX, label.y + heightOf(label), innerW, font, ink.muted);
}
