/**
 * A text edited after claims were made on it: every passage is looked for again in the new
 * text by the anchoring module, and only a certain find (`exact`, `moved`) is carried over on
 * its own. An edited passage (`fuzzy`) waits for a person to confirm it; one that is ambiguous or
 * gone keeps its old anchor, so it shows as lost rather than pointing at a wrong place.
 */
import {
	describeRange,
	normalizeText,
	resolveAnchor,
	type Resolution
} from '../anchoring/index.ts';
import type { Anchor } from '../anchoring/index.ts';
import type { Draft } from '../draft/draft.ts';

/** Where one passage of a claim stands in the current text. */
export type PassageCheck = { claim: string; index: number; quote: string; found: Resolution };

/** Every passage of every claim, found again in the draft's text. */
export function checkPassages(draft: Draft): PassageCheck[] {
	const { text } = draft.source;
	return draft.comparison.claims.flatMap((claim) =>
		claim.anchors.map((anchor, index) => ({
			claim: claim.id,
			index,
			quote: anchor.quote.exact,
			found: resolveAnchor(text, anchor)
		}))
	);
}

/** The draft with the passage `index` of the claim `claim` made anew as `anchor`. */
export function setPassage(draft: Draft, claim: string, index: number, anchor: Anchor): Draft {
	const claims = draft.comparison.claims.map((c) =>
		c.id === claim ? { ...c, anchors: c.anchors.map((a, i) => (i === index ? anchor : a)) } : c
	);
	return { ...draft, comparison: { ...draft.comparison, claims } };
}

/** A paragraph found once in the old text and once, unchanged, in the new: how far it moved. */
type Shift = { start: number; end: number; by: number };

/**
 * The paragraphs an edit left as they were, each with how far it moved. Only a paragraph that is
 * in each text exactly once is trusted to be the same one.
 */
function unchangedParagraphs(before: string, after: string): Shift[] {
	const spans = (text: string) => {
		let at = 0;
		return text.split('\n').map((paragraph) => {
			const span = { paragraph, start: at };
			at += paragraph.length + 1;
			return span;
		});
	};
	const once = (list: { paragraph: string }[]) => {
		const seen = new Map<string, number>();
		for (const { paragraph } of list) seen.set(paragraph, (seen.get(paragraph) ?? 0) + 1);
		return (paragraph: string) => seen.get(paragraph) === 1;
	};
	const old = spans(before);
	const now = spans(after);
	const oldOnce = once(old);
	const nowOnce = once(now);
	const to = new Map(now.filter((s) => nowOnce(s.paragraph)).map((s) => [s.paragraph, s.start]));
	return old.flatMap(({ paragraph, start }) => {
		const at = to.get(paragraph);
		if (paragraph === '' || at === undefined || !oldOnce(paragraph) || at === start) return [];
		return [{ start, end: start + paragraph.length, by: at - start }];
	});
}

/**
 * Where an anchor is in the edited text. Inside a paragraph the edit did not touch, the anchor is
 * first tried where that paragraph went (the anchoring module's check of quote and context at a
 * position, which costs nothing); only if that fails is the whole text searched.
 */
function findAgain(text: string, anchor: Anchor, shifts: Shift[]): Resolution {
	const { start, end } = anchor.position;
	const shift = shifts.find((s) => s.start <= start && end <= s.end);
	if (shift) {
		const position = { ...anchor.position, start: start + shift.by, end: end + shift.by };
		const found = resolveAnchor(text, { ...anchor, position });
		if (found.status === 'exact') return { ...found, status: 'moved' };
	}
	return resolveAnchor(text, anchor);
}

/**
 * The draft over a new text, and how each passage fared. A passage found verbatim is described
 * again where it now is (its position and context follow the edit); every other one is left as
 * it was for the person to confirm or select again.
 */
export function replaceText(draft: Draft, text: string): { draft: Draft; checks: PassageCheck[] } {
	const after = normalizeText(text);
	const shifts = unchangedParagraphs(draft.source.text, after);
	const checks = draft.comparison.claims.flatMap((claim) =>
		claim.anchors.map((anchor, index) => ({
			claim: claim.id,
			index,
			quote: anchor.quote.exact,
			found: findAgain(after, anchor, shifts)
		}))
	);
	const claims = draft.comparison.claims.map((claim) => ({
		...claim,
		anchors: claim.anchors.map((anchor, index) => {
			const { found } = checks.find((c) => c.claim === claim.id && c.index === index)!;
			const certain = found.status === 'exact' || found.status === 'moved';
			return certain ? describeRange(after, found.start, found.end) : anchor;
		})
	}));
	const next = {
		...draft,
		source: { ...draft.source, text: after },
		comparison: { ...draft.comparison, claims }
	};
	return { draft: next, checks };
}

/** Confirms an edited passage where it was found: its anchor is described again at that place. */
export function confirmPassage(draft: Draft, check: PassageCheck): Draft {
	if (check.found.status !== 'fuzzy') return draft;
	const { start, end } = check.found;
	return setPassage(draft, check.claim, check.index, describeRange(draft.source.text, start, end));
}

/** A passage's status in words: exact, moved, fuzzy with its score, ambiguous, orphaned. */
export function statusText(found: Resolution): string {
	switch (found.status) {
		case 'exact':
			return 'found exactly';
		case 'moved':
			return 'found, moved';
		case 'fuzzy':
			return `changed (${Math.round(found.score * 100)}% the same): confirm it`;
		case 'ambiguous':
			return `found in ${found.candidates.length} places: select it again`;
		case 'orphaned':
			return 'not found: select it again';
	}
}
