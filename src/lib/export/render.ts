import type { ComparisonModel, Voice } from '../model/types';
import { imageStroke, voiceStyle, type ImageStroke } from '../model/voice';
import {
	layoutComparison,
	type CardLayout,
	type ExportLayout,
	type ExportOptions,
	type LaneMark,
	type LegendItem,
	type LinkLayout,
	type PageLayout,
	type QuoteLayout,
	type Rect,
	type RowSegment,
	type SideHead,
	type TextBlock
} from './layout';
import {
	baselineOffset,
	escapeXml,
	familyNames,
	fontFamilyList,
	lineHeight,
	type FontFamily,
	type FontSpec
} from './text';
import { ink, round } from './theme';

/** A woff2 font file to embed in the SVG, so the image renders the same anywhere, offline. */
export type EmbeddedFont = {
	family: FontFamily;
	weight: 400 | 600;
	style: 'normal' | 'italic';
	/** The woff2 file, base64-encoded. */
	base64: string;
};

export type RenderOptions = ExportOptions & {
	fonts?: EmbeddedFont[];
	/** 1-based page to render when the comparison spans several images. */
	page?: number;
};

/** Renders one page (the first by default) of a comparison's export as a standalone SVG document. */
export function renderComparisonSvg(model: ComparisonModel, options: RenderOptions): string {
	const layout = layoutComparison(model, options);
	const page = layout.pages[(options.page ?? 1) - 1];
	if (!page) throw new Error(`No image ${options.page} of ${layout.pages.length}`);
	return renderPageSvg(model, page, options.fonts);
}

/** Lays out a comparison and renders every page: what a download needs. */
export function renderComparisonPages(
	model: ComparisonModel,
	options: RenderOptions
): { layout: ExportLayout; svgs: string[] } {
	const layout = layoutComparison(model, options);
	return { layout, svgs: layout.pages.map((page) => renderPageSvg(model, page, options.fonts)) };
}

/** The SVG document of one laid-out page. Every string from data goes through `escapeXml`. */
export function renderPageSvg(
	model: ComparisonModel,
	page: PageLayout,
	fonts: EmbeddedFont[] = []
): string {
	const description = `${model.question} Source: ${model.source.citation}.${page.count > 1 ? ` Image ${page.number} of ${page.count}.` : ''}`;
	const u = page.unit;
	const rules = [page.headerRuleY, page.footerRuleY, ...page.rows.flatMap((r) => r.ruleY ?? [])]
		.map((y) => line(page.margin, y, page.width - page.margin, y, ink.rule, round(u * 0.06)))
		.join('');
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${page.width}" height="${page.height}" viewBox="0 0 ${page.width} ${page.height}" role="img" aria-labelledby="export-title export-desc" data-page="${page.number}" data-pages="${page.count}">`,
		`<title id="export-title">${escapeXml(model.title)}</title>`,
		`<desc id="export-desc">${escapeXml(description)}</desc>`,
		`<defs>${fontFaces(fonts)}${penSymbol}</defs>`,
		`<rect width="${page.width}" height="${page.height}" fill="${ink.paper}"/>`,
		rules,
		text(page.title),
		text(page.question),
		page.legend.map((item) => legendItem(item, page)).join(''),
		page.columnHeads.map((b) => text(b)).join(''),
		page.sideHeads.map((h) => sideHead(h, page)).join(''),
		page.rows.map((row) => rowSegment(row, page)).join(''),
		page.footer.map((b) => text(b)).join(''),
		'</svg>'
	].join('');
}

function fontFaces(fonts: EmbeddedFont[]): string {
	if (fonts.length === 0) return '';
	const rules = fonts.map(
		(f) =>
			`@font-face{font-family:'${familyNames[f.family]}';font-weight:${f.weight};font-style:${f.style};src:url(data:font/woff2;base64,${f.base64}) format('woff2');}`
	);
	return `<style>${rules.join('')}</style>`;
}

/** A pen drawn as a path, since the "✎" character is missing from the embedded Latin subsets. */
const penSymbol =
	'<symbol id="pen" viewBox="0 0 24 24"><path d="M5 19l1.2-4.6L15.8 4.8a1.8 1.8 0 0 1 2.5 0l.9.9a1.8 1.8 0 0 1 0 2.5L9.6 17.8z M13.8 6.8l3.4 3.4" fill="none" stroke="#fff" stroke-width="2" stroke-linejoin="round" stroke-linecap="round"/></symbol>';

