import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';

/**
 * Packs exported images into one .zip. Browsers keep only the first few of many downloads started
 * at once (Chromium about ten) and say nothing, so several images always go as one file. PNGs are
 * stored as they are (already compressed); SVGs are deflated. One file at a time, reading each
 * blob in its own task, so a deck of hundreds of images never holds the tab for long.
 */
export async function zipFiles(files: readonly { name: string; blob: Blob }[]): Promise<Blob> {
	// Each file's bytes become a Blob of their own as soon as it is packed: a Blob made of Blobs
	// copies nothing, where one made of hundreds of arrays copied 150 MB in one task at the end.
	const parts: Blob[] = [];
	let chunks: Uint8Array<ArrayBuffer>[] = [];
	const flush = () => {
		if (chunks.length > 0) parts.push(new Blob(chunks));
		chunks = [];
	};
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
		flush();
	}
	zip.end();
	if (failure) throw failure;
	flush();
	return new Blob(parts, { type: 'application/zip' });
}
