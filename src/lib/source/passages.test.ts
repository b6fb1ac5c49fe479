import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { normalizeText } from '../anchoring';
import { passageAt, splitPassages, type Passage } from './passages';

const seed = normalizeText(
	readFileSync(
		fileURLToPath(new URL('../../../data/sources/izvestia-2025-04-14-p3.txt', import.meta.url)),
		'utf8'
	)
);
const passages = splitPassages(seed);
const sentenceTexts = (text: string, ps: Passage[] = splitPassages(text)) =>
	ps.flatMap((p) => p.sentences.map((s) => text.slice(s.start, s.end)));

describe('splitPassages on the seed', () => {
	test('one passage per line, in order, with ids p1…', () => {
		const lines = seed.split('\n');
		expect(lines).toHaveLength(14);
		expect(passages).toHaveLength(lines.length);
		expect(passages.map((p) => p.id)).toEqual(lines.map((_, i) => `p${i + 1}`));
		passages.forEach((p, i) => expect(seed.slice(p.start, p.end)).toBe(lines[i]));
	});

	test('sentences lie inside their passage, in order, with ids p<n>-s<m>', () => {
		for (const p of passages) {
			expect(p.sentences.length).toBeGreaterThan(0);
			let last = p.start;
			p.sentences.forEach((s, j) => {
				expect(s.id).toBe(`${p.id}-s${j + 1}`);
				expect(s.start).toBeGreaterThanOrEqual(last);
				expect(s.end).toBeGreaterThan(s.start);
				expect(s.end).toBeLessThanOrEqual(p.end);
				expect(seed.slice(s.start, s.end)).toBe(seed.slice(s.start, s.end).trim());
				last = s.end;
			});
			expect(p.sentences[0]!.start).toBe(p.start);
			expect(p.sentences.at(-1)!.end).toBe(p.end);
		}
	});

	test('41 sentences, none broken after an abbreviation', () => {
		const sentences = sentenceTexts(seed, passages);
		expect(sentences).toHaveLength(41);
		for (const s of sentences) expect(s).not.toMatch(/\b(?:St|Feb|Vol|No|pp|p)\.$/);
	});

	test.each([
		['St. Petersburg', 'p9-s3'],
		['Feb. 18 [see Vol. 77, No. 8, pp. 3‑7]', 'p4-s2'],
		['[see Vol. 77, No. 7, pp. 3‑7, and No. 12, pp. 4‑5]', 'p3-s2'],
		['p. 3.', 'p1-s1']
	])('%s stays in one sentence (%s)', (phrase, id) => {
		const at = seed.indexOf(phrase);
		expect(at).toBeGreaterThanOrEqual(0);
		const sentence = passages.flatMap((p) => p.sentences).find((s) => s.id === id)!;
		expect(at).toBeGreaterThanOrEqual(sentence.start);
		expect(at + phrase.length).toBeLessThanOrEqual(sentence.end);
	});

	test('is deterministic', () => {
		expect(splitPassages(seed)).toEqual(passages);
	});
});

describe('splitPassages', () => {
	test('skips blank lines and trims the space around a paragraph', () => {
		const text = '\n  First one. Second one.  \n\n \t\nThird.';
		expect(splitPassages(text)).toEqual([
			{
				id: 'p1',
				start: 3,
				end: 25,
				sentences: [
					{ id: 'p1-s1', start: 3, end: 13 },
					{ id: 'p1-s2', start: 14, end: 25 }
				]
			},
			{ id: 'p2', start: 32, end: 38, sentences: [{ id: 'p2-s1', start: 32, end: 38 }] }
		]);
	});

	test('a paragraph many segmenter windows long splits into the sentences of its parts', () => {
		// The seed's paragraphs that end a sentence, joined into one line 12 times over (about
		// 80 KB): every sentence boundary falls somewhere else relative to the windows the
		// segmenter is given, and each must stay where it is in the paragraph alone.
		const ended = seed.split('\n').filter((l) => /[.!?]$/.test(l));
		expect(ended.length).toBeGreaterThan(10);
		const line = Array.from({ length: 12 }, () => ended.join(' ')).join(' ');
		const [only, ...rest] = splitPassages(line);
		expect(rest).toEqual([]);
		const alone = ended.flatMap((l) => sentenceTexts(l));
		const expected = Array.from({ length: 12 }, () => alone).flat();
		expect(sentenceTexts(line, [only!])).toEqual(expected);
		expect(only!.sentences.at(-1)!.id).toBe(`p1-s${expected.length}`);
	});

	test('a sentence longer than a segmenter window stays one sentence', () => {
		const long = `${'word '.repeat(5000)}end.`;
		expect(sentenceTexts(`${long} Next one.`)).toEqual([long, 'Next one.']);
		const initials = `${'U.S. '.repeat(3000)}done.`;
		expect(sentenceTexts(`${initials} Next one.`)).toEqual([initials, 'Next one.']);
	});

	test('empty text has no passages', () => {
		expect(splitPassages('')).toEqual([]);
		expect(splitPassages('\n \n')).toEqual([]);
	});

	test.each([
		[
			'Ties with the U.S. Senate grew. Then they fell.',
			['Ties with the U.S. Senate grew.', 'Then they fell.']
		],
		['Donald J. Trump spoke. He left.', ['Donald J. Trump spoke.', 'He left.']],
		['He met Dr. Smith. Then he left.', ['He met Dr. Smith.', 'Then he left.']],
		['See No. 7. It was short.', ['See No. 7.', 'It was short.']],
		['The answer was No. Then silence.', ['The answer was No.', 'Then silence.']],
		['Talks ended. No. 12 followed.', ['Talks ended.', 'No. 12 followed.']],
		['They met on Feb. 18. Nothing followed.', ['They met on Feb. 18.', 'Nothing followed.']]
	])('%s', (text, expected) => {
		expect(sentenceTexts(text)).toEqual(expected);
	});
});

describe('passageAt', () => {
	test.each([
		['first character', 0, 'p1'],
		['last character of p1', passages[0]!.end - 1, 'p1'],
		['start of p2', passages[1]!.start, 'p2'],
		['"St. Petersburg"', seed.indexOf('St. Petersburg'), 'p9'],
		['last character', seed.length - 1, 'p14']
	])('%s', (_, offset, id) => {
		expect(passageAt(passages, offset)?.id).toBe(id);
	});

	test.each([
		['the line break after p1', passages[0]!.end],
		['past the end', seed.length],
		['negative', -1]
	])('%s is in no passage', (_, offset) => {
		expect(passageAt(passages, offset)).toBeUndefined();
	});

	test('agrees with a linear scan at every offset', () => {
		for (let offset = -1; offset <= seed.length; offset++) {
			const linear = passages.find((p) => offset >= p.start && offset < p.end);
			expect(passageAt(passages, offset)).toBe(linear);
		}
	});

	test('an empty list has no passage', () => {
		expect(passageAt([], 0)).toBeUndefined();
	});
});
