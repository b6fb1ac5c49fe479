import { readFile } from 'node:fs/promises';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** One page of a PDF: its size in points and its text in drawing order, one line per line. */
export type PdfPage = { width: number; height: number; text: string };

/**
 * Reads a PDF with pdf.js (an npm package, so no system tool is needed). Text comes in the order
 * the page draws it, which is the document's: cards side by side stay whole instead of
 * interleaving line by line.
 */
export async function readPdf(file: string): Promise<PdfPage[]> {
	const data = new Uint8Array(await readFile(file));
	const document = await getDocument({ data, verbosity: 0 }).promise;
	try {
		const pages: PdfPage[] = [];
		for (let n = 1; n <= document.numPages; n++) {
			const page = await document.getPage(n);
			const [x0, y0, x1, y1] = page.view as [number, number, number, number];
			const content = await page.getTextContent();
			const text = content.items
				.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : ''))
				.join('');
			// Inter draws ’ and ʼ with one glyph, and the PDF's text map names it ʼ (U+02BC).
			pages.push({
				width: round(x1 - x0),
				height: round(y1 - y0),
				text: text.replace(/\u02bc/g, '’')
			});
		}
		return pages;
	} finally {
		await document.destroy();
	}
}

/** Points to 1/100, as PDF viewers print page sizes. */
function round(n: number): number {
	return Math.round(n * 100) / 100;
}
