import * as v from 'valibot';
import { SourceMetaSchema } from '../model/schema';
import { parseWith, validate, type Problem } from '../model/validate';
import { draftSource, type Draft } from './draft';

// Apart from draft.ts, so what lists drafts (the index) never loads the validation.

/** A draft's source metadata is checked as a source file's is, less what a file alone has. */
export const DraftSourceMetaSchema = v.omit(SourceMetaSchema, ['$schema', 'textFile']);

/**
 * Everything wrong with a draft, as the build would say it: its source's metadata and text,
 * then the comparison checked against that text by the same `validate` the build runs.
 */
export function draftProblems(draft: Draft): Problem[] {
	const source = draftSource(draft);
	const problems: Problem[] = parseWith(DraftSourceMetaSchema, draft.source.meta).problems.map(
		(p) => ({ ...p, item: 'source' })
	);
	if (draft.source.text.trim() === '') {
		problems.push({ item: 'source', field: 'text', message: 'there is no text yet' });
	}
	if (draft.comparison.source !== source.id) {
		problems.push({
			field: 'source',
			message: `names source "${draft.comparison.source}", but the draft's source is "${source.id}"`
		});
	}
	return [...problems, ...validate(draft.comparison, source)];
}

const parts: Record<string, string> = {
	title: 'the title',
	question: 'the framing question',
	layout: 'the layout',
	sides: 'the sides',
	dimensions: 'the rows',
	claims: 'the claims',
	prompts: 'the prompts',
	timeline: 'the timeline',
	source: 'the source it names',
	label: 'its label',
	who: 'who they are',
	text: 'its text',
	attribution: 'its attribution',
	dimension: 'its row',
	side: 'its side',
	about: 'the sides it is about',
	step: 'its step',
	id: 'its id',
	publication: 'the publication',
	date: 'the date',
	page: 'the page',
	language: 'the language',
	citation: 'the citation',
	when: 'when it happened'
};

/**
 * Where a problem is, in words rather than a JSON path: `claims[2].anchors[0].quote.exact` in
 * claim "x" becomes `Claim “x”, passage 1`; the message says what is wrong.
 */
export function problemPlace(problem: Problem): string {
	const item = problem.item?.replace(/^(\w+) "(.*)"$/, '$1 “$2”');
	const keys = problem.field.split(/[.[\]]+/).filter((k) => k && k !== '(root)');
	const anchor = problem.field.match(/anchors\[(\d+)\]/);
	// Inside an item, the item names the list, so only what follows its index is said.
	const inside = item && /^\w+\[\d+\]/.test(problem.field) ? keys.slice(2) : keys;
	const field = anchor
		? `passage ${Number(anchor[1]) + 1}`
		: inside
				.filter((k) => !/^\d+$/.test(k))
				.map((k) => parts[k] ?? k)
				.join(', ');
	const place = [item, field].filter(Boolean).join(', ');
	return place ? place.charAt(0).toUpperCase() + place.slice(1) : 'The comparison';
}
