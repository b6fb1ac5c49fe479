import type { ComparisonModel } from '../../model/types';
import { maxPageHeight, type Preset } from '../presets';
import { wrapText, type FontSpec, type MeasureText } from '../text';
import { round, typeScale } from '../theme';
import { footer, header } from './chrome';
import { columnMetrics, columnSegment, cutRow, partHeight, type Part } from './columns';
import { columnWeights, columnsFor, sideHeads } from './columns-frame';
import { frameFor, type Ctx } from './frame';
import type { Draft } from './paginate';
import type { ColumnRow, ExportOptions, RowSegment } from './types';

/** Space between two rows on a page. */
const rowGap = (u: number) => u * 1.4;

/** Everything one type scale fixes for the side-by-side layout: fonts, columns, header, footer. */
function setupAt(
	model: ComparisonModel,
	options: ExportOptions,
	preset: Preset,
	scale: number,
	weights: readonly number[],
	measure: MeasureText
) {
	const u = round(preset.base * scale);
	// A smaller title and question leave the rows, which must not shrink, more of the page.
	const scaleFonts = typeScale(u);
	const fonts = {
		...scaleFonts,
		title: { ...scaleFonts.title, size: round(u * 1.4) },
		question: { ...scaleFonts.question, size: round(u * 0.9) },
		legend: { ...scaleFonts.legend, size: round(u * 0.7) }
	};
	const frame = frameFor(preset, u);
	const wrap = (text: string, width: number, font: FontSpec, mode?: 'words' | 'url') =>
		wrapText(text, width, font, measure, mode);
	const ctx: Ctx = { u, fonts, frame, wrap, measure };
	const cols = columnsFor(model, ctx, weights, model.layout === 'sequence');
	const head = header(model, options, ctx, (top) => sideHeads(model, cols, top, ctx));
	const foot = footer(model, options, ctx);
	const bodyTop = head.bottom;
	const bodyEnd =
		(preset.height ?? maxPageHeight) - preset.margin - foot.height - foot.noteLine - foot.gapAbove;
	return { u, ctx, cols, head, foot, bodyTop, bodyEnd };
}

type Setup = ReturnType<typeof setupAt>;
/** A part of a row placed on a page. */
type Placed = { row: ColumnRow; part: Part };

/**
 * Fills pages with rows, whole when a row fits a page, else cut into parts that each fill one
 * ("First step, 2 of 3") rather than shrinking the type. Stops at `pageLimit` pages, flagged.
 */
function pack(
	rows: ColumnRow[],
	s: Setup,
	cutAt: (row: ColumnRow) => Setup,
	pageLimit = Infinity
): { pages: Placed[][]; overflow: boolean } {
	const { u, cols, bodyTop, bodyEnd } = s;
	const room = bodyEnd - bodyTop;
	const pages: Placed[][] = [];
	let page: Placed[] = [];
	let y = bodyTop;
	let overflow = false;
	const close = () => {
		pages.push(page);
		page = [];
		y = bodyTop;
	};
	for (const row of rows) {
		if (pages.length >= pageLimit) return { pages, overflow: true };
		const m = columnMetrics(row, cols, s.ctx);
		const whole = cutRow(m, cols, Infinity, u)[0]!;
		const height = partHeight(m, whole, cols, u);
		const gap = page.length > 0 ? rowGap(u) : 0;
		if (y + gap + height <= bodyEnd) {
			page.push({ row, part: whole });
			y += gap + height;
			continue;
		}
		// A row that does not fit what is left starts afresh, unless that would leave much of this
		// page empty: then it starts here and continues on the next.
		const left = bodyEnd - y - gap;
		const carry = page.length > 0 && left >= room * 0.2;
		if (page.length > 0 && !carry) close();
		if (height <= room && !carry) {
			page.push({ row, part: whole });
			y += height;
			continue;
		}
		// What goes on pages of its own is cut with the row's empty columns narrowed, as those pages draw them.
		const own = cutAt(row);
		const om = columnMetrics(row, own.cols, own.ctx);
		const ownRoom = own.bodyEnd - own.bodyTop;
		const opening = carry ? cutRow(m, cols, room, u, left)[0] : undefined;
		const opens = opening !== undefined && partHeight(m, opening, cols, u) <= left;
		if (carry && !opens) close();
		const rest = cutRow(om, own.cols, ownRoom, u, ownRoom, opens ? opening : undefined);
		const parts = (opens ? [opening, ...rest] : rest).map((part, i, all) => ({
			...part,
			number: i + 1,
			of: all.length
		}));
		parts.forEach((part, i) => {
			const h = i === 0 && opens ? partHeight(m, part, cols, u) : partHeight(om, part, own.cols, u);
			if (h > ownRoom) overflow = true;
			y += (page.length > 0 ? rowGap(u) : 0) + h;
			page.push({ row, part });
			if (i < parts.length - 1) close();
		});
	}
	if (page.length > 0 || pages.length === 0) close();
	return { pages, overflow: overflow || pages.length > pageLimit };
}

