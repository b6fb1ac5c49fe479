import type { EncodeReply, EncodeRequest } from './png-worker';

/** Turns SVG documents into PNG files at a pixel ratio; `close` frees what it holds. */
export type PngEncoder = {
	encode(svg: string, width: number, height: number, pixelRatio: number): Promise<Blob>;
	concurrency: number;
	close(): void;
};

/**
 * An encoder for `images` images that draws each SVG on the main thread (only the page can decode
 * SVG) and encodes the pixels in workers, one per spare core, while the page draws the next. One
 * image has no next to draw: it is encoded on the page, as are all where workers cannot take a
 * canvas.
 */
export function createPngEncoder(images: number): PngEncoder {
	const spare = Math.min(3, Math.max(1, (navigator.hardwareConcurrency || 2) - 1), images - 1);
	const pool = canEncodeInWorker() ? Array.from({ length: Math.max(0, spare) }, startWorker) : [];
	return {
		/**
		 * How many images are worth having in flight: one drawing and one decoding (which mostly
		 * waits for the browser's image loader) while each worker encodes.
		 */
		concurrency: pool.length + 2,
		async encode(svg, width, height, pixelRatio) {
			const w = Math.round(width * pixelRatio);
			const h = Math.round(height * pixelRatio);
			const image = await decodeSvg(svg, width, height);
			let bitmap: ImageBitmap;
			try {
				if (pool.length === 0) return await whileFramesRun(encodeOnPage(image.element, w, h));
				bitmap = draw(image.element, w, h).transferToImageBitmap();
			} finally {
				image.release();
			}
			const idlest = pool.reduce((a, b) => (b.waiting() < a.waiting() ? b : a));
			return idlest.encode(bitmap);
		},
		close: () => pool.forEach((worker) => worker.close())
	};
}

function canEncodeInWorker(): boolean {
	return (
		typeof Worker !== 'undefined' &&
		typeof OffscreenCanvas !== 'undefined' &&
		'transferToImageBitmap' in OffscreenCanvas.prototype
	);
}

function startWorker() {
	const worker = new Worker(new URL('./png-worker.ts', import.meta.url), { type: 'module' });
	const waiting = new Map<number, { resolve: (blob: Blob) => void; reject: (e: Error) => void }>();
	let next = 0;
	worker.onmessage = ({ data }: MessageEvent<EncodeReply>) => {
		const job = waiting.get(data.id);
		waiting.delete(data.id);
		if ('blob' in data) job?.resolve(data.blob);
		else job?.reject(new Error(data.error));
	};
	worker.onerror = (event) => {
		event.preventDefault();
		for (const job of waiting.values()) job.reject(new Error('the image encoder stopped'));
		waiting.clear();
	};
	return {
		waiting: () => waiting.size,
		encode(bitmap: ImageBitmap): Promise<Blob> {
			const id = next++;
			return new Promise<Blob>((resolve, reject) => {
				waiting.set(id, { resolve, reject });
				const request: EncodeRequest = { id, bitmap };
				worker.postMessage(request, [bitmap]);
			});
		},
		close: () => worker.terminate()
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
