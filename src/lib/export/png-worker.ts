/**
 * Encodes drawn pages as PNG off the main thread. A canvas's own encoder on the main thread runs
 * in that thread's idle time, so every image waited for the next one's drawing; here the page
 * draws image n + 1 while this worker encodes image n.
 */
export type EncodeRequest = { id: number; bitmap: ImageBitmap };
export type EncodeReply = { id: number; blob: Blob } | { id: number; error: string };

const reply = (message: EncodeReply) => self.postMessage(message);

self.onmessage = async ({ data }: MessageEvent<EncodeRequest>) => {
	const { id, bitmap } = data;
	try {
		const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
		const context = canvas.getContext('bitmaprenderer');
		if (!context)
			throw new Error(`the browser refused a ${bitmap.width} × ${bitmap.height} canvas`);
		context.transferFromImageBitmap(bitmap);
		reply({ id, blob: await canvas.convertToBlob({ type: 'image/png' }) });
	} catch (error) {
		reply({ id, error: error instanceof Error ? error.message : String(error) });
	}
};
