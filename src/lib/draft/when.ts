const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
const calendar = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' });

const units: [Intl.RelativeTimeFormatUnit, number][] = [
	['minute', 60],
	['hour', 60 * 60],
	['day', 24 * 60 * 60]
];

/** When something changed, as a teacher says it: "just now", "5 minutes ago", "yesterday", "Mar 3, 2026". */
export function changedWhen(iso: string, now = new Date()): string {
	const seconds = (now.getTime() - new Date(iso).getTime()) / 1000;
	if (seconds < 60) return 'just now';
	if (seconds >= 7 * 24 * 60 * 60) return calendar.format(new Date(iso));
	const [unit, size] = units.findLast(([, size]) => seconds >= size)!;
	return relative.format(-Math.floor(seconds / size), unit);
}
