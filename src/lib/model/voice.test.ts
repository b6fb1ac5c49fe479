import { expect, test } from 'vitest';
import type { Voice } from './types';
import {
	imageStroke,
	paletteProperties,
	sameVoice,
	screenDash,
	voiceColumn,
	voiceRank,
	voiceSide,
	voiceStyle,
	voiceVars
} from './voice';

const side = (n: number): Voice => ({ kind: 'side', side: n });
const account = (n: number): Voice => ({ kind: 'account', side: n });
const framing: Voice = { kind: 'framing' };

test.each([
	{ voice: side(0), letter: 'A', vars: '--tone: var(--side-1); --tone-soft: var(--side-1-soft);' },
	{ voice: side(3), letter: 'D', vars: '--tone: var(--side-4); --tone-soft: var(--side-4-soft);' },
	{ voice: framing, letter: '✎', vars: '--tone: var(--author); --tone-soft: var(--author-soft);' },
	{
		voice: account(1),
		letter: '✎B',
		vars: '--tone: var(--author); --tone-soft: var(--author-soft);'
	}
])('voice $voice → letter $letter and its colours', ({ voice, letter, vars }) => {
	expect(voiceStyle(voice).letter).toBe(letter);
	expect(voiceVars(voice)).toContain(vars);
});

test('a wavy line has no border style: the author’s cards, accounts too, get a dashed edge', () => {
	expect(voiceVars(framing)).toContain('--tone-line: wavy; --tone-border: dashed;');
	expect(voiceVars(account(0))).toContain('--tone-line: wavy; --tone-border: dashed;');
	expect(voiceVars(side(1))).toContain('--tone-border: var(--side-2-line);');
});

test('every voice’s link has its own dash, on screen and in images; an account’s is not its side’s', () => {
	const voices = [side(0), side(1), side(2), side(3), framing, account(0)];
	const screen = voices.map(screenDash);
	expect(screen).toEqual([undefined, '7 4', '1 4', '12 3 2 3', '2 4', '7 3 1 3 1 3']);
	const image = voices.map((v) => imageStroke(v, 2));
	expect(new Set(image.map((s) => JSON.stringify(s))).size).toBe(voices.length);
	expect(image[3]).toMatchObject({ width: 6, core: 2 });
	expect(screenDash(account(3))).toBe(screenDash(account(0)));
});

test('an account shows in its side’s column but speaks for no side', () => {
	expect(voiceColumn(account(2))).toBe(2);
	expect(voiceSide(account(2))).toBeUndefined();
	expect(voiceColumn(side(2))).toBe(2);
	expect(voiceColumn(framing)).toBeUndefined();
	expect(sameVoice(account(1), account(1))).toBe(true);
	expect(sameVoice(account(1), side(1))).toBe(false);
	expect(
		[side(1), account(0), framing, side(0)].sort((a, b) => voiceRank(a) - voiceRank(b))
	).toEqual([framing, side(0), account(0), side(1)]);
});

test('the layout’s custom properties carry every side’s ink, soft colour and line', () => {
	const css = paletteProperties();
	for (const n of [0, 1, 2, 3]) {
		const { ink, soft, line } = voiceStyle(side(n));
		expect(css).toContain(
			`--side-${n + 1}: ${ink}; --side-${n + 1}-soft: ${soft}; --side-${n + 1}-line: ${line};`
		);
	}
	expect(css).toContain(`--author: ${voiceStyle(framing).ink};`);
});
