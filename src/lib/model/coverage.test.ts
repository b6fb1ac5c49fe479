import { describe, expect, test } from 'vitest';
import { coverage, omissions } from './coverage';
import { modelFrom } from './fixtures';

const text = [
	'Russia wants a ceasefire first. The talks went on.',
	'The weather was cold in Riyadh.',
	'Ukraine says territory comes first.',
	'Russia insisted that sanctions be lifted. Ukraine told reporters nothing.'
].join('\n');

const model = modelFrom({ ...modelInput(), text });

describe('coverage', () => {
	test('says per passage which sides and whether the author cite it, and which nothing cites', () => {
		expect(
			coverage(model).map(({ passage, sides, author, claims }) => ({
				passage,
				sides,
				author,
				claims
			}))
		).toEqual([
			{ passage: 'p1', sides: [0], author: true, claims: ['r1', 'f1'] },
			{ passage: 'p2', sides: [], author: false, claims: [] },
			{ passage: 'p3', sides: [1], author: false, claims: ['u1'] },
			{ passage: 'p4', sides: [1], author: false, claims: ['u2'] }
		]);
	});
});

describe('omissions', () => {
	test('a side empty on a row while an uncited sentence reports it is an omission', () => {
		const found = omissions(model, text);
		expect(found).toHaveLength(1);
		const [one] = found;
		expect(one).toMatchObject({ row: 'money', side: 0, kind: 'omission' });
		expect(one!.sentences.map((s) => text.slice(s.start, s.end))).toEqual([
			'Russia insisted that sanctions be lifted.'
		]);
	});

	test('with no such sentence, the row is empty because the text gives nothing', () => {
		const quiet = text.replace(
			'Russia insisted that sanctions be lifted.',
			'Snow fell on the hills today.'
		);
		const m = modelFrom({ ...modelInput(), text: quiet });
		expect(omissions(m, quiet)).toEqual([
			{ row: 'money', side: 0, kind: 'nothing', sentences: [] }
		]);
	});

	test('a sentence naming the side without a reporting verb is no omission', () => {
		const plain = text.replace(
			'Russia insisted that sanctions be lifted.',
			'Russia has cold winters there.'
		);
		const m = modelFrom({ ...modelInput(), text: plain });
		expect(omissions(m, plain)[0]!.kind).toBe('nothing');
	});
});

function modelInput() {
	return {
		sides: [
			{ id: 'russia', label: 'Russia' },
			{ id: 'ukraine', label: 'Ukraine' }
		],
		dimensions: [
			{ id: 'first', label: 'What comes first' },
			{ id: 'money', label: 'Money' }
		],
		claims: [
			{
				id: 'r1',
				side: 'russia',
				dimension: 'first',
				text: 'Ceasefire.',
				quotes: ['Russia wants a ceasefire first.']
			},
			{
				id: 'u1',
				side: 'ukraine',
				dimension: 'first',
				text: 'Land.',
				quotes: ['Ukraine says territory comes first.']
			},
			{ id: 'f1', text: 'Framing.', quotes: ['The talks went on.'] },
			{
				id: 'u2',
				side: 'ukraine',
				dimension: 'money',
				text: 'Nothing.',
				quotes: ['Ukraine told reporters nothing.']
			}
		]
	};
}
