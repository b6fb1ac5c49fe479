import { describe, expect, test } from 'vitest';
import { describeRange } from '../anchoring';
import type { Source } from '../model/schema';
import type { Comparison } from '../model/schema';
import { buildComparisonView } from '../comparison/view';
import { AUTHOR, explorerModel } from './model';

const text = [
	'North says trust comes first. South says a truce comes first.',
	'On May 2 the talks met. The writer thinks neither will move.'
].join('\n');
const anchor = (quote: string) => {
	const start = text.indexOf(quote);
	return describeRange(text, start, start + quote.length);
};
const source: Source = {
	id: 'demo',
	textFile: 'demo.txt',
	publication: 'Demo',
	date: '2025-05-03',
	language: 'en',
	citation: 'Demo, May 3, 2025',
	text
};

function comparison(layout: 'grid' | 'sequence'): Comparison {
	return {
		id: 'order',
		title: 'Order',
		question: 'What comes first?',
		source: 'demo',
		layout,
		sides: [
			{ id: 'north', label: 'North', who: 'The north' },
			{ id: 'south', label: 'South', who: 'The south' }
		],
		dimensions: [
			{ id: 'first', label: 'First' },
			{ id: 'then', label: 'Then' }
		],
		claims: [
			{
				id: 'south-truce',
				voice: 'side',
				side: 'south',
				dimension: 'first',
				step: 1,
				attribution: 'South says',
				text: 'A truce first.',
				anchors: [anchor('a truce comes first')]
			},
			{
				id: 'north-trust',
				voice: 'side',
				side: 'north',
				dimension: 'first',
				step: 1,
				attribution: 'North says',
				text: 'Trust first.',
				anchors: [anchor('trust comes first')]
			},
			{
				id: 'north-then',
				voice: 'side',
				side: 'north',
				dimension: 'then',
				step: 2,
				attribution: 'North says',
				text: 'Then everything else.',
				anchors: [anchor('comes first. South')]
			},
			{
				id: 'writer',
				voice: 'author',
				about: ['north', 'south'],
				dimension: 'first',
				text: 'Neither will move.',
				anchors: [anchor('neither will move')]
			},
			{
				id: 'writer-all',
				voice: 'author',
				text: 'The talks met.',
				anchors: [anchor('the talks met')]
			}
		],
		timeline: [
			{ id: 'later', when: 'later', text: 'Undated.', anchors: [anchor('The writer')] },
			{
				id: 'talks',
				date: '2025-05-02',
				when: 'May 2',
				text: 'Talks.',
				anchors: [anchor('On May 2')]
			}
		],
		prompts: []
	};
}

describe('explorerModel', () => {
	test('grid rows follow the dimensions, side by side, with the author in its own lane', () => {
		const model = explorerModel(buildComparisonView(comparison('grid'), source));
		expect(model.rows).toEqual([
			{
				id: 'first',
				label: 'First',
				description: undefined,
				cells: [
					{ side: 0, claims: ['north-trust'] },
					{ side: 1, claims: ['south-truce'] }
				],
				author: ['writer']
			},
			{
				id: 'then',
				label: 'Then',
				description: undefined,
				cells: [
					{ side: 0, claims: ['north-then'] },
					{ side: 1, claims: [] }
				],
				author: []
			}
		]);
		expect(model.authorElsewhere).toEqual(['writer-all']);
	});

	test('a sequence keeps its dimension rows and gives each side with steps a lane', () => {
		const model = explorerModel(buildComparisonView(comparison('sequence'), source));
		expect(model.rows.map((r) => [r.id, r.cells.map((c) => c.claims), r.author])).toEqual([
			['first', [['north-trust'], ['south-truce']], ['writer']],
			['then', [['north-then'], []], []]
		]);
		expect(model.lanes).toEqual([
			{ first: 0, last: 1 },
			{ first: 0, last: 0 }
		]);
		expect(model.authorElsewhere).toEqual(['writer-all']);
	});

	test('a grid has no lanes, even where claims carry steps', () => {
		const model = explorerModel(buildComparisonView(comparison('grid'), source));
		expect(model.lanes).toEqual([null, null]);
	});

	test('side claims carry their side, step and attribution; author claims never a side', () => {
		const model = explorerModel(buildComparisonView(comparison('grid'), source));
		const byId = new Map(model.claims.map((c) => [c.id, c]));
		expect(byId.get('south-truce')).toMatchObject({
			voice: 'side',
			side: 1,
			step: 1,
			dimension: 'First',
			attribution: 'South says',
			about: []
		});
		expect(byId.get('writer')).toMatchObject({ voice: 'author', about: ['North', 'South'] });
		expect(byId.get('writer')).not.toHaveProperty('side');
		expect(model.sides.map((s) => s.letter)).toEqual(['A', 'B']);
	});

	test('each quote targets the first piece of its own anchor, also where anchors overlap', () => {
		const model = explorerModel(buildComparisonView(comparison('grid'), source));
		const quotes = Object.fromEntries(model.claims.map((c) => [c.id, c.quotes]));
		const at = (s: string) => text.indexOf(s);
		expect(quotes['north-trust']).toEqual([
			{
				start: at('trust'),
				end: at('trust') + 'trust comes first'.length,
				text: 'trust comes first',
				target: at('trust')
			}
		]);
		expect(quotes['north-then']![0]!.target).toBe(at('comes first. South'));
	});

	test('pieces know which sides cover them and whose anchors open there', () => {
		const model = explorerModel(buildComparisonView(comparison('grid'), source));
		const pieces = model.passages.flatMap((p) => p.pieces);
		const piece = (s: string) => pieces.find((p) => p.start === text.indexOf(s))!;
		expect(piece('comes first. South')).toMatchObject({
			claims: ['north-trust', 'north-then'],
			sides: [0],
			opens: [0]
		});
		expect(piece('neither')).toMatchObject({ sides: [], author: true, opens: [AUTHOR] });
		expect(piece('trust')).toMatchObject({ opens: [0] });
	});

	test('the timeline lists dated events by date, then undated ones in text order', () => {
		const model = explorerModel(buildComparisonView(comparison('grid'), source));
		expect(model.timeline.map((e) => [e.id, e.target])).toEqual([
			['talks', text.indexOf('On May 2')],
			['later', text.indexOf('The writer')]
		]);
	});
});
