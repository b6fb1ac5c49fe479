import type { ComparisonModel } from '../model/types';

/**
 * The claim grid as the eye reads it: lines from top to bottom, each a list of columns, each a
 * stack of claim ids. A line of side cells has one column per side; a line of the author's
 * framing spans the grid and has a single column.
 */
export type NavLine = { columns: string[][] };

export type NavKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight' | 'Home' | 'End';

/**
 * Where focus is, plus the side column the reader is moving along: vertical moves keep it, so
 * passing through an author line or an empty cell comes back to the same side.
 */
export type NavPosition = { id: string; column: number };

/**
 * The lines of the explorer's grid, leaving out the author's words (accounts in the side columns,
 * framing across the grid) when that layer is hidden.
 */
export function navLines(
	model: Pick<ComparisonModel, 'rows' | 'framingElsewhere' | 'claims'>,
	showAuthor: boolean
): NavLine[] {
	const sides = new Set(model.claims.filter((c) => c.voice.kind === 'side').map((c) => c.id));
	const shown = (ids: string[]) => (showAuthor ? ids : ids.filter((id) => sides.has(id)));
	const lines: NavLine[] = [];
	for (const row of model.rows) {
		lines.push({ columns: row.cells.map((cell) => shown(cell.claims)) });
		if (showAuthor && row.framing.length > 0) lines.push({ columns: [row.framing] });
	}
	if (showAuthor && model.framingElsewhere.length > 0) {
		lines.push({ columns: [model.framingElsewhere] });
	}
	return lines;
}

type Slot = { line: number; column: number; index: number };

function find(lines: NavLine[], id: string): Slot | undefined {
	for (let line = 0; line < lines.length; line++) {
		const columns = lines[line]!.columns;
		for (let column = 0; column < columns.length; column++) {
			const index = columns[column]!.indexOf(id);
			if (index >= 0) return { line, column, index };
		}
	}
	return undefined;
}

/** The column of `line` nearest to `wanted` that has claims, preferring the left on a tie. */
function nearestColumn(line: NavLine, wanted: number): number | undefined {
	const filled = line.columns.flatMap((c, i) => (c.length > 0 ? [i] : []));
	if (filled.length === 0) return undefined;
	return filled.reduce((best, i) => (Math.abs(i - wanted) < Math.abs(best - wanted) ? i : best));
}

/** Where an arrow, Home or End key moves focus from `from`; unchanged when it cannot move. */
export function moveFocus(lines: NavLine[], from: NavPosition, key: NavKey): NavPosition {
	const all = lines.flatMap((l) => l.columns.flat());
	if (key === 'Home' || key === 'End') {
		const id = key === 'Home' ? all[0] : all[all.length - 1];
		return id === undefined ? from : { id, column: columnOf(lines, id, from.column) };
	}
	const at = find(lines, from.id);
	if (!at) return all[0] === undefined ? from : { id: all[0], column: columnOf(lines, all[0], 0) };
	const line = lines[at.line]!;

	if (key === 'ArrowLeft' || key === 'ArrowRight') {
		if (line.columns.length === 1) return from;
		const step = key === 'ArrowLeft' ? -1 : 1;
		for (let c = at.column + step; c >= 0 && c < line.columns.length; c += step) {
			const stack = line.columns[c]!;
			if (stack.length > 0) return { id: stack[Math.min(at.index, stack.length - 1)]!, column: c };
		}
		return from;
	}

	const step = key === 'ArrowUp' ? -1 : 1;
	const stack = line.columns[at.column]!;
	const within = stack[at.index + step];
	if (within !== undefined) return { id: within, column: from.column };
	const wanted = from.column;
	for (let l = at.line + step; l >= 0 && l < lines.length; l += step) {
		const next = lines[l]!;
		const column = next.columns.length === 1 ? 0 : nearestColumn(next, wanted);
		if (column === undefined || next.columns[column]!.length === 0) continue;
		const target = next.columns[column]!;
		return { id: target[step > 0 ? 0 : target.length - 1]!, column: wanted };
	}
	return from;
}

/** The side column of claim `id`, or `fallback` when it sits in a spanning line or nowhere. */
export function columnOf(lines: NavLine[], id: string, fallback: number): number {
	const at = find(lines, id);
	if (!at || lines[at.line]!.columns.length === 1) return fallback;
	return at.column;
}
