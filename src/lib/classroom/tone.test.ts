import { expect, test } from 'vitest';
import { fixtureView } from './test-fixture';
import { toneVars, voiceLetter, voiceOfClaim } from './tone';

test.each([
	{ voice: 0, letter: 'A', vars: '--tone: var(--side-1); --tone-soft: var(--side-1-soft);' },
	{ voice: 3, letter: 'D', vars: '--tone: var(--side-4); --tone-soft: var(--side-4-soft);' },
	{ voice: undefined, letter: '✎', vars: '--tone: var(--author); --tone-soft: var(--author-soft);' }
])('voice $voice → letter $letter and its colours', ({ voice, letter, vars }) => {
	expect(voiceLetter(voice)).toBe(letter);
	expect(toneVars(voice)).toContain(vars);
});

test('voiceOfClaim gives a side claim its side’s index and the author’s framing no side', () => {
	const voiceOf = voiceOfClaim(fixtureView());
	expect(['russia-trust', 'us-ground', 'author-cowboy', 'unknown'].map(voiceOf)).toEqual([
		0,
		1,
		undefined,
		undefined
	]);
});
