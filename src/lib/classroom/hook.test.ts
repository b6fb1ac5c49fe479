import { expect, test } from 'vitest';
import { hookPath } from './hook';

const card = { x: 100, y: 0, width: 400, height: 80 };
const block = { x: 140, y: 100, width: 360, height: 60 };

test.each([
	{
		name: 'down the gutter, turning into the first line of a quote below',
		line: { x: 150, y: 100, width: 200, height: 30 },
		expected: 'M120,80L120,105A10,10,0,0,0,130,115L137,115'
	},
	{
		name: 'a second quote further down shares the gutter and turns in lower',
		line: { x: 140, y: 200, width: 200, height: 30 },
		expected: 'M120,80L120,205A10,10,0,0,0,130,215L137,215'
	},
	{
		name: 'a quote right under the card gets a tighter turn',
		line: { x: 140, y: 80, width: 200, height: 8 },
		expected: 'M120,80A4,4,0,0,0,124,84L137,84'
	}
])('$name', ({ line, expected }) => {
	expect(hookPath(card, line, block)).toBe(expected);
});
