import { describe, expect, test } from 'vitest';
import { buildModel } from '../model/build';
import { comparisonFrom } from '../model/fixtures';
import {
	blankDraft,
	draftFrom,
	draftSource,
	draftTitle,
	duplicate,
	type DraftSource
} from './draft';
import { draftProblems } from './problems';

// A comparison written here, over a text written here.
function template() {
	const { comparison, source } = comparisonFrom({
		title: 'Who moves first?',
		text: 'North says trust comes first.\nSouth wants the shelling to stop by winter.',
		sides: [
			{ id: 'north', label: 'North' },
			{ id: 'south', label: 'South' }
		],
		dimensions: [{ id: 'first', label: 'First' }],
		claims: [
			{ id: 'n', side: 'north', dimension: 'first', text: 'Trust.', quotes: ['trust comes first'] },
			{
				id: 's',
				side: 'south',
				dimension: 'first',
				text: 'Truce.',
				quotes: ['the shelling to stop by winter']
			}
		]
	});
	const { text, textFile: _file, $schema: _schema, ...meta } = source;
	return {
		comparison: { ...comparison, $schema: '../schema/comparison.schema.json' },
		source: { meta, text }
	};
}

describe('draftFrom', () => {
	const now = new Date('2026-03-01T10:00:00Z');

	test('copies the comparison and its source under a fresh id, titled "Copy of …"', () => {
		const { comparison, source } = template();
		const draft = draftFrom(comparison, source, now);
		expect(draft.id).toMatch(/^[a-z0-9]{12}$/);
		expect(draft.id).not.toBe(comparison.id);
		expect(draft.comparison.id).toBe(draft.id);
		expect(draft.comparison.title).toBe('Copy of Who moves first?');
		expect(draft.comparison.source).toBe(source.meta.id);
		expect(draft.comparison).not.toHaveProperty('$schema');
		expect(draft.source).toEqual(source);
		expect(draft).toMatchObject({
			formatVersion: 1,
			revision: 0,
			createdAt: now.toISOString(),
			updatedAt: now.toISOString()
		});
	});

	test('builds the same model as the comparison it was made from, but for its id and title', () => {
		const { comparison, source } = template();
		const draft = draftFrom(comparison, source);
		const original = buildModel(comparison, {
			...source.meta,
			textFile: 'x.txt',
			text: source.text
		});
		expect(buildModel(draft.comparison, draftSource(draft))).toEqual({
			...original,
			id: draft.id,
			title: draft.comparison.title
		});
		expect(draftProblems(draft)).toEqual([]);
	});

	test('shares nothing with the template: changing one leaves the other as it was', () => {
		const { comparison, source } = template();
		const draft = draftFrom(comparison, source);
		draft.comparison.claims[0]!.text = 'Changed.';
		draft.source.meta.publication = 'Changed';
		expect(comparison.claims[0]!.text).toBe('Trust.');
		expect(source.meta.publication).not.toBe('Changed');
	});

	test('stores the text in the canonical form anchors are made over (NFC, LF)', () => {
		const { comparison, source } = template();
		const decomposed: DraftSource = { ...source, text: 'Cafe\u0301 talks.\r\nSecond line.' };
		expect(draftFrom(comparison, decomposed).source.text).toBe('Café talks.\nSecond line.');
	});

	test('gives a new id on every call', () => {
		const { comparison, source } = template();
		const ids = new Set(Array.from({ length: 50 }, () => draftFrom(comparison, source).id));
		expect(ids.size).toBe(50);
	});
});

test('duplicate makes a draft of its own from a draft, titled "Copy of …"', () => {
	const { comparison, source } = template();
	const first = draftFrom(comparison, source);
	const copy = duplicate({ ...first, revision: 7 });
	expect(copy.id).not.toBe(first.id);
	expect(copy.revision).toBe(0);
	expect(copy.comparison.title).toBe('Copy of Copy of Who moves first?');
	expect(copy.comparison.claims).toEqual(first.comparison.claims);
	expect(copy.source).toEqual(first.source);
});

describe('a blank draft', () => {
	test('is untitled, has no text, and builds an empty model', () => {
		const draft = blankDraft();
		expect(draftTitle(draft)).toBe('Untitled comparison');
		expect(draft.comparison.source).toBe(draft.source.meta.id);
		const model = buildModel(draft.comparison, draftSource(draft));
		expect(model.claims).toEqual([]);
		expect(model.passages).toEqual([]);
	});

	test('lists what it still needs, its source first', () => {
		const problems = draftProblems(blankDraft());
		expect(problems[0]).toMatchObject({ item: 'source' });
		expect(problems.map((p) => p.field)).toEqual(
			expect.arrayContaining(['publication', 'text', 'title', 'sides', 'claims'])
		);
	});
});

test('draftProblems names an anchor that no longer resolves, with what was found instead', () => {
	const { comparison, source } = template();
	const draft = draftFrom(comparison, source);
	draft.source.text = draft.source.text.replace(
		'South wants the shelling to stop by winter.',
		'Rain fell.'
	);
	const problems = draftProblems(draft);
	expect(problems).toHaveLength(1);
	expect(problems[0]).toMatchObject({
		item: 'claim "s"',
		field: 'claims[1].anchors[0].quote.exact'
	});
	const model = buildModel(draft.comparison, draftSource(draft));
	expect(model.claims[1]!.anchors[0]!.status).toBe('orphaned');
});
