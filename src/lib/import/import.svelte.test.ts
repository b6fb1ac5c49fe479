import { zipSync, strToU8 } from 'fflate';
import { describe, expect, test } from 'vitest';
import { commands } from 'vitest/browser';
import { importText } from './index';

declare module 'vitest/browser' {
	interface BrowserCommands {
		printPdf: (html: string, running?: boolean) => Promise<string>;
	}
}

/** A text this test knows, in paragraphs; the second page starts at the fourth. */
const paragraphs = [
	'The school board met on Tuesday to decide whether the library should stay open in the evenings.',
	'Supporters said that students without a quiet place at home need the evening hours, and that the cost is small compared with the benefit to those who use them most.',
	'Opponents answered that the budget is already stretched, and that the counterintelligence of spreadsheets shows evening visits falling every year since the new study hall opened.',
	'The board asked both sides to bring figures to the next meeting.',
	'A decision is expected before the winter break, after a public consultation that will run for three weeks.'
];

function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
	return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}

/** Whitespace folded inside each paragraph, paragraphs kept apart. */
function paragraphsOf(text: string): string[] {
	return text.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim());
}

describe('a PDF made by Chromium', () => {
	test('imports as the known text, paragraph by paragraph, without header, footer or page numbers', async () => {
		const html = `<!doctype html><html lang="en"><body style="font: 12pt/1.45 serif">${paragraphs
			.map(
				(p, i) =>
					`<p style="margin: 0 0 1em;${i === 3 ? 'break-before: page' : ''}">${p.replace('counterintelligence', 'counter&shy;intelligence')}</p>`
			)
			.join('')}</body></html>`;
		const pdf = bytesOf(await commands.printPdf(html));
		const progress: string[] = [];
		const result = await importText(
			new File([pdf], 'board.pdf', { type: 'application/pdf' }),
			({ done, total }) => progress.push(`${done}/${total}`)
		);
		expect(result.ok ? '' : result.message).toBe('');
		if (!result.ok) return;
		expect(paragraphsOf(result.text)).toEqual(paragraphs);
		expect(progress).toEqual(['1/2', '2/2']);
		expect(result.text).toBe(result.text.normalize('NFC'));
	}, 60_000);

	test('a PDF with no text says it looks like a scanned image', async () => {
		const pdf = bytesOf(
			await commands.printPdf('<div style="width:200px;height:300px;background:#333"></div>', false)
		);
		const result = await importText(new File([pdf], 'scan.pdf'));
		expect(result.ok ? '' : result.message).toMatch(/no text in it: it looks like a scanned image/);
	});

	test('a file that only claims to be a PDF says so', async () => {
		const result = await importText(new File(['%PDF-1.7 not really'], 'broken.pdf'));
		expect(result.ok ? '' : result.message).toMatch(/not a PDF that can be read/);
		const other = await importText(new File(['plain words'], 'notes.pdf'));
		expect(other.ok ? '' : other.message).toMatch(/notes\.pdf is not a PDF/);
	});
});

/** A minimal .docx: the parts Word needs for a document of these paragraphs. */
function docx(body: string[]): Uint8Array<ArrayBuffer> {
	const w = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
	const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
	const runs = (p: string) => {
		// Two runs, one bold, as Word writes a paragraph with formatting inside it.
		const cut = p.indexOf(' ') + 1;
		return `<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${escape(p.slice(0, cut))}</w:t></w:r><w:r><w:t>${escape(p.slice(cut))}</w:t></w:r>`;
	};
	const zip = zipSync({
		'[Content_Types].xml': strToU8(
			'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
		),
		'_rels/.rels': strToU8(
			'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
		),
		'word/document.xml': strToU8(
			`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${w}"><w:body>${body.map((p) => `<w:p>${runs(p)}</w:p>`).join('')}</w:body></w:document>`
		)
	});
	return new Uint8Array(zip);
}

describe('a Word file written by the test', () => {
	test('imports as the known text, paragraph by paragraph', async () => {
		const result = await importText(new File([docx(paragraphs)], 'board.docx'));
		expect(result.ok ? '' : result.message).toBe('');
		if (result.ok) expect(paragraphsOf(result.text)).toEqual(paragraphs);
	});

	test('a zip that is not a Word document says so', async () => {
		const zip = new Uint8Array(zipSync({ 'notes.txt': strToU8('hello') }));
		const result = await importText(new File([zip], 'notes.docx'));
		expect(result.ok ? '' : result.message).toMatch(/not a Word document that can be read/);
	});

	test('other files are named and refused', async () => {
		const result = await importText(new File(['x'], 'essay.doc'));
		expect(result.ok ? '' : result.message).toMatch(/older Word file: save it as \.docx/);
	});
});
