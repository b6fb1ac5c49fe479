import { authorPalette, sideStyle } from '../comparison/palette';
import type { ComparisonView } from '../comparison/view';

/** A side by its index in the comparison, or the author's own voice when undefined. */
export type Voice = number | undefined;

/**
 * CSS custom properties `--tone`, `--tone-soft`, `--tone-line` for a voice, so one stylesheet
 * colours cards, badges and marks for any side (the layout defines the `--side-N` values).
 */
export function toneVars(voice: Voice): string {
	if (voice === undefined) {
		return '--tone: var(--author); --tone-soft: var(--author-soft); --tone-line: wavy;';
	}
	const n = voice + 1;
	return `--tone: var(--side-${n}); --tone-soft: var(--side-${n}-soft); --tone-line: var(--side-${n}-line);`;
}

/** The letter that stands for a voice beside its colour, so colour is never the only cue. */
export function voiceLetter(voice: Voice): string {
	return voice === undefined ? authorPalette.letter : sideStyle(voice).letter;
}

/** Looks up the voice of each claim of a view: its side's index, or undefined for the author. */
export function voiceOfClaim(view: ComparisonView): (claim: string) => Voice {
	const voices = new Map<string, Voice>(
		view.claims.map((c) => [
			c.id,
			c.voice === 'side' ? view.comparison.sides.findIndex((s) => s.id === c.side) : undefined
		])
	);
	return (claim) => voices.get(claim);
}
