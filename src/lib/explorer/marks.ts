import { authorPalette, sideStyle } from '../comparison/palette';
import { AUTHOR, type ExplorerPiece } from './model';

const ink = (side: number) => `var(--side-${(side % 4) + 1})`;
const soft = (side: number) => `var(--side-${(side % 4) + 1}-soft)`;

/**
 * The custom properties that colour a mark: ink and underline style of its first side, and a
 * background striped with every side citing it. The author's framing alone is a grey wavy line,
 * or nothing while that layer is hidden.
 */
export function markStyle(piece: ExplorerPiece, showAuthor: boolean): string {
	const [first] = piece.sides;
	if (first === undefined) {
		return showAuthor ? '--mark-ink: var(--author); --mark-line: wavy; --mark-bg: none;' : '';
	}
	const bands = piece.sides.map((side, i, all) => {
		const from = Math.round((i / all.length) * 100);
		const to = Math.round(((i + 1) / all.length) * 100);
		return `${soft(side)} ${from}% ${to}%`;
	});
	const bg = piece.sides.length > 1 ? `linear-gradient(${bands.join(', ')})` : soft(first);
	return `--mark-ink: ${ink(first)}; --mark-line: var(--side-${(first % 4) + 1}-line); --mark-bg: ${bg};`;
}

/** The letters of the sides (and ✎ for the author) whose anchors start at this piece. */
export function markLetters(piece: ExplorerPiece, showAuthor: boolean): string | undefined {
	const shown = piece.opens.flatMap((who) =>
		who === AUTHOR ? (showAuthor ? [authorPalette.letter] : []) : [sideStyle(who).letter]
	);
	return shown.length > 0 ? shown.join(' ') : undefined;
}
