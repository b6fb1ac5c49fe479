import { describe, expect, test } from 'vitest';
import { describeRange } from '../anchoring';
import { splitPassages } from '../source/passages';
import { buildModel } from './build';
import { classroomModel, classroomText } from './fixtures';
import type { Comparison, Source } from './schema';
import { dimensionLabel, opensAt, sideLabels, voicesOf } from './select';

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
			{ id: 'first', label: 'First', ...(layout === 'sequence' ? { step: 1 } : {}) },
			{ id: 'then', label: 'Then', ...(layout === 'sequence' ? { step: 2 } : {}) },
			{ id: 'mood', label: 'Mood' }
		],
		claims: [
			{
				id: 'south-truce',
				voice: 'side',
				side: 'south',
				dimension: 'first',
				attribution: 'South says',
				text: 'A truce first.',
				anchors: [anchor('a truce comes first')]
			},
			{
				id: 'north-trust',
				voice: 'side',
				side: 'north',
				dimension: 'first',
				attribution: 'North says',
				text: 'Trust first.',
				anchors: [anchor('trust comes first')]
			},
			{
				id: 'north-then',
				voice: 'side',
				side: 'north',
				dimension: 'then',
				attribution: 'North says',
				text: 'Then everything else.',
				anchors: [anchor('comes first. South')]
			},
			{
				id: 'writer',
				voice: 'framing',
				about: ['north', 'south'],
				dimension: 'first',
				text: 'Neither will move.',
				anchors: [anchor('neither will move')]
			},
			{
				id: 'writer-on-south',
				voice: 'account',
				about: ['south'],
				dimension: 'then',
				text: 'The writer thinks South will not move.',
				anchors: [anchor('The writer thinks')]
			},
			{
				id: 'writer-mood',
				voice: 'account',
				about: ['north'],
				dimension: 'mood',
				text: 'The writer on North’s mood.',
				anchors: [anchor('North says')]
			},
			{
				id: 'writer-all',
				voice: 'framing',
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
		prompts: [{ id: 'why', text: 'Why first?', dimension: 'first' }]
	};
}

