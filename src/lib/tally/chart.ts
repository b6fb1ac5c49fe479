/**
 * The before/after chart's geometry, apart from the counts: D3's scales (and what they bring) load
 * only with the chart, once a hand is counted, not with every present and handout page.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import type { ComparisonModel } from '../model/types';
import { tallyChoices, type Phase, type Tally } from './tally';

/** One bar of the chart, in the SVG's units. */
export type Bar = {
	id: string;
	phase: Phase;
	x: number;
	y: number;
	width: number;
	height: number;
	count: number;
};

/** A group of bars: one choice, before and after. */
export type BarGroup = {
	id: string;
	label: string;
	side?: number;
	x: number;
	width: number;
	bars: Bar[];
};

/**
 * The before/after chart's geometry: a group per choice along the bottom, two bars in each, on
 * one linear scale from 0 to the largest count (at least 1, so an empty chart has no NaN).
 */
export function tallyBars(
	model: ComparisonModel,
	tally: Tally,
	size: { width: number; height: number }
): { groups: BarGroup[]; top: number } {
	const choices = tallyChoices(model);
	const top = Math.max(1, ...Object.values(tally.before), ...Object.values(tally.after));
	const x = scaleBand<string>()
		.domain(choices.map((c) => c.id))
		.range([0, size.width])
		.paddingInner(0.25)
		.paddingOuter(0.1);
	const inner = scaleBand<Phase>()
		.domain(['before', 'after'])
		.range([0, x.bandwidth()])
		.padding(0.08);
	const y = scaleLinear().domain([0, top]).range([size.height, 0]);
	const r = (n: number) => Math.round(n * 100) / 100;
	const groups = choices.map((c) => ({
		...c,
		x: r(x(c.id)!),
		width: r(x.bandwidth()),
		bars: (['before', 'after'] as const).map((phase) => {
			const count = tally[phase][c.id] ?? 0;
			return {
				id: c.id,
				phase,
				count,
				x: r(x(c.id)! + inner(phase)!),
				width: r(inner.bandwidth()),
				y: r(y(count)),
				height: r(size.height - y(count))
			};
		})
	}));
	return { groups, top };
}
