import { resolveAnchor, type Anchor } from '../anchoring/index.ts';
import { splitPassages } from '../source/passages.ts';
import type { Comparison, Source } from './schema.ts';
import type {
	AnchorModel,
	ClaimModel,
	ComparisonModel,
	EventModel,
	Lane,
	PassageModel,
	Piece,
	RowModel,
	Voice
} from './types.ts';
import { isPlaced } from './select.ts';
import { sideStyle } from './voice.ts';

/** Where an anchor resolved, before the pieces (and so the mark it links to) are known. */
type Located = {
	anchor: Anchor;
	start?: number;
	end?: number;
	result: ReturnType<typeof resolveAnchor>;
};

/**
 * Builds the model every mode reads from a comparison and its source (text normalised with
 * `normalizeText`). Never throws on a draft: an anchor that does not resolve exactly keeps its
 * status (moved and fuzzy ones are placed where they now are; ambiguous and orphaned ones are
 * placed nowhere), a claim naming an unknown side is left out, and framing on an unknown row
 * counts as elsewhere. `validate` says what is wrong with such a draft.
 */
export function buildModel(comparison: Comparison, source: Source): ComparisonModel {
	const { text } = source;
	const sideIndex = new Map(comparison.sides.map((s, i) => [s.id, i]));
	const dimensions = new Set(comparison.dimensions.map((d) => d.id));
	const locate = (anchor: Anchor): Located => {
		const result = resolveAnchor(text, anchor);
		return 'start' in result
			? { anchor, result, start: result.start, end: result.end }
			: { anchor, result };
	};

	const voiced = comparison.claims.flatMap((claim) => {
		const voice = voiceOf(claim, sideIndex);
		return voice ? [{ claim, voice, located: claim.anchors.map(locate) }] : [];
	});
	const events = (comparison.timeline ?? []).map((event) => ({
		event,
		located: event.anchors.map(locate)
	}));

	const covers: Cover[] = [
		...voiced.flatMap(({ claim, located }) =>
			located.flatMap((l) => cover(l, claim.id, undefined))
		),
		...events.flatMap(({ event, located }) => located.flatMap((l) => cover(l, undefined, event.id)))
	];
	const passages: PassageModel[] = splitPassages(text).map((p) => ({
		id: p.id,
		start: p.start,
		end: p.end,
		pieces: segment(text, p.start, p.end, covers),
		sentences: p.sentences.map(({ start, end }) => ({ start, end }))
	}));
	const anchorsOf = (located: Located[], owns: (piece: Piece) => boolean) =>
		located.map((l) => anchorModel(l, text, passages, owns));

	const claims: ClaimModel[] = voiced.map(({ claim, voice, located }) => ({
		id: claim.id,
		text: claim.text,
		voice,
		...(claim.voice === 'side' ? { attribution: claim.attribution, step: claim.step } : {}),
		dimension: claim.dimension,
		about:
			claim.voice === 'author'
				? (claim.about ?? []).flatMap((id) => (sideIndex.has(id) ? [sideIndex.get(id)!] : []))
				: [],
		anchors: anchorsOf(located, (p) => p.claims.includes(claim.id))
	}));

	const rows = rowsOf(comparison, claims);
	const { text: _text, textFile: _file, $schema: _schema, ...meta } = source;
	return {
		id: comparison.id,
		title: comparison.title,
		question: comparison.question,
		layout: comparison.layout,
		source: meta,
		sides: comparison.sides.map((side, index) => {
			const { letter, ink, soft, line } = sideStyle(index);
			return { id: side.id, label: side.label, who: side.who, index, letter, ink, soft, line };
		}),
		claims,
		rows,
		authorElsewhere: claims
			.filter((c) => c.voice.kind === 'author' && !(c.dimension && dimensions.has(c.dimension)))
			.map((c) => c.id),
		lanes: comparison.sides.map((_, side) =>
			comparison.layout === 'sequence' ? laneOf(rows, side, claims) : null
		),
		passages,
		timeline: timelineOf(
			events.map(({ event, located }) => ({
				id: event.id,
				date: event.date,
				when: event.when,
				text: event.text,
				anchors: anchorsOf(located, (p) => p.events.includes(event.id))
			}))
		),
		prompts: comparison.prompts.map(({ id, text, dimension }) => ({ id, text, dimension }))
	};
}

