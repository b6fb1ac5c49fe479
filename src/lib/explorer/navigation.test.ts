import { describe, expect, test } from 'vitest';
import { columnOf, moveFocus, type NavKey, type NavLine } from './navigation';

// Two sides and an author line:
//   a1 | b1
//   a2 |
//   ✎ w1 w2
//      | b2 b3
//   ✎ w3
const lines: NavLine[] = [
	{ columns: [['a1', 'a2'], ['b1']] },
	{ columns: [['w1', 'w2']] },
	{ columns: [[], ['b2', 'b3']] },
	{ columns: [['w3']] }
];

describe('moveFocus', () => {
	test.each<{ from: [string, number]; key: NavKey; to: [string, number] }>([
		{ from: ['a1', 0], key: 'ArrowDown', to: ['a2', 0] },
		{ from: ['a2', 0], key: 'ArrowDown', to: ['w1', 0] },
		{ from: ['w1', 0], key: 'ArrowDown', to: ['w2', 0] },
		{ from: ['w2', 0], key: 'ArrowDown', to: ['b2', 0] },
		{ from: ['b1', 1], key: 'ArrowDown', to: ['w1', 1] },
		{ from: ['w2', 1], key: 'ArrowUp', to: ['w1', 1] },
		{ from: ['w1', 1], key: 'ArrowUp', to: ['b1', 1] },
		{ from: ['w1', 0], key: 'ArrowUp', to: ['a2', 0] },
		{ from: ['b2', 0], key: 'ArrowUp', to: ['w2', 0] },
		{ from: ['b3', 1], key: 'ArrowDown', to: ['w3', 1] },
		{ from: ['w3', 1], key: 'ArrowDown', to: ['w3', 1] },
		{ from: ['a1', 0], key: 'ArrowUp', to: ['a1', 0] },
		{ from: ['a1', 0], key: 'ArrowRight', to: ['b1', 1] },
		{ from: ['a2', 0], key: 'ArrowRight', to: ['b1', 1] },
		{ from: ['b1', 1], key: 'ArrowRight', to: ['b1', 1] },
		{ from: ['b1', 1], key: 'ArrowLeft', to: ['a1', 0] },
		{ from: ['b3', 1], key: 'ArrowLeft', to: ['b3', 1] },
		{ from: ['w1', 0], key: 'ArrowRight', to: ['w1', 0] },
		{ from: ['b2', 1], key: 'Home', to: ['a1', 0] },
		{ from: ['a1', 0], key: 'End', to: ['w3', 0] },
		{ from: ['gone', 1], key: 'ArrowDown', to: ['a1', 0] }
	])('$key from $from goes to $to', ({ from, key, to }) => {
		expect(moveFocus(lines, { id: from[0], column: from[1] }, key)).toEqual({
			id: to[0],
			column: to[1]
		});
	});

	test('stays put in an empty grid', () => {
		expect(moveFocus([], { id: 'x', column: 0 }, 'End')).toEqual({ id: 'x', column: 0 });
	});
});

describe('columnOf', () => {
	test.each([
		{ id: 'b2', fallback: 0, expected: 1 },
		{ id: 'w1', fallback: 1, expected: 1 },
		{ id: 'gone', fallback: 0, expected: 0 }
	])('$id → $expected', ({ id, fallback, expected }) => {
		expect(columnOf(lines, id, fallback)).toBe(expected);
	});
});
