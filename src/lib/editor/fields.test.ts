import { describe, expect, it } from 'vitest';
import { blankDraft } from '../draft/draft';
import { draftProblems } from '../draft/problems';
import { addClaim, addRow, addSide, setText, updateSide } from './edit';
import { byField, fieldKey, plainMessage } from './fields';

describe('fieldKey', () => {
	it('puts a source problem under source. and a passage’s under its anchor', () => {
		expect(fieldKey({ item: 'source', field: 'publication', message: '' })).toBe(
			'source.publication'
		);
		expect(fieldKey({ field: 'claims[2].anchors[1].quote.exact', message: '' })).toBe(
			'claims[2].anchors[1]'
		);
	});
});

describe('plainMessage', () => {
	it('never shows valibot’s own wording', () => {
		expect(plainMessage('Invalid key: Expected never but received "kind"')).not.toMatch(
			/Expected never/
		);
		expect(plainMessage('Invalid type: Expected string but received undefined')).toBe('is missing');
	});
});

describe('byField', () => {
	it('places each problem of a draft being made beside a field the editor has', () => {
		let draft = setText(blankDraft(), 'Kellogg says the talks must wait.');
		draft = addRow(addSide(addSide(draft)));
		draft = updateSide(draft, 0, { label: 'United States', who: 'The US envoy' });
		draft = addClaim(
			draft,
			{ kind: 'side', side: 'side-1' },
			{
				quote: { type: 'TextQuoteSelector', exact: 'talks', prefix: '', suffix: '' },
				position: { type: 'TextPositionSelector', start: 17, end: 22 }
			}
		).draft;
		const fields = byField(draftProblems(draft));
		const editorFields =
			/^(comparison|title|question|layout|sides|dimensions|claims)(\[\d+\](\.(label|who|text|attribution|side|dimension|anchors\[\d+\]))?)?$|^source\.\w+$/;
		expect([...fields.keys()].filter((key) => !editorFields.test(key))).toEqual([]);
		expect(fields.get('title')).toEqual(['is empty']);
		expect(fields.get('sides[1].label')).toEqual(['is empty']);
		expect(fields.get('dimensions[0].label')).toEqual(['is empty']);
		expect(fields.get('claims[0].text')).toEqual(['is empty']);
		expect(fields.get('source.publication')).toEqual(['is empty']);
	});
});
