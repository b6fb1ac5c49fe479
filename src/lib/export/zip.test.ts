import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from 'vitest';
import { zipFiles } from './zip';

test('every image goes into the .zip under its own name, byte for byte', async () => {
	const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3, 255]);
	const svg = `<svg xmlns="http://www.w3.org/2000/svg">${'<g/>'.repeat(500)}</svg>`;
	const zip = await zipFiles([
		{ name: 'c-slide-2026-12-01-1-of-2.png', blob: new Blob([png]) },
		{ name: 'c-slide-2026-12-01-2-of-2.svg', blob: new Blob([svg]) }
	]);
	expect(zip.type).toBe('application/zip');
	const entries = unzipSync(new Uint8Array(await zip.arrayBuffer()));
	expect(Object.keys(entries)).toEqual([
		'c-slide-2026-12-01-1-of-2.png',
		'c-slide-2026-12-01-2-of-2.svg'
	]);
	expect([...entries['c-slide-2026-12-01-1-of-2.png']!]).toEqual([...png]);
	expect(strFromU8(entries['c-slide-2026-12-01-2-of-2.svg']!)).toBe(svg);
	// The SVG is deflated: the archive is smaller than what it holds.
	expect(zip.size).toBeLessThan(svg.length);
});
