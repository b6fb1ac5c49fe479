/**
 * "Where does the class stand?": a show-of-hands count for each side and "undecided", before the
 * discussion and after it. Pure: counts in, counts and chart geometry out; storage is apart.
 */
import type { ComparisonModel } from '../model/types';

/** The choice for hands raised for no side. Side ids are slugs, so it can never be one. */
export const UNDECIDED = '(undecided)';

export type Phase = 'before' | 'after';

/** Hands counted per choice (side id or UNDECIDED), before and after. */
export type Tally = Record<Phase, Record<string, number>>;

/** The most hands one count may hold: more than any class, few enough to catch a typo. */
export const MAX_HANDS = 999;

/** What the class can raise a hand for: each side in order, then undecided. */
export function tallyChoices(
	model: ComparisonModel
): { id: string; label: string; side?: number }[] {
	return [
		...model.sides.map((s) => ({ id: s.id, label: s.label, side: s.index })),
		{ id: UNDECIDED, label: 'Undecided' }
	];
}

/** A count as typed: a whole number in [0, MAX_HANDS], anything else 0. */
export function parseCount(value: unknown): number {
	const n = typeof value === 'number' ? value : Number(String(value ?? '').trim() || 0);
	return Number.isInteger(n) ? Math.min(Math.max(n, 0), MAX_HANDS) : 0;
}

/** A tally with every choice of `model` at 0. */
export function emptyTally(model: ComparisonModel): Tally {
	const zero = () => Object.fromEntries(tallyChoices(model).map((c) => [c.id, 0]));
	return { before: zero(), after: zero() };
}

/**
 * A stored tally read back for `model`: the choices it has now, each count checked, anything
 * else dropped, so a stale or hand-edited entry can never break the page.
 */
export function readTally(model: ComparisonModel, stored: string | null): Tally {
	const tally = emptyTally(model);
	let raw: unknown;
	try {
		raw = stored === null ? undefined : JSON.parse(stored);
	} catch {
		return tally;
	}
	if (typeof raw !== 'object' || raw === null) return tally;
	for (const phase of ['before', 'after'] as const) {
		const counts = (raw as Record<string, unknown>)[phase];
		if (typeof counts !== 'object' || counts === null) continue;
		for (const id of Object.keys(tally[phase])) {
			tally[phase][id] = parseCount((counts as Record<string, unknown>)[id]);
		}
	}
	return tally;
}

/** Whether any hand was counted in a phase. */
export function counted(tally: Tally, phase: Phase): boolean {
	return Object.values(tally[phase]).some((n) => n > 0);
}

/**
 * A short hash of the text (FNV-1a, 32 bits), so a tally stays with the comparison it was
 * counted on: the same id with another text (a draft edited since) starts afresh.
 */
export function textHash(model: ComparisonModel): string {
	let h = 0x811c9dc5;
	for (const passage of model.passages) {
		for (const piece of passage.pieces) {
			for (let i = 0; i < piece.text.length; i++) {
				h ^= piece.text.charCodeAt(i);
				h = Math.imul(h, 0x01000193) >>> 0;
			}
		}
	}
	return h.toString(16).padStart(8, '0');
}

/** Where a comparison's tally is kept on the device. */
export function tallyKey(model: ComparisonModel): string {
	return `standpoint:tally:${model.id}:${textHash(model)}`;
}
