/**
 * Whether a key press is someone else's to handle: a shortcut with a modifier, or typing in a
 * field. The classroom modes' own keys (arrows, numbers, space) leave those alone.
 */
export function isForeignKey(event: KeyboardEvent): boolean {
	if (event.ctrlKey || event.metaKey || event.altKey) return true;
	const target = event.target;
	return (
		target instanceof Element &&
		target.closest('input, textarea, select, [contenteditable]') !== null
	);
}
