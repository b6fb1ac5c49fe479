import { describe, expect, test } from 'vitest';
import { cardEnd, elbowLink, gutterLink, linkPath, markEnd, slideLinkPath } from './link';

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

	test.each([
		{ spread: -8, y: 122 },
		{ spread: 8, y: 138 },
		{ spread: 200, y: 160 }
	])('moves down by a spread of $spread, staying on the card', ({ spread, y }) => {
		const card = { left: 10, top: 100, right: 200, bottom: 160 };
		expect(cardEnd(card, band, spread)).toEqual({ x: 200, y, outside: null });
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

describe('gutterLink', () => {
	test.each([
		{ from: { x: 0, y: 0 }, to: { x: 100, y: 50 }, expected: 'M0,0C50,0,50,50,100,50' },
		{ from: { x: 10, y: 80 }, to: { x: 90, y: 20 }, expected: 'M10,80C50,80,50,20,90,20' },
		{ from: { x: 0.123, y: 0 }, to: { x: 10.06, y: 0 }, expected: 'M0.1,0C5.1,0,5.1,0,10.1,0' }
	])('$from → $to', ({ from, to, expected }) => {
		expect(gutterLink(from, to)).toBe(expected);
	});
});

describe('elbowLink', () => {
	test.each([
		// Down the left edge, a corner as wide as the indent, then into the quote.
		{ from: { x: 10, y: 0 }, to: { x: 30, y: 100 }, expected: 'M10,0L10,80Q10,100,30,100' },
		{ from: { x: 10, y: 0 }, to: { x: 50, y: 100 }, expected: 'M10,0L10,60Q10,100,50,100' },
		// The quote is closer below than the indent is wide: the corner is as tall as the drop.
		{ from: { x: 10, y: 0 }, to: { x: 50, y: 15 }, expected: 'M10,0Q10,15,25,15L50,15' }
	])('$from → $to', ({ from, to, expected }) => {
		expect(elbowLink(from, to)).toBe(expected);
	});
});

describe('slideLinkPath', () => {
	const card = { left: 100, top: 0, right: 500, bottom: 80 };
	const block = { left: 140, top: 100, right: 500, bottom: 160 };

	test.each([
		{
			name: 'from the middle of the indent under the card, into the underline of the first line',
			line: { left: 150, top: 100, right: 350, bottom: 130 },
			expected: 'M120,80C130,80,130,130,140,130L150,130'
		},
		{
			name: 'a second quote lower down leaves from the same point and stays in the indent',
			line: { left: 140, top: 200, right: 340, bottom: 230 },
			expected: 'M120,80C130,80,130,230,140,230'
		}
	])('$name', ({ line, expected }) => {
		expect(slideLinkPath(card, line, block)).toBe(expected);
	});
});
