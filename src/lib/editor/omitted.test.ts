import { describe, expect, it } from 'vitest';
import { blankDraft, type Draft } from '../draft/draft';
import { addClaim, addRow, addSide, anchorAt, setText, updateClaim, updateSide } from './edit';
import { buildDraft, hintsOf, rowHints, shortQuote } from './omitted';

const text = [
	'The parents say that later starts mean more sleep.',
	'The bus company says the buses would cost more.',
	'The parents, however, say the savings in absences would pay for the buses.',
	'The weather was mild.'
].join('\n\n');

/** A draft with sides Parents and District, rows Health and Cost, and one claim of each side. */
function draft(): Draft {
	let d = addRow(addRow(addSide(addSide(setText(blankDraft(), text))), 'Health'), 'Cost');
	d = updateSide(updateSide(d, 0, { label: 'Parents' }), 1, { label: 'District' });
	const say = (d: Draft, side: string, quote: string, row: string, attribution: string) => {
		const start = d.source.text.indexOf(quote);
		const made = addClaim(d, { kind: 'side', side }, anchorAt(d, start, start + quote.length), {
			row,
			attribution
		});
		return updateClaim(made.draft, made.id, { text: `${attribution}.` });
	};
	d = say(d, 'side-1', 'later starts mean more sleep', 'row-1', 'The parents say');
	return say(d, 'side-2', 'the buses would cost more', 'row-2', 'The bus company says');
}

function hints(d: Draft) {
	const { model } = buildDraft(d);
	return rowHints(model!, d.source.text, d.source.meta.language);
}

describe('the editor’s per-row check', () => {
	it('points an empty side to the uncited sentence that reports it, with its reporting words', () => {
		const cost = hintsOf(hints(draft()), 'row-2');
		expect(cost).toHaveLength(1);
		const [parents] = cost;
		expect(parents).toMatchObject({ side: 0, kind: 'omission' });
		expect(parents!.passage!.near).toBe('The parents, however, say');
		expect(parents!.passage!.quote).toBe('The parents, however, say the savings in absences…');
		expect(text.slice(parents!.passage!.start, parents!.passage!.end)).toBe(
			'The parents, however, say the savings in absences would pay for the buses.'
		);
	});

	it('says the text gives nothing when no uncited sentence reports the side', () => {
		expect(hintsOf(hints(draft()), 'row-1')).toEqual([{ row: 'row-1', side: 1, kind: 'nothing' }]);
	});

	it('drops the hint once the side has a claim on the row', () => {
		const d = draft();
		const quote = 'the savings in absences would pay for the buses';
		const start = d.source.text.indexOf(quote);
		const made = addClaim(
			d,
			{ kind: 'side', side: 'side-1' },
			anchorAt(d, start, start + quote.length),
			{
				row: 'row-2'
			}
		);
		expect(hintsOf(hints(made.draft), 'row-2')).toEqual([]);
	});

	it('builds no model before the first claim, and says so', () => {
		expect(buildDraft(setText(blankDraft(), text))).toEqual({
			reason: 'The preview appears with the first claim.'
		});
	});

	it('cuts a quote to its first words', () => {
		expect(shortQuote('One two three.')).toBe('One two three.');
		expect(shortQuote('a b c d e f g h i j')).toBe('a b c d e f g h…');
	});
});
