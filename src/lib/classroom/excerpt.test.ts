import { describe, expect, test } from 'vitest';
import { excerptsFor, quoteMarks, quoteParts, quotedPassages } from './excerpt';
import { classroomModel } from '../model/fixtures';

const model = classroomModel();

/** An excerpt as text with each focused run in [brackets: claims]. */
function render(claimIds: string[], from = model): string[] {
	return excerptsFor(from, claimIds).map((e) =>
		e.parts.map((p) => (p.claims.length ? `[${p.text}: ${p.claims.join(' ')}]` : p.text)).join('')
	);
}

describe('excerptsFor', () => {
	test('widens a quote to the sentence around it', () => {
		expect(render(['us-ceasefire'])).toEqual([
			'The Americans, however, say that [a ceasefire comes first: us-ceasefire].'
		]);
	});

	test('merges adjacent sentences of one passage and marks only the claims in focus', () => {
		expect(render(['russia-trust', 'us-ceasefire'])).toEqual([
			'[The Russian side believes that trust must come first: russia-trust]. ' +
				'The Americans, however, say that [a ceasefire comes first: us-ceasefire].'
		]);
	});

	test('overlapping quotes split into runs listing every focused claim', () => {
		expect(render(['russia-trust', 'russia-then'])).toEqual([
			'[The Russian side believes that : russia-trust][trust must come first: russia-trust russia-then].'
		]);
	});

	test('sentences apart stay separate excerpts, in source order', () => {
		expect(render(['us-ground', 'author-cowboy', 'russia-trust'])).toEqual([
			'[The Russian side believes that trust must come first: russia-trust].',
			'[Nobody has found common ground: us-ground].',
			'The White House acted in its [“cowboy” fashion: author-cowboy].'
		]);
	});

	test('a passage without sentence bounds is shown whole', () => {
		const unsplit = { ...model, passages: model.passages.map((p) => ({ ...p, sentences: [] })) };
		expect(render(['author-hockey'], unsplit)).toEqual([
			'[Hockey may help: author-hockey]. The White House acted in its “cowboy” fashion.'
		]);
	});

	test('unknown claims give nothing', () => {
		expect(render(['nope'])).toEqual([]);
	});
});

describe('quotedPassages', () => {
	test.each([
		{ claim: 'russia-trust', expected: [{ before: false, after: false }] },
		{ claim: 'us-ceasefire', expected: [{ before: true, after: false }] },
		{ claim: 'russia-then', expected: [{ before: true, after: false }] },
		{ claim: 'author-cowboy', expected: [{ before: true, after: false }] },
		{ claim: 'author-hockey', expected: [{ before: false, after: false }] }
	])('$claim is cut where its sentence goes on', ({ claim, expected }) => {
		expect(quotedPassages(model, claim).map(({ before, after }) => ({ before, after }))).toEqual(
			expected
		);
	});

	test('keeps the exact quote and flags a quote cut before its sentence ends', () => {
		const cut = {
			...model,
			claims: [
				{
					...model.claims[0]!,
					id: 'cut',
					anchors: [
						{
							status: 'exact' as const,
							start: 26,
							end: 48,
							quote: model.claims[0]!.anchors[0]!.quote.slice(0, 22),
							passage: 'p1',
							target: 26
						}
					]
				}
			]
		};
		expect(quotedPassages(cut, 'cut')).toEqual([
			{ text: 'The Russian side belie', before: false, after: true }
		]);
	});

	test('an unknown claim quotes nothing', () => {
		expect(quotedPassages(model, 'nope')).toEqual([]);
	});
});

test('quoteParts puts a quote in quotation marks with its ellipses, the words marked', () => {
	expect(quoteParts({ text: 'trust first', before: true, after: false }, 'c')).toEqual([
		{ text: '“…', claims: [] },
		{ text: 'trust first', claims: ['c'] },
		{ text: '”', claims: [] }
	]);
});

test.each([
	{ text: '“We have studied this,”', before: false, expected: '“We have studied this,”' },
	{ text: '"I am not against it,"', before: false, expected: '"I am not against it,"' },
	{ text: 'speaking about “a force.”', before: true, expected: '…speaking about “a force.”' },
	{ text: '“hockey diplomacy” can help', before: false, expected: '“hockey diplomacy” can help' },
	{ text: 'the parents’ say', before: true, expected: '“…the parents’ say”' },
	{ text: 'trust first', before: true, expected: '“…trust first”' }
])('a quote with quotation marks of its own gets no more: $text', ({ text, before, expected }) => {
	const parts = quoteParts({ text, before, after: false }, 'c');
	expect(parts.map((p) => p.text).join('')).toBe(expected);
	expect(parts[1]).toEqual({ text, claims: ['c'] });
	expect(quoteMarks(text).open === '').toBe(expected.startsWith(text) || expected.startsWith('…'));
});
