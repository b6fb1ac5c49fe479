/** Word (.docx) → running text with mammoth; loaded only when a Word file is opened. */
import mammoth from 'mammoth';
import { normalizeText } from '../anchoring/index.ts';
import type { ImportResult } from './index.ts';

/** The paragraphs of a .docx as plain text; mammoth leaves headers, footers and page numbers out. */
export async function importDocx(data: ArrayBuffer): Promise<ImportResult> {
	let raw: string;
	try {
		raw = (await mammoth.extractRawText({ arrayBuffer: data })).value;
	} catch {
		return {
			ok: false,
			message:
				'This file is not a Word document that can be read (.docx). An older .doc file must be saved as .docx first.'
		};
	}
	const text = normalizeText(
		raw
			.split(/\n{2,}/)
			.map((p) => p.replace(/\s+/g, ' ').trim())
			.filter((p) => p !== '')
			.join('\n\n')
	);
	if (text === '') return { ok: false, message: 'This Word document has no text in it.' };
	return { ok: true, text };
}
