import { describe, expect, test } from 'vitest';
import { joinLines, rebuildText, type Line } from './paragraphs';

/** Lines as a page draws them: `null` is a blank line's worth of extra space. */
function page(rows: (string | null)[], header?: string, footer?: string): Line[] {
	const lines: Line[] = [];
	let top = 40;
	if (header) lines.push({ text: header, top: 20, left: 72, height: 10 });
	for (const row of rows) {
		if (row === null) top += 8;
		else {
			lines.push({ text: row, top, left: row.startsWith('\t') ? 90 : 72, height: 10 });
			top += 14;
		}
	}
	if (footer) lines.push({ text: footer, top: 760, left: 300, height: 10 });
	return lines;
}

describe('joinLines', () => {
	test('undoes a hyphen that broke a word, keeps one before a capital', () => {
		expect(joinLines(['the nego-', 'tiations went', 'on with pro-', 'Russian media'])).toBe(
			'the negotiations went on with pro- Russian media'
		);
	});
	test('drops soft hyphens and folds spaces', () => {
		expect(joinLines(['hyphen\u00ad', 'ation  and   more'])).toBe('hyphenation and more');
	});
});

describe('rebuildText', () => {
	test('rebuilds paragraphs from line gaps and carries one over a page break', () => {
		const text = rebuildText([
			page([
				'First paragraph, line one',
				'and line two.',
				null,
				'Second paragraph goes',
				'on to the'
			]),
			page(['next page and ends.', null, 'Third.'])
		]);
		expect(text).toBe(
			'First paragraph, line one and line two.\n\nSecond paragraph goes on to the next page and ends.\n\nThird.'
		);
	});

	test('drops running headers, footers and page numbers that repeat on the pages', () => {
		const text = rebuildText([
			page(['One.'], 'The Daily Example — Opinion', 'Page 1 of 3'),
			page(['Two.'], 'The Daily Example — Opinion', 'Page 2 of 3'),
			page(['Three.'], 'The Daily Example — Opinion', '3')
		]);
		expect(text).toBe('One.\n\nTwo.\n\nThree.');
	});

	test('keeps a first line that appears on one page only', () => {
		expect(rebuildText([page(['A heading', null, 'Body.']), page(['More body.'])])).toBe(
			'A heading\n\nBody.\n\nMore body.'
		);
	});

	test('starts a paragraph at an indented line', () => {
		expect(rebuildText([page(['One line ends.', '\tAn indented start', 'goes on.'])])).toBe(
			'One line ends.\n\n\tAn indented start goes on.'.replace('\t', '')
		);
	});
});
