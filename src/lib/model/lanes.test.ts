import { describe, expect, test } from 'vitest';
import { buildModel } from './build';
import { classroomModel, classroomText, comparisonFrom } from './fixtures';

describe('lanes of a sequence', () => {
	test('each side’s step numbers in order, with the rows they are on', () => {
		const model = classroomModel('sequence');
		expect(
			model.lanes.map((l) => [
				model.sides[l!.side]!.id,
				l!.stops.map((s) => `${s.step}@${s.rows.join('+')}`)
			])
		).toEqual([
			['russia', ['1@order', '2@order']],
			['us', ['1@order', '2@ground']]
		]);
	});

	test('claims without a step are in no lane, and a side with none has no lane', () => {
		const { comparison, source } = comparisonFrom({
			layout: 'sequence',
			text: classroomText,
			sides: [
				{ id: 'russia', label: 'Russia' },
				{ id: 'us', label: 'United States' }
			],
			dimensions: [
				{ id: 'order', label: 'What comes first' },
				{ id: 'ground', label: 'Common ground' }
			],
			claims: [
				{
					id: 'russia-trust',
					side: 'russia',
					dimension: 'order',
					step: 1,
					text: 'Trust first.',
					quotes: ['trust must come first']
				},
				{
					id: 'russia-then',
					side: 'russia',
					dimension: 'order',
					step: 1,
					text: 'Then.',
					quotes: ['Russia and the US differ']
				},
				{
					id: 'us-ceasefire',
					side: 'us',
					dimension: 'order',
					text: 'A ceasefire.',
					quotes: ['a ceasefire comes first']
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
	});
});
