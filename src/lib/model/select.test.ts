import { describe, expect, test } from 'vitest';
import { classroomModel } from './fixtures';
import { claimIndex, placed, promptOrder, sideLabels, voicesOf } from './select';

describe('promptOrder', () => {
	test('row prompts in row order first, general prompts after, each group in file order', () => {
		const model = classroomModel();
		const shuffled = {
			...model,
			prompts: [
				{ id: 'general-1', text: 'a' },
				{ id: 'ground-1', text: 'b', dimension: 'ground' },
				{ id: 'order-1', text: 'c', dimension: 'order' },
				{ id: 'general-2', text: 'd' },
				{ id: 'order-2', text: 'e', dimension: 'order' }
			]
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

describe('lookups', () => {
	test('claims by id, once per model', () => {
		const model = classroomModel();
		expect(claimIndex(model)).toBe(claimIndex(model));
		expect(claimIndex(model).get('us-ground')?.text).toBe('No common ground yet.');
	});

	test('the voices of several claims, the author’s framing first, each once', () => {
		const model = classroomModel();
		expect(voicesOf(model, ['us-ground', 'author-cowboy', 'russia-trust', 'russia-then'])).toEqual([
			{ kind: 'framing' },
			{ kind: 'side', side: 0 },
			{ kind: 'side', side: 1 }
		]);
		expect(sideLabels(model, [1, 0])).toEqual(['United States', 'Russia']);
	});

	test('only anchors that found their place are placed', () => {
		const claim = classroomModel().claims[0]!;
		const lost = {
			...claim,
			anchors: [{ status: 'orphaned' as const, quote: 'gone' }, ...claim.anchors]
		};
		expect(placed(lost)).toEqual(claim.anchors);
	});
});
