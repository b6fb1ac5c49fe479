import { elbowLink, gutterLink, type Point } from '../../geometry/link';
import { placed } from '../../model/select';
import { voiceStyle } from '../../model/voice';
import { baselineOffset, lineHeight } from '../text';
import { ink, round } from '../theme';
import { block, heightOf, type Ctx } from './frame';
import type { Voice } from '../../model/types';
import type { CardLayout, ClaimItem, LinkLayout, QuoteLayout, TextBlock } from './types';

/** One claim card with its quotes beside it (or below it on a phone) and the links between them, placed at `top`. */
export function claimItem(item: ClaimItem, top: number, ctx: Ctx) {
	const { u, fonts, frame } = ctx;
	const narrow = frame.mode === 'narrow';
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

	const cardH = cardAt(item, frame.claimsX, frame.claimsW, 0, ctx).box.height;
	const cardTop = narrow ? top : top + Math.max(0, (quotesH - cardH) / 2);
	const card = cardAt(item, frame.claimsX, frame.claimsW, cardTop, ctx);
	const cardBox = card.box;
	const quotes: QuoteLayout[] = [];
	const links: LinkLayout[] = [];

	let y = narrow ? cardTop + cardBox.height + u * 0.5 : top + Math.max(0, (cardH - quotesH) / 2);
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

/** A claim's card (accent, badge, label, attribution, text) in a box `width` wide at (`x`, `top`). */
export function cardAt(
	item: ClaimItem,
	x: number,
	width: number,
	top: number,
	ctx: Ctx
): CardLayout {
	const { u, fonts } = ctx;
	const colour = voiceStyle(item.voice);
	const padY = u * 0.5;
	const bar = round(u * 0.2);
	const accentX = x + u * 0.45;
	const innerX = accentX + bar + u * 0.55;
	const innerW = x + width - u * 0.7 - innerX;
	const labelH = lineHeight(fonts.sideLabel);
	const badgeSize = round(labelH * 0.9);
	const badgeW = badgeWidth(item.voice, badgeSize);
	let y = top + padY;
	const badge = {
		x: round(innerX),
		y: round(y + (labelH - badgeSize) / 2),
		width: badgeW,
		height: badgeSize
	};
	const labelX = innerX + badgeW + u * 0.4;
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
	y = Math.max(label.y + heightOf(label), attribution ? attribution.y + heightOf(attribution) : 0);
	y += u * 0.2;
	const text = block(ctx, item.claim.text, innerX, y, innerW, fonts.claim, ink.text);
	y += heightOf(text) + padY;
	const height = y - top;
	return {
		claimId: item.claim.id,
		voice: item.voice,
		box: { x: round(x), y: round(top), width: round(width), height: round(height) },
		accent: {
			x: round(accentX),
			y: round(top + padY),
			width: bar,
			height: round(height - 2 * padY)
		},
		badge,
		label,
		attribution,
		text
	};
}

/** A claim's quoted passages stacked under its card, each a tinted block `width` wide from `top`. */
export function quotesUnder(
	item: ClaimItem,
	x: number,
	width: number,
	top: number,
	ctx: Ctx
): { quotes: QuoteLayout[]; height: number } {
	const { u, fonts } = ctx;
	const padX = u * 0.5;
	const padY = u * 0.35;
	const bar = round(u * 0.16);
	const quotes: QuoteLayout[] = [];
	let y = top;
	placed(item.claim).forEach((r, range) => {
		y += u * 0.3;
		const lines = ctx.wrap(r.quote, width - bar - 2 * padX, fonts.quoteUnder);
		const height = lines.length * lineHeight(fonts.quoteUnder) + 2 * padY;
		const text: TextBlock = {
			x: round(x + bar + padX),
			y: round(y + padY),
			width: round(width - bar - 2 * padX),
			lines,
			font: fonts.quoteUnder,
			fill: ink.text
		};
		const box = { x: round(x), y: round(y), width: round(width), height: round(height) };
		quotes.push({ claimId: item.claim.id, range, voice: item.voice, box, bar, text });
		y += height;
	});
	return { quotes, height: y - top };
}

/** A badge is square, but the author's account of a side carries the pen and the side's letter. */
export function badgeWidth(voice: Voice, size: number): number {
	return voice.kind === 'account' ? round(size * 1.8) : size;
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
