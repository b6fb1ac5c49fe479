// The timeline and the discussion prompts after the rows, over every comparison in data/, at
// every preset and layout: every event and prompt is there once, after the rows, inside the page,
// and at the slide's 28 px floor; asked for nothing, the image is as before.
import { describe, expect, test } from 'vitest';
import { models } from '../../../../tests/explorer-data';
import { promptOrder } from '../../model/select';
import type { ComparisonModel } from '../../model/types';
import { renderPageSvg } from '../render';
import { fakeMeasure } from '../text';
import { heightOf } from './frame';
import { layoutComparison, type ExportOptions, type LayoutId } from './index';
import { sectionsFor } from './sections';

const presets = ['slide', 'handout', 'screen'] as const;
const layouts: LayoutId[] = ['columns', 'list'];
const options = (
	model: ComparisonModel,
	preset: ExportOptions['preset'],
	layout: LayoutId,
	extra: Partial<ExportOptions> = {}
): ExportOptions => ({
	preset,
	layout,
	viewportWidth: 1280,
	author: true,
	deepLink: `https://standpoint.example/c/${model.id}/`,
	measure: fakeMeasure,
	...extra
});
const words = (s: string) => s.replace(/\s+/g, ' ').trim();
const cases = models.flatMap((model) =>
	presets.flatMap((preset) => layouts.map((layout) => [model.id, preset, layout, model] as const))
);

describe.each(cases)('%s, %s preset, %s', (_id, preset, layout, model) => {
	const plain = layoutComparison(model, options(model, preset, layout));
	const full = layoutComparison(
		model,
		options(model, preset, layout, { timeline: true, prompts: true })
	);
	const sectionText = (id: string) =>
		full.pages.flatMap((page) =>
			page.rows.filter((r) => r.dimensionId === id).flatMap((r) => r.text ?? [])
		);

	test('every event and every prompt is there once, in order', () => {
		const events = words(
			sectionText('timeline')
				.map((b) => b.lines.join(' '))
				.join(' ')
		);
		let from = 0;
		for (const event of model.timeline) {
			const at = events.indexOf(words(event.text), from);
			expect(at, event.id).toBeGreaterThanOrEqual(from);
			from = at + 1;
		}
		const prompts = words(
			sectionText('prompts')
				.map((b) => b.lines.join(' '))
				.join(' ')
		);
		promptOrder(model).forEach((prompt, i) => {
			expect(prompts).toContain(`${i + 1}. ${words(prompt.text)}`);
		});
	});

	test('they come after every row, inside the page, at the floor on slides', () => {
		const rows = new Set(model.rows.map((r) => r.id));
		let seenSection = false;
		for (const page of full.pages) {
			for (const segment of page.rows) {
				const isSection = !rows.has(segment.dimensionId) && (segment.text?.length ?? 0) > 0;
				if (isSection) seenSection = true;
				else expect(seenSection, 'a row after the timeline or prompts').toBe(false);
				for (const b of segment.text ?? []) {
					expect(b.y + heightOf(b)).toBeLessThan(page.footerRuleY);
					if (preset === 'slide') expect(b.font.size).toBeGreaterThanOrEqual(28 * 0.75);
				}
			}
		}
		expect(seenSection).toBe(model.timeline.length + model.prompts.length > 0);
		// A page of its own heads no columns: it has none.
		for (const page of full.pages.filter((p) => p.rows.every((r) => r.text !== undefined))) {
			expect(page.sideHeads).toEqual([]);
			expect(page.columnHeads).toEqual([]);
		}
		// The rows themselves are laid out as without the sections.
		const rowsOf = (l: typeof plain) =>
			l.pages.flatMap((p) => p.rows.filter((r) => rows.has(r.dimensionId)).map((r) => r.cards));
		expect(rowsOf(full)).toEqual(rowsOf(plain));
	});

	test('a section under the rows starts with two of its entries there, or starts overleaf', () => {
		const rows = new Set(model.rows.map((r) => r.id));
		const starts = full.pages.flatMap((page) =>
			page.rows
				.filter((r) => r.text !== undefined && !r.heading[0]!.lines.join(' ').endsWith('continued'))
				.map((segment) => ({ segment, underRows: page.rows.some((r) => rows.has(r.dimensionId)) }))
		);
		const sections = new Set(
			sectionsFor(model, options(model, preset, layout, { timeline: true, prompts: true })).map(
				(s) => s.id
			)
		);
		expect(starts.map((s) => s.segment.dimensionId)).toEqual([...sections]);
		for (const { segment, underRows } of starts) {
			const all = segment.dimensionId === 'timeline' ? model.timeline : promptOrder(model);
			const entries = segment.text!.length / 2;
			if (underRows)
				expect(entries, segment.dimensionId).toBeGreaterThanOrEqual(Math.min(2, all.length));
		}
	});

	test('the image shows the text, and asked for nothing it has no sections', () => {
		const svg = full.pages.map((page) => renderPageSvg(model, page, [])).join('');
		if (model.timeline.length > 0) expect(svg).toContain('data-row="timeline"');
		if (model.prompts.length > 0) expect(svg).toContain('data-row="prompts"');
		expect(plain.pages.some((p) => p.rows.some((r) => r.text))).toBe(false);
	});
});
