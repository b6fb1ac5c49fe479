/**
 * Text import: a PDF or a Word file → the plain text a comparison is made over, in the canonical
 * form (`normalizeText`). Each reader loads only when its kind of file is opened.
 */

/** How far a long file has got: pages done of the total. */
export type Progress = (progress: { done: number; total: number }) => void;

/** The text (and the title, when the file names one), or what kept it from being read. */
export type ImportResult =
	{ ok: true; text: string; title?: string } | { ok: false; message: string };

/** Reads the text of a `.pdf` or `.docx` file, telling the kind by its first bytes, then its name. */
export async function importText(file: File, onProgress?: Progress): Promise<ImportResult> {
	const data = await file.arrayBuffer();
	const head = new TextDecoder('latin1').decode(
		new Uint8Array(data, 0, Math.min(5, data.byteLength))
	);
	const name = file.name.toLowerCase();
	if (head.startsWith('%PDF-')) return (await import('./pdf.ts')).importPdf(data, onProgress);
	if (head.startsWith('PK\u0003\u0004') || name.endsWith('.docx')) {
		return (await import('./docx.ts')).importDocx(data);
	}
	if (name.endsWith('.pdf')) {
		return { ok: false, message: `${file.name} is not a PDF (it may be damaged or misnamed).` };
	}
	if (name.endsWith('.doc')) {
		return {
			ok: false,
			message: `${file.name} is an older Word file: save it as .docx (File › Save As) and choose that.`
		};
	}
	return { ok: false, message: `${file.name} is neither a PDF nor a Word (.docx) file.` };
}
