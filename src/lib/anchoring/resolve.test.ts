import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import type { Anchor } from './selectors';
import { splitPassages } from '../source/passages';
import {
	CONTEXT_LENGTH,
	describeRange,
	MIN_FUZZY_SCORE,
	normalizeText,
	resolveAnchor,
	type Resolution,
	type TextRange
} from './index';

const here = fileURLToPath(new URL('.', import.meta.url));
const fixtures = join(here, 'fixtures');
const seed = normalizeText(
	readFileSync(join(here, '../../../data/sources/izvestia-2025-04-14-p3.txt'), 'utf8')
);

type Range = [min: number, max: number];
type Expected = {
	note: string;
	status: Resolution['status'];
	start?: number;
	end?: number;
	/** What text.slice(start, end) of the resolution must be. */
	text?: string;
	score?: Range;
	candidates?: TextRange[];
	/** null: orphaned without a closest match. */
	closest?: { text?: string; start?: number; end?: number; score: Range } | null;
};

const cases = readdirSync(fixtures, { withFileTypes: true })
	.filter((d) => d.isDirectory())
	.map((d) => d.name)
	.sort();

const read = (name: string, file: string) => readFileSync(join(fixtures, name, file), 'utf8');

function expectIn(value: number, [min, max]: Range) {
	expect(value).toBeGreaterThanOrEqual(min);
	expect(value).toBeLessThanOrEqual(max);
}

describe('resolveAnchor fixtures', () => {
	test('the fixture folder is found', () => {
		expect(cases.length).toBeGreaterThanOrEqual(20);
	});

	test.each(cases)('%s', (name) => {
		const text = normalizeText(read(name, 'source.txt'));
		const anchor = JSON.parse(read(name, 'selectors.json')) as Anchor;
		const expected = JSON.parse(read(name, 'expected.json')) as Expected;
		const r = resolveAnchor(text, anchor);

		expect(r.status, expected.note).toBe(expected.status);
		if (r.status === 'exact' || r.status === 'moved' || r.status === 'fuzzy') {
			if (expected.start !== undefined) expect(r.start).toBe(expected.start);
			if (expected.end !== undefined) expect(r.end).toBe(expected.end);
			if (expected.text !== undefined) expect(text.slice(r.start, r.end)).toBe(expected.text);
		}
		if (r.status === 'fuzzy') {
			expect(expected.score, 'a fuzzy fixture states its score range').toBeDefined();
			expectIn(r.score, expected.score!);
		}
		if (r.status === 'ambiguous') expect(r.candidates).toEqual(expected.candidates);
		if (r.status === 'orphaned') {
			if (expected.closest === null) {
				expect(r.closest).toBeUndefined();
			} else {
				expect(r.closest).toBeDefined();
				const closest = r.closest!;
				expect(closest.text).toBe(text.slice(closest.start, closest.end));
				expectIn(closest.score, expected.closest!.score);
				if (expected.closest!.text !== undefined) expect(closest.text).toBe(expected.closest!.text);
				if (expected.closest!.start !== undefined)
					expect(closest.start).toBe(expected.closest!.start);
				if (expected.closest!.end !== undefined) expect(closest.end).toBe(expected.closest!.end);
			}
		}
	});

	test('the seed fixtures are byte-exact excerpts of the seed', () => {
		const excerpts = [
			'exact-curly-double-quotes',
			'exact-apostrophe-at-paragraph-end',
			'exact-en-dash',
			'exact-non-breaking-hyphen',
			'fuzzy-typo-fixed',
			'whole-text'
		];
		for (const name of excerpts) expect(seed, name).toContain(read(name, 'source.txt').trimEnd());
		const typography = excerpts.map((name) => read(name, 'source.txt')).join('');
		for (const ch of ['\u201c', '\u201d', '\u2019', '\u2013', '\u2011']) {
			expect(typography).toContain(ch);
		}
	});
});

