import { authorPalette, sideStyle } from '../comparison/palette';
import type { FontSpec } from './text';

/** The page tokens of src/app.css as literal values: an exported image carries no CSS variables. */
export const ink = {
	text: '#1f2933',
	muted: '#52606d',
	paper: '#ffffff',
	paperAlt: '#f5f7fa',
	rule: '#d9e2ec'
} as const;

/** How a side (or the author's framing) is drawn: colours, badge and link stroke. */
export type Swatch = {
	ink: string;
	soft: string;
	/** Letter in the badge; empty for the author, whose badge is a pen. */
	letter: string;
	line: 'solid' | 'dashed' | 'dotted' | 'double' | 'wavy';
};

/** The swatch of side `index`, or of the author's framing for index -1. */
export function swatch(index: number): Swatch {
	if (index < 0)
		return { ink: authorPalette.ink, soft: authorPalette.soft, letter: '', line: 'wavy' };
	const style = sideStyle(index);
	return { ink: style.ink, soft: style.soft, letter: style.letter, line: style.line };
}

/**
 * Stroke of a link in a side's line style, so colour is never the only cue: `dasharray` for
 * dashed and dotted, a paper-coloured core for double; the author's "wavy" becomes dash-dot.
 */
export function linkStroke(line: Swatch['line'], width: number) {
	const w = round(width);
	switch (line) {
		case 'dashed':
			return { width: w, dasharray: `${round(w * 4)} ${round(w * 2.5)}`, linecap: 'butt', core: 0 };
		case 'dotted':
			return { width: round(w * 1.4), dasharray: `0 ${round(w * 3)}`, linecap: 'round', core: 0 };
		case 'double':
			return { width: round(w * 3), dasharray: '', linecap: 'butt', core: w };
		case 'wavy':
			return {
				width: w,
				dasharray: `${round(w * 5)} ${round(w * 2.5)} 0 ${round(w * 2.5)}`,
				linecap: 'round',
				core: 0
			};
		default:
			return { width: w, dasharray: '', linecap: 'butt', core: 0 };
	}
}

/** Every font the export uses, derived from one unit `u` (the claim text size). */
export function typeScale(u: number) {
	const font = (
		family: FontSpec['family'],
		ratio: number,
		weight: FontSpec['weight'],
		leading: number,
		style: FontSpec['style'] = 'normal'
	): FontSpec => ({ family, size: round(u * ratio), weight, style, leading });
	return {
		title: font('sans', 1.75, 600, 1.2),
		question: font('serif', 1.15, 400, 1.35, 'italic'),
		legend: font('sans', 0.8, 600, 1.4),
		columnHead: font('sans', 0.7, 600, 1.4),
		dimension: font('sans', 1.05, 600, 1.3),
		dimensionNote: font('sans', 0.75, 400, 1.4),
		sideLabel: font('sans', 0.75, 600, 1.4),
		attribution: font('sans', 0.7, 400, 1.4),
		claim: font('sans', 1, 400, 1.38),
		quote: font('serif', 0.95, 400, 1.45),
		empty: font('sans', 0.72, 400, 1.4),
		footer: font('sans', 0.66, 400, 1.45),
		note: font('sans', 0.7, 600, 1.45)
	};
}

export type TypeScale = ReturnType<typeof typeScale>;

/** Rounds to 1/100 px: enough for layout, and keeps SVG output and test expectations short. */
export function round(n: number): number {
	return Math.round(n * 100) / 100;
}
