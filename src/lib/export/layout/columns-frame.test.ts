import { describe, expect, test } from 'vitest';
import type { ComparisonModel } from '../../model/types';
import { resolvePreset } from '../presets';
import { fakeMeasure, lineHeight, wrapText } from '../text';
import { typeScale } from '../theme';
import { columnWeights, columnsFor } from './columns-frame';
import { frameFor, type Ctx } from './frame';

const u = 28;
const ctx: Ctx = {
	u,
	fonts: typeScale(u),
	frame: frameFor(resolvePreset('slide'), u),
	measure: fakeMeasure,
	wrap: (text, width, font, mode) => wrapText(text, width, font, fakeMeasure, mode)
};
const sides = (labels: string[]) =>
	({ sides: labels.map((label) => ({ label })), lanes: [] }) as unknown as ComparisonModel;
/** What a side's head needs, as `columnsFor` works it out. */
const head = (label: string) => {
	const font = { ...ctx.fonts.dimension, size: Math.round(u * 0.95 * 100) / 100 };
	return Math.round(lineHeight(font) * 0.85) + u * 0.45 + fakeMeasure(label, font);
};

describe('columnsFor', () => {
	test('a column with nothing here is narrowed, never below its side’s head, and the rest widen', () => {
		const model = sides(['Russia', 'United States', 'Both parties']);
		const cols = columnsFor(model, ctx, columnWeights([true, false, false]), false);
		const even = columnsFor(model, ctx, [1, 1, 1], false).widths[0]!;
		expect(cols.widths[0]).toBeGreaterThan(even);
		expect(cols.widths[1]).toBeLessThan(even);
		expect(cols.widths[1]).toBeGreaterThanOrEqual(head('United States') - 1);
		expect(cols.widths[2]).toBeGreaterThanOrEqual(head('Both parties') - 1);
		const right = cols.x.at(-1)! + cols.widths.at(-1)!;
		expect(Math.abs(right - (ctx.frame.x + ctx.frame.width))).toBeLessThan(2);
	});

	test('names too long to narrow leave every column even rather than squeeze the one with claims', () => {
		const long = 'The parents’ association of the district';
		const model = sides(['Students', long, long, long, long, long]);
		const cols = columnsFor(
			model,
			ctx,
			columnWeights([true, false, false, false, false, false]),
			false
		);
		expect(new Set(cols.widths).size).toBe(1);
	});
});
