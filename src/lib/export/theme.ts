import type { FontSpec } from './text';

/** The page tokens of src/app.css as literal values: an exported image carries no CSS variables. */
export const ink = {
	text: '#1f2933',
	muted: '#52606d',
	paper: '#ffffff',
	paperAlt: '#f5f7fa',
	rule: '#d9e2ec'
} as const;

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
		/** A quote under its card in a side's column, where width is scarce. */
		quoteUnder: font('serif', 0.8, 400, 1.4),
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
