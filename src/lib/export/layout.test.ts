import { describe, expect, test } from 'vitest';
import type { Point } from '../geometry/link';
import { layoutComparison, type ExportOptions, type PageLayout } from './layout';
import { resolvePreset } from './presets';
import { fakeMeasure } from './text';
import { longModel, smallModel } from '../model/fixtures';

const options: ExportOptions = {
	preset: 'slide',
	layout: 'list',
	author: true,
	deepLink: 'https://standpoint.example/c/small-sequence/',
	measure: fakeMeasure
};

const cardsOf = (pages: PageLayout[]) =>
	pages.flatMap((p) => p.rows.flatMap((r) => r.cards.map((c) => c.claimId)));
/** Link ends are rounded to 0.1 px: at most 0.05 px off in each direction. */
const distance = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);
const bodyBottom = (page: PageLayout) => Math.max(...page.rows.map((r) => r.top + r.height));

describe('page sizes', () => {
	test.each([
		{ preset: 'slide', viewportWidth: undefined, width: 1920, height: 1080 },
		{ preset: 'handout', viewportWidth: undefined, width: 1240, height: 1754 }
	] as const)('$preset pages are $width × $height', ({ preset, width, height }) => {
		for (const model of [smallModel(), longModel(6, 6)]) {
			const layout = layoutComparison(model, { ...options, preset });
			for (const page of layout.pages) expect([page.width, page.height]).toEqual([width, height]);
		}
	});

	test.each([390, 1280, 1920])(
		'"as on screen" at %i px is that wide and as tall as its content',
		(viewportWidth) => {
			const layout = layoutComparison(smallModel(), {
				...options,
				preset: 'screen',
				viewportWidth
			});
			expect(layout.pages).toHaveLength(1);
			const page = layout.pages[0]!;
			const link = page.footer[1]!;
			const footerBottom = link.y + link.lines.length * link.font.size * link.font.leading;
			const { margin } = resolvePreset('screen', viewportWidth);
			expect(page.width).toBe(viewportWidth);
			expect(bodyBottom(page)).toBeLessThan(page.footerRuleY);
			expect(page.height - footerBottom - margin).toBeGreaterThan(-0.01);
			expect(page.height - footerBottom - margin).toBeLessThan(1);
		}
	);

	test('"as on screen" splits only past the canvas limit, each image under 16,000 px', () => {
		const layout = layoutComparison(longModel(40, 8), {
			...options,
			preset: 'screen',
			viewportWidth: 1280
		});
		expect(layout.fit).toBe('paginated');
		for (const page of layout.pages) expect(page.height).toBeLessThanOrEqual(16000);
		expect(layout.pages[0]!.height).toBeGreaterThan(14000);
		// 320 claims laid out and measured: seconds on a busy 2-core machine. Speed is the bench's.
	}, 30_000);
	test('on a phone the page note sits below the link, and there is no empty line without one', () => {
		const phone = { ...options, preset: 'screen' as const, viewportWidth: 390 };
		const single = layoutComparison(smallModel(), phone).pages[0]!;
		const [source, link] = single.footer;
		expect(source!.y).toBeCloseTo(single.footerRuleY + single.unit * 0.7, 1);
		const long = layoutComparison(longModel(30, 8), phone);
		expect(long.fit).toBe('paginated');
		for (const page of long.pages) {
			const [, pageLink, note] = page.footer;
			const linkBottom =
				pageLink!.y + pageLink!.lines.length * pageLink!.font.size * pageLink!.font.leading;
			expect(note!.lines).toEqual([page.note]);
			expect(note!.y).toBeGreaterThan(linkBottom);
			expect(note!.y + note!.font.size * note!.font.leading).toBeLessThanOrEqual(page.height - 16);
			expect(page.height).toBeLessThanOrEqual(16000);
		}
		expect(link!.lines.length).toBeGreaterThan(0);
	});
});

