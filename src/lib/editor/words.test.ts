import { describe, expect, it } from 'vitest';
import { sentenceAt, snapToWords, suggestAttribution } from './words';

const text = 'Kellogg says the talks must wait.\nThe plan, he added, is “final”. Nothing else.';
const at = (words: string) => {
	const start = text.indexOf(words);
	return { start, end: start + words.length };
};

describe('snapToWords', () => {
	it('widens a selection that starts and ends inside words to the whole words', () => {
		const start = text.indexOf('ellogg');
		const snapped = snapToWords(text, { start, end: text.indexOf('alks') + 2 });
		expect(text.slice(snapped!.start, snapped!.end)).toBe('Kellogg says the talks');
	});

	it('drops spaces at the edges and keeps punctuation that was selected', () => {
		const snapped = snapToWords(text, { start: text.indexOf(' the'), end: text.indexOf('.') + 1 });
		expect(text.slice(snapped!.start, snapped!.end)).toBe('the talks must wait.');
	});

	it('accepts a selection made backwards', () => {
		const { start, end } = at('must wait');
		expect(snapToWords(text, { start: end - 1, end: start + 1 })).toEqual({ start, end });
	});

	it('gives nothing for a selection of spaces or punctuation only', () => {
		const dot = text.indexOf('.');
		expect(snapToWords(text, { start: dot, end: dot + 2 })).toBeNull();
	});
});

describe('sentenceAt', () => {
	it('ends a sentence at a line break as well as at a full stop', () => {
		const sentence = sentenceAt(text, text.indexOf('talks'));
		expect(text.slice(sentence.start, sentence.end).trim()).toBe(
			'Kellogg says the talks must wait.'
		);
	});
});

describe('suggestAttribution', () => {
	const suggest = (sentence: string, passage: string) => {
		const start = sentence.indexOf(passage);
		return suggestAttribution(sentence, { start, end: start + passage.length });
	};

	it('offers "According to …" before the passage', () => {
		expect(
			suggest('According to Witkoff, a ceasefire comes first.', 'a ceasefire comes first')
		).toBe('According to Witkoff');
	});

	it('offers a speaker and a reporting verb', () => {
		expect(suggest('Kellogg says the talks must wait.', 'the talks must wait')).toBe(
			'Kellogg says'
		);
	});

	it('keeps a "however" between the speaker and the verb, in the text’s own case', () => {
		expect(
			suggest(
				'Moscow wants guarantees; the Americans, however, say a truce must come first.',
				'a truce must come first'
			)
		).toBe('the Americans, however, say');
	});

	it('takes a speaker named by common nouns', () => {
		expect(suggest('The bus company says it would cost more.', 'it would cost more')).toBe(
			'The bus company says'
		);
	});

	it('finds the reporting words after the passage', () => {
		expect(
			suggest('The truce must come first, Kellogg said on Monday.', 'The truce must come first')
		).toBe('Kellogg said');
	});

	it('offers nothing when the sentence has no reporting words', () => {
		expect(
			suggest('The first thing Russia needs is time.', 'Russia needs is time')
		).toBeUndefined();
	});

	it('looks only in the passage’s own sentence', () => {
		expect(suggest('Kellogg says so. The talks must wait.', 'The talks must wait')).toBeUndefined();
	});
});
