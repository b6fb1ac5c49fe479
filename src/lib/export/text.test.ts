import { describe, expect, test, vi } from 'vitest';
import { cachedMeasure, cssFont, escapeXml, fakeMeasure, wrapText, type FontSpec } from './text';

// With the fake measure at 10 px, every character is 5 px wide and a space 2.5 px.
const font: FontSpec = { family: 'sans', size: 10, weight: 400, style: 'normal', leading: 1.4 };

describe('wrapText', () => {
	test.each([
		{ text: 'one two three', width: 1000, lines: ['one two three'] },
		// "one two" is 7 chars (35 px) minus a space's 2.5 px: 32.5 px.
		{ text: 'one two three', width: 32.5, lines: ['one two', 'three'] },
		{ text: 'one two three', width: 32.4, lines: ['one', 'two', 'three'] },
		{ text: '  spaced\n\tout  ', width: 1000, lines: ['spaced out'] },
		{ text: 'abcdefghij', width: 20, lines: ['abcd', 'efgh', 'ij'] },
		{ text: '', width: 100, lines: [] }
	])('"$text" in $width px', ({ text, width, lines }) => {
		expect(wrapText(text, width, font, fakeMeasure)).toEqual(lines);
	});

	test('URLs break after slashes and query punctuation, never inside a word', () => {
		const url = 'https://example.org/c/small-sequence/?claim=ru-trust-first&author=0';
		const lines = wrapText(url, 150, font, fakeMeasure, 'url');
		expect(lines.join('')).toBe(url);
		expect(lines.length).toBeGreaterThan(1);
		for (const line of lines) expect(fakeMeasure(line, font)).toBeLessThanOrEqual(150);
		for (const line of lines.slice(0, -1)) expect(line).toMatch(/[/?&=#-]$/);
	});
});

describe('cachedMeasure', () => {
	test('measures each text and font once', () => {
		const measure = vi.fn(fakeMeasure);
		const cached = cachedMeasure(measure);
		cached('abc', font);
		cached('abc', font);
		cached('abc', { ...font, weight: 600 });
		expect(measure).toHaveBeenCalledTimes(2);
	});
});

describe('escapeXml', () => {
	test.each([
		{ text: 'Tom & Jerry', expected: 'Tom &amp; Jerry' },
		{
			text: '</text><script>alert(1)</script>',
			expected: '&lt;/text&gt;&lt;script&gt;alert(1)&lt;/script&gt;'
		},
		{ text: `"cowboy" 'fashion'`, expected: '&quot;cowboy&quot; &apos;fashion&apos;' },
		{ text: 'bell\u0007 and form\u000c feed', expected: 'bell and form feed' },
		{ text: 'lone \ud800 surrogate, pair 😀', expected: 'lone  surrogate, pair 😀' },
		{ text: '“curly” – dash', expected: '“curly” – dash' }
	])('$text', ({ text, expected }) => {
		expect(escapeXml(text)).toBe(expected);
	});
});

test('cssFont names the measuring face first, then fallbacks', () => {
	expect(cssFont({ ...font, family: 'serif', style: 'italic' }, 'Measure Serif')).toBe(
		"italic 400 10px 'Measure Serif', Georgia, 'Times New Roman', serif"
	);
});