function fontAttributes(font: FontSpec): string {
	const weight = font.weight === 400 ? '' : ` font-weight="${font.weight}"`;
	const style = font.style === 'normal' ? '' : ` font-style="${font.style}"`;
	return ` font-family="${escapeXml(fontFamilyList(font.family))}" font-size="${font.size}"${weight}${style}`;
}

/** A wrapped text block: one `<tspan>` per line, each placed on its own baseline. */
function text(b: TextBlock, attributes = ''): string {
	if (b.lines.length === 0) return '';
	const lh = lineHeight(b.font);
	const baseline = baselineOffset(b.font);
	const anchor = b.align === 'end' ? ' text-anchor="end"' : '';
	const spans = b.lines
		.map(
			(l, i) => `<tspan x="${b.x}" y="${round(b.y + i * lh + baseline)}">${escapeXml(l)}</tspan>`
		)
		.join('');
	const element = `<text${fontAttributes(b.font)} fill="${b.fill}"${anchor}${attributes}>${spans}</text>`;
	return b.href ? `<a href="${escapeXml(b.href)}">${element}</a>` : element;
}

function line(x1: number, y1: number, x2: number, y2: number, stroke: string, width: number) {
	return `<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="${stroke}" stroke-width="${width}"/>`;
}

function rect(r: Rect, attributes: string): string {
	return `<rect x="${r.x}" y="${r.y}" width="${r.width}" height="${r.height}"${attributes}/>`;
}

/**
 * A side's letter in a rounded square of its colour; the pen for the author's framing; the pen and
 * the side's letter, in the author's grey, for the author's account of a side.
 */
function badge(r: Rect, voice: Voice, font: FontSpec): string {
	const colour = voiceStyle(voice);
	const box = rect(r, ` rx="${round(r.height * 0.22)}" fill="${colour.ink}"`);
	const inset = round(r.height * 0.14);
	const pen = `<use href="#pen" x="${round(r.x + inset)}" y="${round(r.y + inset)}" width="${round(r.height - 2 * inset)}" height="${round(r.height - 2 * inset)}"/>`;
	if (voice.kind === 'framing') return box + pen;
	const size = round(r.height * 0.68);
	// The letter of a side, right of the pen when the badge is an account's.
	const text = voice.kind === 'account' ? colour.letter.replace('✎', '') : colour.letter;
	const centre = voice.kind === 'account' ? r.x + r.width - r.height * 0.45 : r.x + r.width / 2;
	const letter = `<text${fontAttributes({ ...font, size, weight: 600 })} fill="${ink.paper}" text-anchor="middle" x="${round(centre)}" y="${round(r.y + r.height / 2 + size * 0.36)}">${escapeXml(text)}</text>`;
	return box + (voice.kind === 'account' ? pen : '') + letter;
}

function legendItem(item: LegendItem, page: PageLayout): string {
	const colour = voiceStyle(item.voice);
	const stroke = imageStroke(item.voice, Math.max(1.5, page.unit * 0.1));
	const { x1, x2, y } = item.sample;
	const d = `M${x1},${y}H${x2}`;
	return `<g class="legend" data-voice="${colour.token}">${badge(item.badge, item.voice, page.fonts.legend)}${strokePath(d, colour.ink, stroke)}${text(item.label)}</g>`;
}

function strokePath(d: string, colour: string, stroke: ImageStroke, attributes = '') {
	const dash = stroke.dasharray ? ` stroke-dasharray="${stroke.dasharray}"` : '';
	const main = `<path${attributes} d="${d}" fill="none" stroke="${colour}" stroke-width="${stroke.width}" stroke-linecap="${stroke.linecap}"${dash}/>`;
	const core = stroke.core
		? `<path d="${d}" fill="none" stroke="${ink.paper}" stroke-width="${stroke.core}"/>`
		: '';
	return main + core;
}