describe('resolveAnchor over the whole seed', () => {
	const sentences = splitPassages(seed).flatMap((p) => p.sentences);

	test('every sentence anchor made by describeRange resolves exactly where it was made', () => {
		for (const s of sentences) {
			expect(resolveAnchor(seed, describeRange(seed, s.start, s.end))).toEqual({
				status: 'exact',
				start: s.start,
				end: s.end
			});
		}
	});

	test('a sentence inserted before each anchor moves it by the inserted length', () => {
		const inserted = 'A sentence was added here. ';
		for (const s of sentences) {
			const edited = seed.slice(0, s.start) + inserted + seed.slice(s.start);
			expect(resolveAnchor(edited, describeRange(seed, s.start, s.end))).toEqual({
				status: 'moved',
				start: s.start + inserted.length,
				end: s.end + inserted.length
			});
		}
	});

	test('a changed character inside each sentence gives a fuzzy match at the same place', () => {
		for (const s of sentences) {
			const k = s.start + Math.floor((s.end - s.start) / 2);
			const edited = seed.slice(0, k) + '#' + seed.slice(k + 1);
			const r = resolveAnchor(edited, describeRange(seed, s.start, s.end));
			expect(r).toEqual({
				status: 'fuzzy',
				start: s.start,
				end: s.end,
				score: 1 - 1 / (s.end - s.start)
			});
		}
	});

	test('deleting each sentence orphans its anchor, far below the threshold', () => {
		// Justifies MIN_FUZZY_SCORE: what survives of a deleted sentence scores ≤ 0.6 here.
		let highest = 0;
		for (const s of sentences) {
			const edited = seed.slice(0, s.start) + seed.slice(s.end);
			const r = resolveAnchor(edited, describeRange(seed, s.start, s.end));
			expect(r.status).toBe('orphaned');
			if (r.status === 'orphaned') highest = Math.max(highest, r.closest?.score ?? 0);
		}
		expect(highest).toBeGreaterThan(0);
		expect(highest).toBeLessThan(0.6);
		expect(highest).toBeLessThan(MIN_FUZZY_SCORE);
	});
});

describe('resolveAnchor edge cases', () => {
	const text = 'alpha beta gamma. alpha beta delta.';
	const anchor = (exact: string, start: number, prefix = '', suffix = ''): Anchor => ({
		quote: { type: 'TextQuoteSelector', exact, prefix, suffix },
		position: { type: 'TextPositionSelector', start, end: start + exact.length }
	});

	test('a short quote at the start of a text stays exact when the sentence after it is edited', () => {
		const before = 'North says trust comes first.\nSouth wants the shelling to stop by winter.';
		const made = describeRange(before, 11, 28);
		expect(resolveAnchor('North says trust comes first.\nRain fell.', made)).toEqual({
			status: 'exact',
			start: 11,
			end: 28
		});
	});

	test('a position past the end of the text falls back to searching', () => {
		expect(resolveAnchor(text, anchor('gamma', 500))).toEqual({
			status: 'moved',
			start: 11,
			end: 16
		});
	});

	test('a quote shorter than five characters never matches fuzzily', () => {
		expect(resolveAnchor(text, anchor('gamme', 11)).status).toBe('fuzzy');
		expect(resolveAnchor(text, anchor('gamx', 11)).status).toBe('orphaned');
	});

	test('minScore widens or narrows what counts as fuzzy', () => {
		const a = anchor('gammaxx', 11, 'alpha beta ', '. alpha');
		expect(resolveAnchor(text, a).status).toBe('orphaned');
		expect(resolveAnchor(text, a, { minScore: 0.7 })).toMatchObject({ status: 'fuzzy', start: 11 });
		expect(resolveAnchor(text, anchor('gamme', 11, 'alpha beta '), { minScore: 1 }).status).toBe(
			'orphaned'
		);
	});

	test.each([0, -0.5, 1.5, NaN])('rejects minScore %s', (minScore) => {
		expect(() => resolveAnchor(text, anchor('gamma', 11), { minScore })).toThrow(RangeError);
	});

	test('the suffix picks between two occurrences whose prefixes agree', () => {
		expect(resolveAnchor(text, anchor('alpha beta', 400, '', ' delta'))).toEqual({
			status: 'moved',
			start: 18,
			end: 28
		});
	});

	test('a fuzzy match with the same quote edits at two places is ambiguous', () => {
		const twice = 'We said beta gamma here. We said beta gamma here.';
		const r = resolveAnchor(twice, anchor('beta gammx', 24));
		expect(r).toEqual({
			status: 'ambiguous',
			candidates: [
				{ start: 8, end: 18 },
				{ start: 33, end: 43 }
			]
		});
	});

	test('finds an edited quote and an orphan inside a 100 KB text', () => {
		const words = seed.split(/\s+/);
		let filler = '';
		for (let i = 0; filler.length < 50_000; i++) filler += words[(i * 7919) % words.length] + ' ';
		const big = `${filler}\n${seed}\n${filler}`;
		const offset = filler.length + 1;
		const s = splitPassages(seed)[10]!;
		const a = describeRange(seed, s.start, s.end);
		const mid = offset + s.start + 400;
		const edited = big.slice(0, mid) + ' some inserted words ' + big.slice(mid);
		const r = resolveAnchor(edited, a);
		const deleted = big.slice(0, offset + s.start) + big.slice(offset + s.end);
		const r2 = resolveAnchor(deleted, a);
		expect(r).toMatchObject({ status: 'fuzzy', start: offset + s.start });
		expect(r2.status).toBe('orphaned');
	});
});

