import { describe, expect, it } from 'vitest';
import { findQuote, foldTypography, isUnique, lineColumn, occurrences } from './find';

const text = 'He said “yes”. Then he said “yes” again – twice.\nThe end.';

describe('findQuote', () => {
	it('describes a unique quote with the text’s own characters', () => {
		const result = findQuote(text, 'Then he said');
		expect(result.kind).toBe('found');
		if (result.kind !== 'found') return;
		const { quote, position } = result.anchor;
		expect(text.slice(position.start, position.end)).toBe('Then he said');
		expect(quote.exact).toBe('Then he said');
		expect(quote.prefix).toBe('He said “yes”. ');
		expect(result.folded).toBe(false);
	});

	it('matches straight quotes and hyphens against typographic ones, keeping the source’s', () => {
		const result = findQuote(text, '"yes" again - twice');
		expect(result.kind).toBe('found');
		if (result.kind !== 'found') return;
		expect(result.anchor.quote.exact).toBe('“yes” again – twice');
		expect(result.folded).toBe(true);
	});

	it('requires an occurrence number when the quote is ambiguous, and honours it', () => {
		const ambiguous = findQuote(text, 'said “yes”');
		expect(ambiguous).toEqual({ kind: 'ambiguous', occurrences: [3, 23] });
		const second = findQuote(text, 'said “yes”', 2);
		expect(second.kind).toBe('found');
		if (second.kind !== 'found') return;
		expect(second.anchor.position.start).toBe(23);
		expect(isUnique(text, second.anchor)).toBe(true);
		expect(findQuote(text, 'said “yes”', 3).kind).toBe('bad-occurrence');
	});

	it('reports an absent quote with the longest beginning that does occur', () => {
		expect(findQuote(text, 'Then he shouted')).toEqual({
			kind: 'absent',
			longestPrefix: 'Then he s'
		});
	});

	it('normalises the quote to NFC like the text', () => {
		const result = findQuote('café au lait', 'cafe\u0301');
		expect(result.kind).toBe('found');
	});
});

describe('helpers', () => {
	it('folds one unit for one, so offsets survive', () => {
		expect(foldTypography(text)).toHaveLength(text.length);
		expect(occurrences('aaa', 'aa')).toEqual([0, 1]);
		expect(lineColumn(text, text.indexOf('The end'))).toEqual({ line: 2, column: 1 });
	});
});
