import { expect, test } from 'vitest';
import { problemPlace } from './problems';

test.each([
	{
		item: 'claim "us-first"',
		field: 'claims[2].anchors[0].quote.exact',
		place: 'Claim “us-first”, passage 1'
	},
	{
		item: 'claim "us-first"',
		field: 'claims[2].attribution',
		place: 'Claim “us-first”, its attribution'
	},
	{ item: 'side "north"', field: 'sides[0]', place: 'Side “north”' },
	{ item: 'source', field: 'publication', place: 'Source, the publication' },
	{ item: undefined, field: 'title', place: 'The title' },
	{ item: undefined, field: '(root)', place: 'The comparison' },
	{ item: 'claim #3', field: 'claims[2].text', place: 'Claim #3, its text' }
])('$field in $item is “$place”', ({ item, field, place }) => {
	expect(problemPlace({ item, field, message: 'x' })).toBe(place);
});
