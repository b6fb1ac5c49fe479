import type { Preset } from '../presets';
import { lineHeight, type FontSpec, type MeasureText } from '../text';
import { round, type TypeScale } from '../theme';
import type { TextBlock } from './types';

/** Column geometry for one page width and type unit. */
export type Frame = ReturnType<typeof frameFor>;

/**
 * Wide pages keep the dimension in its own left column; medium ones put it above the row; narrow
 * ones (phones) stack each claim above its quotes, as there is no room for a gutter between them.
 */
export function frameFor(preset: Preset, u: number) {
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

/** What laying out text at one type scale needs: the unit, the fonts, the frame and the measure. */
export type Ctx = {
	u: number;
	fonts: TypeScale;
	frame: Frame;
	measure: MeasureText;
	wrap: (text: string, width: number, font: FontSpec, mode?: 'words' | 'url') => string[];
};

/** Wrapped text at a place on the page. */
export function block(
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

/** The height of a wrapped text block. */
export function heightOf(b: TextBlock): number {
	return b.lines.length * lineHeight(b.font);
}
