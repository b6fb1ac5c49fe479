import {
	cardEnd,
	linkPath,
	markEnd,
	type Band,
	type Box,
	type Gutter,
	type LinkEnd,
	type Outside
} from './geometry';

/** One link to draw, with its two ends already measured (undefined when the element is absent). */
export type MeasuredLink = {
	/** Unique per claim anchor, e.g. `<claim id>:<anchor index>`. */
	key: string;
	claim: string;
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

export type Link = { key: string; claim: string; d: string; from: LinkEnd; to: LinkEnd };

export type Pane = 'claims' | 'source';

/** A badge at a pane's edge counting the link ends beyond it; `key` is the nearest one's link. */
export type EdgeMarker = {
	pane: Pane;
	edge: Exclude<Outside, null>;
	count: number;
	x: number;
	y: number;
	key: string;
};

/** Turns measured boxes into link paths and edge markers; links missing an end are skipped. */
export function layoutLinks(m: Measurement): { links: Link[]; markers: EdgeMarker[] } {
	const links: Link[] = [];
	const edges = new Map<string, { count: number; key: string; distance: number }>();
	const note = (pane: Pane, edge: Outside, box: Box, key: string) => {
		if (edge === null) return;
		const id = `${pane} ${edge}`;
		// The nearest end beyond an edge is the one to bring into view first.
		const distance = edge === 'above' ? -box.bottom : box.top;
		const seen = edges.get(id);
		if (!seen) edges.set(id, { count: 1, key, distance });
		else {
			seen.count += 1;
			if (distance < seen.distance) Object.assign(seen, { key, distance });
		}
	};
	for (const { key, claim, card, mark } of m.links) {
		if (!card || !mark) continue;
		const from = cardEnd(card, m.claims);
		const to = markEnd(mark, m.source, m.textLeft);
		note('claims', from.outside, card, key);
		note('source', to.outside, mark, key);
		links.push({ key, claim, d: linkPath(from, to, m.gutter), from, to });
	}
	const markers: EdgeMarker[] = [];
	for (const [id, { count, key }] of edges) {
		const [pane, edge] = id.split(' ') as [Pane, 'above' | 'below'];
		const band = pane === 'claims' ? m.claims : m.source;
		markers.push({
			pane,
			edge,
			count,
			key,
			x: pane === 'claims' ? m.gutter.left : m.textLeft,
			y: edge === 'above' ? band.top : band.bottom
		});
	}
	markers.sort((a, b) => a.pane.localeCompare(b.pane) || a.edge.localeCompare(b.edge));
	return { links, markers };
}
