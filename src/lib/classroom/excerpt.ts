import { claimOf, placed } from '../model/select';
import type { ComparisonModel, PassageModel, Span } from '../model/types';

/** A run of excerpt text; `claims` lists the claims in focus whose quote covers it (none: plain). */
export type ExcerptPart = { text: string; claims: string[] };

/** The whole sentences around one or more quotes, split where a focused quote begins or ends. */
export type Excerpt = { passage: string; start: number; end: number; parts: ExcerptPart[] };

/**
 * The passages in context for the quotes of `claimIds`: each quote widened to the sentences it
 * touches, sentences shared or adjacent within a passage merged, in source order. A passage with
 * no known sentences is shown whole.
 */
export function excerptsFor(model: ComparisonModel, claimIds: readonly string[]): Excerpt[] {
	const focus = new Set(claimIds);
	const ranges = model.claims.filter((c) => focus.has(c.id)).flatMap((c) => placed(c));
	const spans = new Map<string, { first: number; last: number; span: Span }[]>();
	for (const range of ranges) {
		const passage = model.passages.find((p) => p.id === range.passage);
		if (!passage) continue;
		const list = passage.sentences;
		const touched = list
			.map((s, i) => ({ s, i }))
			.filter(({ s }) => s.start < range.end && s.end > range.start);
		const first = touched[0];
		const last = touched.at(-1);
		const entry =
			first && last
				? { first: first.i, last: last.i, span: { start: first.s.start, end: last.s.end } }
				: { first: 0, last: list.length, span: { start: passage.start, end: passage.end } };
		spans.set(passage.id, [...(spans.get(passage.id) ?? []), entry]);
	}

	const excerpts: Excerpt[] = [];
	for (const [passageId, entries] of spans) {
		const passage = model.passages.find((p) => p.id === passageId)!;
		entries.sort((a, b) => a.first - b.first);
		const merged: typeof entries = [];
		for (const e of entries) {
			const prev = merged.at(-1);
			if (prev && e.first <= prev.last + 1) {
				prev.last = Math.max(prev.last, e.last);
				prev.span = { start: prev.span.start, end: Math.max(prev.span.end, e.span.end) };
			} else {
				merged.push({ ...e, span: { ...e.span } });
			}
		}
		for (const { span } of merged) {
			excerpts.push({
				passage: passageId,
				start: span.start,
				end: span.end,
				parts: partsOf(passage.pieces, span, focus)
			});
		}
	}
	return excerpts.sort((a, b) => a.start - b.start);
}

function partsOf(pieces: PassageModel['pieces'], span: Span, focus: Set<string>): ExcerptPart[] {
	const parts: ExcerptPart[] = [];
	for (const piece of pieces) {
		if (piece.end <= span.start || piece.start >= span.end) continue;
		const from = Math.max(piece.start, span.start);
		const to = Math.min(piece.end, span.end);
		const text = piece.text.slice(from - piece.start, to - piece.start);
		const claims = piece.claims.filter((id) => focus.has(id));
		const prev = parts.at(-1);
		if (prev && sameSet(prev.claims, claims)) prev.text += text;
		else parts.push({ text, claims });
	}
	return parts;
}

function sameSet(a: string[], b: string[]): boolean {
	return a.length === b.length && a.every((x) => b.includes(x));
}

/** One quoted range of a claim, with whether the sentence goes on before and after it. */
export type QuotedPassage = { text: string; before: boolean; after: boolean };

/**
 * The exact words a claim quotes, range by range, each flagged where it is cut out of a longer
 * sentence, so it can be shown with an ellipsis there rather than as if it were whole.
 */
export function quotedPassages(model: ComparisonModel, claimId: string): QuotedPassage[] {
	const claim = claimOf(model, claimId);
	if (!claim) return [];
	return placed(claim).map((range) => {
		const passage = model.passages.find((p) => p.id === range.passage);
		const list = passage?.sentences ?? [];
		const first = list.find((s) => s.start < range.end && s.end > range.start);
		const last = list.findLast((s) => s.start < range.end && s.end > range.start);
		// A quote that stops only short of its sentence's closing punctuation is not cut.
		const rest = passage && last ? textOf(passage, range.end, last.end) : '';
		return {
			text: range.quote,
			before: first !== undefined && range.start > first.start,
			after: last !== undefined && !/^[\s.!?…"”’)\]]*$/.test(rest)
		};
	});
}

function textOf(passage: PassageModel, from: number, to: number): string {
	return passage.pieces
		.map((p) => p.text.slice(Math.max(0, from - p.start), Math.max(0, to - p.start)))
		.join('');
}

/** Quotation marks a quote can open or close with: double ones, and an opening single one. */
const OPENING = /^[“”"„«»‘‹]/;
/** A closing single mark is left out: at a quote's end "’" is far more often an apostrophe. */
const CLOSING = /[”“"»«›]$/;

/**
 * The quotation marks to put around a quote. None when the quote itself opens or closes with
 * quotation marks: adding ours would double them (““We have studied…”) or leave one unclosed.
 */
export function quoteMarks(text: string): { open: string; close: string } {
	const own = OPENING.test(text) || CLOSING.test(text);
	return own ? { open: '', close: '' } : { open: '“', close: '”' };
}

/** A quoted passage as excerpt parts: in quotation marks, with its ellipses, the quote marked. */
export function quoteParts(passage: QuotedPassage, claimId: string): ExcerptPart[] {
	const { open, close } = quoteMarks(passage.text);
	return [
		{ text: `${open}${passage.before ? '…' : ''}`, claims: [] },
		{ text: passage.text, claims: [claimId] },
		{ text: `${passage.after ? '…' : ''}${close}`, claims: [] }
	];
}
