import { describe, expect, test } from 'vitest';
import {
	AUTHOR_CHOICE,
	choiceForKey,
	hidePhrases,
	hideSpeakers,
	namesIn,
	parseQuestion,
	quizChoices,
	quizItems,
	scoreQuiz,
	sideNames,
	speakerWords
} from './quiz';
import { classroomModel, modelFrom } from '../model/fixtures';

const model = classroomModel();

/** A news report: one side's claim, the reporter's account of that side, the reporter's framing. */
const report = modelFrom({
	text: 'Board member Lee Hartman said the buses cost too much. Hartman is weary, the hall noted.',
	source: { kind: 'news' },
	sides: [
		{
			id: 'hartman',
			label: 'Board member Hartman',
			who: 'Lee Hartman, a member of the board.',
			hide: ['a member of the board']
		}
	],
	dimensions: [{ id: 'buses', label: 'Buses' }],
	claims: [
		{
			id: 'hartman-cost',
			side: 'hartman',
			dimension: 'buses',
			attribution: 'Board member Lee Hartman said',
			text: 'The buses cost too much.',
			quotes: ['Board member Lee Hartman said the buses cost too much']
		},
		{
			id: 'hartman-weary',
			account: 'hartman',
			dimension: 'buses',
			text: 'The reporter calls Hartman weary.',
			quotes: ['Hartman is weary']
		},
		{ id: 'hall', text: 'The hall noted it.', quotes: ['the hall noted'] }
	]
});

describe('quizChoices', () => {
	test('the sides in order, then the author’s own words when the comparison has some', () => {
		expect(quizChoices(model).map((c) => [c.id, c.label, c.voice])).toEqual([
			['russia', 'Russia', { kind: 'side', side: 0 }],
			['us', 'United States', { kind: 'side', side: 1 }],
			[AUTHOR_CHOICE, 'The author’s own words', { kind: 'framing' }]
		]);
	});

	test('the author’s choice takes the source’s word: a news report has a reporter', () => {
		expect(quizChoices(report).map((c) => c.label)).toEqual([
			'Board member Hartman',
			'The reporter’s own words'
		]);
	});

	test('no author option when there are none of the author’s words', () => {
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

	test('the author’s account of a side is scored as the author’s words, never the side’s', () => {
		expect(
			quizItems(report, 3)
				.map((i) => `${i.claim.id}=${i.answer}`)
				.sort()
		).toEqual([`hall=${AUTHOR_CHOICE}`, `hartman-cost=hartman`, `hartman-weary=${AUTHOR_CHOICE}`]);
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

describe('the names a side is known by', () => {
	test.each([
		{
			line: 'Keith Kellogg, “the second US presidential special envoy”.',
			names: ['Keith Kellogg', 'Keith', 'Kellogg']
		},
		{ line: 'The Russian side believes', names: ['Russian'] },
		{ line: 'Unnamed Western publications, as the article reports them.', names: ['Western'] },
		{ line: 'Board member Lee Hartman', names: ['Board', 'Lee Hartman', 'Lee', 'Hartman'] },
		{ line: 'Russia and the US together', names: ['Russia'] },
		{ line: 'Russia’s needs', names: ['Russia'] },
		{ line: 'Some diplomatic sources', names: [] }
	])('$line → $names', ({ line, names }) => {
		expect(namesIn(line)).toEqual(names);
	});

	test('a side’s names come from its label and its who line', () => {
		expect(sideNames({ label: 'Kellogg', who: 'Keith Kellogg, an envoy.' })).toEqual([
			'Kellogg',
			'Keith Kellogg',
			'Keith'
		]);
	});
});

describe('speakerWords', () => {
	test('the attribution without editorial notes, every side’s label and hide list, and names', () => {
		const claim = model.claims.find((c) => c.id === 'us-ceasefire')!;
		const noted = { ...claim, attribution: 'They recalled (whose inference is unclear)' };
		expect(speakerWords(claim, model)).toEqual({
			phrases: ['The Americans, however, say', 'Russia', 'United States'],
			names: ['Russia', 'Russian', 'United States', 'United', 'States', 'Americans']
		});
		expect(speakerWords(noted, model).phrases[0]).toBe('They recalled');
	});

	test('the author’s words have no attribution, only the sides’ names', () => {
		const claim = model.claims.find((c) => c.id === 'author-cowboy')!;
		expect(speakerWords(claim, model).phrases).toEqual(['Russia', 'United States']);
	});

	test('a question names no side: not by label, name, role or attribution', () => {
		const show = (id: string) =>
			hideSpeakers(report.claims.find((c) => c.id === id)!.anchors[0]!.quote, {
				...speakerWords(
					report.claims.find((c) => c.id === id)!,
					report
				)
			})
				.map((p) => (p.hidden ? '[…]' : p.text))
				.join('');
		expect(show('hartman-cost')).toBe('[…] the buses cost too much');
		expect(show('hartman-weary')).toBe('[…] is weary');
	});

	test('names hide only where capitalised; labels, roles and attributions in any case', () => {
		const words = { phrases: ['a member of the board'], names: ['Board'] };
		const show = (text: string) =>
			hideSpeakers(text, words)
				.map((p) => (p.hidden ? `[${p.text}]` : p.text))
				.join('');
		expect(show('Board member, A member of the board, the school board')).toBe(
			'[Board] member, [A member of the board], the school board'
		);
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

	test('a long label is escaped and bounded: it hides itself and costs no more', () => {
		const long = `${'(a+)+'.repeat(30)}b`;
		expect(show(`x ${long} y`, [long])).toBe(`x [${long}] y`);
		expect(show('x'.repeat(300), ['x'.repeat(250)])).toBe('x'.repeat(300));
		const many = Array.from({ length: 500 }, (_, i) => `name${i}`);
		expect(
			hidePhrases('name1 and name499', many).filter((p) => p.hidden).length
		).toBeLessThanOrEqual(2);
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
