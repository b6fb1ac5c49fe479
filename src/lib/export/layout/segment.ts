import { ink, round } from '../theme';
import { claimItem } from './card';
import { block, heightOf, type Ctx } from './frame';
import type { Item, RowContent, RowSegment, TextBlock } from './types';
import { sameVoice } from '../../model/voice';

/** Lays out items [from, to) of a row at `top`; `continued` marks a row carried over from the previous page. */
export function rowSegment(
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
export type RowMetrics = {
	heading: [fresh: number, continued: number];
	items: number[];
	gaps: number[];
};

/** Measures a row's headings and items at the context's type scale. */
export function rowMetrics(row: RowContent, ctx: Ctx): RowMetrics {
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
export function segmentHeight(
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
