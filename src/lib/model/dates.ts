import * as v from 'valibot';
import { MONTHS } from '../source/cite';

/**
 * What is wrong with an ISO date (YYYY, YYYY-MM or YYYY-MM-DD) that has the right shape but is
 * not on the calendar, or undefined when it is. A pattern alone lets `2025-02-30` through, which
 * `Date` quietly turns into March 2, and `2025-13-45`, on which formatting throws.
 */
export function calendarDateIssue(iso: string): string | undefined {
	const [year, month, day] = iso.split('-').map(Number);
	if (month === undefined) return undefined;
	if (month < 1 || month > 12) return `"${iso}" has no month ${month}: months run from 01 to 12`;
	if (day === undefined) return undefined;
	// Day 0 of the next month is this month's last day; setUTCFullYear keeps years under 100.
	const last = new Date(0);
	last.setUTCFullYear(year!, month, 0);
	const days = last.getUTCDate();
	if (day < 1 || day > days) {
		return `"${iso}" is not on the calendar: ${MONTHS[month - 1]} ${year} has ${days} days`;
	}
	return undefined;
}

/** A valibot check that a well-formed ISO date is on the calendar, saying why when it is not. */
export const onCalendar = v.check(
	(iso: string) => calendarDateIssue(iso) === undefined,
	(issue) => calendarDateIssue(String(issue.input)) ?? 'is not a date on the calendar'
);