describe('fitting a comparison', () => {
	test('a short comparison fits one slide, with type enlarged to fill it', () => {
		const layout = layoutComparison(smallModel(), { ...options, row: 'then' });
		expect(layout).toMatchObject({ fit: 'natural', scale: 1.3 });
		expect(layout.pages.map((p) => p.note)).toEqual([undefined]);
	});

	test('as a comparison grows a handout is first scaled (with a note), then split, never shrunk below 80 %', () => {
		const seen: string[] = [];
		for (let claims = 1; claims <= 24; claims++) {
			const layout = layoutComparison(longModel(1, claims), { ...options, preset: 'handout' });
			if (seen.at(-1) !== layout.fit) seen.push(layout.fit);
			if (layout.fit === 'scaled') {
				expect(layout.scale).toBeGreaterThanOrEqual(0.8);
				expect(layout.scale).toBeLessThan(1);
				expect(layout.pages[0]!.note).toBe(
					`Scaled to fit: text at ${Math.round(layout.scale * 100)} %`
				);
			}
			if (layout.fit === 'paginated') expect(layout.scale).toBe(1);
		}
		expect(seen).toEqual(['natural', 'scaled', 'paginated']);
	});

	test('a slide is never scaled below its size: it is split instead', () => {
		for (let claims = 1; claims <= 10; claims++) {
			const layout = layoutComparison(longModel(1, claims), options);
			expect(layout.fit).not.toBe('scaled');
			expect(layout.scale).toBeGreaterThanOrEqual(1);
		}
	});

	test('a long comparison is split over numbered images, every claim exactly once and in order', () => {
		const model = longModel(6, 6);
		const layout = layoutComparison(model, options);
		const count = layout.pages.length;
		expect(layout.fit).toBe('paginated');
		expect(count).toBeGreaterThan(2);
		expect(layout.pages.map((p) => p.note)).toEqual([
			...Array.from({ length: count - 1 }, (_, i) => `Continued on image ${i + 2} of ${count}`),
			`Image ${count} of ${count}`
		]);
		const inRowOrder = model.rows.flatMap((r) => r.cells.flatMap((c) => c.claims));
		expect(cardsOf(layout.pages)).toEqual(inRowOrder);
	});

	test.each([
		{ claims: 7, perPage: [4, 3] },
		{ claims: 11, perPage: [4, 3, 4] }
	])(
		'pages are balanced: $claims claims go $perPage, not a lone card last',
		({ claims, perPage }) => {
			const layout = layoutComparison(longModel(1, claims), options);
			expect(layout.pages.map((p) => cardsOf([p]).length)).toEqual(perPage);
		}
	);

	test.each([
		{ rows: 5, claims: 4, pages: 2 },
		{ rows: 5, claims: 8, pages: 4 }
	])(
		'rows are kept whole only when that costs no extra page ($rows rows of $claims: $pages pages)',
		({ rows, claims, pages }) => {
			const layout = layoutComparison(longModel(rows, claims), { ...options, preset: 'handout' });
			expect(layout.pages).toHaveLength(pages);
		}
	);

	test.each([
		{ rows: 5, claims: 3, pages: 2 },
		{ rows: 5, claims: 5, pages: 3 }
	])(
		'a row that fits a fresh page whole is not split when splitting saves no page ($rows rows of $claims)',
		({ rows, claims, pages }) => {
			const layout = layoutComparison(longModel(rows, claims), { ...options, preset: 'handout' });
			const headings = layout.pages.flatMap((p) =>
				p.rows.map((r) => r.heading[0]!.lines.join(' '))
			);
			expect(layout.pages).toHaveLength(pages);
			expect(headings.filter((h) => h.endsWith('(continued)'))).toEqual([]);
		}
	);

	test('nothing crosses into the footer, and a row carried over says so', () => {
		const layout = layoutComparison(longModel(3, 9), options);
		for (const page of layout.pages) {
			expect(bodyBottom(page)).toBeLessThanOrEqual(page.footerRuleY);
			for (const row of page.rows) {
				for (const box of [...row.cards.map((c) => c.box), ...row.quotes.map((q) => q.box)]) {
					expect(box.y + box.height).toBeLessThanOrEqual(page.footerRuleY);
					expect(box.x + box.width).toBeLessThanOrEqual(page.width - page.margin);
				}
			}
		}
		const continued = layout.pages
			.flatMap((p) => p.rows)
			.filter((r) => r.heading[0]!.lines.join(' ').endsWith('(continued)'));
		expect(continued.length).toBeGreaterThan(0);
	});

	test('the "no claim from …" note never opens a page', () => {
		for (const preset of ['slide', 'handout'] as const) {
			const layout = layoutComparison(longModel(5, 7), { ...options, preset });
			for (const page of layout.pages) {
				const first = page.rows[0]!;
				expect(first.cards.length, `page ${page.number}`).toBeGreaterThan(0);
			}
		}
	});
});

