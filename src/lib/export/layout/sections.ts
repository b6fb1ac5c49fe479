/**
 * What an image may carry after the rows, when the teacher asks for it: the timeline and the
 * discussion prompts, as plain text at the page's body width. They go under the last row when they
 * fit there, else on pages of their own with the same header and footer, cut between entries.
 */
import { labelsOf } from '../../model/labels';
import { promptOrder } from '../../model/select';
import type { ComparisonModel } from '../../model/types';
import type { Preset } from '../presets';
import { wrapText, type MeasureText } from '../text';
import { ink, round } from '../theme';
import { block, frameFor, heightOf, type Ctx } from './frame';
import type { Draft } from './paginate';
import type { ExportOptions, RowSegment, TextBlock } from './types';

type Entry = { lead: string; text: string };
type Section = { id: 'timeline' | 'prompts'; heading: string; entries: Entry[] };

/** The sections the options ask for and the comparison has, in reading order. */
export function sectionsFor(model: ComparisonModel, options: ExportOptions): Section[] {
	const labels = labelsOf(model);
	const sections: Section[] = [];
	if (options.timeline && model.timeline.length > 0) {
		const entries = model.timeline.map((event) => {
			const inferred = labels.inferred(event);
			return { lead: inferred ? `${event.when} (${inferred})` : event.when, text: event.text };
		});
		sections.push({ id: 'timeline', heading: 'Timeline', entries });
	}
	const prompts = promptOrder(model).filter(
		(p) => !options.row || p.dimension === undefined || p.dimension === options.row
	);
	if (options.prompts && prompts.length > 0) {
		const entries = prompts.map((p, i) => ({ lead: `${i + 1}.`, text: p.text }));
		sections.push({ id: 'prompts', heading: 'For discussion', entries });
	}
	return sections;
}

const gap = (u: number) => u * 1.4;

/**
 * One entry's blocks at `top`: its lead (a date, a number) in a column of its own at the text's
 * size, so their first lines share a baseline; a lead too long for its column goes above instead.
 */
function entryBlocks(entry: Entry, top: number, leadW: number, ctx: Ctx): TextBlock[] {
	const { u, fonts, frame } = ctx;
	const leadFont = { ...fonts.claim, weight: 600 as const };
	const lead = block(ctx, entry.lead, frame.x, top, leadW, leadFont, ink.muted);
	if (lead.lines.length <= 3) {
		const x = frame.x + leadW + u * 0.6;
		return [lead, block(ctx, entry.text, x, top, frame.x + frame.width - x, fonts.claim, ink.text)];
	}
	const whole = block(ctx, entry.lead, frame.x, top, frame.width, leadFont, ink.muted);
	const below = top + heightOf(whole) + u * 0.1;
	return [whole, block(ctx, entry.text, frame.x, below, frame.width, fonts.claim, ink.text)];
}

/** The lead column's width: a quarter of the page for dates, the widest number for prompts. */
function leadWidth(section: Section, ctx: Ctx): number {
	if (section.id === 'timeline') return Math.round(ctx.frame.width * 0.24);
	const font = { ...ctx.fonts.claim, weight: 600 as const };
	return Math.ceil(Math.max(...section.entries.map((e) => ctx.measure(e.lead, font))));
}

const bottomOf = (blocks: TextBlock[]) => Math.max(...blocks.map((b) => b.y + heightOf(b)));

/**
 * Adds the sections after the rows of `drafts`: under the last row while they fit, then on new
 * pages with the same header and footer but no rows, side heads or column heads. A page that grows with its content
 * (height null) grows instead, its footer moved down.
 */
export function appendSections(
	drafts: Draft[],
	sections: Section[],
	preset: Preset,
	measure: MeasureText
): Draft[] {
	if (sections.length === 0 || drafts.length === 0) return drafts;
	const grows = preset.height === null;
	const last = drafts.at(-1)!;
	// Pages of their own copy the page set at the smallest type, the comparison's own size: a last
	// page enlarged to fill its slide would make every page of prompts hold fewer.
	const template = drafts.reduce((a, b) => (b.unit < a.unit ? b : a));
	const ctxOf = (p: Draft): Ctx => ({
		u: p.unit,
		fonts: p.fonts,
		frame: frameFor(preset, p.unit),
		measure,
		wrap: (text, width, font, mode) => wrapText(text, width, font, measure, mode)
	});
	const pages: Draft[] = [...drafts];
	let page: Draft = { ...last, rows: [...last.rows] };
	pages[pages.length - 1] = page;
	let ctx = ctxOf(page);
	let u = ctx.u;
	let y =
		page.rows.length > 0
			? Math.max(...page.rows.map((r) => r.top + r.height)) + gap(u)
			: page.headerRuleY + u * 1.2;
	const open = () => {
		page = { ...template, rows: [], sideHeads: [], columnHeads: [], overflow: false };
		pages.push(page);
		ctx = ctxOf(page);
		u = ctx.u;
		y = page.headerRuleY + u * 1.2;
	};
	const bodyEnd = () => page.footerRuleY - u * 0.7;
	for (const section of sections) {
		let segment: RowSegment | undefined;
		section.entries.forEach((entry, i) => {
			const place = () => {
				const heading = segment
					? undefined
					: block(
							ctx,
							i === 0 ? section.heading : `${section.heading}, continued`,
							ctx.frame.x,
							y,
							ctx.frame.width,
							ctx.fonts.dimension,
							ink.text
						);
				const top = heading ? y + heightOf(heading) + u * 0.4 : y;
				return { heading, blocks: entryBlocks(entry, top, leadWidth(section, ctx), ctx) };
			};
			let placed = place();
			// A section starts under the rows only if its first two entries fit there: a heading
			// with one prompt at a page's foot and the rest overleaf reads as two sections.
			const second = section.entries[1];
			const keep =
				i === 0 && second && !grows && page.rows.length > 0
					? bottomOf(
							entryBlocks(second, bottomOf(placed.blocks) + u * 0.6, leadWidth(section, ctx), ctx)
						)
					: bottomOf(placed.blocks);
			if (!grows && keep > bodyEnd() && (segment || page.rows.length > 0)) {
				open();
				segment = undefined;
				placed = place();
			}
			if (!segment) {
				segment = {
					dimensionId: section.id,
					top: round(placed.heading!.y),
					height: 0,
					heading: [placed.heading!],
					cards: [],
					quotes: [],
					links: [],
					notes: [],
					text: []
				};
				page.rows.push(segment);
			}
			segment.text!.push(...placed.blocks);
			y = bottomOf(placed.blocks) + u * 0.6;
			segment.height = round(y - segment.top);
			if (!grows && y > bodyEnd() + u * 0.6) page.overflow = true;
		});
		y += gap(u) - u * 0.6;
	}
	if (grows) {
		const shift = Math.max(0, Math.ceil(y - bodyEnd()));
		page.height += shift;
		page.footerRuleY += shift;
		page.footer = page.footer.map((b) => ({ ...b, y: round(b.y + shift) }));
	}
	return pages;
}
