import type { ComparisonModel } from '../../model/types';
import { labelsOf } from '../../model/labels';
import { ink, round } from '../theme';
import { cardAt, quotesUnder } from './card';
import { block, heightOf, type Ctx } from './frame';
import type { Columns } from './columns-frame';
import type { ClaimItem, ColumnRow, LaneMark, RowSegment, TextBlock } from './types';

/** Heights measured once per type scale, so rows can be cut into parts by arithmetic. */
export type ColumnMetrics = { cells: number[][]; framing: number[]; heading: [number, number] };

/** Which items of a row a part shows: per side [from, to) of its cell, and [from, to) of the band. */
export type Part = {
	cells: [number, number][];
	framing: [number, number];
	number: number;
	of: number;
};

const itemGap = (u: number) => u * 0.6;

/** How many framing cards stand across the band. */
const bandAcross = (count: number, sides: number) =>
	Math.min(count, Math.max(2, Math.min(sides, 3)));

/** A claim's card with its quotes under it, or beside it in a column wide enough for both. */
function cardWithQuotes(item: ClaimItem, x: number, width: number, top: number, ctx: Ctx) {
	const { u } = ctx;
	if (width >= u * 30) {
		const cardW = round(width * 0.52);
		const card = cardAt(item, x, cardW, top, ctx);
		const beside = x + cardW + u * 0.6;
		const { quotes, height } = quotesUnder(item, beside, x + width - beside, top - u * 0.3, ctx);
		return { card, quotes, height: Math.max(card.box.height, height - u * 0.3) };
	}
	const card = cardAt(item, x, width, top, ctx);
	const under = quotesUnder(item, x + u * 0.6, width - u * 0.6, top + card.box.height, ctx);
	return { card, quotes: under.quotes, height: card.box.height + under.height };
}

/** Whether side `side`'s lane runs down through the top of this part of the row, past its heading. */
function laneThrough(row: ColumnRow, part: Pick<Part, 'number'>, cols: Columns, side: number) {
	const lane = cols.lanes[side];
	if (!lane || row.index < lane.first || row.index > lane.last) return false;
	const starts = row.index === lane.first && part.number === 1;
	return !(starts && row.cells[side]!.some((item) => item.voice.kind === 'side'));
}

/**
 * The row's heading, in the lanes' gutter's lee: after the first lane, and short of the next
 * lane that runs down past it, so no lane line crosses its text.
 */
function heading(
	row: ColumnRow,
	part: Pick<Part, 'number' | 'of'> | undefined,
	top: number,
	cols: Columns,
	ctx: Ctx
): TextBlock[] {
	const { u, fonts, frame } = ctx;
	const x = frame.x + cols.lane;
	const next = cols.x.findIndex(
		(_, side) => side > 0 && laneThrough(row, part ?? { number: 1 }, cols, side)
	);
	const width = (next > 0 ? cols.x[next]! - u * 0.5 : frame.x + frame.width) - x;
	const label = part && part.of > 1 ? `${row.label}, ${part.number} of ${part.of}` : row.label;
	const blocks = [block(ctx, label, x, top, width, fonts.dimension, ink.text)];
	if (row.note && (!part || part.number === 1)) {
		const y = top + heightOf(blocks[0]!) + u * 0.1;
		blocks.push(block(ctx, row.note, x, y, width, fonts.dimensionNote, ink.muted));
	}
	return blocks;
}

const bottomOf = (blocks: TextBlock[]) => {
	const last = blocks.at(-1)!;
	return last.y + heightOf(last);
};

