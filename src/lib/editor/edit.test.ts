import { describe, expect, it } from 'vitest';
import { blankDraft } from '../draft/draft';
import {
	addClaim,
	addRow,
	addSide,
	anchorAt,
	deleteRow,
	moveRow,
	removeSide,
	setFrame,
	setMeta,
	setText,
	stepOf
} from './edit';
import { buildCitation, markdownToText } from './source';

const text = 'Kellogg says the talks must wait.\r\nThe plan is final.';

function withClaims() {
	let draft = addRow(addRow(addSide(addSide(setText(blankDraft(), text)))), 'Second');
	const a = addClaim(draft, { kind: 'side', side: 'side-1' }, anchorAt(draft, 13, 22), {
		row: 'row-2'
	});
	draft = addClaim(a.draft, { kind: 'framing' }, anchorAt(a.draft, 34, 42), { row: 'row-2' }).draft;
	return draft;
}

describe('draft edits', () => {
	it('stores the text in the canonical form and anchors over it', () => {
		const draft = setText(blankDraft(), text);
		expect(draft.source.text).not.toContain('\r');
		expect(anchorAt(draft, 34, 42).quote.exact).toBe('The plan');
	});

	it('drops an optional source field left empty', () => {
		const draft = setMeta(blankDraft(), { page: '', publication: 'Daily' });
		expect('page' in draft.source.meta).toBe(false);
		expect(draft.source.meta.publication).toBe('Daily');
	});

	it('never adds more than four sides', () => {
		let draft = blankDraft();
		for (let i = 0; i < 6; i++) draft = addSide(draft);
		expect(draft.comparison.sides).toHaveLength(4);
	});

	it('moves a deleted row’s claims to the row chosen, or deletes the side claims with it', () => {
		const moved = deleteRow(withClaims(), 1, 'row-1');
		expect(moved.comparison.claims.map((c) => c.dimension)).toEqual(['row-1', 'row-1']);
		const dropped = deleteRow(withClaims(), 1);
		expect(dropped.comparison.claims.map((c) => c.voice)).toEqual(['framing']);
		expect(dropped.comparison.claims[0]!.dimension).toBeUndefined();
	});

	it('numbers the rows as steps in a sequence, and follows a row that moves', () => {
		let draft = setFrame(withClaims(), { layout: 'sequence' });
		expect(stepOf(draft.comparison, 'row-2')).toBe(2);
		draft = moveRow(draft, 1, -1);
		expect(stepOf(draft.comparison, 'row-2')).toBe(1);
		draft = setFrame(draft, { layout: 'grid' });
		expect(draft.comparison.dimensions.some((d) => 'step' in d)).toBe(false);
	});

	it('removes the author’s account of a side with the side', () => {
		let draft = withClaims();
		draft = addClaim(draft, { kind: 'account', side: 'side-1' }, anchorAt(draft, 0, 7)).draft;
		expect(draft.comparison.claims.map((c) => c.voice)).toEqual(['side', 'framing', 'account']);
		expect(removeSide(draft, 0).comparison.claims.map((c) => c.voice)).toEqual(['framing']);
	});
});

describe('source', () => {
	it('reads Markdown as the text a reader sees', () => {
		expect(markdownToText('# Head\n\nA **bold** [link](http://x) and _it_.')).toBe(
			'Head\n\nA bold link and it.'
		);
	});

	it('cites only what the form says', () => {
		expect(buildCitation({ publication: 'The Daily', date: '2025-04-14', page: '3' })).toBe(
			'The Daily, April 14, 2025, p. 3'
		);
		expect(buildCitation({ publication: 'The Daily', date: '' })).toBe('The Daily');
	});
});