function voiceOf(
	claim: Comparison['claims'][number],
	sides: Map<string, number>
): Voice | undefined {
	if (claim.voice === 'author') return { kind: 'author' };
	const side = sides.get(claim.side);
	return side === undefined ? undefined : { kind: 'side', side };
}

type Cover = { start: number; end: number; claim?: string; event?: string };

function cover(l: Located, claim: string | undefined, event: string | undefined): Cover[] {
	return l.start === undefined || l.end === undefined
		? []
		: [{ start: l.start, end: l.end, claim, event }];
}

/** An anchor as the model keeps it; a placed one links to the first mark of its own range. */
function anchorModel(
	{ anchor, result, start, end }: Located,
	text: string,
	passages: PassageModel[],
	owns: (piece: Piece) => boolean
): AnchorModel {
	if (result.status !== 'exact' && result.status !== 'moved' && result.status !== 'fuzzy') {
		return { status: result.status, quote: anchor.quote.exact };
	}
	const from = start!;
	const to = end!;
	const inside = passages.filter((p) => p.start < to && p.end > from);
	const target = inside
		.flatMap((p) => p.pieces)
		.find((p) => p.end > from && p.start < to && owns(p))?.start;
	return {
		status: result.status,
		...(result.status === 'fuzzy' ? { score: result.score } : {}),
		start: from,
		end: to,
		quote: text.slice(from, to),
		passage: passages.find((p) => from >= p.start && from < p.end)?.id ?? '',
		target: target ?? from
	};
}

/** One row per dimension: each side's claims in step order, the author's framing, who is silent. */
function rowsOf(comparison: Comparison, claims: ClaimModel[]): RowModel[] {
	const byStep = (a: ClaimModel, b: ClaimModel) => (a.step ?? 0) - (b.step ?? 0);
	return comparison.dimensions.map((dimension) => {
		const on = claims.filter((c) => c.dimension === dimension.id);
		const cells = comparison.sides.map((_, side) => ({
			side,
			claims: on
				.filter((c) => c.voice.kind === 'side' && c.voice.side === side)
				.sort(byStep)
				.map((c) => c.id)
		}));
		return {
			id: dimension.id,
			label: dimension.label,
			description: dimension.description,
			cells,
			author: on.filter((c) => c.voice.kind === 'author').map((c) => c.id),
			silent: cells.filter((c) => c.claims.length === 0).map((c) => c.side),
			prompts: comparison.prompts.filter((p) => p.dimension === dimension.id).map((p) => p.id)
		};
	});
}

/** A side's lane: the rows from its first numbered step to its last, or null when it has none. */
function laneOf(rows: RowModel[], side: number, claims: ClaimModel[]): Lane | null {
	const stepOf = new Map(claims.map((c) => [c.id, c.step]));
	const stops = new Map<number, string[]>();
	const onRows: number[] = [];
	rows.forEach((row, i) => {
		for (const id of row.cells[side]?.claims ?? []) {
			const step = stepOf.get(id);
			if (step === undefined) continue;
			if (onRows.at(-1) !== i) onRows.push(i);
			const at = stops.get(step) ?? [];
			if (!at.includes(row.id)) at.push(row.id);
			stops.set(step, at);
		}
	});
	if (onRows.length === 0) return null;
	return {
		side,
		first: onRows[0]!,
		last: onRows.at(-1)!,
		stops: [...stops].sort(([a], [b]) => a - b).map(([step, rows]) => ({ step, rows }))
	};
}

/** Dated events in date order, then undated ones in the order the source tells them. */
function timelineOf(events: Omit<EventModel, 'target'>[]): EventModel[] {
	const start = (e: Omit<EventModel, 'target'>) => e.anchors.find(isPlaced)?.start ?? 0;
	return [...events]
		.sort((a, b) => {
			if (a.date && b.date) return a.date.localeCompare(b.date) || start(a) - start(b);
			if (a.date || b.date) return a.date ? -1 : 1;
			return start(a) - start(b);
		})
		.map((e) => ({ ...e, target: e.anchors.find(isPlaced)?.target }));
}

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