describe('buildModel', () => {
	test('grid rows: each side’s column holds its claims and the author’s accounts of it; framing apart', () => {
		const model = buildModel(comparison('grid'), source);
		expect(model.rows).toEqual([
			{
				id: 'first',
				label: 'First',
				description: undefined,
				cells: [
					{ side: 0, claims: ['north-trust'] },
					{ side: 1, claims: ['south-truce'] }
				],
				framing: ['writer'],
				silent: [],
				prompts: ['why']
			},
			{
				id: 'then',
				label: 'Then',
				description: undefined,
				cells: [
					{ side: 0, claims: ['north-then'] },
					{ side: 1, claims: ['writer-on-south'] }
				],
				framing: [],
				silent: [1],
				prompts: []
			},
			{
				id: 'mood',
				label: 'Mood',
				description: undefined,
				cells: [
					{ side: 0, claims: ['writer-mood'] },
					{ side: 1, claims: [] }
				],
				framing: [],
				silent: [0, 1],
				prompts: []
			}
		]);
		expect(model.framingElsewhere).toEqual(['writer-all']);
	});

	test('a sequence takes its steps from its rows, and gives each side with steps a lane', () => {
		const model = buildModel(comparison('sequence'), source);
		expect(model.rows.map((r) => [r.id, r.step, r.cells.map((c) => c.claims), r.framing])).toEqual([
			['first', 1, [['north-trust'], ['south-truce']], ['writer']],
			['then', 2, [['north-then'], ['writer-on-south']], []],
			['mood', undefined, [['writer-mood'], []], []]
		]);
		expect(model.lanes.map((lane) => lane && { first: lane.first, last: lane.last })).toEqual([
			{ first: 0, last: 1 },
			{ first: 0, last: 0 }
		]);
		expect(model.lanes.map((lane) => lane?.stops)).toEqual([
			[
				{ step: 1, rows: ['first'] },
				{ step: 2, rows: ['then'] }
			],
			[{ step: 1, rows: ['first'] }]
		]);
		const steps = Object.fromEntries(model.claims.map((c) => [c.id, c.step]));
		expect(steps).toEqual({
			'south-truce': 1,
			'north-trust': 1,
			'north-then': 2,
			writer: undefined,
			'writer-on-south': undefined,
			'writer-mood': undefined,
			'writer-all': undefined
		});
		expect(model.framingElsewhere).toEqual(['writer-all']);
	});

	test('a grid has no lanes and no steps', () => {
		const model = buildModel(comparison('grid'), source);
		expect(model.lanes).toEqual([null, null]);
		expect(model.claims.filter((c) => c.step !== undefined)).toEqual([]);
		expect(model.rows.map((r) => r.step)).toEqual([undefined, undefined, undefined]);
	});

	test('side claims carry their side and attribution; the author’s words never a side', () => {
		const model = buildModel(comparison('sequence'), source);
		const byId = new Map(model.claims.map((c) => [c.id, c]));
		const truce = byId.get('south-truce')!;
		expect(truce).toMatchObject({
			voice: { kind: 'side', side: 1 },
			step: 1,
			dimension: 'first',
			attribution: 'South says',
			about: []
		});
		expect(dimensionLabel(model, truce.dimension)).toBe('First');
		const writer = byId.get('writer')!;
		expect(writer.voice).toEqual({ kind: 'framing' });
		expect(writer).not.toHaveProperty('attribution');
		expect(sideLabels(model, writer.about)).toEqual(['North', 'South']);
		const account = byId.get('writer-on-south')!;
		expect(account.voice).toEqual({ kind: 'account', side: 1 });
		expect(account.about).toEqual([1]);
		expect(account).not.toHaveProperty('attribution');
		expect(model.sides.map((s) => s.letter)).toEqual(['A', 'B']);
	});

	test('each claim is in the model once, and rows name claims by id only', () => {
		const model = buildModel(comparison('grid'), source);
		expect(model.claims.map((c) => c.id)).toEqual(comparison('grid').claims.map((c) => c.id));
		const json = JSON.stringify(model);
		for (const claim of model.claims) {
			expect(json.split(JSON.stringify(claim.text)).length - 1, claim.id).toBe(1);
		}
	});

	test('each anchor targets the first piece of its own range, also where anchors overlap', () => {
		const model = buildModel(comparison('grid'), source);
		const anchors = Object.fromEntries(model.claims.map((c) => [c.id, c.anchors]));
		const at = (s: string) => text.indexOf(s);
		expect(anchors['north-trust']).toEqual([
			{
				status: 'exact',
				start: at('trust'),
				end: at('trust') + 'trust comes first'.length,
				quote: 'trust comes first',
				passage: 'p1',
				target: at('trust')
			}
		]);
		expect(anchors['north-then']![0]).toMatchObject({ target: at('comes first. South') });
	});

	test('pieces know which voices cover them and whose links open there', () => {
		const model = buildModel(comparison('grid'), source);
		const pieces = model.passages.flatMap((p) => p.pieces);
		const piece = (s: string) => pieces.find((p) => p.start === text.indexOf(s))!;
		const shared = piece('comes first. South');
		expect(shared.claims).toEqual(['north-trust', 'north-then']);
		expect(voicesOf(model, shared.claims)).toEqual([{ kind: 'side', side: 0 }]);
		expect(opensAt(model, shared.start)).toEqual([{ kind: 'side', side: 0 }]);
		expect(voicesOf(model, piece('neither').claims)).toEqual([{ kind: 'framing' }]);
		expect(opensAt(model, piece('neither').start)).toEqual([{ kind: 'framing' }]);
		expect(opensAt(model, piece('North says').start)).toEqual([{ kind: 'account', side: 0 }]);
		expect(opensAt(model, piece('trust').start)).toEqual([{ kind: 'side', side: 0 }]);
	});

	test('passages keep the sentences the text was split into', () => {
		const model = buildModel(comparison('grid'), source);
		expect(model.passages.map((p) => p.sentences)).toEqual(
			splitPassages(text).map((p) => p.sentences.map(({ start, end }) => ({ start, end })))
		);
		const sentences = classroomModel().passages.map((p) =>
			p.sentences.map((s) => classroomText.slice(s.start, s.end))
		);
		expect(sentences).toEqual([
			[
				'Russia and the US differ.',
				'The Russian side believes that trust must come first.',
				'The Americans, however, say that a ceasefire comes first.',
				'Nobody has found common ground.'
			],
			['Hockey may help.', 'The White House acted in its “cowboy” fashion.']
		]);
	});

	test('the timeline keeps the comparison’s order: an undated event is not pushed after dated ones', () => {
		const model = buildModel(comparison('grid'), source);
		expect(model.timeline.map((e) => [e.id, e.target])).toEqual([
			['later', text.indexOf('The writer')],
			['talks', text.indexOf('On May 2')]
		]);
	});

	test('a date inferred from the dateline stays marked as inferred', () => {
		const draft = comparison('grid');
		draft.timeline![1] = { ...draft.timeline![1]!, inferred: true };
		const model = buildModel(draft, source);
		expect(model.timeline.map((e) => [e.id, e.date, e.inferred])).toEqual([
			['later', undefined, undefined],
			['talks', '2025-05-02', true]
		]);
	});

	test('prompts keep their order and their row; the source keeps its metadata but not its text', () => {
		const model = buildModel(comparison('grid'), source);
		expect(model.prompts).toEqual([{ id: 'why', text: 'Why first?', dimension: 'first' }]);
		expect(model.source).toEqual({
			id: 'demo',
			publication: 'Demo',
			date: '2025-05-03',
			language: 'en',
			citation: 'Demo, May 3, 2025'
		});
	});
});

