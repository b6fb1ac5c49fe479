// Written out rather than through Intl.DateTimeFormat: a page's first date formatter loads the
// time-zone data, 50–90 ms of a phone's main thread while the explorer hydrates, for an English
// month name that never varies.
/** The months' English names, January first. */
export const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

/** The parts of a calendar day "YYYY-MM-DD", or undefined for anything else. */
function parts(iso: string): { year: number; month: string; day: number } | undefined {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	const month = match && MONTHS[Number(match[2]) - 1];
	return match && month ? { year: Number(match[1]), month, day: Number(match[3]) } : undefined;
}

/** "2025-04-14" → "April 14, 2025"; anything but a calendar day is returned as given. */
export function formatDate(iso: string): string {
	const date = parts(iso);
	return date ? `${date.month} ${date.day}, ${date.year}` : iso;
}

/** "2025-04-14" → "Apr 14", for a timeline's strip; anything but a calendar day as given. */
export function formatShortDate(iso: string): string {
	const date = parts(iso);
	return date ? `${date.month.slice(0, 3)} ${date.day}` : iso;
}

/**
 * Publication, date and page, the way a card under a quote cites it: "Izvestia, April 14, 2025,
 * p. 3". A text with no date (a teacher's own, say) is cited without one.
 */
export function shortCitation(source: {
	publication: string;
	date?: string;
	page?: string;
}): string {
	const date = source.date ? `, ${formatDate(source.date)}` : '';
	const page = source.page ? `, p. ${source.page}` : '';
	return `${source.publication}${date}${page}`;
}
