import { describe, expect, test } from 'vitest';
import { comparisonFrom } from './fixtures';
import { formatProblem, validate } from './validate';

const draft = () =>
	comparisonFrom({
		text: 'Alpha says the sky is green. Beta says the sky is blue.',
		sides: [
			{ id: 'alpha', label: 'Alpha' },
			{ id: 'beta', label: 'Beta' }
		],
		dimensions: [{ id: 'colour', label: 'Colour' }],
		claims: [
			{
				id: 'green',
				side: 'alpha',
				dimension: 'colour',
				text: 'Green.',
				quotes: ['the sky is green']
			},
			{ id: 'blue', side: 'beta', dimension: 'colour', text: 'Blue.', quotes: ['the sky is blue'] }
		]
	});

/** Problems as the lines a person reads. */
const lines = (problems: ReturnType<typeof validate>) => problems.map(formatProblem);

describe('validate, with no file in sight', () => {
	test('a sound draft has no problems', () => {
		const { comparison, source } = draft();
		expect(validate(comparison, source)).toEqual([]);
	});

	test('a schema problem names the claim and the field', () => {
		const { comparison, source } = draft();
		const bad = {
			...comparison,
			claims: [{ ...comparison.claims[0]!, text: '  ' }, comparison.claims[1]]
		};
		expect(lines(validate(bad, source))).toEqual([
			'claim "green" › claims[0].text: must not be empty'
		]);
	});

	test('a quote edited away says what was found instead', () => {
		const { comparison, source } = draft();
		const edited = { ...source, text: source.text.replace('sky is blue', 'sky is bleu') };
		expect(lines(validate(comparison, edited))).toEqual([
			expect.stringMatching(
				/^claim "blue" › claims\[1\]\.anchors\[0\]\.quote\.exact: "the sky is blue" not found; closest match "the sky is ble[^"]*" at \d+–\d+ \(score 0\.\d\d\)$/
			)
		]);
	});

	test('unknown sides and dimensions are named; without a source anchors are not checked', () => {
		const { comparison } = draft();
		const claims = comparison.claims.map((c, i) =>
			i === 0 && c.voice === 'side' ? { ...c, side: 'gamma', dimension: 'shade' } : c
		);
		expect(lines(validate({ ...comparison, claims }))).toEqual([
			'claim "green" › claims[0].side: unknown side "gamma" (sides: alpha, beta)',
			'claim "green" › claims[0].dimension: unknown dimension "shade" (dimensions: colour)',
			'side "alpha" › sides[0]: this side has no claims'
		]);
	});

	test('a file name, when the catalog adds one, leads the line', () => {
		expect(
			formatProblem({ file: 'data/x.json', item: 'claim "a"', field: 'text', message: 'm' })
		).toBe('data/x.json claim "a" › text: m');
		expect(formatProblem({ field: 'id', message: 'm' })).toBe('id: m');
	});
});
