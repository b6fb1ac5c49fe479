import { describe, expect, test } from 'vitest';
import { elbowLink, gutterLink } from './link-path';

describe('gutterLink', () => {
	test.each([
		{ from: [0, 0], to: [100, 50], expected: 'M0,0C50,0,50,50,100,50' },
		{ from: [10, 80], to: [90, 20], expected: 'M10,80C50,80,50,20,90,20' },
		{ from: [0.123, 0], to: [10.06, 0], expected: 'M0.1,0C5.1,0,5.1,0,10.1,0' }
	] as const)('$from → $to', ({ from, to, expected }) => {
		expect(gutterLink([...from], [...to])).toBe(expected);
	});
});

describe('elbowLink', () => {
	test.each([
		// Down the left edge, a corner as wide as the indent, then into the quote.
		{ from: [10, 0], to: [30, 100], expected: 'M10,0L10,80Q10,100,30,100' },
		{ from: [10, 0], to: [50, 100], expected: 'M10,0L10,60Q10,100,50,100' },
		// The quote is closer below than the indent is wide: the corner is as tall as the drop.
		{ from: [10, 0], to: [50, 15], expected: 'M10,0Q10,15,25,15L50,15' }
	] as const)('$from → $to', ({ from, to, expected }) => {
		expect(elbowLink([...from], [...to])).toBe(expected);
	});
});
