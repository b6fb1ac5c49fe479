// The exported image laid out over every comparison in data/, at every preset and layout: the
// sides as columns with each row across them, every claim present, and slide text never below
// 28 px. A comparison added to data/ is checked here without editing this file.
import { describe, expect, test } from 'vitest';
import { layoutComparison, type ExportOptions, type PageLayout } from '../src/lib/export/layout';
import { renderPageSvg } from '../src/lib/export/render';
import { fakeMeasure } from '../src/lib/export/text';
import { placed } from '../src/lib/model/select';
import type { ComparisonModel } from '../src/lib/model/types';
import { voiceColumn } from '../src/lib/model/voice';
import { models } from './explorer-data';

const presets = ['slide', 'handout', 'screen'] as const;
const base = (model: ComparisonModel, preset: ExportOptions['preset']): ExportOptions => ({
	preset,
	viewportWidth: 1280,
	author: true,
	deepLink: `https://standpoint.example/c/${model.id}/`,
	measure: fakeMeasure
});
const cases = models.flatMap((model) =>
	presets.map((preset) => [model.id, preset, model] as const)
);
const words = (s: string) => s.replace(/\s+/g, ' ').trim();

describe.each(cases)('%s, %s preset, side by side', (_id, preset, model) => {
	const layout = layoutComparison(model, base(model, preset));

	test('each side’s claims stand in their own column, the claims of a row in its band', () => {
		for (const page of layout.pages) {
			const ranges = new Map<number, [number, number][]>();
			for (const row of page.rows) {
				for (const card of row.cards) {
					const side = voiceColumn(card.voice);
					// The author's framing spans the row's band, under every column.
					if (side === undefined) continue;
					ranges.set(side, [
						...(ranges.get(side) ?? []),
						[card.box.x, card.box.x + card.box.width]
					]);
					expect(card.box.y).toBeGreaterThanOrEqual(row.top);
					expect(card.box.y).toBeLessThanOrEqual(row.top + row.height);
				}
				// The first card of every column on a row starts at the same height.
				const firsts = new Map<number, number>();
				for (const card of row.cards) {
					const side = voiceColumn(card.voice);
					if (side !== undefined && !firsts.has(side)) firsts.set(side, card.box.y);
				}
				expect(new Set(firsts.values()).size).toBeLessThanOrEqual(1);
			}
			const sides = [...ranges.keys()];
			for (const a of sides) {
				for (const b of sides) {
					if (a >= b) continue;
					for (const [a1, a2] of ranges.get(a)!) {
						for (const [b1, b2] of ranges.get(b)!) {
							expect(
								a2 <= b1 || b2 <= a1,
								`sides ${a} and ${b} overlap on image ${page.number}`
							).toBe(true);
						}
					}
				}
			}
		}
	});

	test('every claim’s text and every quote is on an image, and each page’s SVG carries it', () => {
		const texts = new Map<string, string>();
		const quotes = new Map<string, number>();
		for (const page of layout.pages) {
			const svg = renderPageSvg(model, page);
			for (const row of page.rows) {
				for (const card of row.cards) {
					texts.set(card.claimId, (texts.get(card.claimId) ?? '') + card.text.lines.join(' '));
					expect(svg).toContain(`data-claim="${card.claimId}"`);
				}
				for (const quote of row.quotes)
					quotes.set(quote.claimId, (quotes.get(quote.claimId) ?? 0) + 1);
			}
			expect(page.sideHeads.map((h) => h.label.lines.join(' '))).toEqual(
				model.sides.map((s) => s.label)
			);
		}
		for (const claim of model.claims) {
			expect(words(texts.get(claim.id) ?? ''), claim.id).toBe(words(claim.text));
			expect(quotes.get(claim.id) ?? 0, claim.id).toBe(placed(claim).length);
		}
	});

	test.skipIf(preset !== 'slide')('slide claim text is at least 28 px, in both layouts', () => {
		for (const layoutId of ['columns', 'list'] as const) {
			const pages = layoutComparison(model, { ...base(model, preset), layout: layoutId }).pages;
			for (const page of pages) {
				for (const card of page.rows.flatMap((r) => r.cards)) {
					expect(card.text.font.size, `${layoutId} ${card.claimId}`).toBeGreaterThanOrEqual(28);
				}
			}
		}
	});

	test.skipIf(preset !== 'slide')(
		'no slide is more than 30 % empty when what follows could fill it',
		() => {
			const top = (page: PageLayout) => page.sideHeads[0]!.rule.y;
			const bottom = (page: PageLayout) => Math.max(...page.rows.map((r) => r.top + r.height));
			expect(layout.pages.length).toBeGreaterThan(0);
			layout.pages.slice(0, -1).forEach((page, i) => {
				const fill = (bottom(page) - top(page)) / (page.footerRuleY - top(page));
				if (fill > 0.7) return;
				// What opens the next image, at this image's type size, must not fit in what is left here.
				const next = layout.pages[i + 1]!;
				const opening = next.rows[0]!.height * (page.unit / next.unit);
				const left = page.footerRuleY - page.unit * 1.4 - page.unit * 1.4 - bottom(page);
				expect(
					opening,
					`image ${page.number} is ${Math.round((1 - fill) * 100)} % empty`
				).toBeGreaterThan(left);
			});
		}
	);
});

test.each(cases)(
	'%s, %s preset: no lane line runs through a row’s heading',
	(_id, preset, model) => {
		const pages = layoutComparison(model, base(model, preset)).pages;
		let checked = 0;
		for (const segment of pages.flatMap((p) => p.rows)) {
			for (const lane of segment.lanes ?? []) {
				for (const b of segment.heading) {
					const bottom = b.y + b.lines.length * b.font.size * b.font.leading;
					const across = lane.y1 < bottom && lane.y2 > b.y;
					checked++;
					if (across)
						expect(lane.x < b.x || lane.x > b.x + b.width, segment.dimensionId).toBe(true);
				}
			}
		}
		expect(checked > 0).toBe(model.layout === 'sequence');
	}
);

test.each(models.map((m) => [m.id, m] as const))(
	'%s: a sequence draws one numbered stop per step of each side’s lane',
	(_id, model) => {
		const layout = layoutComparison(model, base(model, 'slide'));
		const stops = layout.pages.flatMap((p) =>
			p.rows.flatMap((r) => (r.lanes ?? []).filter((l) => l.stop))
		);
		const expected = model.lanes.reduce((n, lane) => n + (lane?.stops.length ?? 0), 0);
		expect(stops).toHaveLength(expected);
	}
);
