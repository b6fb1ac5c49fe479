// In the browser (the component project): PNGs come out at the pixel ratio with the SVG's own
// pixels, whether a worker encodes them (several images) or the page does (one).
import { describe, expect, test } from 'vitest';
import { createPngEncoder } from './rasterize';

const svg = (fill: string) =>
	`<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30"><rect width="40" height="30" fill="#fff"/><rect x="10" y="5" width="20" height="20" fill="${fill}"/></svg>`;

/** The PNG's size and the colour of its centre pixel. */
async function read(blob: Blob) {
	expect(blob.type).toBe('image/png');
	const bitmap = await createImageBitmap(blob);
	const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
	const context = canvas.getContext('2d')!;
	context.drawImage(bitmap, 0, 0);
	const [r, g, b] = context.getImageData(bitmap.width / 2, bitmap.height / 2, 1, 1).data;
	return { width: bitmap.width, height: bitmap.height, centre: [r, g, b] };
}

describe('createPngEncoder', () => {
	test('several images: each at 2×, each its own picture, in order', async () => {
		const fills = ['#ff0000', '#00ff00', '#0000ff', '#ffff00', '#ff00ff'];
		const encoder = createPngEncoder(fills.length);
		expect(encoder.concurrency).toBeGreaterThanOrEqual(3);
		const pngs = await Promise.all(fills.map((f) => encoder.encode(svg(f), 40, 30, 2)));
		const images = await Promise.all(pngs.map(read));
		expect(images.map((p) => [p.width, p.height])).toEqual(fills.map(() => [80, 60]));
		expect(images.map((p) => p.centre)).toEqual([
			[255, 0, 0],
			[0, 255, 0],
			[0, 0, 255],
			[255, 255, 0],
			[255, 0, 255]
		]);
	});

	test('one image is encoded on the page, at its pixel ratio', async () => {
		const encoder = createPngEncoder(1);
		expect(encoder.concurrency).toBe(2);
		const png = await read(await encoder.encode(svg('#ff0000'), 40, 30, 1.5));
		expect([png.width, png.height, ...png.centre]).toEqual([60, 45, 255, 0, 0]);
	});

	test('an SVG the browser cannot draw is reported in words', async () => {
		const encoder = createPngEncoder(2);
		await expect(encoder.encode('<svg', 40, 30, 2)).rejects.toThrow(
			'the browser could not draw the image (SVG decoding failed)'
		);
	});
});
