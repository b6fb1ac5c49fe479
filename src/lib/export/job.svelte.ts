import type { ExportRequest } from './export-image';
import { exportFileName } from './file-name';
import { copyPng, downloadBlob } from './save';

/** Name of the performance measure each successful export records. */
export const exportMeasure = 'standpoint:export';

// The renderer, fonts and rasteriser load only when a teacher first opens the menu.
const exporter = () => import('./export-image');

/** What one export menu is doing: its plan for the current choice, and the export in progress. */
export class ExportJob {
	busy = $state(false);
	/** Progress and outcome, for a polite live region. */
	status = $state('');
	/** What went wrong, for an alert; empty when nothing did. */
	failure = $state('');
	/** How the current choice fits: one image, scaled, or split. */
	plan = $state('');
	pages = $state(1);

	/** Lays out `request` to tell the teacher how it will fit; returns a function that discards a late answer. */
	planFor(request: ExportRequest): () => void {
		let stale = false;
		exporter()
			.then((m) => m.planExport(request))
			.then((layout) => {
				if (stale) return;
				this.pages = layout.pages.length;
				this.plan =
					layout.fit === 'paginated'
						? `Split over ${this.pages} images, each marked “Continued on image …”.`
						: layout.fit === 'scaled'
							? `Fits on one image, text scaled to ${Math.round(layout.scale * 100)} %.`
							: 'Fits on one image.';
			})
			.catch(() => {
				if (!stale) this.plan = '';
			});
		return () => (stale = true);
	}

	downloadPng(request: ExportRequest): Promise<void> {
		return this.run(async () => save(request, await (await exporter()).exportPngFiles(request)));
	}

	downloadSvg(request: ExportRequest): Promise<void> {
		return this.run(async () => save(request, await (await exporter()).exportSvgFiles(request)));
	}

	/** Copies image `page`; the clipboard write starts within the click, the image is drawn while it waits. */
	copy(request: ExportRequest, page: number): Promise<void> {
		const pages = this.pages;
		return this.run(async () => {
			const png = exporter()
				.then((m) => m.exportPngFiles(request, page))
				.then((files) => files[0]!.blob);
			await copyPng(png);
			return pages > 1
				? `Copied image ${page} of ${pages} to the clipboard.`
				: 'Copied the image to the clipboard.';
		});
	}

	/** Runs one export at a time; a failure is reported and changes nothing else on the page. */
	private async run(work: () => Promise<string>): Promise<void> {
		if (this.busy) return;
		this.busy = true;
		this.failure = '';
		this.status = 'Exporting…';
		const start = performance.now();
		try {
			this.status = await work();
			// Read by `npm run bench` (bench/suites/export.mjs): the export's own duration.
			performance.measure(exportMeasure, { start });
		} catch (error) {
			this.status = '';
			this.failure = `Export failed: ${reason(error)}. Nothing was saved.`;
		} finally {
			this.busy = false;
		}
	}
}

function reason(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

/**
 * Saves one image as it is and several as one .zip: a browser keeps only the first few of many
 * downloads started at once, so "Downloaded 200 images" would not be true. The zip library loads
 * only here.
 */
async function save(
	request: ExportRequest,
	files: { name: string; blob: Blob }[]
): Promise<string> {
	if (files.length === 1) {
		downloadBlob(files[0]!.blob, files[0]!.name);
		return `Downloaded ${files[0]!.name}.`;
	}
	const { zipFiles } = await import('./zip');
	const name = exportFileName({
		comparison: request.model.id,
		preset: request.preset,
		row: request.row,
		date: request.date ?? new Date(),
		extension: 'zip'
	});
	downloadBlob(await zipFiles(files), name);
	return `Downloaded ${name}: ${files.length} images (${files[0]!.name} to ${files.at(-1)!.name}) in one .zip file.`;
}
