import type { ComparisonModel } from '../model/types';
import { exportFileName } from './file-name';
import { loadExportFonts } from './fonts';
import { layoutComparison, type ExportLayout } from './layout';
import { clampPixelRatio, type PresetId } from './presets';
import { svgToPng } from './rasterize';
import { renderComparisonPages } from './render';

/** Everything the explorer knows about the export a teacher asked for. */
export type ExportRequest = {
	model: ComparisonModel;
	preset: PresetId;
	viewportWidth: number;
	/** Export only this dimension row. */
	row: string | null;
	author: boolean;
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

/** Lays the comparison out with the real fonts: how many images it takes and whether it was scaled. */
export async function planExport(request: ExportRequest): Promise<ExportLayout> {
	const { measure } = await loadExportFonts();
	return layoutComparison(request.model, { ...request, measure });
}

async function render(request: ExportRequest) {
	const { measure, embedded } = await loadExportFonts();
	const { layout, svgs } = renderComparisonPages(request.model, {
		...request,
		measure,
		fonts: embedded
	});
	return layout.pages.map((page, i) => ({ page, svg: svgs[i]! }));
}

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
	const pages = await render(request);
	return pages.map(({ page, svg }) => ({
		name: name(request, 'svg', page.number, page.count),
		blob: new Blob([svg], { type: 'image/svg+xml' }),
		width: page.width,
		height: page.height,
		pixelRatio: 1
	}));
}

/**
 * The comparison as PNG files (all images, or only the 1-based `only` one). Two images are in
 * flight at a time: one decoding while the other encodes off the main thread, with at most two
 * full-size canvases in memory.
 */
export async function exportPngFiles(request: ExportRequest, only?: number): Promise<ExportFile[]> {
	const pages = (await render(request)).filter(
		({ page }) => only === undefined || page.number === only
	);
	const files: ExportFile[] = new Array(pages.length);
	let next = 0;
	const worker = async () => {
		while (next < pages.length) {
			const i = next++;
			const { page, svg } = pages[i]!;
			const pixelRatio = clampPixelRatio(page.width, page.height, request.pixelRatio ?? 2);
			files[i] = {
				name: name(request, 'png', page.number, page.count),
				blob: await svgToPng(svg, page.width, page.height, pixelRatio),
				width: page.width,
				height: page.height,
				pixelRatio
			};
		}
	};
	await Promise.all([worker(), worker()]);
	return files;
}
