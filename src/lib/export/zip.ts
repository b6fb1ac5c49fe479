import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';

/**
 * Packs exported images into one .zip. Browsers keep only the first few of many downloads started
 * at once (Chromium about ten) and say nothing, so several images always go as one file. PNGs are
 * stored as they are (already compressed); SVGs are deflated. One file at a time, reading each
 * blob in its own task, so a deck of hundreds of images never holds the tab for long.
 */
export async function zipFiles(files: readonly { name: string; blob: Blob }[]): Promise<Blob> {
	const chunks: Uint8Array<ArrayBuffer>[] = [];
	let failure: Error | null = null;
	const zip = new Zip((error, chunk) => {
		if (error) failure = error;
		else chunks.push(chunk as Uint8Array<ArrayBuffer>);
	});
	for (const file of files) {
		const bytes = new Uint8Array(await file.blob.arrayBuffer());
		const entry = file.name.endsWith('.png')
			? new ZipPassThrough(file.name)
			: new ZipDeflate(file.name, { level: 6 });
		zip.add(entry);
		entry.push(bytes, true);
		if (failure) throw failure;
	}
	zip.end();
	if (failure) throw failure;
	return new Blob(chunks, { type: 'application/zip' });
}
