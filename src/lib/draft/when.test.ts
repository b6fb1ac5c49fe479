import { expect, test } from 'vitest';
import { changedWhen } from './when';

const now = new Date('2026-03-10T12:00:00Z');

test.each([
	{ at: '2026-03-10T11:59:30Z', says: 'just now' },
	{ at: '2026-03-10T11:59:00Z', says: '1 minute ago' },
	{ at: '2026-03-10T11:15:00Z', says: '45 minutes ago' },
	{ at: '2026-03-10T09:00:00Z', says: '3 hours ago' },
	{ at: '2026-03-09T11:00:00Z', says: 'yesterday' },
	{ at: '2026-03-06T12:00:00Z', says: '4 days ago' },
	{ at: '2026-02-01T12:00:00Z', says: 'Feb 1, 2026' }
])('$at is “$says”', ({ at, says }) => {
	expect(changedWhen(at, now)).toBe(says);
});
