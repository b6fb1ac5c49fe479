import { describe, expect, test } from 'vitest';
import { markLetters, markStyle } from './marks';
import { AUTHOR, type ExplorerPiece } from './model';

const piece = (sides: number[], opens: number[] = [], author = false): ExplorerPiece => ({
	start: 0,
	end: 4,
	text: 'text',
	claims: ['x'],
	events: [],
	sides,
	author,
	opens
});

describe('markStyle', () => {
	test.each([
		{
			name: 'one side: its ink, its line, its soft colour',
			piece: piece([1]),
			author: true,
			expected:
				'--mark-ink: var(--side-2); --mark-line: var(--side-2-line); --mark-bg: var(--side-2-soft);'
		},
		{
			name: 'two sides: stripes of both, ink and line of the first',
			piece: piece([0, 2]),
			author: true,
			expected:
				'--mark-ink: var(--side-1); --mark-line: var(--side-1-line); --mark-bg: linear-gradient(var(--side-1-soft) 0% 50%, var(--side-3-soft) 50% 100%);'
		},
		{
			name: 'the author alone: a grey wavy line',
			piece: piece([], [], true),
			author: true,
			expected: '--mark-ink: var(--author); --mark-line: wavy; --mark-bg: none;'
		},
		{
			name: 'the author alone, layer hidden: unmarked',
			piece: piece([], [], true),
			author: false,
			expected: ''
		}
	])('$name', ({ piece, author, expected }) => {
		expect(markStyle(piece, author)).toBe(expected);
	});
});

describe('markLetters', () => {
	test.each([
		{ opens: [0, 2], author: true, expected: 'A C' },
		{ opens: [AUTHOR, 1], author: true, expected: '✎ B' },
		{ opens: [AUTHOR, 1], author: false, expected: 'B' },
		{ opens: [AUTHOR], author: false, expected: undefined },
		{ opens: [], author: true, expected: undefined }
	])('opens $opens (author shown: $author) → $expected', ({ opens, author, expected }) => {
		expect(markLetters(piece([0], opens), author)).toBe(expected);
	});
});
