import type { ExportRequest } from './export-image';
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
		return this.run(async () => saved(await (await exporter()).exportPngFiles(request)));
	}

	downloadSvg(request: ExportRequest): Promise<void> {
		return this.run(async () => saved(await (await exporter()).exportSvgFiles(request)));
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

function saved(files: { name: string; blob: Blob }[]): string {
	for (const file of files) downloadBlob(file.blob, file.name);
	const names = files.map((f) => f.name);
	return names.length > 1
		? `Downloaded ${names.length} images: ${names.join(', ')}.`
		: `Downloaded ${names[0]}.`;
}
