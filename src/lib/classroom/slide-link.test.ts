import { expect, test } from 'vitest';
import { slideLinkPath } from './slide-link';

const card = { x: 100, y: 0, width: 400, height: 80 };
const block = { x: 140, y: 100, width: 360, height: 60 };

test.each([
	{
		name: 'from the middle of the indent under the card, into the underline of the first line',
		line: { x: 150, y: 100, width: 200, height: 30 },
		expected: 'M120,80C130,80,130,130,140,130L150,130'
	},
	{
		name: 'a second quote lower down leaves from the same point and stays in the indent',
		line: { x: 140, y: 200, width: 200, height: 30 },
		expected: 'M120,80C130,80,130,230,140,230'
	}
])('$name', ({ line, expected }) => {
	expect(slideLinkPath(card, line, block)).toBe(expected);
});