/** A column's head: the side's badge and name, over a rule in its colour and line style. */
function sideHead(h: SideHead, page: PageLayout): string {
	const colour = voiceStyle(h.voice);
	const stroke = imageStroke(h.voice, h.rule.height);
	const y = round(h.rule.y + h.rule.height / 2);
	const rule = strokePath(`M${h.rule.x},${y}H${h.rule.x + h.rule.width}`, colour.ink, stroke);
	return `<g class="side-head" data-voice="${colour.token}">${badge(h.badge, h.voice, page.fonts.legend)}${text(h.label)}${rule}</g>`;
}

/** A side's lane through a row: a line in its colour along the column, and the numbered stop of its step. */
function lane(l: LaneMark, page: PageLayout): string {
	const colour = voiceStyle(l.voice);
	const stroke = imageStroke(l.voice, Math.max(2, page.unit * 0.14));
	const path = l.y2 > l.y1 ? strokePath(`M${l.x},${l.y1}V${l.y2}`, colour.ink, stroke) : '';
	if (!l.stop) return `<g class="lane">${path}</g>`;
	const { cy, r, label } = l.stop;
	const size = round(r * 1.1);
	const number = `<text${fontAttributes({ ...page.fonts.legend, size, weight: 600 })} fill="${ink.paper}" text-anchor="middle" x="${l.x}" y="${round(cy + size * 0.36)}">${escapeXml(label)}</text>`;
	return `<g class="lane" data-step="${escapeXml(label)}">${path}<circle cx="${l.x}" cy="${cy}" r="${r}" fill="${colour.ink}"/>${number}</g>`;
}

function rowSegment(row: RowSegment, page: PageLayout): string {
	return [
		`<g class="row" data-row="${escapeXml(row.dimensionId)}">`,
		row.heading.map((b) => text(b)).join(''),
		(row.lanes ?? []).map((l) => lane(l, page)).join(''),
		row.links.map((l) => link(l, page)).join(''),
		row.cards.map((c) => card(c, page)).join(''),
		row.quotes.map((q) => quote(q)).join(''),
		row.notes.map((b) => text(b, ' class="empty"')).join(''),
		(row.text ?? []).map((b) => text(b)).join(''),
		'</g>'
	].join('');
}

/** One link, tagged with its claim like the explorer's link paths, with a dot at each end. */
function link(l: LinkLayout, page: PageLayout): string {
	const colour = voiceStyle(l.voice);
	const stroke = imageStroke(l.voice, Math.max(1.5, page.unit * 0.1));
	const r = round(page.unit * 0.2);
	const dots = [l.from, l.to]
		.map(({ x, y }) => `<circle cx="${x}" cy="${y}" r="${r}" fill="${colour.ink}"/>`)
		.join('');
	const tag = ` class="link" data-claim="${escapeXml(l.claimId)}" data-range="${l.range}"`;
	return strokePath(l.d, colour.ink, stroke, tag) + dots;
}

function card(c: CardLayout, page: PageLayout): string {
	const colour = voiceStyle(c.voice);
	const author = c.voice.kind !== 'side';
	const border = author
		? ` stroke="${colour.ink}" stroke-dasharray="${round(page.unit * 0.3)} ${round(page.unit * 0.2)}"`
		: ` stroke="${ink.rule}"`;
	return [
		`<g class="claim" data-claim="${escapeXml(c.claimId)}" data-voice="${c.voice.kind}">`,
		rect(
			c.box,
			` rx="${round(page.unit * 0.35)}" fill="${ink.paper}"${border} stroke-width="${round(page.unit * 0.06)}"`
		),
		rect(c.accent, ` rx="${round(c.accent.width / 2)}" fill="${colour.ink}"`),
		badge(c.badge, c.voice, c.label.font),
		text(c.label),
		c.attribution ? text(c.attribution, ' class="attribution"') : '',
		text(c.text, ' class="claim-text"'),
		'</g>'
	].join('');
}

function quote(q: QuoteLayout): string {
	const colour = voiceStyle(q.voice);
	return [
		`<g class="quote" data-quote="${escapeXml(q.claimId)}" data-range="${q.range}">`,
		rect(q.box, ` fill="${colour.soft}"`),
		rect({ ...q.box, width: q.bar }, ` fill="${colour.ink}"`),
		text(q.text, ' class="quote-text"'),
		'</g>'
	].join('');
}
