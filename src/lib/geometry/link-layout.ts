import {
	EDGE_INSET,
	cardEnd,
	linkPath,
	markEnd,
	type Band,
	type Box,
	type Gutter,
	type LinkEnd,
	type Outside
} from './link';

/** One link to draw, with its two ends already measured (undefined when the element is absent). */
export type MeasuredLink = {
	/** Unique per claim anchor, e.g. `<claim id>:<anchor index>`. */
	key: string;
	claim: string;
	/** How far below the card's middle the link leaves it, see cardEnd. */
	spread?: number;
	/** The card's box, in overlay coordinates. */
	card: Box | undefined;
	/** The box of the mark's first line, in overlay coordinates. */
	mark: Box | undefined;
};

/** Everything measured once per frame: pane bands, the gutter and each link's boxes. */
export type Measurement = {
	claims: Band;
	source: Band;
	gutter: Gutter;
	/** Left edge of the source text column, where passage ends pin when out of view. */
	textLeft: number;
	links: MeasuredLink[];
};

/** A laid-out link; `d` is empty when both ends are out of view, as then only the badges show it. */
export type Link = { key: string; claim: string; d: string; from: LinkEnd; to: LinkEnd };

export type Pane = 'claims' | 'source';

/**
 * A badge at a pane's edge counting the link ends beyond it. `keys` are their links, nearest
 * first as far as the boxes tell (far-away ends may share their row's or paragraph's box).
 */
export type EdgeMarker = {
	pane: Pane;
	edge: Exclude<Outside, null>;
	count: number;
	x: number;
	y: number;
	keys: string[];
};

/** Turns measured boxes into link paths and edge markers; links missing an end are skipped. */
export function layoutLinks(m: Measurement): { links: Link[]; markers: EdgeMarker[] } {
	const links: Link[] = [];
	const edges = new Map<string, { key: string; distance: number }[]>();
	const note = (pane: Pane, edge: Outside, box: Box, key: string) => {
		if (edge === null) return;
		const id = `${pane} ${edge}`;
		// The nearest end beyond an edge is the one to bring into view first.
		const distance = edge === 'above' ? -box.bottom : box.top;
		const list = edges.get(id) ?? [];
		list.push({ key, distance });
		edges.set(id, list);
	};
	for (const { key, claim, spread, card, mark } of m.links) {
		if (!card || !mark) continue;
		const from = cardEnd(card, m.claims, spread);
		const to = markEnd(mark, m.source, m.textLeft);
		note('claims', from.outside, card, key);
		note('source', to.outside, mark, key);
		const hidden = from.outside !== null && to.outside !== null;
		links.push({ key, claim, d: hidden ? '' : linkPath(from, to, m.gutter), from, to });
	}
	const markers: EdgeMarker[] = [];
	for (const [id, ends] of edges) {
		const [pane, edge] = id.split(' ') as [Pane, 'above' | 'below'];
		const band = pane === 'claims' ? m.claims : m.source;
		markers.push({
			pane,
			edge,
			count: ends.length,
			keys: ends.sort((a, b) => a.distance - b.distance).map((e) => e.key),
			// In the gutter, a quarter in from its own pane's side, so neither badge covers words.
			x: m.gutter.left + (m.gutter.right - m.gutter.left) * (pane === 'claims' ? 0.25 : 0.75),
			// Inset like the clamped link ends: a badge reaching the pane's very edge can stick out
			// of the page by a pixel, and the scrollbar that adds reflows every column.
			y: edge === 'above' ? band.top + EDGE_INSET : band.bottom - EDGE_INSET
		});
	}
	markers.sort((a, b) => a.pane.localeCompare(b.pane) || a.edge.localeCompare(b.edge));
	return { links, markers };
}
