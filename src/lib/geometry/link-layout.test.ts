import { describe, expect, test } from 'vitest';
import { layoutLinks, type Measurement } from './link-layout';

const base: Omit<Measurement, 'links'> = {
	claims: { top: 40, bottom: 500 },
	source: { top: 0, bottom: 500 },
	gutter: { left: 150, right: 250 },
	textLeft: 250
};
const card = (top: number) => ({ left: 10, top, right: 140, bottom: top + 60 });
const line = (top: number, left = 300) => ({ left, top, right: left + 100, bottom: top + 20 });

describe('layoutLinks', () => {
	test('draws one path per measured link and skips links missing an end', () => {
		const { links, markers } = layoutLinks({
			...base,
			links: [
				{ key: 'a:0', claim: 'a', card: card(100), mark: line(200) },
				{ key: 'a:1', claim: 'a', card: card(100), mark: line(300, 260) },
				{ key: 'b:0', claim: 'b', card: card(200), mark: undefined },
				{ key: 'c:0', claim: 'c', card: undefined, mark: line(100) }
			]
		});
		expect(links.map(({ key, d }) => ({ key, d }))).toEqual([
			{ key: 'a:0', d: 'M140,130L150,130C200,130,200,220,250,220L300,220' },
			{ key: 'a:1', d: 'M140,130L150,130C200,130,200,320,250,320L260,320' }
		]);
		expect(markers).toEqual([]);
	});

	test.each([
		{
			name: 'marks above the source pane: one badge counting both, nearest first',
			links: [
				{ key: 'a:0', claim: 'a', card: card(100), mark: line(-300) },
				{ key: 'b:0', claim: 'b', card: card(200), mark: line(-100) }
			],
			expected: [{ pane: 'source', edge: 'above', count: 2, keys: ['b:0', 'a:0'], x: 225, y: 6 }]
		},
		{
			name: 'marks below the source pane',
			links: [
				{ key: 'a:0', claim: 'a', card: card(100), mark: line(900) },
				{ key: 'b:0', claim: 'b', card: card(200), mark: line(600) }
			],
			expected: [{ pane: 'source', edge: 'below', count: 2, keys: ['b:0', 'a:0'], x: 225, y: 494 }]
		},
		{
			name: 'cards hidden under the sticky header and below the claims pane',
			links: [
				{ key: 'a:0', claim: 'a', card: card(-30), mark: line(100) },
				{ key: 'b:0', claim: 'b', card: card(700), mark: line(200) },
				{ key: 'c:0', claim: 'c', card: card(600), mark: line(-50) }
			],
			expected: [
				{ pane: 'claims', edge: 'above', count: 1, keys: ['a:0'], x: 175, y: 46 },
				{ pane: 'claims', edge: 'below', count: 2, keys: ['c:0', 'b:0'], x: 175, y: 494 },
				{ pane: 'source', edge: 'above', count: 1, keys: ['c:0'], x: 225, y: 6 }
			]
		}
	])('$name', ({ links, expected }) => {
		expect(layoutLinks({ ...base, links }).markers).toEqual(expected);
	});

	test('a spread moves the card end, so side-by-side cards leave from separate points', () => {
		const { links } = layoutLinks({
			...base,
			links: [
				{ key: 'a:0', claim: 'a', spread: -6, card: card(100), mark: line(200) },
				{ key: 'b:0', claim: 'b', spread: 6, card: card(100), mark: line(200) }
			]
		});
		expect(links.map((l) => l.d)).toEqual([
			'M140,124L150,124C200,124,200,220,250,220L300,220',
			'M140,136L150,136C200,136,200,220,250,220L300,220'
		]);
	});

	test('a link with one end out of view runs to the pinned end', () => {
		const { links } = layoutLinks({
			...base,
			links: [{ key: 'a:0', claim: 'a', card: card(-100), mark: line(300) }]
		});
		expect(links[0]).toMatchObject({
			d: 'M140,46L150,46C200,46,200,320,250,320L300,320',
			from: { outside: 'above' },
			to: { outside: null }
		});
	});

	test('a link with both ends out of view has no path, only its badges', () => {
		const { links, markers } = layoutLinks({
			...base,
			links: [{ key: 'a:0', claim: 'a', card: card(-100), mark: line(800) }]
		});
		expect(links[0]).toMatchObject({ d: '', from: { outside: 'above' }, to: { outside: 'below' } });
		expect(markers.map((m) => `${m.pane} ${m.edge} ${m.count}`)).toEqual([
			'claims above 1',
			'source below 1'
		]);
	});
});
