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
			'side "alpha" › sides[0]: this side has no claims: no claim of its own ("voice": "side") and none of the author\'s words about it'
		]);
	});

	test('the old "author" voice is told what replaced it, in plain words', () => {
		const { comparison, source } = draft();
		const old = {
			id: 'sky',
			voice: 'author',
			text: 'The writer.',
			anchors: comparison.claims[0]!.anchors
		};
		expect(lines(validate({ ...comparison, claims: [...comparison.claims, old] }, source))).toEqual(
			[
				'claim "sky" › claims[2].voice: the "author" voice is gone: use "account" for the author\'s own words about one side (with "about": [that side]), or "framing" for the author\'s own view or framing'
			]
		);
	});

	test('an account is about exactly one known side', () => {
		const { comparison, source } = draft();
		const account = (about: string[]) => ({
			id: 'writer',
			voice: 'account',
			about,
			dimension: 'colour',
			text: 'The writer on Alpha.',
			anchors: comparison.claims[0]!.anchors
		});
		const check = (about: string[]) =>
			lines(validate({ ...comparison, claims: [...comparison.claims, account(about)] }, source));
		expect(check(['alpha'])).toEqual([]);
		expect(check(['alpha', 'beta'])).toEqual([
			'claim "writer" › claims[2].about: must name exactly one side, the one whose column the account shows in; for the author\'s words about several sides or none, use "voice": "framing"'
		]);
		expect(check(['gamma'])).toEqual([
			'claim "writer" › claims[2].about: unknown side "gamma" (sides: alpha, beta)'
		]);
	});

	test('a row may hold only the author’s words, a side only the author’s account of it; none may be empty', () => {
		const { comparison, source } = draft();
		const claims = [
			comparison.claims[0]!,
			{
				id: 'writer',
				voice: 'account' as const,
				about: ['beta'],
				dimension: 'mood',
				text: 'The writer on Beta’s mood.',
				anchors: comparison.claims[1]!.anchors
			}
		];
		const dimensions = [...comparison.dimensions, { id: 'mood', label: 'Mood' }];
		expect(validate({ ...comparison, dimensions, claims }, source)).toEqual([]);
		const empty = [...dimensions, { id: 'empty', label: 'Empty' }];
		expect(lines(validate({ ...comparison, dimensions: empty, claims }, source))).toEqual([
			'dimension "empty" › dimensions[2]: this row has no claims: give it a claim of any voice, or remove it'
		]);
	});

	test('a sequence numbers its step rows 1, 2, … in row order; a grid has none', () => {
		const { comparison, source } = draft();
		const dimensions = (...steps: (number | undefined)[]) =>
			steps.map((step, i) => ({
				id: i === 0 ? 'colour' : `row-${i}`,
				label: `Row ${i}`,
				...(step === undefined ? {} : { step })
			}));
		const claimsOn = (rows: number) =>
			Array.from({ length: rows }, (_, i) => ({
				...comparison.claims[i % 2]!,
				id: `claim-${i}`,
				dimension: i === 0 ? 'colour' : `row-${i}`
			}));
		const check = (layout: 'grid' | 'sequence', ...steps: (number | undefined)[]) =>
			lines(
				validate(
					{
						...comparison,
						layout,
						dimensions: dimensions(...steps),
						claims: claimsOn(steps.length)
					},
					source
				)
			);
		expect(check('sequence', 1, 2, undefined)).toEqual([]);
		expect(check('sequence', 1, undefined, 2)).toEqual([]);
		expect(check('sequence', 2, 1)).toEqual([
			'dimension "colour" › dimensions[0].step: is step 2, but it is the first row with a step: number the step rows 1, 2, … in row order',
			'dimension "row-1" › dimensions[1].step: is step 1, but it is the second row with a step: number the step rows 1, 2, … in row order'
		]);
		expect(check('sequence', undefined, undefined)).toEqual([
			'dimensions: a sequence needs steps: give its step rows "step": 1, 2, … in order (or make the layout "grid")'
		]);
		expect(check('grid', 1, undefined)).toEqual([
			'dimension "colour" › dimensions[0].step: a grid has no steps: remove "step", or make the comparison\'s layout "sequence"'
		]);
	});

	test('a file name, when the catalog adds one, leads the line', () => {
		expect(
			formatProblem({ file: 'data/x.json', item: 'claim "a"', field: 'text', message: 'm' })
		).toBe('data/x.json claim "a" › text: m');
		expect(formatProblem({ field: 'id', message: 'm' })).toBe('id: m');
	});
});