/** One page's draft from its placed rows. */
function draft(model: ComparisonModel, placed: Placed[], s: Setup, preset: Preset): Draft {
	const { u, ctx, cols, head, foot } = s;
	const segments: RowSegment[] = [];
	let y = s.bodyTop;
	for (const { row, part } of placed) {
		const top = segments.length > 0 ? y + rowGap(u) : y;
		const segment = columnSegment(model, row, part, cols, top, segments.length > 0, ctx);
		segments.push(segment);
		y = segment.top + segment.height;
	}
	const height =
		preset.height ??
		Math.min(maxPageHeight, Math.ceil(y + foot.gapAbove + foot.height + preset.margin));
	const footerTop = height - preset.margin - foot.height;
	return {
		width: preset.width,
		height,
		margin: preset.margin,
		unit: u,
		fonts: ctx.fonts,
		title: head.title,
		question: head.question,
		legend: head.legend,
		headerRuleY: head.ruleY,
		columnHeads: [],
		sideHeads: head.sideHeads,
		rows: segments,
		footerRuleY: round(footerTop - foot.gapAbove / 2),
		noteLine: foot.noteLine,
		footer: foot.blocks.map((b) => ({ ...b, y: round(b.y + footerTop) })),
		overflow: y > s.bodyEnd + 0.5
	};
}

/**
 * The side-by-side layout: the largest type scale at which the comparison fits one page; else
 * pages at scale 1 (type is never shrunk to save a page), each then set at the largest scale that
 * still fits what it holds, so a page whose next claim did not fit is not left mostly empty.
 */
export function layoutColumns(
	model: ComparisonModel,
	options: ExportOptions,
	preset: Preset,
	rows: ColumnRow[],
	measure: MeasureText
): { scale: number; drafts: Draft[] } {
	const setups = new Map<string, Setup>();
	const equal = model.sides.map(() => 1);
	const at = (scale: number, weights: readonly number[] = equal) => {
		const key = `${scale}|${weights.join()}`;
		let setup = setups.get(key);
		if (!setup) setups.set(key, (setup = setupAt(model, options, preset, scale, weights, measure)));
		return setup;
	};
	const rowWeights = (row: ColumnRow) => columnWeights(row.cells.map((c) => c.length > 0));
	const pageWeights = (placed: Placed[]) =>
		columnWeights(
			model.sides.map((_, i) =>
				placed.some(({ part }) => {
					const [from, to] = part.cells[i] ?? [0, 0];
					return to > from;
				})
			)
		);
	/** The page at the first of `scales` where it fits: its empty columns narrowed, else all equal. */
	const settle = (placed: Placed[], scales: number[]) => {
		let last: Draft | undefined;
		for (const scale of scales) {
			for (const weights of [pageWeights(placed), equal]) {
				last = draft(model, placed, at(scale, weights), preset);
				// A side's name cut inside a word means its column is too narrow for its head.
				const headsWhole = last.sideHeads.every(
					(h, i) => h.label.lines.join(' ') === model.sides[i]!.label
				);
				if (!last.overflow && headsWhole) return last;
			}
		}
		return last!;
	};
	const floor = Math.max(preset.minScale, Math.min(1, ...preset.scales));
	for (const scale of preset.scales) {
		if (scale < floor) continue;
		const { pages, overflow } = pack(rows, at(scale), (row) => at(scale, rowWeights(row)), 1);
		if (pages.length !== 1 || overflow) continue;
		const page = settle(pages[0]!, [scale]);
		if (!page.overflow) return { scale, drafts: [page] };
	}
	// Several pages are set at scale 1: type is never shrunk to save a page.
	const base = 1;
	const { pages } = pack(rows, at(base), (row) => at(base, rowWeights(row)));
	const larger = preset.height === null ? [] : preset.scales.filter((s) => s > base);
	return { scale: base, drafts: pages.map((placed) => settle(placed, [...larger, base])) };
}
