/**
 * How each voice is drawn, in one table for the pages (CSS custom properties) and for image
 * export (literal values). Okabe–Ito colour-blind-safe hues, darkened until text in them passes
 * WCAG AA on white; each side also has its own line style, so colour is never the only cue.
 */
import type { LineStyle, Voice } from './types.ts';

/** Everything that draws one voice. */
export type VoiceStyle = {
	ink: string;
	soft: string;
	/** Shown beside the colour: a side's letter, the author's pen. */
	letter: string;
	/** Underline and link style. */
	line: LineStyle;
	/** Stem of its CSS custom properties: `--side-1`, `--side-1-soft`, … or `--author`, `--author-soft`. */
	token: string;
};

const sides: readonly VoiceStyle[] = [
	{ ink: '#0a5ca8', soft: '#dcebfa', line: 'solid', letter: 'A', token: 'side-1' },
	{ ink: '#b0440a', soft: '#fbe3d3', line: 'dashed', letter: 'B', token: 'side-2' },
	{ ink: '#07775a', soft: '#d4f1e6', line: 'dotted', letter: 'C', token: 'side-3' },
	{ ink: '#8b3a7a', soft: '#f4dcee', line: 'double', letter: 'D', token: 'side-4' }
];

/** The author's own framing: neutral grey, so it never reads as one of the sides. */
const framing: VoiceStyle = {
	ink: '#55555f',
	soft: '#ececf1',
	line: 'wavy',
	letter: '✎',
	token: 'author'
};

/**
 * The author's account of a side: the author's grey and pen, since the words are the author's,
 * with the side's letter beside the pen for the column it shows in, and a line of its own.
 */
function accountStyle(side: number): VoiceStyle {
	return { ...framing, line: 'dash-dot-dot', letter: `✎${sideStyle(side).letter}` };
}

/** The style of the side at `index` in a comparison's side list. */
export function sideStyle(index: number): VoiceStyle {
	return sides[index % sides.length]!;
}

/** The style of any voice. */
export function voiceStyle(voice: Voice): VoiceStyle {
	if (voice.kind === 'side') return sideStyle(voice.side);
	return voice.kind === 'account' ? accountStyle(voice.side) : framing;
}

/** The side a voice speaks for, if any: only a side's own reported position. */
export function voiceSide(voice: Voice): number | undefined {
	return voice.kind === 'side' ? voice.side : undefined;
}

/** The side column a voice shows in: a side's claim and the author's account of it; framing none. */
export function voiceColumn(voice: Voice): number | undefined {
	return voice.kind === 'framing' ? undefined : voice.side;
}

/** Whether the words are the author's own (an account of a side, or framing), not a side's. */
export function isAuthors(voice: Voice): boolean {
	return voice.kind !== 'side';
}

/** Whether two voices are the same speaker. */
export function sameVoice(a: Voice, b: Voice): boolean {
	return a.kind === b.kind && voiceColumn(a) === voiceColumn(b);
}

/**
 * Reading order of voices where several meet (a mark's letters): the author's framing first, then
 * each side followed by the author's account of it.
 */
export function voiceRank(voice: Voice): number {
	if (voice.kind === 'framing') return -1;
	return voice.side * 2 + (voice.kind === 'account' ? 1 : 0);
}

/** A link's stroke in an image, scaled to the stroke width. */
export type ImageStroke = {
	width: number;
	dasharray: string;
	linecap: 'butt' | 'round';
	core: number;
};

/**
 * Each line style as a link: on screen a dash pattern (the author's "wavy" as fine dashes); in an
 * image a stroke scaled to its width, "double" as a paper-coloured core, "wavy" as dash-dot and an
 * account's "dash-dot-dot" as what it says.
 */
const strokes: Record<LineStyle, { screen?: string; image: (w: number) => ImageStroke }> = {
	solid: { image: (w) => ({ width: w, dasharray: '', linecap: 'butt', core: 0 }) },
	dashed: {
		screen: '7 4',
		image: (w) => ({ width: w, dasharray: `${r(w * 4)} ${r(w * 2.5)}`, linecap: 'butt', core: 0 })
	},
	dotted: {
		screen: '1 4',
		image: (w) => ({ width: r(w * 1.4), dasharray: `0 ${r(w * 3)}`, linecap: 'round', core: 0 })
	},
	double: {
		screen: '12 3 2 3',
		image: (w) => ({ width: r(w * 3), dasharray: '', linecap: 'butt', core: w })
	},
	wavy: {
		screen: '2 4',
		image: (w) => ({
			width: w,
			dasharray: `${r(w * 5)} ${r(w * 2.5)} 0 ${r(w * 2.5)}`,
			linecap: 'round',
			core: 0
		})
	},
	'dash-dot-dot': {
		screen: '7 3 1 3 1 3',
		image: (w) => ({
			width: w,
			dasharray: `${r(w * 5)} ${r(w * 2)} 0 ${r(w * 2)} 0 ${r(w * 2)}`,
			linecap: 'round',
			core: 0
		})
	}
};

/** The `stroke-dasharray` of a voice's links on screen; undefined for a solid line. */
export function screenDash(voice: Voice): string | undefined {
	return strokes[voiceStyle(voice).line].screen;
}

/** The stroke of a voice's links, legend samples and underlines in an exported image. */
export function imageStroke(voice: Voice, width: number): ImageStroke {
	return strokes[voiceStyle(voice).line].image(r(width));
}

/**
 * CSS custom properties `--tone`, `--tone-soft`, `--tone-line` and `--tone-border` for a voice, so
 * one stylesheet colours cards, badges and marks of any voice. CSS has neither a wavy border nor a
 * dash-dot underline, so the author's words (framing and accounts alike) are underlined wavy and
 * their cards get a dashed edge; an account's card adds `--tone-column`, its side's colour, for a
 * second, inner edge that no other voice has.
 */
export function voiceVars(voice: Voice): string {
	const { token } = voiceStyle(voice);
	const line = voice.kind === 'side' ? `var(--${token}-line)` : 'wavy';
	const border = voice.kind === 'side' ? line : 'dashed';
	// An account's second line, in the colour of the side whose column it shows in.
	const column =
		voice.kind === 'account' ? ` --tone-column: var(--${sideStyle(voice.side).token});` : '';
	return `--tone: var(--${token}); --tone-soft: var(--${token}-soft); --tone-line: ${line}; --tone-border: ${border};${column}`;
}

/** The custom properties the layout sets for every voice: `--side-N`, `--side-N-soft`, `--side-N-line`, `--author*`. */
export function paletteProperties(): string {
	const all = sides.map(
		(s) => `--${s.token}: ${s.ink}; --${s.token}-soft: ${s.soft}; --${s.token}-line: ${s.line};`
	);
	return [...all, `--author: ${framing.ink}; --author-soft: ${framing.soft};`].join(' ');
}

/** Rounds to 1/100 px, like the export's layout. */
function r(n: number): number {
	return Math.round(n * 100) / 100;
}
