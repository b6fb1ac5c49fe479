/** The two typefaces of the site: Inter for interface and claims, Source Serif 4 for the source's words. */
export type FontFamily = 'sans' | 'serif';

/** A font as the layout asks for it; the renderer turns it into SVG attributes. */
export type FontSpec = {
	family: FontFamily;
	size: number;
	weight: 400 | 600;
	style: 'normal' | 'italic';
	/** Line height as a multiple of the size. */
	leading: number;
};

/**
 * Width in CSS pixels of `text` set in `font`. In the browser a canvas `measureText` with the
 * very font files the SVG embeds; in tests a deterministic fake, so layouts have exact sizes.
 */
export type MeasureText = (text: string, font: FontSpec) => number;

/** Family names written into the SVG; the embedded @font-face rules use the same names. */
export const familyNames: Record<FontFamily, string> = {
	sans: 'Inter',
	serif: 'Source Serif 4'
};

const fallbacks: Record<FontFamily, string> = {
	sans: "system-ui, 'Segoe UI', Arial, sans-serif",
	serif: "Georgia, 'Times New Roman', serif"
};

/** The CSS font-family list for a family: the embedded face first, then local look-alikes. */
export function fontFamilyList(family: FontFamily, name = familyNames[family]): string {
	return `'${name}', ${fallbacks[family]}`;
}

/** The CSS `font` shorthand for canvas measuring, under the given family name. */
export function cssFont(font: FontSpec, name = familyNames[font.family]): string {
	const style = font.style === 'italic' ? 'italic ' : '';
	return `${style}${font.weight} ${font.size}px ${fontFamilyList(font.family, name)}`;
}

/** Line height in CSS pixels. */
export function lineHeight(font: FontSpec): number {
	return font.size * font.leading;
}

/**
 * Distance from a line box's top to its baseline: the line's middle plus half a cap height, so
 * capitals sit visually centred in the line (both faces have caps of about 0.7 em).
 */
export function baselineOffset(font: FontSpec): number {
	return lineHeight(font) / 2 + font.size * 0.35;
}

/** How a text may break: between words, or also after URL punctuation for links. */
export type BreakMode = 'words' | 'url';

/**
 * Greedy line breaking of `text` into lines no wider than `width`. Whole candidate lines are
 * measured (not summed words) so kerning across spaces is counted; a single word wider than the
 * line is cut by characters rather than overflowing.
 */
export function wrapText(
	text: string,
	width: number,
	font: FontSpec,
	measure: MeasureText,
	mode: BreakMode = 'words'
): string[] {
	const clean = text.replace(/\s+/g, ' ').trim();
	if (clean === '') return [];
	const tokens = mode === 'url' ? clean.split(/(?<=[/?&=#-])/) : clean.split(' ');
	const joiner = mode === 'url' ? '' : ' ';
	const lines: string[] = [];
	let line = '';
	for (const token of tokens) {
		const candidate = line === '' ? token : line + joiner + token;
		if (measure(candidate, font) <= width) {
			line = candidate;
			continue;
		}
		if (line !== '') lines.push(line);
		line = '';
		for (const piece of cutToWidth(token, width, font, measure)) {
			if (line !== '') lines.push(line);
			line = piece;
		}
	}
	if (line !== '') lines.push(line);
	return lines;
}

/** Cuts one unbreakable token into pieces that each fit the width (at least one character each). */
function cutToWidth(token: string, width: number, font: FontSpec, measure: MeasureText): string[] {
	if (measure(token, font) <= width) return [token];
	const pieces: string[] = [];
	let piece = '';
	for (const char of token) {
		if (piece !== '' && measure(piece + char, font) > width) {
			pieces.push(piece);
			piece = '';
		}
		piece += char;
	}
	if (piece !== '') pieces.push(piece);
	return pieces;
}

/** Wraps a measure function with a cache, since layouts measure the same prefixes many times. */
export function cachedMeasure(measure: MeasureText): MeasureText {
	const cache = new Map<string, number>();
	return (text, font) => {
		const key = `${font.family}|${font.size}|${font.weight}|${font.style}|${text}`;
		let width = cache.get(key);
		if (width === undefined) {
			width = measure(text, font);
			cache.set(key, width);
		}
		return width;
	};
}

/**
 * A deterministic stand-in for a real font for unit tests: every character is half an em wide
 * (a space a quarter), so expected layouts can be worked out by hand.
 */
export const fakeMeasure: MeasureText = (text, font) => {
	let ems = 0;
	for (const char of text) ems += char === ' ' ? 0.25 : 0.5;
	return ems * font.size;
};

/** Escapes text for XML content and attribute values, and drops characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
	return text
		.replace(
			// eslint-disable-next-line no-control-regex
			/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
			''
		)
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');
}
