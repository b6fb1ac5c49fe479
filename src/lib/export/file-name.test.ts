import { expect, test } from 'vitest';
import { exportFileName, isoDay } from './file-name';

const date = new Date(2025, 3, 14, 23, 30);

test.each([
	{
		parts: { comparison: 'small-sequence', preset: 'slide', extension: 'png' },
		name: 'small-sequence-slide-2025-04-14.png'
	},
	{
		parts: { comparison: 'small-sequence', preset: 'handout', row: 'first', extension: 'svg' },
		name: 'small-sequence-handout-first-2025-04-14.svg'
	},
	{
		parts: {
			comparison: 'two-envoys',
			preset: 'screen',
			row: null,
			extension: 'png',
			page: 2,
			pages: 3
		},
		name: 'two-envoys-screen-2025-04-14-2-of-3.png'
	},
	{
		parts: { comparison: 'one-side', preset: 'slide', extension: 'png', page: 1, pages: 1 },
		name: 'one-side-slide-2025-04-14.png'
	}
] as const)('$name', ({ parts, name }) => {
	expect(exportFileName({ ...parts, date })).toBe(name);
});

test('the date is the local calendar day, zero-padded', () => {
	expect(isoDay(new Date(2026, 0, 5, 0, 1))).toBe('2026-01-05');
});