describe('buildModel on a draft', () => {
	test('an anchor that is not exact keeps its status instead of throwing', () => {
		const draft = comparison('grid');
		draft.claims[0]!.anchors[0]!.quote.exact = 'nothing of the kind is in the text';
		const edited = text
			.replace('truce comes', 'truce, a truce comes')
			.replace('talks met', 'talk met');
		const model = buildModel(draft, { ...source, text: edited });
		const anchorOf = (id: string) => model.claims.find((c) => c.id === id)!.anchors[0]!;
		expect(anchorOf('north-trust')).toMatchObject({ status: 'exact', quote: 'trust comes first' });
		expect(anchorOf('south-truce')).toEqual({
			status: 'orphaned',
			quote: 'nothing of the kind is in the text'
		});
		expect(anchorOf('writer')).toMatchObject({
			status: 'moved',
			start: edited.indexOf('neither will move'),
			quote: 'neither will move'
		});
		expect(anchorOf('writer-all')).toMatchObject({ status: 'fuzzy', quote: 'the talk met' });
		expect((anchorOf('writer-all') as { score: number }).score).toBeLessThan(1);
		const marked = model.passages.flatMap((p) => p.pieces).flatMap((p) => p.claims);
		expect(marked).not.toContain('south-truce');
		expect(marked).toContain('writer-all');
	});

	test('a claim naming an unknown side is left out, framing on an unknown row counts as elsewhere', () => {
		const draft = comparison('grid');
		draft.claims[0] = { ...draft.claims[0]!, side: 'nowhere' } as Comparison['claims'][number];
		draft.claims[3] = { ...draft.claims[3]!, dimension: 'nowhere' } as Comparison['claims'][number];
		const model = buildModel(draft, source);
		expect(model.claims.map((c) => c.id)).not.toContain('south-truce');
		expect(model.rows[0]!.cells[1]!.claims).toEqual([]);
		expect(model.framingElsewhere).toEqual(['writer', 'writer-all']);
	});
});
