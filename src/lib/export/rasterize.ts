import type { EncodeReply, EncodeRequest } from './png-worker';

/** Turns SVG documents into PNG files at a pixel ratio. */
export type PngEncoder = {
	encode(svg: string, width: number, height: number, pixelRatio: number): Promise<Blob>;
	/** How many images are worth having in flight. */
	concurrency: number;
};

type EncoderWorker = ReturnType<typeof startWorker>;

/** The encoding workers, started once and kept: the next export then starts at once. */
let workers: EncoderWorker[] | undefined;

function pool(): EncoderWorker[] {
	if (!workers) {
		const spare = Math.min(3, Math.max(1, (navigator.hardwareConcurrency || 2) - 1));
		workers = canEncodeInWorker() ? Array.from({ length: spare }, startWorker) : [];
	}
	return workers.filter((worker) => !worker.stopped());
}

/** Starts the workers ahead of an export of several images, while the teacher chooses. */
export function warmPngEncoder(): void {
	pool();
}

/**
 * An encoder for `images` images that draws each SVG on the main thread (only the page can decode
 * SVG) and encodes the pixels in workers, one per spare core, while the page draws the next. One
 * image has no next to draw: it is encoded on the page, as are all where workers cannot take a
 * canvas or have stopped.
 */
export function createPngEncoder(images: number): PngEncoder {
	const live = images > 1 ? pool() : [];
	return {
		// Each worker encodes one image while the page draws another and the image loader decodes a third.
		concurrency: live.length + 2,
		async encode(svg, width, height, pixelRatio) {
			const w = Math.round(width * pixelRatio);
			const h = Math.round(height * pixelRatio);
			const image = await decodeSvg(svg, width, height);
			const onPage = () => whileFramesRun(encodeOnPage(image.element, w, h));
			try {
				const ready = live.filter((worker) => !worker.stopped());
				if (ready.length === 0) return await onPage();
				const idlest = ready.reduce((a, b) => (b.waiting() < a.waiting() ? b : a));
				const bitmap = draw(image.element, w, h).transferToImageBitmap();
				return await idlest.encode(bitmap).catch((error: unknown) => {
					if (error instanceof WorkerStopped) return onPage();
					throw error;
				});
			} finally {
				image.release();
			}
		}
	};
}

function canEncodeInWorker(): boolean {
	return (
		typeof Worker !== 'undefined' &&
		typeof OffscreenCanvas !== 'undefined' &&
		'transferToImageBitmap' in OffscreenCanvas.prototype
	);
}

/** A worker that could not load or crashed: its images are encoded on the page instead. */
class WorkerStopped extends Error {}

function startWorker() {
	const worker = new Worker(new URL('./png-worker.ts', import.meta.url), { type: 'module' });
	const waiting = new Map<number, { resolve: (blob: Blob) => void; reject: (e: Error) => void }>();
	let next = 0;
	let stopped = false;
	worker.onmessage = ({ data }: MessageEvent<EncodeReply>) => {
		const job = waiting.get(data.id);
		waiting.delete(data.id);
		if ('blob' in data) job?.resolve(data.blob);
		else job?.reject(new Error(data.error));
	};
	worker.onerror = (event) => {
		event.preventDefault();
		stopped = true;
		worker.terminate();
		for (const job of waiting.values()) job.reject(new WorkerStopped());
		waiting.clear();
	};
	return {
		stopped: () => stopped,
		waiting: () => waiting.size,
		encode(bitmap: ImageBitmap): Promise<Blob> {
			if (stopped) return Promise.reject(new WorkerStopped());
			const id = next++;
			return new Promise<Blob>((resolve, reject) => {
				waiting.set(id, { resolve, reject });
				const request: EncodeRequest = { id, bitmap };
				worker.postMessage(request, [bitmap]);
			});
		}
	};
}

/**
 * Decodes an SVG document as an image. It goes through a blob URL, so its embedded fonts and
 * everything else stay same-origin and the canvas stays clean.
 */
async function decodeSvg(svg: string, width: number, height: number) {
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
	const element = new Image(width, height);
	element.src = url;
	const release = () => URL.revokeObjectURL(url);
	await element.decode().catch(() => {
		release();
		throw new Error('the browser could not draw the image (SVG decoding failed)');
	});
	return { element, release };
}

const refused = (w: number, h: number) => new Error(`the browser refused a ${w} × ${h} canvas`);

/** Draws the image at w × h: an SVG is drawn as vectors at that size, so text stays sharp. */
function draw(image: HTMLImageElement, w: number, h: number): OffscreenCanvas {
	const canvas = new OffscreenCanvas(w, h);
	const context = canvas.getContext('2d');
	if (!context) throw refused(w, h);
	context.drawImage(image, 0, 0, w, h);
	return canvas;
}

async function encodeOnPage(image: HTMLImageElement, w: number, h: number): Promise<Blob> {
	if (typeof OffscreenCanvas !== 'undefined') {
		return draw(image, w, h).convertToBlob({ type: 'image/png' });
	}
	const canvas = document.createElement('canvas');
	canvas.width = w;
	canvas.height = h;
	const context = canvas.getContext('2d');
	if (!context) throw refused(w, h);
	context.drawImage(image, 0, 0, w, h);
	return new Promise<Blob>((resolve, reject) =>
		canvas.toBlob(
			(blob) =>
				blob ? resolve(blob) : reject(new Error(`the browser could not encode a ${w} × ${h} PNG`)),
			'image/png'
		)
	);
}

/**
 * Chromium encodes a page's canvases in idle periods, which come after frames; on a page that
 * draws no frames the encoder waits for its one-second fallback instead (measured: 1,050 ms
 * against 45 ms for a 3840 × 2160 PNG). An empty animation-frame loop while encoding keeps the
 * idle periods coming.
 */
async function whileFramesRun<T>(work: Promise<T>): Promise<T> {
	let running = true;
	const tick = () => {
		if (running) requestAnimationFrame(tick);
	};
	requestAnimationFrame(tick);
	try {
		return await work;
	} finally {
		running = false;
	}
}