/** Measures a row's items at the context's type scale. */
export function columnMetrics(row: ColumnRow, cols: Columns, ctx: Ctx): ColumnMetrics {
	const across = bandAcross(row.framing.length, cols.x.length);
	const bandW = (ctx.frame.width - cols.gap * (across - 1)) / Math.max(1, across);
	const whole = { cells: [], framing: [0, 0], number: 1, of: 1 } as Part;
	return {
		cells: row.cells.map((cell, i) =>
			cell.map((item) => cardWithQuotes(item, 0, cols.widths[i]! - cols.lane, 0, ctx).height)
		),
		framing: row.framing.map((item) => cardWithQuotes(item, 0, bandW, 0, ctx).height),
		heading: [
			bottomOf(heading(row, whole, 0, cols, ctx)),
			bottomOf(heading(row, { ...whole, number: 2, of: 2 }, 0, cols, ctx))
		]
	};
}

/** The band's lines of framing cards [from, to): heights of each line. */
function bandLines(m: ColumnMetrics, from: number, to: number, sides: number): number[] {
	const across = bandAcross(m.framing.length, sides);
	const lines: number[] = [];
	for (let i = from; i < to; i += across)
		lines.push(Math.max(...m.framing.slice(i, Math.min(to, i + across))));
	return lines;
}

/** The height of a part of a row, from the metrics alone. */
export function partHeight(m: ColumnMetrics, part: Part, cols: Columns, u: number): number {
	const head = m.heading[part.number > 1 ? 1 : 0] + u * 0.5;
	const stack = (hs: number[]) => hs.reduce((a, h, i) => a + h + (i > 0 ? itemGap(u) : 0), 0);
	const columns = Math.max(0, ...part.cells.map(([a, b], i) => stack(m.cells[i]!.slice(a, b))));
	// Room for the empty cell's note on two lines, as its column may be a narrow one.
	const empty = part.number === 1 && m.cells.some((c) => c.length === 0) ? u * 2.4 : 0;
	const [fa, fb] = part.framing;
	const band = stack(bandLines(m, fa, fb, cols.x.length));
	const body = Math.max(columns, empty);
	return head + body + (band > 0 ? (body > 0 ? u * 0.8 : 0) + band : 0);
}

/**
 * Cuts a row into parts, the first fitting `first` px (what is left of a page) and the rest
 * `limit` px each: every column takes the claims that fit, the band follows once the columns are
 * done. A part always takes at least one claim, so a single claim taller than the page is the only
 * overflow; a first part that would take none is left out. With `after`, cuts what follows that part.
 */
export function cutRow(
	m: ColumnMetrics,
	cols: Columns,
	limit: number,
	u: number,
	first = limit,
	after?: Part
): Part[] {
	const at = m.cells.map((_, i) => after?.cells[i]?.[1] ?? 0);
	let band = after?.framing[1] ?? 0;
	const parts: Part[] = [];
	const done = () => at.every((a, i) => a >= m.cells[i]!.length) && band >= m.framing.length;
	while (!done()) {
		const part: Part = {
			cells: at.map((a) => [a, a]),
			framing: [band, band],
			number: parts.length + 1,
			of: 0
		};
		const room = parts.length === 0 ? first : limit;
		const fits = () => partHeight(m, part, cols, u) <= room;
		let grew = false;
		m.cells.forEach((cell, i) => {
			while (part.cells[i]![1] < cell.length) {
				part.cells[i]![1]++;
				if (!fits()) {
					part.cells[i]![1]--;
					break;
				}
				grew = true;
			}
		});
		if (part.cells.every(([, b], i) => b >= m.cells[i]!.length)) {
			const across = bandAcross(m.framing.length, cols.x.length);
			while (part.framing[1] < m.framing.length) {
				part.framing[1] = Math.min(m.framing.length, part.framing[1] + across);
				if (!fits()) {
					part.framing[1] = Math.max(band, part.framing[1] - across);
					break;
				}
				grew = true;
			}
		}
		if (!grew && room < limit) {
			first = limit;
			continue;
		}
		if (!grew) {
			const i = part.cells.findIndex(([, b], c) => b < m.cells[c]!.length);
			if (i >= 0) part.cells[i]![1]++;
			else part.framing[1] = Math.min(m.framing.length, band + 1);
		}
		part.cells.forEach(([, b], i) => (at[i] = b));
		band = part.framing[1];
		parts.push(part);
	}
	for (const part of parts) part.of = parts.length;
	return parts.length > 0
		? parts
		: [{ cells: at.map(() => [0, 0]), framing: [0, 0], number: 1, of: 1 }];
}

