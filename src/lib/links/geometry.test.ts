import { describe, expect, test } from 'vitest';
import { cardEnd, linkPath, markEnd } from './geometry';

const gutter = { left: 150, right: 250 };
const band = { top: 0, bottom: 500 };

describe('linkPath', () => {
	test.each([
		{
			name: 'runs to the gutter, curves across it, runs on to the mark',
			from: { x: 100, y: 50 },
			to: { x: 300, y: 200 },
			expected: 'M100,50L150,50C200,50,200,200,250,200L300,200'
		},
		{
			name: 'curves upwards as readily as downwards',
			from: { x: 100, y: 200 },
			to: { x: 300, y: 50 },
			expected: 'M100,200L150,200C200,200,200,50,250,50L300,50'
		},
		{
			name: 'starts the curve at once when the card already reaches into the gutter',
			from: { x: 160, y: 50 },
			to: { x: 300, y: 200 },
			expected: 'M160,50C205,50,205,200,250,200L300,200'
		},
		{
			name: 'ends with the curve when the mark is at the gutter edge',
			from: { x: 100, y: 50 },
			to: { x: 250, y: 200 },
			expected: 'M100,50L150,50C200,50,200,200,250,200'
		},
		{
			name: 'is a straight line when both ends are level',
			from: { x: 100, y: 80 },
			to: { x: 300, y: 80 },
			expected: 'M100,80L150,80C200,80,200,80,250,80L300,80'
		},
		{
			name: 'rounds to tenths so strings are stable across sub-pixel layouts',
			from: { x: 100.26, y: 50.04 },
			to: { x: 300.44, y: 199.95 },
			expected: 'M100.3,50L150,50C200,50,200,200,250,200L300.4,200'
		},
		{
			name: 'stops at the gutter rather than curve backwards to a mark left of it',
			from: { x: 100, y: 50 },
			to: { x: 120, y: 200 },
			expected: 'M100,50L150,50C150,50,150,200,150,200'
		}
	])('$name', ({ from, to, expected }) => {
		expect(linkPath(from, to, gutter)).toBe(expected);
	});
});

describe('cardEnd', () => {
	test.each([
		{
			name: 'a card in view: middle of its right edge',
			card: { left: 10, top: 100, right: 200, bottom: 160 },
			expected: { x: 200, y: 130, outside: null }
		},
		{
			name: 'a card partly scrolled above: on its visible part, inside the edge',
			card: { left: 10, top: -100, right: 200, bottom: 40 },
			expected: { x: 200, y: 6, outside: null }
		},
		{
			name: 'a card taller than the pane: its middle',
			card: { left: 10, top: -100, right: 200, bottom: 900 },
			expected: { x: 200, y: 400, outside: null }
		},
		{
			name: 'a card scrolled out above: pinned to the top edge',
			card: { left: 10, top: -80, right: 200, bottom: -20 },
			expected: { x: 200, y: 6, outside: 'above' }
		},
		{
			name: 'a card just touching the top edge counts as out of view',
			card: { left: 10, top: -60, right: 200, bottom: 0 },
			expected: { x: 200, y: 6, outside: 'above' }
		},
		{
			name: 'a card scrolled out below: pinned to the bottom edge',
			card: { left: 10, top: 520, right: 200, bottom: 580 },
			expected: { x: 200, y: 494, outside: 'below' }
		}
	])('$name', ({ card, expected }) => {
		expect(cardEnd(card, band)).toEqual(expected);
	});

	test('respects a band that does not start at zero (a sticky header above it)', () => {
		const card = { left: 10, top: 20, right: 200, bottom: 60 };
		expect(cardEnd(card, { top: 64, bottom: 500 })).toEqual({ x: 200, y: 70, outside: 'above' });
	});
});

describe('markEnd', () => {
	test.each([
		{
			name: 'a mark in view: where its underline begins',
			line: { left: 420, top: 300, right: 600, bottom: 320 },
			expected: { x: 420, y: 320, outside: null }
		},
		{
			name: 'a mark scrolled out above: the text margin at the top edge',
			line: { left: 420, top: -40, right: 600, bottom: -20 },
			expected: { x: 400, y: 6, outside: 'above' }
		},
		{
			name: 'a mark scrolled out below: the text margin at the bottom edge',
			line: { left: 520, top: 510, right: 600, bottom: 530 },
			expected: { x: 400, y: 494, outside: 'below' }
		}
	])('$name', ({ line, expected }) => {
		expect(markEnd(line, band, 400)).toEqual(expected);
	});
});
