import { describe, expect, test } from 'vitest';
import { describeRange } from '../anchoring';
import { formatProblem, loadCatalog, type RawFile } from './catalog';

const text = 'Alpha says the sky is green. Beta says the sky is blue. Alpha agrees later.';
const anchor = (quote: string) => {
	const start = text.indexOf(quote);
	return describeRange(text, start, start + quote.length);
};

const source: RawFile[] = [
	{
		path: 'sources/demo.json',
		content: JSON.stringify({
			id: 'demo',
			textFile: 'demo.txt',
			publication: 'Demo Gazette',
			date: '2025-01-02',
			language: 'en',
			citation: 'Demo Gazette, Jan. 2, 2025'
		})
	},
	{ path: 'sources/demo.txt', content: text }
];

function comparison(patch: (c: Record<string, unknown>) => void = () => {}) {
	const c: Record<string, unknown> = {
		id: 'sky',
		title: 'Sky colour',
		question: 'What colour is the sky?',
		source: 'demo',
		layout: 'grid',
		sides: [
			{ id: 'alpha', label: 'Alpha', who: 'The first speaker' },
			{ id: 'beta', label: 'Beta', who: 'The second speaker' }
		],
		dimensions: [{ id: 'colour', label: 'Colour' }],
		claims: [
			{
				id: 'alpha-green',
				voice: 'side',
				side: 'alpha',
				dimension: 'colour',
				text: 'The sky is green.',
				attribution: 'Alpha says',
				anchors: [anchor('the sky is green')]
			},
			{
				id: 'beta-blue',
				voice: 'side',
				side: 'beta',
				dimension: 'colour',
				text: 'The sky is blue.',
				attribution: 'Beta says',
				anchors: [anchor('the sky is blue')]
			}
		],
		prompts: [{ id: 'why', text: 'Why do they disagree?' }]
	};
	patch(c);
	return { path: 'comparisons/sky.json', content: JSON.stringify(c) };
}

const claims = (c: Record<string, unknown>) => c.claims as Record<string, unknown>[];

describe('loadCatalog', () => {
	test('accepts a valid comparison and normalises its source', () => {
		const { catalog, problems } = loadCatalog([...source, comparison()]);
		expect(problems).toEqual([]);
		expect(catalog.comparisons.map((c) => c.comparison.id)).toEqual(['sky']);
		expect(catalog.sources.get('demo')?.text).toBe(text);
	});

	test.each([
		{
			name: 'a broken anchor names file, claim, field and the closest match',
			patch: (c: Record<string, unknown>) => {
				const a = claims(c)[1]!.anchors as { quote: { exact: string } }[];
				a[0]!.quote.exact = 'the sky is bleu';
			},
			expected: [
				'data/comparisons/sky.json',
				'claim "beta-blue"',
				'claims[1].anchors[0].quote.exact',
				'closest match "the sky is blue"'
			]
		},
		{
			name: 'a duplicate claim id',
			patch: (c: Record<string, unknown>) => {
				claims(c)[1]!.id = 'alpha-green';
			},
			expected: ['claim "alpha-green"', 'claims[1].id', 'duplicate id']
		},
		{
			name: 'a claim naming an unknown side',
			patch: (c: Record<string, unknown>) => {
				claims(c)[0]!.side = 'gamma';
			},
			expected: ['claim "alpha-green"', 'claims[0].side', 'unknown side "gamma"']
		},
		{
			name: 'a claim naming an unknown dimension',
			patch: (c: Record<string, unknown>) => {
				claims(c)[0]!.dimension = 'shade';
			},
			expected: ['claim "alpha-green"', 'claims[0].dimension', 'unknown dimension "shade"']
		},
		{
			name: 'a side with no claims',
			patch: (c: Record<string, unknown>) => {
				claims(c)[1]!.side = 'alpha';
			},
			expected: ['side "beta"', 'sides[1]', 'no claims']
		},
		{
			name: 'a missing source',
			patch: (c: Record<string, unknown>) => {
				c.source = 'nowhere';
			},
			expected: ['data/comparisons/sky.json', 'source', 'no source "nowhere"']
		},
		{
			name: 'a schema error inside a claim',
			patch: (c: Record<string, unknown>) => {
				claims(c)[0]!.text = '';
			},
			expected: ['claim "alpha-green"', 'claims[0].text', 'must not be empty']
		}
	])('reports $name', ({ patch, expected }) => {
		const { catalog, problems } = loadCatalog([...source, comparison(patch)]);
		expect(catalog.comparisons).toEqual([]);
		const message = problems.map(formatProblem).join('\n');
		for (const part of expected) expect(message).toContain(part);
	});

	test('reports invalid JSON with the file name', () => {
		const { problems } = loadCatalog([...source, { path: 'comparisons/sky.json', content: '{' }]);
		expect(formatProblem(problems[0]!)).toMatch(
			/^data\/comparisons\/sky\.json › \(file\): not valid JSON/
		);
	});

	test('reports a source whose text file is missing', () => {
		const { problems } = loadCatalog([source[0]!]);
		expect(problems.map(formatProblem)).toEqual([
			'data/sources/demo.json › textFile: no text file data/sources/demo.txt'
		]);
	});
});
