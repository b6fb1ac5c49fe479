/**
 * Lays a comparison out for export as pages of positioned text, boxes and link paths, from the
 * model alone (no DOM), so the SVG renderer only writes them out and tests can check them exactly.
 * Side by side (the default) is `columns.ts` and `columns-pages.ts`; the list:
 * what to draw is `rows.ts`; the page frame `frame.ts`; title, legend and footer `chrome.ts`; rows
 * `segment.ts` and their cards `card.ts`; fitting and cutting into pages `paginate.ts`.
 */
import type { ComparisonModel } from '../../model/types';
import { resolvePreset } from '../presets';
import { cachedMeasure } from '../text';
import { round } from '../theme';
import { balance, finish, paginate, prepare, type Draft, type Setup } from './paginate';
import { layoutColumns } from './columns-pages';
import { frameFor } from './frame';
import { collectColumnRows, collectRows } from './rows';
import { appendSections, sectionsFor } from './sections';
import type { ExportLayout, ExportOptions, Fit } from './types';

export type * from './types';

/**
 * Lays out a comparison for export: picks the type scale, splits it into pages if needed, then
 * adds the timeline and prompts if asked for.
 */
export function layoutComparison(model: ComparisonModel, options: ExportOptions): ExportLayout {
	const preset = resolvePreset(options.preset, options.viewportWidth);
	const measure = cachedMeasure(options.measure);
	const sections = sectionsFor(model, options);
	const withSections = (drafts: Draft[]) => appendSections(drafts, sections, preset, measure);
	// Side by side needs room for the columns: a phone-wide image keeps the list.
	if (
		(options.layout ?? 'columns') === 'columns' &&
		frameFor(preset, preset.base).mode !== 'narrow'
	) {
		const { scale, drafts } = layoutColumns(
			model,
			options,
			preset,
			collectColumnRows(model, options),
			measure
		);
		const all = withSections(drafts);
		const fit: Fit = all.length > 1 ? 'paginated' : scale < 1 ? 'scaled' : 'natural';
		return { preset, scale, fit, pages: finish(all, fit, scale) };
	}
	const rows = collectRows(model, options);

	const setups = new Map<number, Setup>();
	const at = (scale: number) => {
		let setup = setups.get(scale);
		if (!setup) setups.set(scale, (setup = prepare(model, options, preset, scale, rows, measure)));
		return setup;
	};
	for (const scale of preset.scales) {
		if (scale < preset.minScale) continue;
		const pages = paginate(at(scale), { pageLimit: 1 });
		if (pages.length === 1 && !pages[0]!.overflow) {
			const all = withSections(pages);
			const fit: Fit = all.length > 1 ? 'paginated' : scale < 1 ? 'scaled' : 'natural';
			return { preset, scale, fit, pages: finish(all, fit, scale) };
		}
	}
	// A single claim taller than a page (absurdly long data) is the only case shrinking is forced.
	let scale = 1;
	let pages = paginate(at(scale));
	while (pages.some((p) => p.overflow) && scale > preset.minScale) {
		scale = round(scale - 0.1);
		pages = paginate(at(scale));
	}
	const setup = at(scale);
	// Rows are kept whole only when that costs no extra image (or sheet of paper).
	const loose = paginate(setup, { keepRows: false });
	const keepRows = pages.length <= loose.length;
	if (!keepRows) pages = loose;
	pages = withSections(balance(pages, (fill) => paginate(setup, { fill, keepRows })));
	const fit: Fit = pages.length > 1 ? 'paginated' : 'scaled';
	return { preset, scale, fit, pages: finish(pages, fit, scale) };
}