describe('normalizeText', () => {
	test.each([
		['CRLF to LF', 'a\r\nb\r\n', 'a\nb\n'],
		['lone CR to LF', 'a\rb', 'a\nb'],
		['decomposed é to composed', 'cafe\u0301', 'caf\u00e9'],
		['decomposed й to composed', '\u0438\u0306', '\u0439'],
		['curly quotes and apostrophe kept', '“cowboy” countries’', '“cowboy” countries’'],
		['en dash kept', 'downs – from', 'downs – from'],
		['non-breaking hyphen kept (NFC, not NFKC)', 'pp. 3\u20117', 'pp. 3\u20117'],
		['no-break space kept', 'a\u00a0b', 'a\u00a0b'],
		['empty', '', '']
	])('%s', (_, input, output) => {
		expect(normalizeText(input)).toBe(output);
	});

	test('is idempotent on the seed', () => {
		expect(normalizeText(seed)).toBe(seed);
	});
});

describe('describeRange', () => {
	const text = 'From Izvestia, April 14, 2025, p. 3. Complete text:';
	test.each([
		['middle, short context', 15, 23, 5, 'tia, ', 'April 14', ', 202'],
		['start of text: prefix empty', 0, 4, 5, '', 'From', ' Izve'],
		['end of text: suffix empty', 46, 51, 4, 'ete ', 'text:', ''],
		['context wider than the text', 5, 13, 100, 'From ', 'Izvestia', text.slice(13)]
	])('%s', (_, start, end, context, prefix, exact, suffix) => {
		expect(describeRange(text, start, end, context)).toEqual({
			quote: { type: 'TextQuoteSelector', exact, prefix, suffix },
			position: { type: 'TextPositionSelector', start, end }
		});
	});

	test(`keeps ${CONTEXT_LENGTH} characters of context by default`, () => {
		const a = describeRange(seed, 1000, 1010);
		expect(a.quote.prefix).toBe(seed.slice(1000 - CONTEXT_LENGTH, 1000));
		expect(a.quote.suffix).toBe(seed.slice(1010, 1010 + CONTEXT_LENGTH));
	});

	test.each([
		['empty range', 3, 3],
		['reversed range', 5, 2],
		['negative start', -1, 2],
		['end past the text', 40, 52]
	])('rejects %s', (_, start, end) => {
		expect(() => describeRange(text, start, end)).toThrow(RangeError);
	});
});