/** Lays out one part of a row at `top`: heading, each side's column, the empty cells, the band, the lanes. */
export function columnSegment(
	model: ComparisonModel,
	row: ColumnRow,
	part: Part,
	cols: Columns,
	top: number,
	ruled: boolean,
	ctx: Ctx
): RowSegment {
	const { u, fonts } = ctx;
	const head = heading(row, part, top, cols, ctx);
	const bodyTop = bottomOf(head) + u * 0.5;
	const segment: RowSegment = {
		dimensionId: row.id,
		top: round(top),
		height: 0,
		ruleY: ruled ? round(top - u * 0.7) : undefined,
		heading: head,
		cards: [],
		quotes: [],
		links: [],
		notes: [],
		lanes: []
	};
	let bottom = bodyTop;
	row.cells.forEach((cell, i) => {
		const x = cols.x[i]! + cols.lane;
		const width = cols.widths[i]! - cols.lane;
		let y = bodyTop;
		const [from, to] = part.cells[i]!;
		if (cell.length === 0 && part.number === 1 && row.index >= 0) {
			const note = block(ctx, labelsOf(model).empty.explorer, x, y, width, fonts.empty, ink.muted);
			segment.notes.push(note);
			y += heightOf(note);
		}
		cell.slice(from, to).forEach((item, k) => {
			if (k > 0) y += itemGap(u);
			const placed = cardWithQuotes(item, x, width, y, ctx);
			segment.cards.push(placed.card);
			segment.quotes.push(...placed.quotes);
			y += placed.height;
		});
		bottom = Math.max(bottom, y);
	});
	const [fa, fb] = part.framing;
	if (fb > fa) {
		const across = bandAcross(row.framing.length, cols.x.length);
		const width = (ctx.frame.width - cols.gap * (across - 1)) / across;
		let y = bottom > bodyTop ? bottom + u * 0.8 : bodyTop;
		for (let i = fa; i < fb; i += across) {
			let line = 0;
			row.framing.slice(i, Math.min(fb, i + across)).forEach((item, k) => {
				const x = ctx.frame.x + k * (width + cols.gap);
				const placed = cardWithQuotes(item, x, width, y, ctx);
				segment.cards.push(placed.card);
				segment.quotes.push(...placed.quotes);
				line = Math.max(line, placed.height);
			});
			y += line + itemGap(u);
		}
		bottom = y - itemGap(u);
	}
	segment.height = round(bottom - top);
	if (cols.sequence && row.index >= 0)
		segment.lanes = laneMarks(model, row, part, cols, segment, bodyTop, ctx);
	return segment;
}

/** Each side's lane through a segment: its numbered stop where it has a step here, and the line between stops. */
function laneMarks(
	model: ComparisonModel,
	row: ColumnRow,
	part: Part,
	cols: Columns,
	segment: RowSegment,
	bodyTop: number,
	ctx: Ctx
): LaneMark[] {
	const { u } = ctx;
	const marks: LaneMark[] = [];
	model.lanes.forEach((lane, side) => {
		if (!lane || row.index < lane.first || row.index > lane.last) return;
		const own = part.number === 1 && row.cells[side]!.some((item) => item.voice.kind === 'side');
		if (row.index === lane.last && !own) return;
		const r = round(u * 0.62);
		const cy = round(bodyTop + r + u * 0.1);
		const top = segment.top - u * 0.7;
		const bottom = segment.top + segment.height + u * 0.7;
		marks.push({
			voice: { kind: 'side', side },
			x: round(cols.x[side]! + r),
			y1: round(row.index === lane.first && own ? cy : top),
			y2: round(row.index === lane.last ? cy : bottom),
			stop: own ? { cy, r, label: String(row.step ?? '') } : undefined
		});
	});
	return marks;
}
