import { describe, expect, test } from 'vitest';
import { parseStep, presentSteps, stepAfterKey, stepClaimIds, type Step } from './steps';
import { fixtureView } from './test-fixture';

/** A compact description of a step, to compare whole presentations at a glance. */
function describeStep(step: Step): string {
	if (step.kind !== 'row') return step.kind;
	const lane = step.lane === undefined ? '' : `#${step.lane}`;
	const prompts = step.prompts.map((p) => p.id).join(',');
	return `${step.dimension.id}${lane}: ${stepClaimIds(step).join(' ')}${prompts ? ` ?${prompts}` : ''}`;
}

describe('presentSteps', () => {
	test('grid: a title, one step per dimension row in order, a final step', () => {
		expect(presentSteps(fixtureView('grid')).map(describeStep)).toEqual([
			'title',
			'order: russia-trust russia-then us-ceasefire author-cowboy ?why-order',
			'ground: us-ground',
			'final'
		]);
	});

	test('sequence: each lane position of a row is its own step; prompts and framing wait for the last', () => {
		expect(presentSteps(fixtureView('sequence')).map(describeStep)).toEqual([
			'title',
			'order#1: russia-trust us-ceasefire',
			'order#2: russia-then author-cowboy ?why-order',
			'ground: us-ground',
			'final'
		]);
	});

	test('sequence steps keep every side as a lane, even one with nothing at that position', () => {
		const steps = presentSteps(fixtureView('sequence'));
		const second = steps[2];
		expect(second?.kind === 'row' && second.cells.map((c) => [c.side.id, c.claims.length])).toEqual(
			[
				['russia', 1],
				['us', 0]
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
		for (const step of presentSteps(fixtureView('sequence'))) {
			if (step.kind !== 'row') continue;
			for (const cell of step.cells) {
				expect(cell.claims.every((c) => c.voice === 'side' && c.side === cell.side.id)).toBe(true);
			}
		}
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
