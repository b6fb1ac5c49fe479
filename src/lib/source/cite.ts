const longDate = new Intl.DateTimeFormat('en-US', {
	dateStyle: 'long',
	// Dates are calendar days, not instants: format them in UTC so no time zone moves the day.
	timeZone: 'UTC'
});

/** "2025-04-14" → "April 14, 2025". */
export function formatDate(iso: string): string {
	return longDate.format(new Date(`${iso}T00:00:00Z`));
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
