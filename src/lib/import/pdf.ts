/**
 * PDF → running text with pdf.js. Loaded only when a PDF is opened; pdf.js parses in its own
 * worker, so a long file does not freeze the page.
 */
import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { rebuildText, type Line } from './paragraphs.ts';
import type { ImportResult, Progress } from './index.ts';

GlobalWorkerOptions.workerSrc = workerUrl;

/** The text of a PDF, page by page, with its title when the file names one. */
export async function importPdf(data: ArrayBuffer, onProgress?: Progress): Promise<ImportResult> {
	let document;
	try {
		document = await getDocument({ data: new Uint8Array(data), verbosity: 0 }).promise;
	} catch (error) {
		const name = (error as Error).name;
		if (name === 'PasswordException') {
			return {
				ok: false,
				message:
					'This PDF is protected by a password. Open it, save a copy without the password, and choose that copy.'
			};
		}
		return { ok: false, message: 'This file is not a PDF that can be read (it may be damaged).' };
	}
	try {
		const pages: Line[][] = [];
		for (let n = 1; n <= document.numPages; n++) {
			const page = await document.getPage(n);
			const height = page.view[3]! - page.view[1]!;
			const content = await page.getTextContent();
			pages.push(
				linesOf(
					content.items.filter((i): i is TextItem => 'str' in i),
					height
				)
			);
			onProgress?.({ done: n, total: document.numPages });
		}
		const text = rebuildText(pages);
		if (text.trim() === '') {
			return {
				ok: false,
				message:
					'This PDF has no text in it: it looks like a scanned image. Run it through text recognition (OCR) first, or paste the text.'
			};
		}
		const info = (await document.getMetadata()).info as { Title?: unknown } | undefined;
		const title =
			typeof info?.Title === 'string' && info.Title.trim() ? info.Title.trim() : undefined;
		return { ok: true, text, title };
	} finally {
		await document.destroy();
	}
}

/** Groups a page's text pieces into lines, top to bottom, spacing pieces that stand apart. */
function linesOf(items: TextItem[], pageHeight: number): Line[] {
	const lines: (Line & { right: number })[] = [];
	for (const item of items) {
		if (item.str === '' && !item.hasEOL) continue;
		const [, , , , x, y] = item.transform as number[];
		const top = pageHeight - y!;
		const height = item.height || Math.abs((item.transform as number[])[3]!);
		const line = lines.at(-1);
		if (line && Math.abs(line.top - top) < Math.max(height, 1) / 2) {
			const apart = x! - line.right > height * 0.15;
			const spaced = /\s$/.test(line.text) || /^\s/.test(item.str);
			line.text += (apart && !spaced ? ' ' : '') + item.str;
			line.right = x! + item.width;
		} else if (item.str.trim() !== '') {
			lines.push({ text: item.str, top, left: x!, height, right: x! + item.width });
		}
	}
	return lines
		.sort((a, b) => a.top - b.top)
		.map(({ text, top, left, height }) => ({ text, top, left, height }));
}
