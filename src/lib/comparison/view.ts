import { resolveAnchor, type Anchor } from '../anchoring';
import { passageAt, splitPassages } from '../source/passages';
import type {
	Source,
	AuthorClaim,
	Comparison,
	Dimension,
	Side,
	SideClaim,
	TimelineEvent
} from '../model/schema';

/** Where one anchor landed in the source: offsets, the quoted text and the passage holding it. */
export type AnchorRange = { start: number; end: number; quote: string; passage: string };

export type SideClaimView = SideClaim & { ranges: AnchorRange[] };
export type AuthorClaimView = AuthorClaim & { ranges: AnchorRange[] };
export type ClaimView = SideClaimView | AuthorClaimView;
export type EventView = TimelineEvent & { ranges: AnchorRange[] };

/** A run of passage text covered by the same set of claims and events (possibly none). */
export type Piece = {
	start: number;
	end: number;
	text: string;
	claims: string[];
	events: string[];
};
export type PassageView = { id: string; start: number; end: number; pieces: Piece[] };

/** One dimension row: each side's claims on it, in side order, and the author's framing on it. */
export type Row = {
	dimension: Dimension;
	cells: { side: Side; claims: SideClaimView[] }[];
	author: AuthorClaimView[];
};

/** Everything a page needs to show a comparison, computed once at build time. */
export type ComparisonView = {
	comparison: Comparison;
	source: Omit<Source, 'text'>;
	passages: PassageView[];
	claims: ClaimView[];
	rows: Row[];
	/** Author framing that belongs to no row. */
	authorElsewhere: AuthorClaimView[];
	timeline: EventView[];
};

/** Builds the view of a validated comparison over its source; throws if an anchor does not resolve. */
export function buildComparisonView(comparison: Comparison, source: Source): ComparisonView {
	const passages = splitPassages(source.text);
	const passageOf = (offset: number) => passageAt(passages, offset)?.id ?? '';
	const rangesOf = (anchors: Anchor[], owner: string): AnchorRange[] =>
		anchors.map((anchor) => {
			const r = resolveAnchor(source.text, anchor);
			if (r.status !== 'exact') {
				throw new Error(
					`${comparison.id}: anchor of ${owner} does not resolve exactly (${r.status})`
				);
			}
			return {
				start: r.start,
				end: r.end,
				quote: source.text.slice(r.start, r.end),
				passage: passageOf(r.start)
			};
		});

	const claims: ClaimView[] = comparison.claims.map((c) => ({
		...c,
		ranges: rangesOf(c.anchors, c.id)
	}));
	const timeline: EventView[] = (comparison.timeline ?? []).map((e) => ({
		...e,
		ranges: rangesOf(e.anchors, e.id)
	}));

	const sideClaims = claims.filter((c): c is SideClaimView => c.voice === 'side');
	const authorClaims = claims.filter((c): c is AuthorClaimView => c.voice === 'author');
	const byStep = (a: SideClaimView, b: SideClaimView) => (a.step ?? 0) - (b.step ?? 0);
	const rows: Row[] = comparison.dimensions.map((dimension) => ({
		dimension,
		cells: comparison.sides.map((side) => ({
			side,
			claims: sideClaims
				.filter((c) => c.side === side.id && c.dimension === dimension.id)
				.sort(byStep)
		})),
		author: authorClaims.filter((c) => c.dimension === dimension.id)
	}));

	const covers = [
		...claims.flatMap((c) => c.ranges.map((r) => ({ ...r, claim: c.id, event: undefined }))),
		...timeline.flatMap((e) => e.ranges.map((r) => ({ ...r, claim: undefined, event: e.id })))
	];
	const passageViews = passages.map((p) => ({
		id: p.id,
		start: p.start,
		end: p.end,
		pieces: segment(source.text, p.start, p.end, covers)
	}));

	const { text: _text, ...meta } = source;
	return {
		comparison,
		source: meta,
		passages: passageViews,
		claims,
		rows,
		authorElsewhere: authorClaims.filter((c) => c.dimension === undefined),
		timeline
	};
}

type Cover = { start: number; end: number; claim?: string; event?: string };

/**
 * Splits [from, to) at every cover boundary so overlapping anchors become separate pieces,
 * each listing every claim and event that covers it.
 */
export function segment(text: string, from: number, to: number, covers: Cover[]): Piece[] {
	const inside = covers.filter((c) => c.start < to && c.end > from);
	const cuts = new Set([from, to]);
	for (const c of inside) {
		cuts.add(Math.max(from, c.start));
		cuts.add(Math.min(to, c.end));
	}
	const points = [...cuts].sort((a, b) => a - b);
	const pieces: Piece[] = [];
	for (let i = 0; i < points.length - 1; i++) {
		const start = points[i]!;
		const end = points[i + 1]!;
		const over = inside.filter((c) => c.start <= start && c.end >= end);
		pieces.push({
			start,
			end,
			text: text.slice(start, end),
			claims: unique(over.flatMap((c) => (c.claim ? [c.claim] : []))),
			events: unique(over.flatMap((c) => (c.event ? [c.event] : [])))
		});
	}
	return pieces;
}

function unique(ids: string[]): string[] {
	return [...new Set(ids)];
}
