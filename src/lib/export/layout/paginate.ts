import type { ComparisonModel } from '../../model/types';
import { maxPageHeight, type Preset } from '../presets';
import { wrapText, type FontSpec, type MeasureText } from '../text';
import { round, typeScale } from '../theme';
import { footer, header } from './chrome';
import { frameFor, type Ctx } from './frame';
import { rowMetrics, rowSegment, segmentHeight, type RowMetrics } from './segment';
import type { ExportOptions, Fit, PageLayout, RowContent, RowSegment } from './types';

/**
 * Spreads content evenly over the same number of pages, so the last one is not a lone card:
 * finds by bisection the smallest share of each page's body that still needs no extra page.
 */
export function balance(greedy: Draft[], paginateAt: (fill: number) => Draft[]): Draft[] {
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
export type Draft = Omit<PageLayout, 'number' | 'count'> & { overflow: boolean; noteLine: number };

/** Numbers the pages and gives each its note: continued, the last of several, or scaled. */
export function finish(drafts: Draft[], fit: Fit, scale: number): PageLayout[] {
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

/** Everything one type scale fixes before pages are cut: fonts, frame, header, footer and rows. */
export function prepare(
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
export type Setup = ReturnType<typeof prepare>;

/**
 * Lays out the pages at one type scale, filling each page's body up to the share `fill` and, with
 * `keepRows`, starting a row that fits a page whole on a fresh one; a page whose content does not
 * fit is flagged. Stops early once more than `pageLimit` pages would be
 * needed, flagging the last page kept.
 */
export function paginate(
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
			sideHeads: head.sideHeads,
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
