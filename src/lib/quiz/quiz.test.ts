import { describe, expect, test } from 'vitest';
import {
	AUTHOR_CHOICE,
	choiceForKey,
	parseQuestion,
	quizChoices,
	quizItems,
	scoreQuiz,
	hidePhrases,
	speakerPhrases
} from './quiz';
import { classroomModel } from '../model/fixtures';

const model = classroomModel();

describe('quizChoices', () => {
	test('the sides in order, then the author’s framing when the comparison has some', () => {
		expect(quizChoices(model).map((c) => [c.id, c.voice])).toEqual([
			['russia', { kind: 'side', side: 0 }],
			['us', { kind: 'side', side: 1 }],
			[AUTHOR_CHOICE, { kind: 'author' }]
		]);
	});

	test('no author option when there is no author framing', () => {
		const sidesOnly = { ...model, claims: model.claims.filter((c) => c.voice.kind === 'side') };
		expect(quizChoices(sidesOnly).map((c) => c.id)).toEqual(['russia', 'us']);
	});
});

describe('quizItems', () => {
	test('every claim once; a side’s claim is answered by its side, framing by the author', () => {
		const items = quizItems(model, 5);
		expect(items.map((i) => `${i.claim.id}=${i.answer}`).sort()).toEqual([
			`author-cowboy=${AUTHOR_CHOICE}`,
			`author-hockey=${AUTHOR_CHOICE}`,
			'russia-then=russia',
			'russia-trust=russia',
			'us-ceasefire=us',
			'us-ground=us'
		]);
	});

	test('the same seed replays the same order; seeds differ in order', () => {
		const order = (seed: number) => quizItems(model, seed).map((i) => i.claim.id);
		expect(order(77)).toEqual(order(77));
		const orders = new Set(Array.from({ length: 20 }, (_, seed) => order(seed).join()));
		expect(orders.size).toBeGreaterThan(10);
	});
});

describe('scoreQuiz', () => {
	const items = quizItems(model, 1);
	const byId = Object.fromEntries(items.map((i) => [i.claim.id, i.answer]));

	test.each([
		{ answers: {}, expected: { correct: 0, answered: 0, total: 6 } },
		{ answers: { 'russia-trust': 'russia' }, expected: { correct: 1, answered: 1, total: 6 } },
		{ answers: { 'russia-trust': 'us' }, expected: { correct: 0, answered: 1, total: 6 } },
		{
			answers: { 'author-cowboy': 'us', 'us-ground': 'us', 'author-hockey': AUTHOR_CHOICE },
			expected: { correct: 2, answered: 3, total: 6 }
		},
		{ answers: byId, expected: { correct: 6, answered: 6, total: 6 } },
		{ answers: { 'not-a-claim': 'us' }, expected: { correct: 0, answered: 0, total: 6 } }
	])('$answers → $expected', ({ answers, expected }) => {
		expect(scoreQuiz(items, answers)).toEqual(expected);
	});
});

describe('choiceForKey', () => {
	const choices = quizChoices(model);
	test.each([
		{ key: '1', expected: 'russia' },
		{ key: '2', expected: 'us' },
		{ key: '3', expected: AUTHOR_CHOICE },
		{ key: '4', expected: undefined },
		{ key: '0', expected: undefined },
		{ key: 'a', expected: undefined },
		{ key: '12', expected: undefined }
	])('$key → $expected', ({ key, expected }) => {
		expect(choiceForKey(key, choices)).toBe(expected);
	});
});

describe('speakerPhrases', () => {
	test('the attribution without editorial notes, and every side label', () => {
		const claim = model.claims.find((c) => c.id === 'us-ceasefire')!;
		const noted = { ...claim, attribution: 'They recalled (whose inference is unclear)' };
		expect(speakerPhrases(claim, model)).toEqual([
			'The Americans, however, say',
			'Russia',
			'United States'
		]);
		expect(speakerPhrases(noted, model)[0]).toBe('They recalled');
	});

	test('author framing has no attribution, only the side labels', () => {
		const claim = model.claims.find((c) => c.id === 'author-cowboy')!;
		expect(speakerPhrases(claim, model)).toEqual(['Russia', 'United States']);
	});
});

describe('hidePhrases', () => {
	const show = (text: string, phrases: string[]) =>
		hidePhrases(text, phrases)
			.map((p) => (p.hidden ? `[${p.text}]` : p.text))
			.join('');

	test.each([
		{
			text: 'The Russian side believes that trust must come first',
			phrases: ['The Russian side believes', 'Russia'],
			expected: '[The Russian side believes] that trust must come first'
		},
		{
			text: 'the first thing Russia needs is a return of US-Russian relations',
			phrases: ['Russia'],
			expected: 'the first thing [Russia] needs is a return of US-Russian relations'
		},
		{
			text: 'some diplomatic sources say that the talks showed',
			phrases: ['Some diplomatic sources say', 'Some diplomatic sources'],
			expected: '[some diplomatic sources say] that the talks showed'
		},
		{
			text: 'Keith Kellogg, says Kiev will not; Kellogg proposed',
			phrases: ['Kellogg says', 'Kellogg', 'Witkoff'],
			expected: 'Keith [Kellogg], says Kiev will not; [Kellogg] proposed'
		},
		{
			text: 'Kelloggs (a+b)',
			phrases: ['Kellogg', 'a+b'],
			expected: 'Kelloggs ([a+b])'
		},
		{ text: 'nothing to hide', phrases: [], expected: 'nothing to hide' }
	])('$text', ({ text, phrases, expected }) => {
		expect(show(text, phrases)).toBe(expected);
	});

	test('hidden and shown parts put together give the text back', () => {
		const text = 'Russia believes that Russia and the US differ.';
		expect(
			hidePhrases(text, ['Russia believes', 'Russia'])
				.map((p) => p.text)
				.join('')
		).toBe(text);
	});
});

describe('parseQuestion', () => {
	test.each([
		{ param: '2', expected: 2 },
		{ param: '7', expected: 7 },
		{ param: '8', expected: 7 },
		{ param: '0', expected: 1 },
		{ param: 'x', expected: 1 },
		{ param: null, expected: 1 }
	])('?q=$param of 6 → $expected', ({ param, expected }) => {
		expect(parseQuestion(param, 6)).toBe(expected);
	});
});
