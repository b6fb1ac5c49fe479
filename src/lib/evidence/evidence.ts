/**
 * "Find the evidence": a claim's paraphrase is shown, the student selects the passage that
 * supports it, and the selection is marked against the claim's anchors by the characters they
 * share. Pure: offsets in, verdicts out.
 */
import { labelsOf } from '../model/labels';
import { placed } from '../model/select';
import type { ClaimModel, ComparisonModel, PlacedAnchor, Span } from '../model/types';
import { seededShuffle } from '../quiz/shuffle';

/** One question: a claim whose passage the student must find, with the places it may be. */
export type EvidenceItem = { claim: ClaimModel; anchors: PlacedAnchor[] };

/**
 * How a selection stands against a claim's anchors: right (most of an anchor covered, little
 * else), close (part of it, or the sentence next to it) with the way to look, or not there.
 */
export type Verdict =
	{ kind: 'right' } | { kind: 'close'; look: 'earlier' | 'later' | 'wider' } | { kind: 'wrong' };

/** A student's answer: the range they selected and its verdict. */
export type EvidenceAnswer = Span & { verdict: Verdict['kind'] };

export type EvidenceScore = { right: number; close: number; answered: number; total: number };

/** Share of an anchor a selection must cover to be right. */
export const MIN_COVERED = 0.6;
/** Share of a selection that must be the anchor, unless it stays within the anchor's sentences. */
export const MIN_PRECISE = 0.5;

/**
 * The questions in the order `seed` gives: every claim with a passage found in the text (a
 * draft's claim whose anchor is lost has nothing to find, so it is not asked).
 */
export function evidenceItems(model: ComparisonModel, seed: number): EvidenceItem[] {
	const items = model.claims
		.map((claim) => ({ claim, anchors: placed(claim) }))
		.filter((item) => item.anchors.length > 0);
	return seededShuffle(items, seed);
}

/** Every sentence of the text in reading order, across passages. */
export function sentencesOf(model: ComparisonModel): Span[] {
	return model.passages.flatMap((p) => p.sentences);
}

/** How many characters two ranges share. */
export function overlap(a: Span, b: Span): number {
	return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Indices of the first and last sentence a range touches, or undefined between sentences. */
function sentenceRange(sentences: readonly Span[], span: Span): [number, number] | undefined {
	let first = -1;
	let last = -1;
	sentences.forEach((s, i) => {
		if (overlap(s, span) > 0) {
			if (first < 0) first = i;
			last = i;
		}
	});
	return first < 0 ? undefined : [first, last];
}

/** The verdict of `selection` against one anchor. */
function markOne(sentences: readonly Span[], selection: Span, anchor: Span): Verdict {
	const shared = overlap(selection, anchor);
	const covered = shared / (anchor.end - anchor.start);
	const precise = shared / (selection.end - selection.start);
	const own = sentenceRange(sentences, anchor);
	const mine = sentenceRange(sentences, selection);
	const withinOwn =
		own !== undefined &&
		selection.start >= sentences[own[0]]!.start &&
		selection.end <= sentences[own[1]]!.end;
	if (covered >= MIN_COVERED && (precise >= MIN_PRECISE || withinOwn)) return { kind: 'right' };
	const look = (): 'earlier' | 'later' | 'wider' => {
		if (selection.start <= anchor.start && selection.end >= anchor.end) return 'wider';
		const middle = (s: Span) => s.start + s.end;
		return middle(anchor) > middle(selection) ? 'later' : 'earlier';
	};
	if (shared > 0) return { kind: 'close', look: look() };
	if (own && mine && (mine[0] === own[1] + 1 || mine[1] === own[0] - 1)) {
		return { kind: 'close', look: look() };
	}
	return { kind: 'wrong' };
}

const rank = { right: 2, close: 1, wrong: 0 } as const;

/**
 * Marks a selection against every anchor of a claim and keeps the best verdict, so a claim
 * quoted in several places accepts any of them. An empty selection is not there.
 */
export function markSelection(
	model: ComparisonModel,
	item: EvidenceItem,
	selection: Span
): Verdict {
	if (selection.end <= selection.start) return { kind: 'wrong' };
	const sentences = sentencesOf(model);
	let best: Verdict = { kind: 'wrong' };
	// Among equal verdicts the anchor sharing most words, then the nearest, says where to look.
	const gap = (a: Span) => Math.max(a.start - selection.end, selection.start - a.end, 0);
	const order = [...item.anchors].sort(
		(a, b) => overlap(b, selection) - overlap(a, selection) || gap(a) - gap(b)
	);
	for (const anchor of order) {
		const verdict = markOne(sentences, selection, anchor);
		if (rank[verdict.kind] > rank[best.kind]) best = verdict;
	}
	return best;
}

/** How many answers were right and close, of how many answered, of how many questions. */
export function scoreEvidence(
	items: readonly EvidenceItem[],
	answers: Readonly<Record<string, EvidenceAnswer>>
): EvidenceScore {
	const score = { right: 0, close: 0, answered: 0, total: items.length };
	for (const item of items) {
		const answer = answers[item.claim.id];
		if (!answer) continue;
		score.answered++;
		if (answer.verdict === 'right') score.right++;
		if (answer.verdict === 'close') score.close++;
	}
	return score;
}

/** The words of a verdict, as the student reads them. */
export function verdictText(verdict: Verdict): string {
	if (verdict.kind === 'right') return 'Right: that is the passage.';
	if (verdict.kind === 'wrong') return 'Not there: the passage is elsewhere.';
	if (verdict.look === 'wider')
		return 'Close: the passage is inside what you chose — narrow it down.';
	return `Close: look one sentence ${verdict.look}.`;
}

/**
 * What a question asks, by the claim's voice: a side's reported position, the author's account
 * of a side, or the author's own framing ("Find where the author frames it this way").
 */
export function evidencePrompt(model: ComparisonModel, claim: ClaimModel): string {
	const { evidence } = labelsOf(model);
	if (claim.voice.kind === 'framing') return evidence.framing;
	const side = model.sides[claim.voice.side]!.label;
	return claim.voice.kind === 'side' ? evidence.side(side) : evidence.account(side);
}
