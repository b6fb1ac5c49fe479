import { resolveAnchor, type Anchor } from '../anchoring/index.ts';
import { splitPassages } from '../source/passages.ts';
import type { Comparison, Source } from './schema.ts';
import type {
	AnchorModel,
	ClaimModel,
	ComparisonModel,
	Lane,
	LaneStop,
	PassageModel,
	Piece,
	RowModel,
	Voice
} from './types.ts';
import { isPlaced } from './select.ts';
import { sideStyle, voiceColumn } from './voice.ts';

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
 * counts as elsewhere. In a "sequence", a side's claim takes the step of its row. `validate` says what is wrong with such a draft.
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

	const stepOf = new Map(
		comparison.layout === 'sequence'
			? comparison.dimensions.flatMap((d) =>
					d.step === undefined ? [] : [[d.id, d.step] as const]
				)
			: []
	);
	const claims: ClaimModel[] = voiced.map(({ claim, voice, located }) => {
		// A side's claim on a step row is that step of its lane; the author's words never are.
		const step = claim.voice === 'side' ? stepOf.get(claim.dimension) : undefined;
		return {
			id: claim.id,
			text: claim.text,
			voice,
			...(claim.voice === 'side' ? { attribution: claim.attribution } : {}),
			...(step === undefined ? {} : { step }),
			dimension: claim.dimension,
			about:
				claim.voice === 'side'
					? []
					: (claim.about ?? []).flatMap((id) => (sideIndex.has(id) ? [sideIndex.get(id)!] : [])),
			anchors: anchorsOf(located, (p) => p.claims.includes(claim.id))
		};
	});

	const rows = rowsOf(comparison, claims, stepOf);
	const { text: _text, textFile: _file, $schema: _schema, ...meta } = source;
	return {
		id: comparison.id,
		title: comparison.title,
		question: comparison.question,
		layout: comparison.layout,
		source: meta,
		sides: comparison.sides.map((side, index) => {
			const { letter, ink, soft, line } = sideStyle(index);
			return {
				id: side.id,
				label: side.label,
				who: side.who,
				hide: side.hide ?? [],
				index,
				letter,
				ink,
				soft,
				line
			};
		}),
		claims,
		rows,
		framingElsewhere: claims
			.filter((c) => c.voice.kind === 'framing' && !(c.dimension && dimensions.has(c.dimension)))
			.map((c) => c.id),
		lanes: comparison.sides.map((_, side) =>
			comparison.layout === 'sequence' ? laneOf(rows, side, claims) : null
		),
		passages,
		// In the order the comparison gives: the text's own order of telling is the author's to keep.
		timeline: (comparison.timeline ?? []).map((event, i) => {
			const anchors = anchorsOf(events[i]!.located, (p) => p.events.includes(event.id));
			return {
				id: event.id,
				...(event.date ? { date: event.date } : {}),
				...(event.inferred ? { inferred: true } : {}),
				when: event.when,
				text: event.text,
				anchors,
				target: anchors.find(isPlaced)?.target
			};
		}),
		prompts: comparison.prompts.map(({ id, text, dimension }) => ({ id, text, dimension }))
	};
}

/** A claim's voice, or undefined when it names a side the comparison does not have. */
function voiceOf(
	claim: Comparison['claims'][number],
	sides: Map<string, number>
): Voice | undefined {
	if (claim.voice === 'framing') return { kind: 'framing' };
	const side = sides.get(claim.voice === 'side' ? claim.side : (claim.about[0] ?? ''));
	return side === undefined ? undefined : { kind: claim.voice, side };
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

/**
 * One row per dimension: each side's column (its claims and the author's accounts of it, in the
 * file's order), the author's framing, and the sides that say nothing there themselves.
 */
function rowsOf(
	comparison: Comparison,
	claims: ClaimModel[],
	stepOf: ReadonlyMap<string, number>
): RowModel[] {
	return comparison.dimensions.map((dimension) => {
		const on = claims.filter((c) => c.dimension === dimension.id);
		const cells = comparison.sides.map((_, side) => ({
			side,
			claims: on.filter((c) => voiceColumn(c.voice) === side).map((c) => c.id)
		}));
		const step = stepOf.get(dimension.id);
		return {
			id: dimension.id,
			label: dimension.label,
			description: dimension.description,
			...(step === undefined ? {} : { step }),
			cells,
			framing: on.filter((c) => c.voice.kind === 'framing').map((c) => c.id),
			silent: comparison.sides.flatMap((_, side) =>
				on.some((c) => c.voice.kind === 'side' && c.voice.side === side) ? [] : [side]
			),
			prompts: comparison.prompts.filter((p) => p.dimension === dimension.id).map((p) => p.id)
		};
	});
}

/**
 * A side's lane: the step rows where it has a claim of its own, from the first to the last, or
 * null when it has none. The author's accounts of the side sit in its column but are no step.
 */
function laneOf(rows: RowModel[], side: number, claims: ClaimModel[]): Lane | null {
	const byId = new Map(claims.map((c) => [c.id, c]));
	const stops: LaneStop[] = [];
	const onRows: number[] = [];
	rows.forEach((row, i) => {
		if (row.step === undefined) return;
		const own = (row.cells[side]?.claims ?? []).some((id) => byId.get(id)?.voice.kind === 'side');
		if (!own) return;
		onRows.push(i);
		stops.push({ step: row.step, rows: [row.id] });
	});
	if (onRows.length === 0) return null;
	return { side, first: onRows[0]!, last: onRows.at(-1)!, stops };
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