describe('what is drawn', () => {
	test('each side’s column (the author’s account of it in it), then the framing in its row and elsewhere', () => {
		const layout = layoutComparison(smallModel(), { ...options, preset: 'handout' });
		const rows = layout.pages.flatMap((p) => p.rows);
		expect(rows.map((r) => r.dimensionId)).toEqual(['first', 'then', 'author-elsewhere']);
		expect(rows[0]!.cards.map((c) => [c.claimId, c.voice, c.label.lines.join(' ')])).toEqual([
			['ru-trust-first', { kind: 'side', side: 0 }, 'Russia · step 1'],
			['ru-first-need', { kind: 'account', side: 0 }, 'Author’s account of Russia'],
			['us-ceasefire-first', { kind: 'side', side: 1 }, 'United States · step 1'],
			['author-cowboy', { kind: 'framing' }, 'Author’s framing']
		]);
	});

	test('with the author layer off there is no card of the author’s words and no legend entry for them', () => {
		const layout = layoutComparison(smallModel(), { ...options, author: false });
		const page = layout.pages[0]!;
		expect(page.rows.flatMap((r) => r.cards).every((c) => c.voice.kind === 'side')).toBe(true);
		expect(page.rows.map((r) => r.dimensionId)).toEqual(['first', 'then']);
		expect(page.legend.map((l) => l.label.lines.join(' '))).toEqual(['Russia', 'United States']);
	});

	test('one row only: that row, without the framing found elsewhere', () => {
		const layout = layoutComparison(smallModel(), { ...options, row: 'then' });
		const rows = layout.pages.flatMap((p) => p.rows);
		expect(rows.map((r) => r.dimensionId)).toEqual(['then']);
		expect(rows[0]!.notes.map((n) => n.lines.join(' '))).toEqual([
			'No claim on this point from: United States'
		]);
		expect(() => layoutComparison(smallModel(), { ...options, row: 'nope' })).toThrow(
			'No row "nope"'
		);
	});

	test('one link per quoted passage, from its card’s right edge to its quote’s left edge', () => {
		const page = layoutComparison(smallModel(), options).pages[0]!;
		for (const row of page.rows) {
			expect(row.links).toHaveLength(row.quotes.length);
			for (const link of row.links) {
				const card = row.cards.find((c) => c.claimId === link.claimId)!;
				const quote = row.quotes.find((q) => q.claimId === link.claimId && q.range === link.range)!;
				const cardEdge = { x: card.box.x + card.box.width, y: card.box.y + card.box.height / 2 };
				const quoteEdge = { x: quote.box.x, y: quote.box.y + quote.box.height / 2 };
				expect(distance(link.from, cardEdge)).toBeLessThanOrEqual(0.071);
				expect(distance(link.to, quoteEdge)).toBeLessThanOrEqual(0.071);
				expect(link.d.startsWith(`M${link.from.x},${link.from.y}C`)).toBe(true);
			}
		}
	});

	test('on a phone each quote sits below its card, linked by an elbow down the left edge', () => {
		const page = layoutComparison(smallModel(), {
			...options,
			preset: 'screen',
			viewportWidth: 390
		}).pages[0]!;
		for (const row of page.rows) {
			for (const link of row.links) {
				const card = row.cards.find((c) => c.claimId === link.claimId)!;
				const quote = row.quotes.find((q) => q.claimId === link.claimId && q.range === link.range)!;
				expect(quote.box.y).toBeGreaterThan(card.box.y + card.box.height);
				expect(quote.box.x).toBeGreaterThan(card.box.x);
				expect(link.d).toMatch(/^M[\d.]+,[\d.]+(L[\d.,]+)?Q/);
			}
		}
	});

	test('sequence comparisons show each claim’s step; the attribution stays on the label line when it fits', () => {
		const card = layoutComparison(smallModel(), options).pages[0]!.rows[0]!.cards[0]!;
		expect(card.label.lines).toEqual(['Russia · step 1']);
		expect(card.attribution!.lines).toEqual(['The Russian side believes']);
		expect(card.attribution!.x).toBeGreaterThan(card.label.x);
		expect(card.text.y).toBeGreaterThan(card.label.y);
	});

	test('the footer cites the source and the view’s deep link', () => {
		const page = layoutComparison(smallModel(), options).pages[0]!;
		const [source, link] = page.footer;
		expect(source!.lines.join(' ')).toBe(
			'Source: Izvestia, April 14, 2025, p. 3 (English translation, complete text)'
		);
		expect(link!.lines.join('')).toBe(`Interactive version: ${options.deepLink}`);
		expect(link!.href).toBe(options.deepLink);
	});

	test('a share link in the footer is printed cut, and kept whole as its link', () => {
		const deepLink = `https://standpoint.example/open/#1.4000.${'A'.repeat(6000)}`;
		const page = layoutComparison(smallModel(), { ...options, deepLink }).pages[0]!;
		const link = page.footer[1]!;
		expect(link.lines.length).toBeLessThanOrEqual(3);
		expect(link.lines.join('')).toMatch(
			/^Interactive version: https:\/\/standpoint\.example\/open\/#1\.4000\.A+…$/
		);
		expect(link.href).toBe(deepLink);
	});
});
