import { expect, test } from 'vitest';
import { formatDate, shortCitation } from './cite';

test.each([
	{ iso: '2025-04-14', expected: 'April 14, 2025' },
	{ iso: '2025-01-01', expected: 'January 1, 2025' },
	{ iso: '1999-12-31', expected: 'December 31, 1999' }
])('formatDate($iso) → $expected, whatever the time zone', ({ iso, expected }) => {
	expect(formatDate(iso)).toBe(expected);
});

test('shortCitation names publication, date and page, leaving out a missing page', () => {
	const source = { publication: 'Izvestia', date: '2025-04-14' };
	expect(shortCitation({ ...source, page: '3' })).toBe('Izvestia, April 14, 2025, p. 3');
	expect(shortCitation(source)).toBe('Izvestia, April 14, 2025');
	expect(shortCitation({ publication: 'Standpoint sample text' })).toBe('Standpoint sample text');
});
