import { describe, expect, test } from 'vitest';
import { buildModel } from './build';
import { classroomModel, classroomText, comparisonFrom } from './fixtures';

describe('lanes of a sequence', () => {
	test('each side’s steps are the step rows it has a claim on, in row order', () => {
		const model = classroomModel('sequence');
		expect(
			model.lanes.map((l) => [
				model.sides[l!.side]!.id,
				l!.stops.map((s) => `${s.step}@${s.rows.join('+')}`)
			])
		).toEqual([
			['russia', ['1@order']],
			['us', ['1@order', '2@ground']]
		]);
		expect(model.claims.map((c) => [c.id, c.step])).toEqual([
			['russia-trust', 1],
			['us-ceasefire', 1],
			['russia-then', 1],
			['us-ground', 2],
			['author-cowboy', undefined],
			['author-hockey', undefined]
		]);
	});

	test('rows without a step are in no lane, accounts are no step, a side with no step has no lane', () => {
		const { comparison, source } = comparisonFrom({
			layout: 'sequence',
			text: classroomText,
			sides: [
				{ id: 'russia', label: 'Russia' },
				{ id: 'us', label: 'United States' }
			],
			dimensions: [
				{ id: 'order', label: 'What comes first', step: 1 },
				{ id: 'ground', label: 'Common ground' }
			],
			claims: [
				{
					id: 'russia-trust',
					side: 'russia',
					dimension: 'order',
					text: 'Trust first.',
					quotes: ['trust must come first']
				},
				{
					id: 'russia-account',
					account: 'us',
					dimension: 'order',
					text: 'The author on the US.',
					quotes: ['Russia and the US differ']
				},
				{
					id: 'us-ground',
					side: 'us',
					dimension: 'ground',
					text: 'None.',
					quotes: ['Nobody has found common ground']
				}
			]
		});
		const model = buildModel(comparison, source);
		expect(model.lanes.map((l) => l && [model.sides[l.side]!.id, l.stops])).toEqual([
			['russia', [{ step: 1, rows: ['order'] }]],
			null
		]);
		expect(model.rows[0]!.cells[1]!.claims).toEqual(['russia-account']);
		expect(model.claims.find((c) => c.id === 'russia-account')!.step).toBeUndefined();
	});
});
