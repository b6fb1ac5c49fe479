import type { ComparisonModel } from '../model/types';
import { exportFileName } from './file-name';
import { loadExportFonts } from './fonts';
import { layoutComparison, type ExportLayout, type LayoutId } from './layout';
import { clampPixelRatio, type PresetId } from './presets';
import { createPngEncoder, warmPngEncoder } from './rasterize';
import { renderPageSvg } from './render';

/** Everything the explorer knows about the export a teacher asked for. */
export type ExportRequest = {
	model: ComparisonModel;
	preset: PresetId;
	viewportWidth: number;
	/** Export only this dimension row. */
	row: string | null;
	author: boolean;
	/** Side by side (the default) or the list. */
	layout?: LayoutId;
	/** Add the timeline, and the discussion prompts, after the rows. */
	timeline?: boolean;
	prompts?: boolean;
	deepLink: string;
	/** 2 by default, for sharp text; lowered when the canvas would be too large. */
	pixelRatio?: number;
	date?: Date;
};

/** One exported image, ready to save or copy. */
export type ExportFile = {
	name: string;
	blob: Blob;
	width: number;
	height: number;
	pixelRatio: number;
};

/**
 * The layout of the last request planned or exported. The menu plans the request it then exports
 * (the same object until the teacher changes a choice), so the export does not lay out hundreds
 * of cards a second time in one long task.
 */
let last: { request: ExportRequest; layout: ExportLayout } | undefined;

/** Lays the comparison out with the real fonts: how many images it takes and whether it was scaled. */
export async function planExport(request: ExportRequest): Promise<ExportLayout> {
	const { measure } = await loadExportFonts();
	if (last?.request !== request) {
		last = { request, layout: layoutComparison(request.model, { ...request, measure }) };
	}
	if (last.layout.pages.length > 1) warmPngEncoder();
	return last.layout;
}

/**
 * The pages to export, each rendered to SVG only when asked for: one page per task, so a deck of
 * hundreds of images never holds the main thread for long.
 */
async function render(request: ExportRequest) {
	const layout = await planExport(request);
	const { embedded } = await loadExportFonts();
	return layout.pages.map((page) => ({
		page,
		svg: () => renderPageSvg(request.model, page, embedded)
	}));
}

/** Lets the browser paint and handle input between two pages. */
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function name(request: ExportRequest, extension: 'png' | 'svg', page: number, pages: number) {
	return exportFileName({
		comparison: request.model.id,
		preset: request.preset,
		row: request.row,
		date: request.date ?? new Date(),
		extension,
		page,
		pages
	});
}

/** The comparison as standalone SVG files, one per image. */
export async function exportSvgFiles(request: ExportRequest): Promise<ExportFile[]> {
	const files: ExportFile[] = [];
	for (const { page, svg } of await render(request)) {
		files.push({
			name: name(request, 'svg', page.number, page.count),
			blob: new Blob([svg()], { type: 'image/svg+xml' }),
			width: page.width,
			height: page.height,
			pixelRatio: 1
		});
		await yieldToPage();
	}
	return files;
}

/**
 * The comparison as PNG files (all images, or only the 1-based `only` one). A few images are in
 * flight at a time: one drawing on the page while the others encode in workers, so only that
 * many full-size images are ever in memory.
 */
export async function exportPngFiles(request: ExportRequest, only?: number): Promise<ExportFile[]> {
	const pages = (await render(request)).filter(
		({ page }) => only === undefined || page.number === only
	);
	const files: ExportFile[] = new Array(pages.length);
	const encoder = createPngEncoder(pages.length);
	let next = 0;
	const lane = async () => {
		while (next < pages.length) {
			const i = next++;
			const { page, svg } = pages[i]!;
			const pixelRatio = clampPixelRatio(page.width, page.height, request.pixelRatio ?? 2);
			files[i] = {
				name: name(request, 'png', page.number, page.count),
				blob: await encoder.encode(svg(), page.width, page.height, pixelRatio),
				width: page.width,
				height: page.height,
				pixelRatio
			};
		}
	};
	await Promise.all(Array.from({ length: Math.min(pages.length, encoder.concurrency) }, lane));
	return files;
}
