// "Find the evidence" marked over every claim of every comparison in data/: the anchor itself,
// its whole sentence, a part of it, the next sentence and a far one.
import { describe, expect, test } from 'vitest';
import {
	evidenceItems,
	markSelection,
	overlap,
	sentencesOf,
	type EvidenceItem
} from '../src/lib/evidence/evidence';
import { snapToWords } from '../src/lib/evidence/snap';
import type { ComparisonModel, Span } from '../src/lib/model/types';
import { models } from './explorer-data';

const each = models.map((m) => [m.id, m] as const);

/** Indices of the sentences an anchor touches. */
const touching = (sentences: Span[], span: Span) =>
	sentences.flatMap((s, i) => (overlap(s, span) > 0 ? [i] : []));

/** Whether sentence i is within `reach` sentences of any of the item's anchors. */
function near(model: ComparisonModel, item: EvidenceItem, i: number, reach: number): boolean {
	const sentences = sentencesOf(model);
	return item.anchors.some((a) => touching(sentences, a).some((j) => Math.abs(j - i) <= reach));
}

describe.each(each)('find the evidence in %s', (_id, model) => {
	const items = evidenceItems(model, 1);
	const sentences = sentencesOf(model);

	test('asks every claim whose passage is in the text, in an order the seed replays', () => {
		expect(items.map((i) => i.claim.id).sort()).toEqual(model.claims.map((c) => c.id).sort());
		expect(evidenceItems(model, 7).map((i) => i.claim.id)).toEqual(
			evidenceItems(model, 7).map((i) => i.claim.id)
		);
	});

	test.each(items.map((i) => [i.claim.id, i] as const))('%s', (_claim, item) => {
		for (const anchor of item.anchors) {
			expect(markSelection(model, item, anchor).kind, 'the anchor itself').toBe('right');
			const own = touching(sentences, anchor);
			const whole = { start: sentences[own[0]!]!.start, end: sentences[own.at(-1)!]!.end };
			expect(markSelection(model, item, whole).kind, 'its whole sentence').toBe('right');
			const snapped = snapToWords(model.passages, anchor);
			expect(markSelection(model, item, snapped).kind, 'snapped to words').toBe('right');
			const length = anchor.end - anchor.start;
			const part = { start: anchor.start, end: anchor.start + Math.floor(length / 4) };
			expect(markSelection(model, item, part), 'a quarter of it').toEqual({
				kind: 'close',
				look: 'later'
			});
			const next = own.at(-1)! + 1;
			const after = sentences[next];
			if (after && !item.anchors.some((a) => overlap(a, after) > 0)) {
				expect(markSelection(model, item, after), 'the next sentence').toEqual({
					kind: 'close',
					look: 'earlier'
				});
			}
		}
		const far = sentences.findIndex((_s, i) => !near(model, item, i, 1));
		if (far >= 0) expect(markSelection(model, item, sentences[far]!).kind).toBe('wrong');
		expect(markSelection(model, item, { start: 5, end: 5 }).kind, 'nothing').toBe('wrong');
	});
});

describe('snapToWords', () => {
	const model = models[0]!;
	const passage = model.passages.find((p) => p.sentences.length > 1)!;
	test('widens a selection to whole words and drops spaces at its edges', () => {
		const s = passage.sentences[0]!;
		const snapped = snapToWords(model.passages, { start: s.start + 1, end: s.end - 1 });
		expect(snapped.start).toBe(s.start);
		expect(snapped.end).toBeGreaterThanOrEqual(s.end - 1);
		const gap = { start: s.end, end: passage.sentences[1]!.start };
		expect(snapToWords(model.passages, gap)).toEqual({ start: gap.start, end: gap.start });
	});
});
