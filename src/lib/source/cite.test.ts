import { expect, test } from 'vitest';
import { formatDate, formatShortDate, shortCitation } from './cite';

test.each([
	{ iso: '2025-04-14', expected: 'April 14, 2025' },
	{ iso: '2025-01-01', expected: 'January 1, 2025' },
	{ iso: '1999-12-31', expected: 'December 31, 1999' }
])('formatDate($iso) → $expected, whatever the time zone', ({ iso, expected }) => {
	expect(formatDate(iso)).toBe(expected);
});

test('formatDate and formatShortDate say what Intl says in English, for every month', () => {
	const long = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });
	const short = new Intl.DateTimeFormat('en', { month: 'short', day: 'numeric', timeZone: 'UTC' });
	for (let month = 1; month <= 12; month++) {
		for (const day of [1, 9, 28]) {
			const iso = `2024-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
			const date = new Date(`${iso}T00:00:00Z`);
			expect(formatDate(iso)).toBe(long.format(date));
			expect(formatShortDate(iso)).toBe(short.format(date));
		}
	}
});

test('a date that is not a calendar day is shown as given', () => {
	expect(formatDate('2025-13-01')).toBe('2025-13-01');
	expect(formatShortDate('2025-04')).toBe('2025-04');
});

test('shortCitation names publication, date and page, leaving out a missing page', () => {
	const source = { publication: 'Izvestia', date: '2025-04-14' };
	expect(shortCitation({ ...source, page: '3' })).toBe('Izvestia, April 14, 2025, p. 3');
	expect(shortCitation(source)).toBe('Izvestia, April 14, 2025');
	expect(shortCitation({ publication: 'Standpoint sample text' })).toBe('Standpoint sample text');
});
