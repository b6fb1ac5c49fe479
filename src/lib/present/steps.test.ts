import { describe, expect, test } from 'vitest';
import { classroomModel, modelFrom } from '../model/fixtures';
import { claimOf } from '../model/select';
import {
	cardsAcross,
	continuedRows,
	MAX_ACROSS,
	parseStep,
	presentSteps,
	rowParts,
	rowTitle,
	stepAfterKey,
	stepClaimIds,
	type Step
} from './steps';

const model = classroomModel();

/** A compact description of a step, to compare whole presentations at a glance. */
function describeStep(step: Step): string {
	if (step.kind === 'framing') return `framing: ${stepClaimIds(model, step).join(' ')}`;
	if (step.kind !== 'row') return step.kind;
	const prompts = step.row.prompts.join(',');
	return `${step.row.id}: ${stepClaimIds(model, step).join(' ')}${prompts ? ` ?${prompts}` : ''}`;
}

/** A side's claim and the author's account of the same side, on one row. */
const accountModel = modelFrom({
	sides: [{ id: 'north', label: 'North' }],
	dimensions: [{ id: 'first', label: 'First' }],
	claims: [
		{
			id: 'north-trust',
			side: 'north',
			dimension: 'first',
			text: 'Trust.',
			quotes: ['North says']
		},
		{
			id: 'north-as-told',
			account: 'north',
			dimension: 'first',
			text: 'The writer on North.',
			quotes: ['North needs trust']
		}
	]
});

describe('presentSteps', () => {
	test.each(['grid', 'sequence'] as const)(
		'%s: a title, one step per dimension row in order, the framing of no row, a final step',
		(layout) => {
			expect(presentSteps(classroomModel(layout)).map(describeStep)).toEqual([
				'title',
				'order: russia-trust russia-then us-ceasefire author-cowboy ?why-order',
				'ground: us-ground',
				'framing: author-hockey',
				'final'
			]);
		}
	);

	test('no framing step when all of the author’s framing sits on rows', () => {
		const model = classroomModel();
		const kinds = presentSteps({ ...model, framingElsewhere: [] }).map((s) => s.kind);
		expect(kinds).toEqual(['title', 'row', 'row', 'final']);
	});

	test('a row keeps every side as a cell, even one with nothing on that row', () => {
		const model = classroomModel();
		const ground = presentSteps(model)[2];
		expect(
			ground?.kind === 'row' &&
				ground.row.cells.map((c) => [model.sides[c.side]!.id, c.claims.length])
		).toEqual([
			['russia', 0],
			['us', 1]
		]);
	});

	test('cells carry their side’s palette index', () => {
		const row = presentSteps(classroomModel())[1];
		expect(row?.kind === 'row' && row.row.cells.map((c) => c.side)).toEqual([0, 1]);
	});

	test('the final step holds every prompt, with or without a dimension', () => {
		const final = presentSteps(classroomModel()).at(-1);
		expect(final?.kind === 'final' && final.prompts).toEqual(['why-order', 'general']);
	});

	test('author framing never sits in a side’s cell; an account only in its own side’s', () => {
		for (const m of [model, accountModel]) {
			for (const step of presentSteps(m)) {
				if (step.kind !== 'row') continue;
				for (const cell of step.row.cells) {
					expect(
						cell.claims.every((id) => {
							const voice = claimOf(m, id)!.voice;
							return voice.kind !== 'framing' && voice.side === cell.side;
						})
					).toBe(true);
				}
			}
		}
	});

	test('with the author’s words switched off, a step shows only the sides’ own claims', () => {
		const [, order, , framing] = presentSteps(model);
		expect(stepClaimIds(model, order!, false)).toEqual([
			'russia-trust',
			'russia-then',
			'us-ceasefire'
		]);
		expect(stepClaimIds(model, framing!, false)).toEqual([]);
		const [, row] = presentSteps(accountModel);
		expect(stepClaimIds(accountModel, row!)).toEqual(['north-trust', 'north-as-told']);
		expect(stepClaimIds(accountModel, row!, false)).toEqual(['north-trust']);
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

describe('a row too tall for one screen', () => {
	const row = model.rows.find((r) => stepClaimIds(model, { kind: 'row', row: r }).length >= 2)!;
	const whole = stepClaimIds(model, { kind: 'row', row });

	test('continues over the steps asked for, every claim once and in order, titled “…, n of N”', () => {
		const parts = rowParts(model, row, 2);
		expect(parts).toHaveLength(2);
		expect(parts.map((p) => rowTitle(p))).toEqual([`${row.label}, 1 of 2`, `${row.label}, 2 of 2`]);
		const shown = parts.flatMap((p) => stepClaimIds(model, p));
		expect([...shown].sort()).toEqual([...whole].sort());
		for (const part of parts) expect(stepClaimIds(model, part).length).toBeGreaterThan(0);
	});

	test('never makes more steps than its longest column has claims', () => {
		const longest = Math.max(row.framing.length, ...row.cells.map((c) => c.claims.length));
		expect(rowParts(model, row, 99)).toHaveLength(longest);
		expect(rowParts(model, row, 1)).toEqual([{ kind: 'row', row }]);
	});

	test('the deck counts the continued steps, and keeps the others as they were', () => {
		const plain = presentSteps(model);
		const continued = presentSteps(model, new Map([[row.id, 2]]));
		expect(continued).toHaveLength(plain.length + 1);
		expect(continued.at(-1)).toEqual(plain.at(-1));
	});

	test('a row gets more steps as far as it overflows, never fewer', () => {
		expect(continuedRows(new Map(), new Map([[row.id, 1.3]]))).toEqual(new Map([[row.id, 2]]));
		expect(continuedRows(new Map([[row.id, 2]]), new Map([[row.id, 1.6]]))).toEqual(
			new Map([[row.id, 4]])
		);
		expect(continuedRows(new Map([[row.id, 3]]), new Map([[row.id, 0.5]]))).toEqual(
			new Map([[row.id, 3]])
		);
	});
});
