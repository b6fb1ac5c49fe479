import { describe, expect, test } from 'vitest';
import type { Voice } from '../model/types';
import { markLetters, markStyle } from './marks';

const side = (n: number): Voice => ({ kind: 'side', side: n });
const author: Voice = { kind: 'framing' };
const account = (n: number): Voice => ({ kind: 'account', side: n });

describe('markStyle', () => {
	test.each([
		{
			name: 'one side: its ink, its line, its soft colour',
			voices: [side(1)],
			author: true,
			expected:
				'--mark-ink: var(--side-2); --mark-line: var(--side-2-line); --mark-bg: var(--side-2-soft);'
		},
		{
			name: 'two sides: stripes of both, ink and line of the first',
			voices: [side(0), side(2)],
			author: true,
			expected:
				'--mark-ink: var(--side-1); --mark-line: var(--side-1-line); --mark-bg: linear-gradient(var(--side-1-soft) 0% 50%, var(--side-3-soft) 50% 100%);'
		},
		{
			name: 'the author alone: a grey wavy line',
			voices: [author],
			author: true,
			expected: '--mark-ink: var(--author); --mark-line: wavy; --mark-bg: none;'
		},
		{
			name: 'the author’s account of a side alone: the author’s grey wavy line, not the side’s',
			voices: [account(0)],
			author: true,
			expected: '--mark-ink: var(--author); --mark-line: wavy; --mark-bg: none;'
		},
		{
			name: 'an account where the side is cited too: the side’s mark',
			voices: [side(0), account(0)],
			author: true,
			expected:
				'--mark-ink: var(--side-1); --mark-line: var(--side-1-line); --mark-bg: var(--side-1-soft);'
		},
		{
			name: 'the author alone, layer hidden: unmarked',
			voices: [author],
			author: false,
			expected: ''
		}
	])('$name', ({ voices, author, expected }) => {
		expect(markStyle(voices, author)).toBe(expected);
	});
});

describe('markLetters', () => {
	test.each([
		{ opens: [side(0), side(2)], author: true, expected: 'A C' },
		{ opens: [author, side(1)], author: true, expected: '✎ B' },
		{ opens: [author, side(1)], author: false, expected: 'B' },
		{ opens: [author], author: false, expected: undefined },
		{ opens: [side(0), account(0)], author: true, expected: 'A ✎A' },
		{ opens: [account(1)], author: false, expected: undefined },
		{ opens: [], author: true, expected: undefined }
	])('opens $opens (author shown: $author) → $expected', ({ opens, author, expected }) => {
		expect(markLetters(opens, author)).toBe(expected);
	});
});
