import { labelsOf } from '../../model/labels';
import { hasFraming } from '../../model/select';
import { shortCitation } from '../../source/cite';
import type { ComparisonModel, Voice } from '../../model/types';
import { lineHeight } from '../text';
import { ink, round } from '../theme';
import { badgeWidth } from './card';
import { block, heightOf, type Ctx } from './frame';
import type { ExportOptions, LegendItem, SideHead, TextBlock } from './types';

/** Title, framing question, side legend and column heads: repeated on every page so each stands alone. */
export function header(
	model: ComparisonModel,
	options: ExportOptions,
	ctx: Ctx,
	sides?: (top: number) => { heads: SideHead[]; bottom: number }
) {
	const { u, fonts, frame } = ctx;
	const labels = labelsOf(model);
	// Side by side, each column's head names its side: the legend keeps the author's voices only.
	const entries: { voice: Voice; label: string }[] = sides
		? []
		: model.sides.map((s) => ({ voice: { kind: 'side', side: s.index }, label: s.label }));
	const account = model.claims.find((c) => c.voice.kind === 'account')?.voice;
	if (options.author && account) entries.push({ voice: account, label: labels.account.legend });
	if (options.author && hasFraming(model)) {
		entries.push({ voice: { kind: 'framing' }, label: labels.framing.legend });
	}
	const lh = lineHeight(fonts.legend);
	const badgeSize = round(lh * 0.9);
	const sampleW = u * 1.8;
	const items = entries.map((entry) => {
		const badgeW = badgeWidth(entry.voice, badgeSize);
		const labelW = Math.min(
			ctx.measure(entry.label, fonts.legend),
			frame.width - badgeW - sampleW - u
		);
		return { ...entry, badgeW, labelW, width: badgeW + u * 0.4 + sampleW + u * 0.4 + labelW };
	});
	const legendW = items.reduce((sum, item, i) => sum + item.width + (i > 0 ? u * 1.4 : 0), 0);

	let y: number = frame.top;
	const titleW = ctx.measure(model.title, fonts.title);
	// Side by side, the legend goes on a short title's line: every line the header saves, the rows get.
	const besideTitle =
		sides !== undefined && items.length > 0 && titleW + u * 2 + legendW <= frame.width;
	const title = block(ctx, model.title, frame.x, y, frame.width, fonts.title, ink.text);
	y += heightOf(title) + u * 0.2;
	const question = block(ctx, model.question, frame.x, y, frame.width, fonts.question, ink.muted);
	y += heightOf(question) + u * 0.7;

	const legend: LegendItem[] = [];
	let line = besideTitle ? frame.top + (lineHeight(fonts.title) - lh) / 2 : y;
	let x = besideTitle ? frame.x + frame.width - legendW : frame.x;
	for (const item of items) {
		if (!besideTitle && x > frame.x && x + item.width > frame.x + frame.width) {
			x = frame.x;
			line += lh + u * 0.3;
		}
		const midY = line + lh / 2;
		const sampleX = x + item.badgeW + u * 0.4;
		legend.push({
			voice: item.voice,
			badge: { x: round(x), y: round(midY - badgeSize / 2), width: item.badgeW, height: badgeSize },
			sample: { x1: round(sampleX), x2: round(sampleX + sampleW), y: round(midY) },
			label: block(
				ctx,
				item.label,
				sampleX + sampleW + u * 0.4,
				line,
				item.labelW + 1,
				fonts.legend,
				ink.text
			)
		});
		x += item.width + u * 1.4;
	}
	if (legend.length > 0 && !besideTitle) y = line + lh + u * 0.6;
	else y -= u * 0.2;
	const ruleY = round(y);
	y += u * 0.9;

	const columnHeads: TextBlock[] = [];
	if (sides) {
		const { heads, bottom } = sides(y);
		return { title, question, legend, ruleY, columnHeads, sideHeads: heads, bottom };
	}
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
	return { title, question, legend, ruleY, columnHeads, sideHeads: [] as SideHead[], bottom: y };
}

/** Source citation, deep link and a reserved slot for the page note; positioned from the footer's top. */
export function footer(model: ComparisonModel, options: ExportOptions, ctx: Ctx) {
	const { u, fonts, frame } = ctx;
	const narrow = frame.mode === 'narrow';
	const leftW = narrow ? frame.width : Math.round(frame.width * 0.68);
	const noteW = narrow ? frame.width : Math.round(frame.width * 0.28);
	const noteX = narrow ? frame.x : frame.x + frame.width;
	const { source } = model;
	const citation = source.citation.includes(source.publication)
		? source.citation
		: shortCitation(source);
	let y = 0;
	const sourceBlock = block(ctx, `Source: ${citation}`, frame.x, y, leftW, fonts.footer, ink.text);
	y += heightOf(sourceBlock);
	const linkBlock: TextBlock = {
		x: frame.x,
		y,
		width: leftW,
		lines: ctx.wrap(
			`Interactive version: ${shownLink(options.deepLink)}`,
			leftW,
			fonts.footer,
			'url'
		),
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

/** Above this many characters a link is shown cut (a share link carries a whole comparison). */
const SHOWN_LINK = 120;

/** The link as the footer prints it; the whole link stays the footer's `href`. */
export function shownLink(link: string): string {
	return link.length > SHOWN_LINK ? `${link.slice(0, SHOWN_LINK - 1)}…` : link;
}
