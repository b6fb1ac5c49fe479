/**
 * Side colours and line styles, one source of truth for the pages (as CSS custom properties) and
 * for image export (as literal values). Okabe–Ito colour-blind-safe hues, darkened until text in
 * them passes WCAG AA on white; each side also has its own underline style, so colour is never
 * the only cue.
 */
export const sidePalette = [
	{ ink: '#0a5ca8', soft: '#dcebfa', line: 'solid', letter: 'A' },
	{ ink: '#b0440a', soft: '#fbe3d3', line: 'dashed', letter: 'B' },
	{ ink: '#07775a', soft: '#d4f1e6', line: 'dotted', letter: 'C' },
	{ ink: '#8b3a7a', soft: '#f4dcee', line: 'double', letter: 'D' }
] as const;

/** The author's own voice: neutral grey, so it never reads as one of the sides. */
export const authorPalette = {
	ink: '#55555f',
	soft: '#ececf1',
	line: 'wavy',
	letter: '✎'
} as const;

export type SideStyle = (typeof sidePalette)[number];

/** The style of the side at `index` in a comparison's side list. */
export function sideStyle(index: number): SideStyle {
	return sidePalette[index % sidePalette.length]!;
}

/** CSS custom properties `--side-N`, `--side-N-soft`, `--side-N-line` (1-based) and `--author*`. */
export function paletteProperties(): string {
	const sides = sidePalette.map(
		(s, i) =>
			`--side-${i + 1}: ${s.ink}; --side-${i + 1}-soft: ${s.soft}; --side-${i + 1}-line: ${s.line};`
	);
	return [...sides, `--author: ${authorPalette.ink}; --author-soft: ${authorPalette.soft};`].join(
		' '
	);
}
