import { describe, expect, test } from 'vitest';
import {
	cardsAcross,
	lanes,
	MAX_ACROSS,
	parseStep,
	presentSteps,
	promptOrder,
	stepAfterKey,
	stepClaimIds,
	type Step
} from './steps';
import { fixtureView } from './test-fixture';

/** A compact description of a step, to compare whole presentations at a glance. */
function describeStep(step: Step): string {
	if (step.kind === 'framing') return `framing: ${stepClaimIds(step).join(' ')}`;
	if (step.kind !== 'row') return step.kind;
	const prompts = step.prompts.map((p) => p.id).join(',');
	return `${step.dimension.id}: ${stepClaimIds(step).join(' ')}${prompts ? ` ?${prompts}` : ''}`;
}

describe('presentSteps', () => {
	test.each(['grid', 'sequence'] as const)(
		'%s: a title, one step per dimension row in order, the framing of no row, a final step',
		(layout) => {
			expect(presentSteps(fixtureView(layout)).map(describeStep)).toEqual([
				'title',
				'order: russia-trust russia-then us-ceasefire author-cowboy ?why-order',
				'ground: us-ground',
				'framing: author-hockey',
				'final'
			]);
		}
	);

	test('no framing step when all of the author’s framing sits on rows', () => {
		const view = fixtureView();
		const kinds = presentSteps({ ...view, authorElsewhere: [] }).map((s) => s.kind);
		expect(kinds).toEqual(['title', 'row', 'row', 'final']);
	});

	test('a row keeps every side as a cell, even one with nothing on that row', () => {
		const ground = presentSteps(fixtureView())[2];
		expect(ground?.kind === 'row' && ground.cells.map((c) => [c.side.id, c.claims.length])).toEqual(
			[
				['russia', 0],
				['us', 1]
			]
		);
	});

	test('cells carry their side’s palette index', () => {
		const row = presentSteps(fixtureView())[1];
		expect(row?.kind === 'row' && row.cells.map((c) => c.sideIndex)).toEqual([0, 1]);
	});

	test('the final step holds every prompt, with or without a dimension', () => {
		const final = presentSteps(fixtureView()).at(-1);
		expect(final?.kind === 'final' && final.prompts.map((p) => p.id)).toEqual([
			'why-order',
			'general'
		]);
	});

	test('author framing never sits in a side’s cell', () => {
		for (const step of presentSteps(fixtureView())) {
			if (step.kind !== 'row') continue;
			for (const cell of step.cells) {
				expect(cell.claims.every((c) => c.voice === 'side' && c.side === cell.side.id)).toBe(true);
			}
		}
	});
});

describe('lanes', () => {
	test('each side’s step numbers in order, with the rows they are on', () => {
		expect(
			lanes(fixtureView('sequence')).map((l) => [
				l.side.id,
				l.stops.map((s) => `${s.step}@${s.dimensions.join('+')}`)
			])
		).toEqual([
			['russia', ['1@order', '2@order']],
			['us', ['1@order', '2@ground']]
		]);
	});

	test('claims without a step are in no lane, and a side with none has no lane', () => {
		const view = fixtureView('sequence');
		const unstepped = {
			...view,
			rows: view.rows.map((row) => ({
				...row,
				cells: row.cells.map((cell) => ({
					...cell,
					claims: cell.claims.map((c) =>
						c.side === 'us'
							? { ...c, step: undefined }
							: c.id === 'russia-then'
								? { ...c, step: 1 }
								: c
					)
				}))
			}))
		};
		expect(lanes(unstepped).map((l) => [l.side.id, l.stops])).toEqual([
			['russia', [{ step: 1, dimensions: ['order'] }]]
		]);
	});
});

describe('parseStep', () => {
	test.each([
		{ param: '3', count: 5, expected: 3 },
		{ param: '1', count: 5, expected: 1 },
		{ param: '9', count: 5, expected: 5 },
		{ param: '0', count: 5, expected: 1 },
		{ param: '-2', count: 5, expected: 1 },
		{ param: 'two', count: 5, expected: 1 },
		{ param: '2.5', count: 5, expected: 1 },
		{ param: null, count: 5, expected: 1 }
	])('?step=$param of $count → $expected', ({ param, count, expected }) => {
		expect(parseStep(param, count)).toBe(expected);
	});
});

describe('stepAfterKey', () => {
	test.each([
		{ key: 'ArrowRight', from: 2, expected: 3 },
		{ key: ' ', from: 2, expected: 3 },
		{ key: 'PageDown', from: 2, expected: 3 },
		{ key: 'ArrowLeft', from: 2, expected: 1 },
		{ key: 'PageUp', from: 2, expected: 1 },
		{ key: 'Home', from: 3, expected: 1 },
		{ key: 'End', from: 2, expected: 5 },
		{ key: 'ArrowRight', from: 5, expected: 5 },
		{ key: 'PageUp', from: 1, expected: 1 },
		{ key: 'Enter', from: 2, expected: undefined },
		{ key: 'a', from: 2, expected: undefined }
	])('$key from $from of 5 → $expected', ({ key, from, expected }) => {
		expect(stepAfterKey({ key }, from, 5)).toBe(expected);
	});

	test('Shift+Space goes back', () => {
		expect(stepAfterKey({ key: ' ', shiftKey: true }, 3, 5)).toBe(2);
	});
});

describe('promptOrder', () => {
	test('row prompts in row order first, general prompts after, each group in file order', () => {
		const view = fixtureView();
		const shuffled = {
			...view,
			comparison: {
				...view.comparison,
				prompts: [
					{ id: 'general-1', text: 'a' },
					{ id: 'ground-1', text: 'b', dimension: 'ground' },
					{ id: 'order-1', text: 'c', dimension: 'order' },
					{ id: 'general-2', text: 'd' },
					{ id: 'order-2', text: 'e', dimension: 'order' }
				]
			}
		};
		expect(promptOrder(shuffled).map((p) => p.id)).toEqual([
			'order-1',
			'order-2',
			'ground-1',
			'general-1',
			'general-2'
		]);
	});
});

describe('cardsAcross', () => {
	test.each([
		{ counts: [2, 1], expected: [2, 1] },
		{ counts: [3], expected: [3] },
		{ counts: [5], expected: [3] },
		{ counts: [1, 3], expected: [1, 3] },
		{ counts: [2, 2, 2], expected: [2, 1, 1] },
		{ counts: [3, 3], expected: [2, 2] },
		{ counts: [1, 1, 1, 1], expected: [1, 1, 1, 1] },
		{ counts: [2, 1, 1, 1], expected: [1, 1, 1, 1] }
	])('$counts claims → $expected across', ({ counts, expected }) => {
		const across = cardsAcross(counts);
		expect(across).toEqual(expected);
		expect(across.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(
			Math.max(MAX_ACROSS, counts.length)
		);
	});
});
