/**
 * How far each row's slides overflow their screen with their type at `fit` (the floor present
 * mode never shrinks below): for every `section` in `root` holding a `[data-row]`, its content
 * height over its box height, the largest per row. Each slide is shown for the measure and put
 * back at once, in the same task, so nothing is painted in between.
 */
export function rowOverflow(root: HTMLElement, fit: number): Map<string, number> {
	const ratios = new Map<string, number>();
	for (const section of root.querySelectorAll<HTMLElement>('section:has([data-row])')) {
		const row = section.querySelector<HTMLElement>('[data-row]')!.dataset.row!;
		const { display } = section.style;
		const before = section.style.getPropertyValue('--fit');
		section.style.display = 'block';
		section.style.setProperty('--fit', String(fit));
		const ratio = section.clientHeight > 0 ? section.scrollHeight / section.clientHeight : 1;
		section.style.display = display;
		if (before) section.style.setProperty('--fit', before);
		else section.style.removeProperty('--fit');
		ratios.set(row, Math.max(ratios.get(row) ?? 0, ratio));
	}
	return ratios;
}
