import { describe, expect, test } from 'vitest';
import { defaultView, readView, writeView } from './url';

const known = new Set(['us-ceasefire-first', 'russia-trust-first']);
const read = (query: string) => readView(new URLSearchParams(query), known);

describe('readView', () => {
	test.each([
		{ query: '', expected: defaultView },
		{
			query: 'claim=us-ceasefire-first&links=selected&author=0&timeline=0',
			expected: {
				claims: ['us-ceasefire-first'],
				links: 'selected',
				author: false,
				timeline: false
			}
		},
		{
			query: 'claim=russia-trust-first,us-ceasefire-first',
			expected: { ...defaultView, claims: ['russia-trust-first', 'us-ceasefire-first'] }
		},
		{ query: 'claim=nobody&links=some&author=yes', expected: defaultView },
		{
			query: 'claim=us-ceasefire-first,us-ceasefire-first,nobody&timeline=1',
			expected: { ...defaultView, claims: ['us-ceasefire-first'] }
		}
	])('?$query', ({ query, expected }) => {
		expect(read(query)).toEqual(expected);
	});
});

describe('writeView', () => {
	const base = new URL('https://example.org/c/small-sequence/?claim=old&keep=1&utm=x#t12');

	test.each([
		{ view: defaultView, expected: '/c/small-sequence/' },
		{
			view: { claims: ['us-ceasefire-first'], links: 'selected', author: false, timeline: false },
			expected: '/c/small-sequence/?claim=us-ceasefire-first&links=selected&author=0&timeline=0'
		},
		{
			view: { ...defaultView, claims: ['russia-trust-first', 'us-ceasefire-first'] },
			expected: '/c/small-sequence/?claim=russia-trust-first%2Cus-ceasefire-first'
		}
	] as const)('$expected', ({ view, expected }) => {
		const url = writeView(base, { ...view, claims: [...view.claims] });
		expect(url.href).toBe(`https://example.org${expected}`);
	});

	test('round-trips every view through the URL', () => {
		const view = {
			claims: ['russia-trust-first'],
			links: 'selected',
			author: false,
			timeline: true
		} as const;
		const url = writeView(new URL('https://example.org/c/x/'), {
			...view,
			claims: [...view.claims]
		});
		expect(read(url.search)).toEqual(view);
	});
});

test('writeView keeps the parameters a page names as its own, and only those', () => {
	const base = new URL('https://example.org/draft/?id=abc&utm=x&claim=old');
	const url = writeView(base, { ...defaultView, claims: ['a'] }, ['id']);
	expect(url.pathname + url.search).toBe('/draft/?id=abc&claim=a');
});
